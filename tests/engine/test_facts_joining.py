"""join_adjacent: facts found apart joined to the one before them, in text order."""

from __future__ import annotations

import pytest

from viewer.engine.facts_joining import join_adjacent
from viewer.engine.facts_numbers import Item
from viewer.engine.model import FlagKind


def _item(start: int, value: int) -> Item:
    return Item(FlagKind.NUMBER, start, start + 1, str(value), ("num", float(value), "", ""))


def _sum_when_next(prev: Item, item: Item) -> Item | None:
    """Join an item that starts right where the one before ends, adding their values."""
    if prev.end != item.start:
        return None
    key = ("num", prev.key[1] + item.key[1], "", "")
    return prev._replace(end=item.end, text=prev.text + item.text, key=key)


@pytest.mark.parametrize(
    ("starts", "values", "want"),
    [
        ([], [], []),
        ([0], [5], [5.0]),
        ([0, 1], [2, 3], [5.0]),  # two joined
        ([0, 1, 2], [1, 2, 3], [6.0]),  # a run of three becomes one
        ([0, 2], [2, 3], [2.0, 3.0]),  # apart: both kept
        ([0, 1, 5, 6], [1, 1, 4, 4], [2.0, 8.0]),  # two runs
    ],
)
def test_runs_are_joined_left_to_right(
    starts: list[int], values: list[int], want: list[float]
) -> None:
    items = [_item(s, v) for s, v in zip(starts, values, strict=True)]
    assert [x.key[1] for x in join_adjacent(items, _sum_when_next)] == want


def test_items_never_joined_come_back_as_they_were() -> None:
    items = [_item(0, 1), _item(3, 2)]
    assert join_adjacent(items, lambda _a, _b: None) == items
