"""Two facts of one kind that changed places in a sentence: "A 45, B 30" retold "A 30, B 45".

Each value still stands on both sides, so matching facts by value sets both aside as
moved. Yet the words around them stayed where they were, so the figures now belong to
other subjects: the election result is reversed. A swap is two changes, each replacing
just one fact with the other's value, in one sentence (or two adjacent ones) on each side.
It is not flagged when it only reorders a list ("Macron and Scholz", "between 30 and 45"),
or when a name or a figure of another change there moved as well: then whole clauses
changed places, values and subjects together.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import combinations
from typing import NamedTuple

from viewer.engine.facts_context import Found, Side, flag, quoted
from viewer.engine.facts_lexicon import SYMMETRIC_LINKS
from viewer.engine.facts_numbers import Item
from viewer.engine.facts_pairing import EQUIVALENT
from viewer.engine.model import FlagKind

__all__ = ["SWAP_KINDS", "may_swap_names", "swap_flags"]

# Kinds whose values belong to the words around them (a name can be a subject, a number
# a result, a date an event's).
SWAP_KINDS = (FlagKind.NUMBER, FlagKind.DATE, FlagKind.NAME)
_WORDS = re.compile(r"\w+")


class _Replaced(NamedTuple):
    """A change that replaces exactly one fact with another of the same kind."""

    change: int
    left: Item
    right: Item


def swap_flags(a: Side, b: Side, kind: FlagKind) -> list[Found]:
    """Flags for facts of ``kind`` that changed places in a sentence (or between it and
    the next), one per place."""
    same = EQUIVALENT[kind]
    replaced = [
        _Replaced(i, x, y)
        for i in range(len(a.spans))
        if (x := _sole_fact(a, kind, i)) is not None
        and (y := _sole_fact(b, kind, i)) is not None
        and not same(x.key, y.key)
    ]
    flags: list[Found] = []
    for r1, r2 in combinations(replaced, 2):
        if not (same(r1.left.key, r2.right.key) and same(r2.left.key, r1.right.key)):
            continue
        stretch_a = _stretch(a, r1.left, r2.left)
        stretch_b = _stretch(b, r1.right, r2.right)
        if (
            stretch_a is None
            or stretch_b is None
            or _listed(a, r1.left, r2.left, kind)
            or _listed(b, r1.right, r2.right, kind)
            or _moved_along(a, b, stretch_a, stretch_b, (r1.change, r2.change))
        ):
            continue
        for x, y in ((r1.left, r1.right), (r2.left, r2.right)):
            note = f"{quoted(x)} becomes {quoted(y)}: {quoted(x)} and {quoted(y)} swapped places"
            flags.append(flag(kind, a, x.start, x.end, b, y.start, y.end, note))
    return flags


def may_swap_names(a: Side, b: Side) -> bool:
    """Whether two changes each replace capitalised words with capitalised words.

    Swapped names leave each side with the same names, so the quick test of names (a
    name on each side that the other lacks) would set the kind aside; this one is as
    quick and keeps it for a possible swap.
    """
    count = 0
    for (s1, e1), (s2, e2) in zip(a.spans, b.spans, strict=True):
        left, right = a.text[s1:e1].strip(), b.text[s2:e2].strip()
        if left[:1].isupper() and right[:1].isupper() and left != right:
            count += 1
            if count == 2:
                return True
    return False


def _sole_fact(side: Side, kind: FlagKind, change: int) -> Item | None:
    """The one fact of ``kind`` this side's part of the change lies in, if it is all the
    change touches: its words around the fact are unchanged."""
    start, end = side.spans[change]
    while start < end and not side.text[start].isalnum():
        start += 1
    while end > start and not side.text[end - 1].isalnum():
        end -= 1
    if start == end:
        return None
    found = [f for f in side.facts.get(kind, ()) if f.start < end and start < f.end]
    if len(found) != 1 or not (found[0].start <= start and end <= found[0].end):
        return None
    return found[0]


def _listed(side: Side, first: Item, second: Item, kind: FlagKind) -> bool:
    """Whether only list words stand between the two facts ("Macron and Scholz", "between
    30 and 45", "Paris, Rome and Berlin"): reordering a list changes no fact."""
    gap = side.text[first.end : second.start]
    for f in side.facts.get(kind, ()):  # other items of the list
        if first.end <= f.start and f.end <= second.start:
            gap = gap.replace(f.text, " ")
    return SYMMETRIC_LINKS.issuperset(_WORDS.findall(gap.lower()))


def _stretch(side: Side, first: Item, second: Item) -> tuple[int, int] | None:
    """The sentences from the first fact's to the second's, if they are the same sentence
    or the next one ("Labour won 45 seats. The Conservatives won 30.")."""
    one, two = side.sentence_of(first.start), side.sentence_of(second.start)
    if two - one > 1:
        return None
    return side.sentence_span(one)[0], side.sentence_span(two)[1]


def _moved_along(
    a: Side, b: Side, stretch_a: tuple[int, int], stretch_b: tuple[int, int], swap: Sequence[int]
) -> bool:
    """Whether, among the other changes in the stretch, a capitalised word or a figure
    left one place and stands in another: then subjects moved with their values ("Labour
    won 45, the Conservatives 30" retold "the Conservatives won 30, Labour 45"), and whole
    clauses changed places. A word changed for good ("on Monday" made "on Tuesday") is a
    change of its own and flagged as one."""
    gone: set[str] = set()
    come: set[str] = set()
    for i, ((s1, e1), (s2, e2)) in enumerate(zip(a.spans, b.spans, strict=True)):
        if i not in swap and (_within(s1, e1, *stretch_a) or _within(s2, e2, *stretch_b)):
            gone.update(_fact_words(a.text[s1:e1]))
            come.update(_fact_words(b.text[s2:e2]))
    return not gone.isdisjoint(come)


def _within(start: int, end: int, lo: int, hi: int) -> bool:
    """Whether a change's span (maybe empty: an insertion point) lies partly in lo..hi."""
    return max(start, lo) < min(end, hi) or (start == end and lo <= start < hi)


def _fact_words(text: str) -> list[str]:
    """The words of ``text`` that may carry a fact: capitalised, or holding a digit."""
    return [w.lower() for w in _WORDS.findall(text) if w[0].isupper() or not w.isalpha()]
