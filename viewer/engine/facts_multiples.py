"""A multiple told as its two ends: "doubled to 22 seats" is "went from 11 seats to 22".

A rewrite may spell out what a multiple means instead of naming it: the word "doubled"
goes on one side and the base "11" comes on the other, and each alone reads as a number
added or dropped. Both are one fact when the figure both sides give is that multiple of
the new one (or the new one that multiple of it), in one sentence on the side that
spells it out.
"""

from __future__ import annotations

from viewer.engine.facts_context import Side
from viewer.engine.facts_numbers import Item

__all__ = ["spelled_out_multiples"]

# A multiple is exact ("doubled" from 11 to 22), but figures are rounded ("from 4.1 million
# to 8.3 million" still doubled).
_TOLERANCE = 0.03


def spelled_out_multiples(
    a: Side, b: Side, xs: list[Item], ys: list[Item]
) -> tuple[list[Item], list[Item]]:
    """``xs`` and ``ys`` (left-over numbers of ``a`` and ``b``) without each multiple on
    one side and the figure on the other side that spells it out."""
    for mults, side, others, other in ((xs, a, ys, b), (ys, b, xs, a)):
        for mult in [m for m in mults if m.key[0] == "mult"]:
            spelled = _spelling_out(mult.key[1], side, other, others)
            if spelled is not None:
                mults.remove(mult)
                others.remove(spelled)
    return xs, ys


def _spelling_out(factor: float, side: Side, other: Side, others: list[Item]) -> Item | None:
    """The left-over figure of ``other`` that, with a figure stated on both sides in the
    same sentence, makes the multiple ``factor``."""
    for item in others:
        if item.key[0] != "num" or not item.key[1]:
            continue
        sentence = other.sentence_of(item.start)
        for shared in other.facts.get(item.kind, ()):
            if (
                shared is item
                or shared.key[0] != "num"
                or shared.key[2] != item.key[2]
                or other.sentence_of(shared.start) != sentence
                or not _stated(shared, side)
            ):
                continue
            ratio = shared.key[1] / item.key[1]  # the result over the base, or the other way
            if ratio and any(abs(r - factor) <= _TOLERANCE * factor for r in (ratio, 1 / ratio)):
                return item
    return None


def _stated(item: Item, side: Side) -> bool:
    """Whether ``side`` gives the figure of ``item`` too (same value and unit)."""
    return any(
        x.key[0] == "num" and x.key[1] == item.key[1] and x.key[2] == item.key[2]
        for x in side.facts.get(item.kind, ())
    )
