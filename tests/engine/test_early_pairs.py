"""likely_pairs: changed paragraphs sharing a long sentence found once a side; nothing else."""

import pytest

from viewer.engine.early_pairs import likely_pairs

A = "The central bank raised its main interest rate by half a percentage point on Tuesday."
B = "Analysts polled by the agency had expected a smaller increase of a quarter point."
C = "The governor said further increases could follow if prices kept rising this winter."
D = "Shares in the country's largest lenders rose more than three percent after the news."


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        # one sentence kept word for word, another edited: a pair
        ([f"{A} {B}"], [f"{A} Analysts had expected less."], [(0, 0)]),
        # identical paragraphs have nothing to diff
        ([f"{A} {B}"], [f"{A} {B}"], []),
        # moved paragraphs are found wherever they stand
        ([f"{A} {B}", f"{C} {D}"], [f"{C} Shares rose.", f"{A} B."], [(0, 1), (1, 0)]),
        # a sentence found in two paragraphs of one side is no sign
        ([f"{A} x.", f"{A} y."], [f"{A} z."], []),
        # short sentences recur anywhere: "He declined to comment."
        (["He declined to comment. Prices rose."], ["He declined to comment. Prices fell."], []),
        # a split paragraph: each half's best partner is the whole, whose best is one half
        ([f"{A} {B} {C} extra."], [f"{A} {B}", f"{C} more."], [(0, 0)]),
        # nothing shared
        ([A], [D], []),
        ([], [A], []),
    ],
    ids=["edited", "identical", "moved", "repeated", "short", "split", "unrelated", "empty"],
)
def test_likely_pairs(left, right, expected):
    assert sorted(likely_pairs(left, right)) == expected


def test_the_surest_pairs_come_first():
    left = [f"{A} one.", f"{B} {C} {D} two."]
    right = [f"{A} uno.", f"{B} {C} {D} dos."]
    assert likely_pairs(left, right) == [(1, 1), (0, 0)]
