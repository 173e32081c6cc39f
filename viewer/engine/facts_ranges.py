"""A range whose two ends both changed is one fact changed: one flag, not one per end.

"rose 30-40%" retold as "rose 50-60%" changes each end of the range, so the numbers pair
as "30" becoming "50" and "40%" becoming "60%": two flags for what a reader sees as one
figure. Two number flags that replace a fact on each side, next to each other with only a
range's joiner between their facts on both sides ("30-40%", "30 to 40", "between 30 and
40", "від 30 до 40"), become one flag over both ends.
"""

from __future__ import annotations

import re

from viewer.engine.facts_context import Found
from viewer.engine.model import Flag, FlagKind, Span

__all__ = ["joined_ranges"]

# What stands between a range's two ends: a dash, "to", "до", "по"; or "and" after
# "between" ("between 30 and 40": "30 and 40" alone lists two figures).
_JOINER = re.compile(r"\s*[-–—]\s*|\s+(?:to|до|по)\s+", re.IGNORECASE)
_AND = re.compile(r"\s+(?:and|і|та|и)\s+", re.IGNORECASE)
_BETWEEN = re.compile(r"\b(?:between|між|между)\s+$", re.IGNORECASE)


def joined_ranges(found: list[Found], left: str, right: str) -> list[Found]:
    """The flags with each pair of changed range ends made one flag (see the module), in
    the place of the first end's; the order of the others is kept."""
    out, i = list(found), 0
    while i < len(out):
        j = next(
            (
                j
                for j in range(len(out))
                if j != i and _ends_of_one_range(out[i], out[j], left, right)
            ),
            None,
        )
        if j is None:
            i += 1
            continue
        out[i] = _joined(out[i].flag, out[j].flag, left, right)
        del out[j]
        i -= j < i
    return out


def _ends_of_one_range(first: Found, second: Found, left: str, right: str) -> bool:
    x, y = first.flag, second.flag
    return (
        x.kind is y.kind is FlagKind.NUMBER
        and first.fact_left
        and first.fact_right
        and second.fact_left
        and second.fact_right
        and x.left.end <= y.left.start
        and x.right.end <= y.right.start
        and _joins(left, x.left.start, x.left.end, y.left.start)
        and _joins(right, x.right.start, x.right.end, y.right.start)
    )


def _joins(text: str, start: int, end: int, next_start: int) -> bool:
    """Whether ``text[end:next_start]`` joins two ends of one range, the first at ``start``."""
    if _JOINER.fullmatch(text, end, next_start):
        return True
    between = _BETWEEN.search(text, max(0, start - 10), start)
    return between is not None and _AND.fullmatch(text, end, next_start) is not None


def _joined(x: Flag, y: Flag, left: str, right: str) -> Found:
    l0, l1, r0, r1 = x.left.start, y.left.end, x.right.start, y.right.end
    note = f"'{left[l0:l1]}' becomes '{right[r0:r1]}'"
    return Found(Flag(FlagKind.NUMBER, Span(l0, l1, left[l0:l1]), Span(r0, r1, right[r0:r1]), note))
