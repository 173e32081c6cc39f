"""facts_results: a result between two teams' names keeps its order; a draw or a range does not."""

import re

import pytest

from viewer.engine.facts_results import between_names, reversed_results
from viewer.engine.worddiff import word_changes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Result: Arsenal 2-1 Chelsea.", True),
        ("Real Madrid 3-3 Barcelona, in a thriller.", True),
        ("Paris Saint-Germain 1–0 Olympique Lyonnais", True),
        ("Arsenal won 2-1 against Chelsea.", False),  # lower-case on one side
        ("The festival runs Monday 10-12 March.", False),  # days between calendar words
        ("In the match Arsenal 2-1 on Saturday", False),
        ("(Arsenal 2-1 Chelsea)", True),
    ],
)
def test_between_names(text, expected):
    counts = re.search(r"\d+[-–]\d+", text)
    assert between_names(text, counts.start(), counts.end()) is expected


@pytest.mark.parametrize(
    ("left", "right", "notes"),
    [
        (
            "Result: Arsenal 2-1 Chelsea.",
            "Result: Arsenal 1-2 Chelsea.",
            ["result reversed: 'Arsenal 2-1 Chelsea' becomes 'Arsenal 1-2 Chelsea'"],
        ),
        (
            "Arsenal 2-1 Chelsea on Saturday.",
            "Chelsea 2-1 Arsenal on Saturday.",
            ["result reversed: 'Arsenal 2-1 Chelsea' becomes 'Chelsea 2-1 Arsenal'"],
        ),
        ("Real Madrid 3-3 Barcelona.", "Barcelona 3-3 Real Madrid.", []),  # a draw: no winner
        ("Arsenal 2-1 Chelsea.", "Arsenal 3-1 Chelsea.", []),  # another score: a number flag
        ("Arsenal 2-1 Chelsea, late on.", "Arsenal 2-1 Chelsea, early on.", []),  # untouched
    ],
    ids=["counts swapped", "names swapped", "draw", "other score", "untouched"],
)
def test_reversed_results(left, right, notes):
    found = reversed_results(left, right, word_changes(left, right))
    assert [f.flag.note for f in found] == notes
    assert all(f.flag.kind.value == "number" for f in found)
