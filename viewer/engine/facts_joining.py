"""Facts found apart that are one fact: each joined to the one before it when they may be."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # facts_numbers joins its numbers with this module
    from viewer.engine.facts_numbers import Item

__all__ = ["join_adjacent"]


def join_adjacent(items: list[Item], join: Callable[[Item, Item], Item | None]) -> list[Item]:
    """``items`` (in text order) with each one that ``join`` makes one with the fact
    before it (already joined, so a run of three becomes one) replaced by that one fact:
    "2 billion 400 million dollars", "Chelsea 3-1", "January-March 2025"."""
    out: list[Item] = []
    for item in items:
        joined = join(out[-1], item) if out else None
        if joined is None:
            out.append(item)
        else:
            out[-1] = joined
    return out
