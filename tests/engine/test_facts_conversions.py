"""Amounts converted in parentheses (facts_conversions): one amount stated twice."""

from __future__ import annotations

import pytest

from viewer.engine.facts_conversions import amounts_matching, settled_by_conversion
from viewer.engine.facts_numbers import CONVERTED, extract_numbers
from viewer.engine.facts_scan import Scan

EUR8 = ("num", 8e9, "eur", "")
USD10 = ("num", 1e10, "usd", "")
USD10_CONVERTED = ("num", 1e10, "usd", CONVERTED)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (USD10, USD10_CONVERTED, True),  # the conversion matches the other side's amount
        (USD10_CONVERTED, USD10, True),
        (USD10_CONVERTED, USD10_CONVERTED, False),  # never two conversions
        (EUR8, USD10_CONVERTED, False),
    ],
)
def test_a_conversion_matches_an_amount_but_never_another_conversion(
    a: tuple, b: tuple, same: bool
) -> None:
    assert amounts_matching(a, b) is same


def test_the_amount_in_parentheses_is_marked_as_converted() -> None:
    found = extract_numbers(Scan("It is worth 8 billion euros ($10 billion), it said."), [])
    assert [(f.text, f.key[-1]) for f in found] == [
        ("8 billion euros", ""),
        ("$10 billion", CONVERTED),
    ]


@pytest.mark.parametrize(
    ("matched", "left_over"),
    [
        ({"$10 billion"}, []),  # its conversion matched: the amount is settled too
        ({"8 billion euros"}, []),  # a conversion left over alone says nothing new
        (set(), ["8 billion euros"]),  # neither matched: the amount is left over
    ],
)
def test_an_amount_is_settled_when_its_conversion_matched(matched: set, left_over: list) -> None:
    facts = extract_numbers(Scan("It is worth 8 billion euros ($10 billion), it said."), [])
    leftover = [f for f in facts if f.text not in matched]
    assert [f.text for f in settled_by_conversion(leftover, facts)] == left_over
