"""A count of days from a date both sides state, told on the other side as the date."""

from __future__ import annotations

import pytest

from viewer.engine.facts import find_flags
from viewer.engine.model import FlagKind
from viewer.engine.worddiff import word_changes


@pytest.mark.parametrize(
    ("left", "right", "flagged"),
    [
        (
            "Arrested on May 2, he was charged the following day.",
            "Arrested on May 2, he was charged on May 3.",
            False,
        ),
        (
            "Arrested on May 2, he was charged the day before.",
            "Arrested on May 2, he was charged on May 1.",
            False,
        ),
        (
            "It started on June 30 and ended a week later.",
            "It started on June 30 and ended on July 7.",
            False,
        ),
        (
            "It started on Dec. 30, 2024, and ended two days later.",
            "It started on Dec. 30, 2024, and ended on Jan. 1, 2025.",
            False,
        ),
        (
            "It started on Feb. 28 and ended the next day.",
            "It started on Feb. 28 and ended on Feb. 29.",
            False,
        ),
        # weekdays count too
        (
            "On Tuesday it recovered Monday's slide.",
            "On Tuesday it recovered the previous day's slide.",
            False,
        ),
        (
            "On Tuesday it recovered Sunday's slide.",
            "On Tuesday it recovered the previous day's slide.",
            True,
        ),
        # another day than the count names
        (
            "Arrested on May 2, he was charged the following day.",
            "Arrested on May 2, he was charged on May 4.",
            True,
        ),
        (
            "It started on June 30 and ended a week later.",
            "It started on June 30 and ended on July 6.",
            True,
        ),
        # the date counted from must stand on both sides
        ("He was charged the following day.", "He was charged on May 3.", True),
    ],
)
def test_a_day_told_from_another_is_the_date(left: str, right: str, flagged: bool) -> None:
    for a, b in ((left, right), (right, left)):
        kinds = {f.kind for f in find_flags(a, b, word_changes(a, b))}
        assert (FlagKind.DATE in kinds) is flagged, (a, b)
