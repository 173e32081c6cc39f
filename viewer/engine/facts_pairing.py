"""Left-over facts of one kind paired across the two sides, or flagged as added or dropped.

A fact with an equivalent on the other side was moved or reworded and is set aside first
(``facts_matching.unmatched``). A left-over fact touching a change is paired with a
left-over fact of the same kind that replaces it: in the same change, or in a similar
sentence. A number, a time or a hedge with no partner is flagged as added or dropped,
against what stands in its place in the most similar sentence of the other side.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Sequence

from viewer.engine.facts_alike import comparable
from viewer.engine.facts_alone import told_otherwise, worth_flagging_alone
from viewer.engine.facts_claim_match import qualified_around, told_both_ways
from viewer.engine.facts_context import (
    Found,
    Side,
    flag,
    quoted,
    similarity,
    trim,
    whole_word_places,
)
from viewer.engine.facts_countries import capital_in_place_of_country
from viewer.engine.facts_elsewhere import stated_elsewhere
from viewer.engine.facts_matching import EQUIVALENT
from viewer.engine.facts_name_match import names_equivalent, retitled, same_first_name, same_head
from viewer.engine.facts_name_places import names_to_pair
from viewer.engine.facts_name_roles import same_neighbour
from viewer.engine.facts_number_match import bounds_agree
from viewer.engine.facts_numbers import Item
from viewer.engine.facts_told_there import no_loss_there
from viewer.engine.model import Change, FlagKind

__all__ = ["pair_flags"]

_DIGITS = re.compile(r"\d(?:[\d,.]*\d)?")  # a count as written: "57", "1,300"
_POINTS_BACK = re.compile(r"(?i)\b(?:the|all|these|those)\s+$")  # "Of the 57 cases"

# Two left-over facts in sentences at least this similar (Dice over content words) are
# taken as one fact stated two ways; below it they are unrelated facts. Names recur all
# over a story, so a swapped name also needs the same word next to it.
PAIR_SIMILARITY = {
    FlagKind.NUMBER: 0.2,
    FlagKind.DATE: 0.2,
    FlagKind.ATTRIBUTION: 0.2,
    FlagKind.NAME: 0.2,
    FlagKind.CERTAINTY: 0.4,
}
# An added or dropped fact is flagged only when the statement around it stands on the
# other side too: some sentence there at least this similar to its own.
UNPAIRED_SIMILARITY = 0.25
# A fact added or dropped is flagged against the other side of its change only when that
# side is short enough to read as "what stands there instead".
MAX_COUNTERPART_WORDS = 16
# A name replaced by another inside one change: that change is at most this long a side.
MAX_SWAP_WORDS = 8

_FLAG_UNPAIRED = frozenset({FlagKind.NUMBER, FlagKind.DATE, FlagKind.CERTAINTY})
_NAMED_KINDS = frozenset({FlagKind.NAME, FlagKind.ATTRIBUTION})
# Kinds whose pairing asks whether one short change swapped the two facts.
_SWAPPED_KINDS = frozenset({FlagKind.NUMBER, FlagKind.NAME, FlagKind.ATTRIBUTION})
_SPACE_WORDS = re.compile(r"\S+")


def _pairs(
    a: Side, b: Side, kind: FlagKind, xs: list[Item], ys: list[Item]
) -> list[tuple[Item, Item]]:
    """Left-over facts that replace each other: same change, or similar sentences."""
    same = EQUIVALENT[kind]
    scored = []
    for x in xs:
        cx = set(a.changes_touching(x))
        for y in ys:
            shared = bool(cx & set(b.changes_touching(y)))
            swap = shared and kind in _SWAPPED_KINDS and _swapped_in_place(a, x, b, y)
            if not comparable(a, x, b, y, same_change=swap):
                continue
            sim = similarity(a, x, b, y)
            if kind is FlagKind.NAME and not (
                (swap and sim >= 0.3)
                or same_neighbour(a, x, b, y)
                or retitled(x.key, y.key)
                or same_head(x.key, y.key)
                or same_first_name(x.key, y.key)
            ):
                continue
            if not (shared or sim >= PAIR_SIMILARITY[kind] or _counterparts(a, x, b, y, sim)):
                continue
            if kind is FlagKind.ATTRIBUTION and sim < PAIR_SIMILARITY[kind] and not swap:
                continue  # a passage rewritten as a whole: its sources say different things
            direct = shared and kind is FlagKind.NUMBER and _one_for_one(a, x, b, y)
            if not direct and (_sentence_has(a, x, y, same) or _sentence_has(b, y, x, same)):
                continue  # the other fact stands next to this one: an addition, not a swap
            scored.append((-(sim + shared), x.start, y.start, x, y))
    scored.sort(key=lambda t: t[:3])
    used_x, used_y, out = set(), set(), []
    for _, _, _, x, y in scored:
        if id(x) not in used_x and id(y) not in used_y:
            used_x.add(id(x))
            used_y.add(id(y))
            out.append((x, y))
    return out


# Sources that speak for the body named in their phrase.
_VOICES = frozenset({"spokesperson", "representative"})
_ARTICLE_BEFORE = re.compile(r"(?:the|a|an)\s+$", re.IGNORECASE)


def _touched(side: Side, item: Item, kind: FlagKind) -> bool:
    """Whether a change touches ``item``; a source phrase counts its article, which its
    span leaves out: "sources close to the club said" cut to "the club said" changed it,
    and a named source its verb: "Veltrix plans" made "Veltrix said it plans"."""
    if side.changes_touching(item):
        return True
    if kind is not FlagKind.ATTRIBUTION:
        return False
    if item.key[0] == "name" and side.touching(item.end + 1, item.end + 2):
        return True
    article = _ARTICLE_BEFORE.search(side.text, max(0, item.start - 6), item.start)
    return article is not None and bool(side.touching(article.start(), item.end))


def _swapped_in_place(a: Side, x: Item, b: Side, y: Item) -> bool:
    """Whether one change replaces ``x`` by ``y`` within a few words on each side.

    In a sentence rewritten as a whole, every name dropped would otherwise "become"
    every name added ("Saudi Arabia" becomes "Vladimir Putin"); a swap is short.
    """
    for i in set(a.changes_touching(x)) & set(b.changes_touching(y)):
        (ls, le), (rs, re_) = a.spans[i], b.spans[i]
        if not (ls < x.end and x.start < le and rs < y.end and y.start < re_):
            continue  # an insertion point next to a name does not replace it
        if max(_word_count(a.text, ls, le), _word_count(b.text, rs, re_)) <= MAX_SWAP_WORDS:
            return True
    return False


def _word_count(text: str, start: int, end: int) -> int:
    return len(_SPACE_WORDS.findall(text, start, end))


_THAT_BEFORE = re.compile(r"\bthat\s+$")
_OWNER_GAP = re.compile(r"['’]s?\s+")
_TOLD_BEFORE = re.compile(r"\b(?:told|tells|tell)\s+$")
_UNNAMED = frozenset({"source", "insider"})  # never named: "people familiar with the matter"


def _counterparts(a: Side, x: Item, b: Side, y: Item, sim: float) -> bool:
    """Whether the sentences of a time or a number are each other's most similar, though
    less alike than facts are paired at: a paragraph rebuilt around them ("The outage began
    at 2:15 p.m." / "A fault cut power ... starting at 4:15 p.m.", another clause merged)."""
    if x.kind not in (FlagKind.DATE, FlagKind.NUMBER) or sim < _REBUILT_SIMILARITY:
        return False
    ia, ib = a.sentence_of(x.start), b.sentence_of(y.start)
    return (
        b.best_sentence(a.words_of(ia), _REBUILT_SIMILARITY) == ib
        and a.best_sentence(b.words_of(ib), _REBUILT_SIMILARITY) == ia
    )


_REBUILT_SIMILARITY = 0.15


def _one_for_one(a: Side, x: Item, b: Side, y: Item) -> bool:
    """Whether one change rewrote ``x`` into ``y`` and nothing else ("No. 1" / "No. 2"):
    a fact equal to one of them elsewhere in the sentence ("its first week") is no sign of
    an addition then."""
    return any(
        x.start <= a.spans[i][0]
        and a.spans[i][1] <= x.end
        and y.start <= b.spans[i][0]
        and b.spans[i][1] <= y.end
        for i in set(a.changes_touching(x)) & set(b.changes_touching(y))
    )


def _sentence_has(side: Side, at: Item, other: Item, same: Callable[[tuple, tuple], bool]) -> bool:
    """Whether ``other`` stands in ``at``'s sentence too: then it was added, not swapped.

    Dates must be equal there, not merely compatible: a weekday is compatible with any
    dated day, and "on Monday" beside "March 14" says nothing of "March 24".
    """
    index = side.sentence_of(at.start)
    if at.kind is FlagKind.DATE:
        same = operator.eq
    if any(
        (f.start, f.end) != (at.start, at.end)
        and same(f.key, other.key)
        and not _longer_name_kept(side, other, f)
        for f in side.facts_in(at.kind, index)
    ):
        return True
    if at.kind is FlagKind.ATTRIBUTION and other.key[0] == "name":
        # A name inside the source phrase is the body a spokesperson speaks for ("a Kremlin
        # spokesman" / "the Kremlin"); "analysts at Goldman Sachs" are not the bank, and
        # "U.N. Secretary-General Antonio Guterres" is more than "U.N. officials".
        voice = at.key[0] == "source" and (
            at.key[2] in _VOICES or (at.key[2] == "source" and " of " in at.text.lower())
        )  # "Sources of Reuters" are the outlet's own, as "Reuters reported" relays them
        for f in side.facts_in(FlagKind.NAME, index):
            inside = at.start <= f.start and f.end <= at.end
            if inside and voice and set(other.key[1]) <= set(f.key):
                return True
            if not inside and names_equivalent(f.key, other.key[1]):
                # "the electric carmaker said" is Tesla, named in its sentence; "people
                # familiar with the matter" never are, nor is what a claim is about
                # ("Italian media reported that Juventus" / "Juventus said they")
                # (but "two sources told Reuters" relay Reuters' report)
                before = side.text[max(0, f.start - 8) : f.start]
                told = _TOLD_BEFORE.search(before) is not None
                unnamed = at.key[0] == "source" and at.key[2] in _UNNAMED and not told
                owner = _OWNER_GAP.fullmatch(side.text, f.end, at.start)  # "Smith's lawyer"
                return not unnamed and not _THAT_BEFORE.search(before) and owner is None
    return False


def _longer_name_kept(side: Side, name: Item, f: Item) -> bool:
    """Whether ``f`` is a longer, unchanged name that holds ``name``'s words: "Facebook"
    swapped for "Instagram" beside "Facebook Marketplace", which both sides keep."""
    return (
        name.kind is FlagKind.NAME and set(name.key) < set(f.key) and not side.changes_touching(f)
    )


def pair_flags(
    a: Side,
    b: Side,
    kind: FlagKind,
    xs: list[Item],
    ys: list[Item],
    changes: Sequence[Change],
) -> list[Found]:
    left_over = (xs, ys)
    xs = [x for x in xs if _touched(a, x, kind)]
    ys = [y for y in ys if _touched(b, y, kind)]
    if not xs and not ys:
        return []
    if kind is FlagKind.NAME:
        xs, ys = names_to_pair(a, xs, b, ys)
    if kind in _NAMED_KINDS:
        xs, ys = _capitals_for_countries(xs, ys)
    flags = []
    paired = _pairs(a, b, kind, xs, ys)
    for x, y in paired:
        if kind is FlagKind.NUMBER and bounds_agree(x.key, y.key):
            continue  # "more than 300 homes" told exactly as "312 homes"
        if kind is FlagKind.ATTRIBUTION and (
            qualified_around(a, x, b, y) or told_both_ways(a, x, b, y)
        ):
            continue  # "health authorities in Bavaria ... the regional health office"
        note = f"{quoted(x)} becomes {quoted(y)}"
        flags.append(flag(kind, a, x.start, x.end, b, y.start, y.end, note))
    if kind not in _FLAG_UNPAIRED:
        return flags
    done = {id(x) for pair in paired for x in pair}
    free = {id(f) for f in (*left_over[0], *left_over[1])}
    for item, side, other, is_left in [(x, a, b, True) for x in xs] + [
        (y, b, a, False) for y in ys
    ]:
        if id(item) in done:
            continue
        span = _counterpart(item, side, other, changes, is_left, free)
        if span is None:
            continue
        note = f"{quoted(item)} {'dropped' if is_left else 'added'}"
        if is_left:
            flags.append(flag(kind, a, item.start, item.end, b, *span, note, fact_right=False))
        else:
            flags.append(flag(kind, a, *span, b, item.start, item.end, note, fact_left=False))
    return flags


def _capitals_for_countries(xs: list[Item], ys: list[Item]) -> tuple[list[Item], list[Item]]:
    """The left-over names without those told as a country on one side and its capital on
    the other: "Beijing said" is "China said", "Warsaw will buy" "Poland will buy". Only
    left-overs: a capital named as a place on both sides ("talks in Moscow") matched
    itself already, and hides no country replaced elsewhere ("Russia said" / "Putin said")."""
    ys = list(ys)
    kept = []
    for x in xs:
        y = next((y for y in ys if capital_in_place_of_country(x.text, y.text)), None)
        if y is None:
            kept.append(x)
        else:
            ys.remove(y)
    return kept, ys


def _counterpart(
    item: Item,
    side: Side,
    other: Side,
    changes: Sequence[Change],
    is_left: bool,
    free: set[int],
) -> tuple[int, int] | None:
    """What stands on the other side instead of an added or dropped fact, or None.

    Only a fact inside a change counts, and only when a similar sentence stands on the
    other side: there, a fact of the same kind with another value is the counterpart (an
    equivalent one means nothing was lost), a number only if left over itself (``free``:
    "about 35 km" dropped beside a kept "60 km" is no "35 km became 60 km"; a time still
    shows what stands instead, "in recent months" for "over the past three months");
    else the other side of the change in that sentence; else the sentence itself.
    """
    touching = [
        i
        for i in side.changes_touching(item)
        if (changes[i].left if is_left else changes[i].right).start < item.end
        and item.start < (changes[i].left if is_left else changes[i].right).end
    ]
    if not touching or not worth_flagging_alone(item, side):
        return None
    ch = changes[touching[0]]
    index = other.best_sentence(side.words_of(side.sentence_of(item.start)), UNPAIRED_SIMILARITY)
    if index is None:
        return None
    s, e = other.sentence_span(index)
    if no_loss_there(item, side, other, index):
        return None
    same = EQUIVALENT[item.kind]
    there = other.facts_in(item.kind, index)
    if _as_often_there(item, side, there, same) or stated_elsewhere(item, side, other):
        return None
    if told_otherwise(item, side, other, index):
        return None  # "a point above" for "one point ahead", "two decades" for "20 years"
    if _repeated(item, side, other, same):
        return None  # "Some 23 rivers" and "• Rivers burst: 23" retold once: nothing lost
    for f in there:
        if item.kind is FlagKind.NUMBER and id(f) not in free:
            continue
        if comparable(side, item, other, f) if is_left else comparable(other, f, side, item):
            return f.start, f.end
    span = ch.right if is_left else ch.left
    if s <= span.start <= e and len(_SPACE_WORDS.findall(span.text)) <= MAX_COUNTERPART_WORDS:
        return (
            trim(other.text, span.start, span.end) if span.text.strip() else (span.start, span.end)
        )
    return trim(other.text, s, e)


def _as_often_there(
    item: Item, side: Side, there: list[Item], same: Callable[[tuple, tuple], bool]
) -> bool:
    """Whether the similar sentence holds as many facts like ``item`` as its own sentence:
    then nothing was lost. "hackers may have accessed ..., in what could be one of" told
    as "Hackers have accessed ..., in what could be one of" keeps one hedge of two."""
    alike = sum(1 for f in there if same(item.key, f.key))
    if not alike:
        return False
    mine = side.facts_in(item.kind, side.sentence_of(item.start))
    return alike >= sum(1 for f in mine if same(item.key, f.key))


def _repeated(item: Item, side: Side, other: Side, same: Callable[[tuple, tuple], bool]) -> bool:
    """Whether a number in digits stands twice on this side and at least once on the
    other: one of its mentions was left out, not the fact (a paragraph and the list that
    sums it up). Only numbers in digits: a hedge or a "not" recurs and says something new
    each time."""
    if item.kind is not FlagKind.NUMBER or not any(c.isdigit() for c in item.text):
        return False
    if any(f is not item and same(item.key, f.key) for f in side.facts[item.kind]) and any(
        same(item.key, f.key) for f in other.facts[item.kind]
    ):
        return True
    # or a count that points back to one stated before in this article ("bringing the
    # total to 57" ... "Of the 57 cases"), which the other article states elsewhere ("has
    # climbed to 57")
    written = _DIGITS.fullmatch(item.text)  # a bare count, written alone
    if (
        written is None
        or side.document is None
        or other.document is None
        or not _POINTS_BACK.search(side.text, max(0, item.start - 10), item.start)
    ):
        return False
    digits = written.group()
    return len(list(whole_word_places(side.document, digits, 3))) >= 2 and any(
        True for _ in whole_word_places(other.document, digits, 3)
    )
