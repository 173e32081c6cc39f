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

from viewer.engine.facts_context import Found, Side, flag, quoted, trim
from viewer.engine.facts_lexicon import AGREEMENT_VERBS, SYMMETRIC_LINKS
from viewer.engine.facts_matching import EQUIVALENT
from viewer.engine.facts_number_match import without_move
from viewer.engine.facts_numbers import QUALIFIERS_OF_AMOUNTS, Item
from viewer.engine.model import FlagKind

__all__ = ["SWAP_KINDS", "may_swap_names", "swap_flags"]

# Kinds whose values belong to the words around them (a name can be a subject, a number
# a result, a date an event's).
SWAP_KINDS = (FlagKind.NUMBER, FlagKind.DATE, FlagKind.NAME)
_WORDS = re.compile(r"\w+")
_ARTICLES = frozenset({"the", "a", "an"})
_PASSIVE_AFTER = re.compile(r"\s+\w+(?:ed|en|t)\s+by\b")


class _Swap(NamedTuple):
    """Two facts of each side that changed places (``x1`` became ``y1``, ``x2`` ``y2``),
    and the changes that did it."""

    x1: Item
    y1: Item
    x2: Item
    y2: Item
    changes: tuple[int, ...]


def swap_flags(a: Side, b: Side, kind: FlagKind) -> list[Found]:
    """Flags for facts of ``kind`` that changed places in a sentence (or between it and
    the next), one per place."""
    flags: list[Found] = []
    for swap in _candidates(a, b, kind):
        stretch_a = _stretch(a, swap.x1, swap.x2)
        stretch_b = _stretch(b, swap.y1, swap.y2)
        if (
            stretch_a is None
            or stretch_b is None
            or _listed(a, swap.x1, swap.x2, kind)
            or _listed(b, swap.y1, swap.y2, kind)
            or _moved_along(a, b, stretch_a, stretch_b, swap.changes)
        ):
            continue
        for x, y in ((swap.x1, swap.y1), (swap.x2, swap.y2)):
            note = f"{quoted(x)} becomes {quoted(y)}: {quoted(x)} and {quoted(y)} swapped places"
            flags.append(flag(kind, a, x.start, x.end, b, y.start, y.end, note))
    return flags


def _candidates(a: Side, b: Side, kind: FlagKind) -> list[_Swap]:
    """Two changes that each replace one fact with the other's value ("45" -> "30" and
    "30" -> "45"), or one change (or two in a row) that swaps two facts around the same
    words: "Arsenal beat Chelsea" -> "Chelsea beat Arsenal" is one change when the words
    between are too few to part them, and "Apple sued " cut before "Epic Games" and
    " sued Apple" added after it are two."""
    equivalent = EQUIVALENT[kind]

    def same(a: tuple, b: tuple) -> bool:  # the values, whichever way each moved
        if kind is FlagKind.NUMBER:
            return equivalent(_value(a), _value(b))
        if kind is FlagKind.DATE and a[0] != b[0]:
            return False  # a weekday may be any dated day: "14 марта, в четверг" swaps none
        return equivalent(a, b)

    found: list[_Swap] = []
    replaced: list[tuple[int, Item, Item]] = []
    touched_a, touched_b = _touched(a, kind), _touched(b, kind)
    if len(touched_a) < 2 or len(touched_b) < 2:
        return []  # a swap moves two facts on each side
    changed_a = {i for f in touched_a for i in a.changes_touching(f)}
    changed_b = {i for f in touched_b for i in b.changes_touching(f)}
    for i in sorted(changed_a & (changed_b | {j - 1 for j in changed_b})):
        xs, ys = _facts_in(a, kind, a.spans[i]), _facts_in(b, kind, b.spans[i])
        if len(xs) == len(ys) == 1 and not same(xs[0].key, ys[0].key):
            replaced.append((i, xs[0], ys[0]))
        for run in ((i,), (i, i + 1)) if i + 1 < len(a.spans) else ((i,),):
            span_a = a.spans[run[0]][0], a.spans[run[-1]][1]
            span_b = b.spans[run[0]][0], b.spans[run[-1]][1]
            xs, ys = _facts_in(a, kind, span_a), _facts_in(b, kind, span_b)
            if len(xs) == len(ys) == 2 and _swapped_within(a, b, xs, ys, span_a, span_b):
                found.append(_Swap(xs[0], ys[0], xs[1], ys[1], run))
                break
    for (i, x1, y1), (j, x2, y2) in combinations(replaced, 2):
        found.append(_Swap(x1, y1, x2, y2, (i, j)))
    return [
        swap
        for swap in found
        if same(swap.x1.key, swap.y2.key)
        and same(swap.x2.key, swap.y1.key)
        and not same(swap.x1.key, swap.y1.key)
    ]


def _value(key: tuple) -> tuple:
    """A number's key without the way it moved: in "rose to 3.2% ... fell to 4.1%" retold
    with the figures exchanged, the verbs stay and the values change places."""
    return (*key[:-1], without_move(key[-1])) if key[0] == "num" and len(key) == 4 else key


def _swapped_within(
    a: Side,
    b: Side,
    xs: list[Item],
    ys: list[Item],
    span_a: tuple[int, int],
    span_b: tuple[int, int],
) -> bool:
    """Whether a stretch of changes is two facts and the words around and between them,
    the same words on both sides (articles aside: "The Coalition trails Labor" / "Labor
    trails the Coalition"), the facts in the other order on the other side."""
    (ls, le), (rs, re_) = trim(a.text, *span_a), trim(b.text, *span_b)
    return (
        _same_words(a.text[ls : _token_start(a, xs[0])], b.text[rs : _token_start(b, ys[0])])
        and _same_words(a.text[xs[0].end : xs[1].start], b.text[ys[0].end : ys[1].start])
        and _same_words(a.text[_token_end(a, xs[1]) : le], b.text[_token_end(b, ys[1]) : re_])
    )


def _agrees(side: Side, start: int, end: int) -> bool:
    """Whether ``start:end`` holds only the verb's agreement with a swapped subject ("the
    EFF were third" / "the Democratic Alliance was third"), in the active voice ("Hassan
    was hosted by Ruto" is "Ruto hosted Hassan")."""
    found = _WORDS.findall(side.text[start:end].lower())
    passive = _PASSIVE_AFTER.match(side.text, end) is not None
    return bool(found) and AGREEMENT_VERBS.issuperset(found) and not passive


def _same_words(x: str, y: str) -> bool:
    return [w for w in _WORDS.findall(x.lower()) if w not in _ARTICLES] == [
        w for w in _WORDS.findall(y.lower()) if w not in _ARTICLES
    ]


def may_swap_names(a: Side, b: Side) -> bool:
    """Whether two changes each replace capitalised words with capitalised words, or one
    change holds the same capitalised words on both sides in another order.

    Swapped names leave each side with the same names, so the quick test of names (a
    name on each side that the other lacks) would set the kind aside; this one is as
    quick and keeps it for a possible swap.
    """
    count = 0
    for (s1, e1), (s2, e2) in zip(a.spans, b.spans, strict=True):
        left, right = a.text[s1:e1].strip(), b.text[s2:e2].strip()
        if left[:1].isupper() and right[:1].isupper() and left != right:
            count += 1
            if count == 2 or _reordered(_capitalised(left), _capitalised(right)):
                return True
    return False


def _reordered(left: list[str], right: list[str]) -> bool:
    """Whether two lists hold the same words, at least two, in another order."""
    return len(left) >= 2 and left != right and sorted(left) == sorted(right)


def _capitalised(text: str) -> list[str]:
    return [w for w in _WORDS.findall(text) if w[0].isupper()]


def _touched(side: Side, kind: FlagKind) -> list[Item]:
    """The facts of ``kind`` that touch a change (qualifiers of amounts aside)."""
    return [
        f
        for f in side.facts.get(kind, ())
        if f.key[0] not in QUALIFIERS_OF_AMOUNTS and side.changes_touching(f)
    ]


def _facts_in(side: Side, kind: FlagKind, span: tuple[int, int]) -> list[Item]:
    """The facts of ``kind`` this side's part of a change consists of: the change lies
    within the words that hold them (a hyphenated word counts whole: "61-year-old"), so
    the words around them are unchanged. Empty when the change holds anything more."""
    start, end = trim(side.text, *span)
    if start == end:
        return []
    found = [
        f
        for f in side.facts.get(kind, ())
        if f.start < end and start < f.end and f.key[0] not in QUALIFIERS_OF_AMOUNTS
    ]
    if not found:
        return []
    first, last = _token_start(side, found[0]), _token_end(side, found[-1])
    if start < first and not _same_words(side.text[start:first], ""):
        return []  # an article may come along: "The Coalition" for "Labor"
    if last < end and not _same_words(side.text[last:end], "") and not _agrees(side, last, end):
        return []
    return found


def _token_start(side: Side, item: Item) -> int:
    """Where the word holding the start of ``item`` begins (spaces part words)."""
    return side.text.rfind(" ", 0, item.start) + 1


def _token_end(side: Side, item: Item) -> int:
    """Where the word holding the end of ``item`` ends."""
    at = side.text.find(" ", item.end)
    return len(side.text) if at < 0 else at


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
            left, right = _fact_words(a.text[s1:e1]), _fact_words(b.text[s2:e2])
            gone |= left - right  # a word on both sides of one change stayed put
            come |= right - left
    return not gone.isdisjoint(come)


def _within(start: int, end: int, lo: int, hi: int) -> bool:
    """Whether a change's span (maybe empty: an insertion point) lies partly in lo..hi."""
    return max(start, lo) < min(end, hi) or (start == end and lo <= start < hi)


def _fact_words(text: str) -> set[str]:
    """The words of ``text`` that may carry a fact: capitalised, or holding a digit."""
    return {w.lower() for w in _WORDS.findall(text) if w[0].isupper() or not w.isalpha()}
