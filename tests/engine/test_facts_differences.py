"""A move told by its ends or by its size (facts_differences): one fact, or a change."""

from __future__ import annotations

import pytest

from viewer.engine.facts_differences import settled_by_difference
from viewer.engine.facts_numbers import Item
from viewer.engine.model import FlagKind


def num(value: float, unit: str, move: str = "") -> Item:
    return Item(FlagKind.NUMBER, 0, 1, f"{value}{unit}", ("num", value, unit, move))


NEW, OLD = num(4.2, "%", "+@"), num(4.1, "%")  # "rose to 4.2% ... from 4.1%"


@pytest.mark.parametrize(
    ("change", "new_there", "settled"),
    [
        (num(0.1, "pp", "+"), num(4.2, "%"), True),  # "rose 0.1 percentage point to 4.2%"
        (num(0.1, "pp"), num(4.2, "%"), True),  # no verb: either way
        (num(0.1, "pp", "-"), num(4.2, "%"), False),  # a fall told as a rise
        (num(0.2, "pp", "+"), num(4.2, "%"), False),  # another size
        (num(0.1, "pp", "+"), num(4.3, "%"), False),  # another new level
        (num(0.1, "%", "+"), num(4.2, "%"), False),  # a relative change is no points
    ],
)
def test_an_old_level_and_a_change_in_points_tell_one_move(
    change: Item, new_there: Item, settled: bool
) -> None:
    left, right = settled_by_difference([OLD], [NEW, OLD], [change], [change, new_there])
    assert (left, right) == (([], []) if settled else ([OLD], [change]))
    # the same, the other way round
    right2, left2 = settled_by_difference([change], [change, new_there], [OLD], [NEW, OLD])
    assert (left2, right2) == (([], []) if settled else ([OLD], [change]))


def test_nothing_left_over_on_one_side_leaves_the_other_as_it_is() -> None:
    assert settled_by_difference([OLD], [NEW, OLD], [], [NEW]) == ([OLD], [])
