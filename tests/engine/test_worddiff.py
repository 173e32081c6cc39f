"""Word diff adapter: readable chunks, exact rebuild, and no silent whole-text fallback."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.engine.strategies import article_text
from viewer.engine.model import Change, ChangeKind
from viewer.engine.worddiff import apply_changes, layout_only, tokenize, word_changes


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("a red dog", "a blue dog", [("replace", "red", "blue")]),
        ("the talks", "the secret talks", [("insert", "", "secret ")]),
        ("the secret talks", "the talks", [("delete", "secret ", "")]),
        ("same text", "same text", []),
        ("", "new", [("insert", "", "new")]),
        ("old", "", [("delete", "old", "")]),
        (
            "at least a small number of advisers",
            "at least several of advisers",
            [("replace", "a small number", "several")],
        ),
        ("$13.7 billion", "$13.4 billion", [("replace", "13.7", "13.4")]),
        ("Trump's advisers", "Trump’s advisers", [("replace", "Trump's", "Trump’s")]),
        ("the big red dog", "a small blue dog", [("replace", "the big red", "a small blue")]),
    ],
    ids=[
        "replace",
        "insert",
        "delete",
        "equal",
        "from-empty",
        "to-empty",
        "quantifier",
        "number",
        "apostrophe",
        "merged-neighbours",
    ],
)
def test_word_changes(a: str, b: str, expected: list[tuple[str, str, str]]) -> None:
    got = [(c.kind.value, c.left.text, c.right.text) for c in word_changes(a, b)]
    assert got == expected


def test_tokens_keep_numbers_and_contractions_whole() -> None:
    assert tokenize("Trump's $13.7 bn, 1,280 troops") == [
        "Trump's",
        " ",
        "$",
        "13.7",
        " ",
        "bn",
        ",",
        " ",
        "1,280",
        " ",
        "troops",
    ]


def test_long_text_with_one_edit_gives_one_change_not_a_whole_text_replace() -> None:
    """diff-match-patch's default 1 s timeout returns delete-all/insert-all; ours must not."""
    words = [f"word{i % 997}x{i}" for i in range(60_000)]
    a = " ".join(words)
    b = " ".join([*words[:30_000], "INSERTED", *words[30_000:]])
    changes = word_changes(a, b)
    assert [(c.kind, c.right.text) for c in changes] == [(ChangeKind.INSERT, "INSERTED ")]


@given(article_text(), article_text())
@settings(max_examples=300, deadline=None)
def test_changes_rebuild_the_right_text_exactly(a: str, b: str) -> None:
    changes = word_changes(a, b)
    assert apply_changes(a, changes) == b
    last_l = last_r = 0
    for c in changes:
        assert a[c.left.start : c.left.end] == c.left.text
        assert b[c.right.start : c.right.end] == c.right.text
        assert c.left.start >= last_l and c.right.start >= last_r
        assert (c.kind is ChangeKind.INSERT) == (c.left.text == "")
        assert (c.kind is ChangeKind.DELETE) == (c.right.text == "")
        last_l, last_r = c.left.end, c.right.end


@given(st.text(max_size=200), st.text(max_size=200))
@settings(max_examples=300, deadline=None)
def test_any_unicode_text_rebuilds(a: str, b: str) -> None:
    assert apply_changes(a, word_changes(a, b)) == b


def _one_change(a: str, b: str) -> Change:
    (change,) = word_changes(a, b)
    return change


@pytest.mark.parametrize(
    ("left", "right", "layout"),
    [
        ("prices rose\nsharply", "prices rose sharply", True),  # a line break for a space
        ("the inter-\nnational agency", "the international agency", True),
        ("a well-\nknown author", "a well-known author", True),  # a compound keeps its hyphen
        ("the inter-\n  national agency", "the international agency", True),  # indented line
        ("the inter- national agency", "the international agency", False),  # no line end
        ("the inter-\nnational agency", "the national agency", False),  # a word cut
        ("a well-\nknown author", "a little-known author", False),
        ("prices rose\nsharply", "prices rose\nsteeply", False),
    ],
)
def test_layout_only_tells_line_breaks_and_line_end_hyphens_from_word_changes(
    left: str, right: str, layout: bool
) -> None:
    assert layout_only(_one_change(left, right)) is layout
    assert layout_only(_one_change(right, left)) is layout
