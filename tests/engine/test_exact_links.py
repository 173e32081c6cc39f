"""Identical paragraphs and sentences, linked before any similarity is computed."""

import pytest

from viewer.engine.exact_links import exact_links, exact_sentences, settled


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (["A b.", "C d."], ["C  d.", "a B."], {(0, 1): 1.0, (1, 0): 1.0}),  # space, case
        (['"We will," he said.'], ["“We will”, he said"], {(0, 0): 1.0}),  # marks, commas
        (["A b.", "A b."], ["A b."], {}),  # twice on one side: which one is not known
        (["A b."], ["A b.", "a b."], {}),
        (["A b."], ["A c."], {}),
        ([], ["A b."], {}),
    ],
    ids=["moved-respaced", "punctuation", "twice-left", "twice-right", "different", "empty"],
)
def test_exact_links(left: list[str], right: list[str], expected: dict) -> None:
    assert exact_links(left, right) == expected


def test_exact_sentences_need_enough_terms_and_unique_twins() -> None:
    left = [(0, ["talk", "geneva", "monday"]), (0, ["said"]), (1, ["talk", "geneva", "monday"])]
    right = [(0, ["talk", "geneva", "monday"]), (1, ["said"]), (1, ["new", "term", "here"])]
    # the three-term sentence stands twice on the left; the one-term one is too short
    assert exact_sentences(left, right, min_terms=3) == ([], [])
    left = [(0, ["talk", "geneva", "monday"]), (1, ["new", "term", "here"])]
    assert exact_sentences(left, right, min_terms=3) == ([0, 1], [0, 2])


@pytest.mark.parametrize(
    ("exact_l", "exact_r", "expected"),
    [
        ([0, 1], [0, 1], ({0}, {0})),  # both sentences of block 0 matched block 0
        ([0], [0], (set(), set())),  # one sentence of two: block 0 is not settled
        ([0, 1], [0, 2], (set(), set())),  # its sentences went to two blocks: a split
    ],
    ids=["all-sentences", "some-sentences", "split"],
)
def test_settled_blocks_matched_every_sentence(
    exact_l: list[int], exact_r: list[int], expected: tuple[set[int], set[int]]
) -> None:
    sent_l = [(0, ["a"]), (0, ["b"])]
    sent_r = [(0, ["a"]), (0, ["b"]), (1, ["b"])]
    assert settled(sent_l, sent_r, exact_l, exact_r) == expected
