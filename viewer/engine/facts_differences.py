"""A move told by its ends or by its size: "rose to 4.2% from 4.1%" is "rose 0.1 percentage
point to 4.2%".

Wire copy gives a rate's change either way: the old level ("from 4.1%") or the change in
percentage points ("0.1 percentage point"), next to the new level both keep. When one
side drops the old level and the other side adds the change, and the new level stands on
both sides with the difference exact, nothing was lost; with another difference (or a
fall told as a rise) both stay and are flagged.
"""

from __future__ import annotations

from viewer.engine.facts_numbers import Item

__all__ = ["settled_by_difference"]

_PERCENT, _POINTS = "%", "pp"


def settled_by_difference(
    left: list[Item], xs: list[Item], right: list[Item], ys: list[Item]
) -> tuple[list[Item], list[Item]]:
    """The left-over numbers of both sides (``left`` of ``xs``, ``right`` of ``ys``)
    without an old level and a change in points that tell one move."""
    if not left or not right:
        return left, right
    settled: set[int] = set()
    for mine, my_all, theirs, their_all in ((left, xs, right, ys), (right, ys, left, xs)):
        for old in mine:
            if not _is(old, _PERCENT) or id(old) in settled:
                continue
            for change in theirs:
                if (
                    _is(change, _POINTS)
                    and id(change) not in settled
                    and _one_move(old, change, my_all, their_all)
                ):
                    settled |= {id(old), id(change)}
                    break
    return [x for x in left if id(x) not in settled], [y for y in right if id(y) not in settled]


def _is(item: Item, unit: str) -> bool:
    return item.key[0] == "num" and item.key[2] == unit


def _one_move(old: Item, change: Item, mine: list[Item], theirs: list[Item]) -> bool:
    """Whether a new level on both sides is ``old`` moved by ``change`` (its sign, when
    the words say it: "rose", "fell")."""
    move = change.key[3] if len(change.key) > 3 else ""
    signs = (1,) if "+" in move else (-1,) if "-" in move else (1, -1)
    for new in mine:
        if new is old or not _is(new, _PERCENT):
            continue
        difference = round(new.key[1] - old.key[1], 6)
        if any(difference == round(s * change.key[1], 6) for s in signs) and any(
            _is(y, _PERCENT) and y.key[1] == new.key[1] for y in theirs
        ):
            return True
    return False
