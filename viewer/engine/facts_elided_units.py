"""A unit said once for two counts: "12 years, with the final two suspended" is "two years".

Copy that gives two amounts of one unit in a sentence often writes the unit with the
first only; another outlet writes it with both. A bare count on one side and the same
count with a unit on the other are one amount when the bare count's sentence, or the one
before it, gives that unit to another count. Without one ("two suspended" against "two
years suspended" with no years nearby) the unit may be the fact that changed, and both
stay.
"""

from __future__ import annotations

from viewer.engine.facts_context import Side
from viewer.engine.facts_numbers import Item
from viewer.engine.model import FlagKind

__all__ = ["settled_by_elided_unit"]


def settled_by_elided_unit(
    a: Side, left: list[Item], b: Side, right: list[Item]
) -> tuple[list[Item], list[Item]]:
    """The left-over numbers of both sides without the pairs of a bare count and the same
    count with the unit its sentence gives another count."""
    if not left or not right:
        return left, right
    settled: set[int] = set()
    for side, mine, theirs in ((a, left, right), (b, right, left)):
        for bare in mine:
            if not _bare(bare) or id(bare) in settled:
                continue
            for full in theirs:
                if (
                    id(full) not in settled
                    and _same_count(bare, full)
                    and _unit_told(side, bare, full)
                ):
                    settled |= {id(bare), id(full)}
                    break
    return [x for x in left if id(x) not in settled], [y for y in right if id(y) not in settled]


def _bare(item: Item) -> bool:
    return item.key[0] == "num" and not item.key[2]


def _same_count(bare: Item, full: Item) -> bool:
    return (
        full.key[0] == "num"
        and bool(full.key[2])
        and full.key[1] == bare.key[1]
        and full.key[3:] == bare.key[3:]
    )


def _unit_told(side: Side, bare: Item, full: Item) -> bool:
    """Whether another count before ``bare``, in its sentence or the one before, has
    ``full``'s unit ("a record of 9.91 seconds. Dawson finished second in 9.97")."""
    sentence = side.sentence_of(bare.start)
    return any(
        x.key[0] == "num"
        and x.key[2] == full.key[2]
        and x.end <= bare.start
        and side.sentence_of(x.start) in (sentence, sentence - 1)
        for x in side.facts[FlagKind.NUMBER]
    )
