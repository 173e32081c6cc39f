"""Number extraction: how amounts, counts and shares written many ways are read."""

import pytest

from viewer.engine.facts_numbers import extract_numbers
from viewer.engine.facts_scan import Scan


def _read(text: str) -> list[tuple[str, tuple]]:
    return [(f.text, f.key) for f in extract_numbers(Scan(text), [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "and" joins two numbers here (a range), not the parts of one
            "It weighs between one and three grams.",
            [("one", ("num", 1.0, "g", "")), ("three grams", ("num", 3.0, "g", ""))],
        ),
        ("He lived to one hundred and three.", [("one hundred and three", ("num", 103.0, "", ""))]),
        (
            "It took two thousand and five steps.",
            [("two thousand and five", ("num", 2005.0, "", ""))],
        ),
        ("They made two dozen calls.", [("two dozen", ("num", 24.0, "", ""))]),
        ("It took four and a half hours.", [("four and a half hours", ("num", 16200.0, "s", ""))]),
        (  # a number word never follows another
            "He hit five three-pointers.",
            [("five", ("num", 5.0, "", "")), ("three", ("num", 3.0, "", ""))],
        ),
        ("He won by 1.8s.", [("1.8s", ("num", 1.8, "s", ""))]),
        ("It was a 100-basis-point cut.", [("100-basis-point", ("num", 1.0, "pp", ""))]),
        ("It is a 3-billion-dollar programme.", [("3-billion-dollar", ("num", 3e9, "usd", ""))]),
        ("It released KSh2.1bn.", [("KSh2.1bn", ("num", 2.1e9, "shilling", ""))]),
        ("It released KSh 500 million.", [("KSh 500 million", ("num", 5e8, "shilling", ""))]),
        (
            "It released 2.1 billion shillings.",
            [("2.1 billion shillings", ("num", 2.1e9, "shilling", ""))],
        ),
        (  # a share, even after a qualifier that would have taken its count
            "Less than one-third of clinics work.",
            [("Less than one-third", ("num", 0.333333, "share", "<"))],
        ),
        ("Around four in ten pupils leave.", [("Around four in ten", ("num", 0.4, "share", "~"))]),
        ("One in twelve adults smoke.", [("One in twelve", ("num", 0.083333, "share", ""))]),
        (  # a count and a time, no share
            "He scored two in 10 minutes.",
            [("two", ("num", 2.0, "", "")), ("10 minutes", ("num", 600.0, "s", ""))],
        ),
        ("Profit for the half-year rose.", []),  # a period, no fraction
        ("The fly-half kicked a penalty.", []),  # a position, no fraction
        ("About 1 240 people left.", [("About 1 240", ("num", 1240.0, "", "~"))]),
        (  # a space before a count of three digits joins no number
            "He won 3 100m races.",
            [("3", ("num", 3.0, "", "")), ("100m", ("num", 100.0, "m|1e6", ""))],
        ),
        # a bare "m" with no currency: metres or millions, matched either way
        ("She won the 5,000m.", [("5,000m", ("num", 5000.0, "m|1e6", ""))]),
        ("It cost $5m.", [("$5m", ("num", 5e6, "usd", ""))]),
        # durations in two units, and minutes and seconds in clock form, are seconds
        (
            "He ran 14 minutes 0.21 seconds.",
            [("14 minutes 0.21 seconds", ("num", 840.21, "s", ""))],
        ),
        ("He ran 14:00.21 in Paris.", [("14:00.21", ("num", 840.21, "s", ""))]),
        ("It took 2 hours and 5 minutes.", [("2 hours and 5 minutes", ("num", 7500.0, "s", ""))]),
        ("He scored 7½ points.", [("7½ points", ("num", 7.5, "pt", ""))]),
    ],
)
def test_numbers_are_read(text: str, expected: list) -> None:
    assert _read(text) == expected
