"""Shares of a whole in words are numbers with the unit "share", whatever language."""

from __future__ import annotations

import pytest

from viewer.engine.facts_numbers import extract_numbers
from viewer.engine.facts_scan import Scan


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A third of the nurses were unpaid.", [("A third", 1 / 3)]),
        ("Two-thirds of voters agreed.", [("Two-thirds", 2 / 3)]),
        ("Sales fell by a fifth.", [("fell by a fifth", 0.2)]),
        ("The engines burn a fifth less fuel.", [("a fifth", 0.2)]),
        ("About one in four adults smoke.", [("About one in four", 0.25)]),
        ("Half of the budget goes to defence.", [("Half", 0.5)]),
        ("близько чверті видатків бюджету", [("чверті", 0.25)]),
        ("Половина бюджета уходит на оборону.", [("Половина", 0.5)]),
    ],
)
def test_a_share_is_counted_as_a_share(text: str, found: list[tuple[str, float]]) -> None:
    shares = [x for x in extract_numbers(Scan(text), [], set()) if x.key[2] == "share"]
    assert [(x.text, round(x.key[1], 6)) for x in shares] == [(t, round(v, 6)) for t, v in found]


@pytest.mark.parametrize(
    "text",
    [
        "in the second half of the match",  # a part of a match
        "half a million people",  # an amount
        "a quarter of a billion dollars",  # an amount
        "one in 300 people",  # a count
    ],
)
def test_no_share_where_words_count_something_else(text: str) -> None:
    assert not [x for x in extract_numbers(Scan(text), [], set()) if x.key[2] == "share"]
