"""A multiple, a rise or a share told by its two ends: "doubled to 22" is "from 11 to 22".

A rewrite may spell out what a figure means instead of naming it: the word "doubled",
the rise "by 12" or the share "half" goes on one side, and the base ("from 11", "from
75") or the part ("40 million euros" of an 80 million fine) comes on the other, and each
alone reads as a number added or dropped. Both are one fact when the figure both sides
give, with the other one, makes that multiple, difference or share, in one sentence on
the side that spells it out.
"""

from __future__ import annotations

from collections.abc import Callable

from viewer.engine.facts_context import Side, told_beside
from viewer.engine.facts_number_match import decimal_places
from viewer.engine.facts_numbers import Item
from viewer.engine.model import FlagKind

__all__ = ["told_as_two_ends"]

# A multiple is exact ("doubled" from 11 to 22), but figures are rounded ("from 4.1 million
# to 8.3 million" still doubled); a difference is as exact as its last digit (_rounding).
_MULTIPLE_TOLERANCE = 0.03
# Signs of a figure that is a change by it: "rose by 12" is "+", "fell 3%" is "-".
_CHANGE_BY = frozenset({"+", "-"})
# Two ends: the figure stated on both sides, and the left-over one on the other side.
_Ends = Callable[[float, float], bool]


def told_as_two_ends(
    a: Side, b: Side, xs: list[Item], ys: list[Item]
) -> tuple[list[Item], list[Item]]:
    """``xs`` and ``ys`` (left-over numbers of ``a`` and ``b``) without each multiple or
    change on one side and the figure on the other side that spells it out."""
    for told, side, others, other in ((xs, a, ys, b), (ys, b, xs, a)):
        for fact in list(told):
            ends = _ends_of(fact)
            if ends is None:
                continue
            unit = fact.key[2] if fact.key[0] == "num" and fact.key[2] != "share" else None
            spelled = _spelling_out(ends, unit, side, other, others)
            if spelled is not None:
                told.remove(fact)
                others.remove(spelled)
            elif _both_ends_there(ends, unit, other):
                told.remove(fact)  # "up 310 from 1,560 to 1,870" / "from 1,560 to 1,870"
    return xs, ys


def _both_ends_there(ends: _Ends, unit: str | None, other: Side) -> bool:
    """Whether one sentence of ``other`` states both ends of the change or multiple: the
    base and the result, so the change itself is told there too."""
    figures = [
        x
        for x in other.facts.get(FlagKind.NUMBER, ())
        if x.key[0] == "num" and x.key[1] and unit in (None, x.key[2])
    ]
    return any(
        p is not q
        and p.key[2] == q.key[2]
        and other.sentence_of(p.start) == other.sentence_of(q.start)
        and ends(p.key[1], q.key[1])
        for p in figures
        for q in figures
    )


def _ends_of(fact: Item) -> _Ends | None:
    """What two ends a multiple or a change by a figure makes, or None for another fact."""
    if fact.key[0] == "mult":
        factor = fact.key[1]
        return lambda shared, base: any(
            abs(r - factor) <= _MULTIPLE_TOLERANCE * factor for r in (shared / base, base / shared)
        )
    if fact.key[0] == "num" and fact.key[2] == "share" and fact.key[1]:
        share = fact.key[1]  # "half of the 80 million euro fine" is "40 million euros of it"
        return lambda whole, part: abs(part - share * whole) <= _rounding(part)
    if fact.key[0] == "num" and fact.key[3] in _CHANGE_BY and fact.key[1]:
        by = fact.key[1]  # "rose by 12 to 87" is "from 75 to 87"; "by 12 from 75" too
        return lambda shared, base: abs(abs(shared - base) - by) <= _rounding(by)
    return None


def _rounding(value: float) -> float:
    """Half a unit of a figure's last written digit: how far rounding may have moved it
    ("up 310": 5; "up 1.2 million": 50,000; "up 2.5%": 0.05)."""
    if places := decimal_places(value):
        return 0.5 * 10**-places
    whole = f"{value:.0f}"
    return 0.5 * 10 ** (len(whole) - len(whole.rstrip("0")))


def _spelling_out(
    ends: _Ends, unit: str | None, side: Side, other: Side, others: list[Item]
) -> Item | None:
    """The left-over figure of ``other`` that, with a figure stated on both sides in the
    same sentence, makes the two ``ends`` (of the same ``unit``, when a change has one)."""
    for item in others:
        if item.key[0] != "num" or not item.key[1] or unit not in (None, item.key[2]):
            continue
        for shared in told_beside(item, other, side, _same_figure):
            if shared.key[1] and shared.key[2] == item.key[2] and ends(shared.key[1], item.key[1]):
                return item
    return None


def _same_figure(mine: tuple, theirs: tuple) -> bool:
    """Whether two number keys give one figure (same value and unit)."""
    return mine[0] == theirs[0] == "num" and mine[1:3] == theirs[1:3]
