"""Matches of a time pattern that state no time: counts, durations, rates, bases."""

from __future__ import annotations

import pytest

from viewer.engine.facts_date_misreads import no_time


@pytest.mark.parametrize(
    ("kind", "text", "frag", "expect"),
    [
        ("year", "It sent 2000 soldiers to the border.", "2000", True),
        ("year", "The law was passed in 2000 by parliament.", "2000", False),
        ("span", "The strike will last 48 hours.", "last 48 hours", True),
        ("span", "Prices rose in the last 48 hours.", "last 48 hours", False),
        ("ago", "Premiums fell from more than 2% a year ago.", "a year ago", True),
        ("ago", "The minister resigned a week ago.", "a week ago", False),
        ("rel", "The jury deliberated for six hours before the verdict.", "six hours before", True),
        ("rel", "Blackouts of eight hours a day after supplies stopped.", "a day after", True),
        ("rel", "Farmers protested a week after the promise.", "a week after", False),
        ("rel", "The vote came two days after the debate.", "two days after", False),
    ],
)
def test_no_time(kind: str, text: str, frag: str, expect: bool) -> None:
    start = text.index(frag)
    assert no_time(kind, frag, text, start, start + len(frag)) is expect
