"""Rates and periods (facts_numbers): what an amount is counted per or measured against."""

from __future__ import annotations

import pytest

from viewer.engine.facts_numbers import extract_numbers
from viewer.engine.facts_scan import Scan


def _qualifiers(text: str, what: str) -> list[tuple[str, str]]:
    """The facts of ``what`` ("per": bases, "vs": periods) and their codes."""
    return [(f.text, f.key[1]) for f in extract_numbers(Scan(text), []) if f.key[0] == what]


def _rates(text: str) -> list[tuple[str, str]]:
    return _qualifiers(text, "per")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Oil traded at $82 a barrel on Monday.", [("$82 a barrel", "bbl")]),
        ("Oil traded at $82 per barrel on Monday.", [("$82 per barrel", "bbl")]),
        ("Crude fell to $78/bbl after the meeting.", [("fell to $78/bbl", "bbl")]),
        ("Wheat sold at Rs 2,200 per quintal.", [("Rs 2,200 per quintal", "q")]),
        ("He earns $50,000 per annum.", [("$50,000 per annum", "yr")]),
        ("Take two tablets a day.", [("two tablets a day", "d")]),
        ("GDP per capita was $1,200, or $1,200 per head.", [("$1,200 per head", "person")]),
        ("They get 50 litres per person per day.", [("50 litres per person per day", "d/person")]),
        (
            "It costs 189 cents per kilowatt-hour from July.",
            [("189 cents per kilowatt-hour", "kwh")],
        ),
        ("The grant is 1,500 rand per month from April.", [("1,500 rand per month", "mo")]),
        ("Gold rose to $2,400 an ounce.", [("rose to $2,400 an ounce", "oz")]),
    ],
)
def test_an_amount_counted_per_a_basis_is_a_rate(text: str, want: list) -> None:
    assert _rates(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose 3% a year ago.",  # a time, not a basis
        "Prices rose 3% a year earlier.",
        "He sold 20% a unit of Tata for $5 billion.",  # "a unit of": a part
        "The talks lasted 3 days a week from now on.",
        "Oil traded at $82 on Monday.",
    ],
)
def test_a_time_or_a_part_after_an_amount_is_no_basis(text: str) -> None:
    assert _rates(text) == []


def _periods(text: str) -> list[tuple[str, str]]:
    return _qualifiers(text, "vs")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Prices rose 3.1% year on year.", [("rose 3.1% year on year", "y")]),
        ("Prices rose 3.1% year-on-year.", [("rose 3.1% year-on-year", "y")]),
        (
            "Sales fell 0.4% in October from the previous month.",
            [("fell 0.4% in October from the previous month", "m")],
        ),
        (
            "GDP grew 0.5% q/q, or 2.1% annualised.",
            [("grew 0.5% q/q", "q"), ("2.1% annualised", "ann")],
        ),
        (
            "Prices rose 3.1% compared with the same month last year.",
            [("rose 3.1% compared with the same month last year", "y")],
        ),
    ],
)
def test_what_a_change_is_measured_against_is_a_fact_of_its_own(text: str, want: list) -> None:
    assert _periods(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose 3.1%. A year earlier they had fallen.",  # another sentence
        "Prices rose 3.1%, the highest in a year.",
        "Unemployment was 4.1% (from 4.0% a month earlier).",  # another clause
    ],
)
def test_a_period_in_another_clause_is_not_the_amounts(text: str) -> None:
    assert _periods(text) == []
