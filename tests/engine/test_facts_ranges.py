"""A range with both ends changed is one flag (facts_ranges), in both directions."""

from __future__ import annotations

import pytest

from tests.engine.flag_checks import flags, one_flag
from viewer.engine.model import FlagKind


@pytest.mark.parametrize("swap", [False, True], ids=["forward", "swapped"])
@pytest.mark.parametrize(
    ("left", "right", "left_text", "right_text"),
    [
        ("Prices rose 30–40% last year.", "Prices rose 50–60% last year.", "30–40%", "50–60%"),
        ("Prices rose 30-40% last year.", "Prices rose 50-60% last year.", "30-40%", "50-60%"),
        (
            "Prices rose 30 to 40 percent last year.",
            "Prices rose 50 to 60 percent last year.",
            "30 to 40 percent",
            "50 to 60 percent",
        ),
        (
            "Between 30 and 40 people died.",
            "Between 50 and 60 people died.",
            "30 and 40",
            "50 and 60",
        ),
        ("завищеними на 30–40%.", "завищеними на 50–60%.", "30–40%", "50–60%"),
        ("від 30 до 40 осіб", "від 50 до 60 осіб", "30 до 40", "50 до 60"),
    ],
)
def test_a_range_changed_at_both_ends_is_one_flag(left, right, left_text, right_text, swap):
    found = one_flag(left, right, FlagKind.NUMBER, left_text, right_text, swap)
    assert found.note == f"'{found.left.text}' becomes '{found.right.text}'"


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # two figures listed with "and" are two facts; only "between" makes them a range
        ("It cost $5 and $6 a share.", "It cost $7 and $8 a share."),
        # two figures of one sentence, far apart
        ("Sales rose 30% while costs rose 40%.", "Sales rose 50% while costs rose 60%."),
    ],
)
def test_figures_that_are_no_range_keep_a_flag_each(left: str, right: str) -> None:
    assert [f.kind for f in flags(left, right)] == [FlagKind.NUMBER, FlagKind.NUMBER]


def test_one_end_changed_is_a_flag_on_that_end() -> None:
    found = flags("Prices rose 30 to 40 percent.", "Prices rose 30 to 60 percent.")
    assert [f.left.text for f in found] == ["40 percent"]
