"""Facts one pair drops and another pair adds: moved between paragraphs, or changed there.

The fact finder compares the two sides of one aligned pair. A retelling that moves a
sentence, or a clause, into another paragraph (or splits a paragraph whose pieces the
aligner links apart) leaves a fact dropped from one pair and added to another: "About
2,300" flagged as dropped here and "Around 2,300" as added there, where nothing changed,
or "19 July" dropped and "18 July" added where a date changed on the way. Such a dropped
and added fact of one kind, in alike sentences that no one pair compared, go to the finder
as their two sentences: where it flags neither, the fact moved as it was and both flags
go; where it flags one as the other changed, that one flag stands for both.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import Enum

from viewer.engine.model import (
    AlignedPair,
    Block,
    Change,
    Comparison,
    Document,
    FactSide,
    Flag,
    FlagKind,
    Span,
)
from viewer.engine.segmentation import split_sentences
from viewer.engine.similarity import terms
from viewer.engine.worddiff import text_changes

__all__ = ["FlagFinder", "flagged_pairs", "settle_moved_facts"]

# A finder takes two texts, their word changes and the two whole documents.
FlagFinder = Callable[[str, str, Sequence[Change], tuple[str, str]], tuple[Flag, ...]]

# A dropped and an added fact are one fact moved only when they are told alike: in
# sentences this alike (Dice over content terms), where the finder finds the two facts
# equal, or where the equal figure is too particular to recur by chance ("about 9,600" /
# "around 9,600"); or, in sentences alike at least ``_ALIKE_AT_ALL``, where the facts and
# the words this many characters around them share two terms at least ("Hale scored 34
# points" / "Hale poured in 43 points"). A count that merely recurs in another sentence
# shares little else with it, and two hedges of two clauses share only their frame.
_ALIKE = 0.2
_ALIKE_AT_ALL = 0.1
_AROUND = 50
_SHARED_AROUND = 2
# Kinds whose facts are figures or times, with units that say what they count.
_COUNTED = frozenset({FlagKind.NUMBER, FlagKind.DATE})
# A fact moves at most this many pairs up or down.
_NEAR_PAIRS = 8
# A fact went with its clause when this share of the words around it changed in its pair.
_CUT_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class _Sentence:
    start: int  # offsets into the document's text
    end: int
    terms: frozenset[str]

    def dice(self, other: _Sentence) -> float:
        if not self.terms or not other.terms:
            return 0.0
        return 2 * len(self.terms & other.terms) / (len(self.terms) + len(other.terms))


@dataclass(frozen=True, slots=True)
class _OneSided:
    """A fact flagged as dropped (held on the left) or added (on the right): the pairs
    that flagged it (two when its paragraph is in two pairs), the pairs that hold its
    paragraph, and its sentence."""

    flag: Flag
    flagged_in: tuple[int, ...]
    held_in: frozenset[int]
    sentence: _Sentence
    cut: bool  # the words around it are gone from its pair too (see _cut_around)

    @property
    def span(self) -> Span:
        return self.flag.left if self.flag.held is FactSide.LEFT else self.flag.right


class _Outcome(Enum):
    APART = "apart"  # two facts after all: both flags stand
    SAME = "same"  # the fact stands the same in both sentences: both flags go


def settle_moved_facts(
    left: Document, right: Document, pairs: Sequence[AlignedPair], finder: FlagFinder
) -> tuple[AlignedPair, ...]:
    """``pairs`` with each fact dropped from one pair and added to another settled once:
    both flags gone, or one flag across the two pairs (kept by the first of them)."""
    dropped = _one_sided(left, pairs, FactSide.LEFT)
    added = _one_sided(right, pairs, FactSide.RIGHT) if dropped else []
    candidates = sorted(
        (-x.sentence.dice(y.sentence), i, j)
        for i, x in enumerate(dropped)
        for j, y in enumerate(added)
        if x.flag.kind is y.flag.kind
        and (x.cut or y.cut)
        and not x.held_in & y.held_in
        and _near(x, y)
    )
    documents = (left.text, right.text)
    gone: set[Flag] = set()
    told: dict[int, list[Flag]] = defaultdict(list)
    used_x: set[int] = set()
    used_y: set[int] = set()
    for score, i, j in candidates:
        if -score < _ALIKE_AT_ALL:
            break
        if i in used_x or j in used_y:
            continue
        x, y = dropped[i], added[j]
        outcome = _compared(x, y, left, right, finder, documents)
        if outcome is _Outcome.APART or not _settles(outcome, -score, x, y, left, right):
            continue
        used_x.add(i)
        used_y.add(j)
        gone.update((x.flag, y.flag))
        if isinstance(outcome, Flag):
            told[min(x.flagged_in + y.flagged_in)].append(outcome)
    if not gone:
        return tuple(pairs)
    out = []
    for k, p in enumerate(pairs):
        flags = [f for f in p.flags if f not in gone] + told.get(k, [])
        if len(flags) != len(p.flags) or k in told:
            flags.sort(key=lambda f: (f.left.start, f.right.start))
            p = replace(p, flags=tuple(flags))
        out.append(p)
    return tuple(out)


def flagged_pairs(comparison: Comparison) -> frozenset[int]:
    """The pairs with a fact change: those that list a flag, and those whose paragraphs hold
    a span of a flag listed with another pair (a fact moved between two pairs)."""
    out = {k for k, p in enumerate(comparison.pairs) if p.flags}
    for held in (FactSide.LEFT, FactSide.RIGHT):
        paragraphs = _Paragraphs(comparison.left if held is FactSide.LEFT else comparison.right)
        holders = paragraphs.holders(comparison.pairs, held)
        for k, p in enumerate(comparison.pairs):
            for f in p.flags:
                block = paragraphs.at((f.left if held is FactSide.LEFT else f.right).start)
                if k not in holders[block.id]:
                    out.update(holders[block.id])
    return frozenset(out)


class _Paragraphs:
    """One document's blocks: the one an offset stands in, and the pairs that hold each."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.starts = [b.start for b in doc.blocks]

    def at(self, offset: int) -> Block:
        return self.doc.blocks[max(0, bisect.bisect_right(self.starts, offset) - 1)]

    @staticmethod
    def holders(pairs: Sequence[AlignedPair], held: FactSide) -> dict[int, set[int]]:
        """The pairs that hold each block of the ``held`` side, by block id."""
        out: dict[int, set[int]] = defaultdict(set)
        for k, p in enumerate(pairs):
            for block_id in p.left if held is FactSide.LEFT else p.right:
                out[block_id].add(k)
        return out


def _one_sided(doc: Document, pairs: Sequence[AlignedPair], held: FactSide) -> list[_OneSided]:
    """The flags of ``pairs`` whose fact stands on the ``held`` side only, once each."""
    flagged: dict[Flag, list[int]] = defaultdict(list)
    for k, p in enumerate(pairs):
        for f in p.flags:
            if f.held is held:
                flagged[f].append(k)
    if not flagged:
        return []
    paragraphs = _Paragraphs(doc)
    holders = paragraphs.holders(pairs, held)
    out = []
    for f, ks in flagged.items():
        at = (f.left if held is FactSide.LEFT else f.right).start
        block = paragraphs.at(at)
        sentence = _sentence_at(block.text, block.start, at)
        if sentence is not None:
            cut = all(_cut_around(f, held, sentence, pairs[k]) for k in ks)
            out.append(_OneSided(f, tuple(ks), frozenset(holders[block.id]), sentence, cut))
    return out


def _near(x: _OneSided, y: _OneSided) -> bool:
    """Whether two facts' pairs stand a few pairs apart at most: a retelling moves a clause
    up or down a story, where in a long document a like sentence far away is another."""
    return any(abs(i - j) <= _NEAR_PAIRS for i in x.flagged_in for j in y.flagged_in)


def _cut_around(f: Flag, held: FactSide, sentence: _Sentence, pair: AlignedPair) -> bool:
    """Whether most of the words around a one-sided fact are changed in its pair too.

    A fact moved to another paragraph went with its clause; one dropped or added alone,
    its neighbours standing on both sides of its pair, was dropped or added right there.
    """
    span = f.left if held is FactSide.LEFT else f.right
    lo, hi = max(sentence.start, span.start - _AROUND), min(sentence.end, span.end + _AROUND)
    around = (span.start - lo) + (hi - span.end)
    if around <= 0:
        return True
    changed = 0
    for c in pair.changes:
        s = c.left if held is FactSide.LEFT else c.right
        for a, b in ((lo, span.start), (span.end, hi)):
            changed += max(0, min(b, s.end) - max(a, s.start))
    return changed >= _CUT_SHARE * around


def _settles(
    outcome: Flag | _Outcome,
    score: float,
    x: _OneSided,
    y: _OneSided,
    left: Document,
    right: Document,
) -> bool:
    """Whether the two facts are told alike enough for the finder's verdict to stand.

    Two facts the finder finds equal, in sentences this alike or told with the same words
    around them, are one fact moved; so are two equal figures too particular to recur by
    chance ("about 9,600" / "around 9,600", "8,3 мільйона гривень" / "8,3 млн грн") a few
    pairs apart. A fact changed on its way needs the same words around it, or for a figure
    or a time the same unit ("seven years" / "eight years"): a hedge of one clause and a
    hedge of another share only their sentences' frame.
    """
    if _told_alike(x, y, left, right):
        return True
    counted = x.flag.kind in _COUNTED
    if outcome is _Outcome.SAME:
        return score >= _ALIKE or (counted and _particular(x.span.text))
    return counted and bool(_words(x.span.text) & _words(y.span.text))


def _particular(text: str) -> bool:
    """Whether a figure is too particular to recur by chance: four digits or more, three
    that are not zeros, or a unit ("9,600", "52.81", "2:21:47", "three days", "35km"; not
    "41", "two" or "100")."""
    digits = "".join(c for c in text if c.isdigit())
    return len(digits) >= 4 or len(digits.strip("0")) >= 3 or bool(_words(text))


def _words(text: str) -> frozenset[str]:
    """A fact's content terms that are no numbers: its unit, currency or noun."""
    return frozenset(t for t in terms(text) if not t[:1].isdigit())


def _told_alike(x: _OneSided, y: _OneSided, left: Document, right: Document) -> bool:
    """Whether the words right around two facts tell one subject (two content terms in
    common): "Hale scored 34 points" / "Hale poured in 43 points", where a hedge of one
    clause and a hedge of another ("expected to peak" / "a further rise is not ruled
    out") share only the sentence's frame."""
    return len(_around(x, left) & _around(y, right)) >= _SHARED_AROUND


def _around(x: _OneSided, doc: Document) -> frozenset[str]:
    """The content terms of a fact and of the words around it in its sentence."""
    lo = max(x.sentence.start, x.span.start - _AROUND)
    hi = min(x.sentence.end, x.span.end + _AROUND)
    return frozenset(terms(doc.text[lo:hi]))


def _sentence_at(text: str, base: int, at: int) -> _Sentence | None:
    """The sentence of a block (``text``, starting at ``base``) that holds offset ``at``."""
    for s, e in split_sentences(text):
        if base + s <= at <= base + e:
            return _Sentence(base + s, base + e, frozenset(terms(text[s:e])))
    return None


def _compared(
    x: _OneSided,
    y: _OneSided,
    left: Document,
    right: Document,
    finder: FlagFinder,
    documents: tuple[str, str],
) -> Flag | _Outcome:
    """What the finder makes of the sentences of a dropped fact ``x`` and an added ``y``:
    nothing at either fact (the fact moved as it was), one flag holding both (it changed
    on the way, given in document offsets), or anything else (two facts apart)."""
    a, b = x.sentence, y.sentence
    ta, tb = left.text[a.start : a.end], right.text[b.start : b.end]
    changes = text_changes(ta, tb)
    if not changes:
        return _Outcome.SAME
    kind = x.flag.kind
    lo_x, hi_x = x.span.start - a.start, x.span.end - a.start
    lo_y, hi_y = y.span.start - b.start, y.span.end - b.start
    found = [g for g in finder(ta, tb, changes, documents) if g.kind is kind]
    at_x = [g for g in found if g.held is not FactSide.RIGHT and _meets(g.left, lo_x, hi_x)]
    at_y = [g for g in found if g.held is not FactSide.LEFT and _meets(g.right, lo_y, hi_y)]
    if not at_x and not at_y:
        return _Outcome.SAME if _equal(x.span.text, y.span.text, kind, finder) else _Outcome.APART
    both = [g for g in at_x if g in at_y and g.held is FactSide.BOTH]
    if len(at_x) == len(at_y) == len(both) == 1:
        g = both[0]
        return Flag(
            g.kind,
            Span.of(left.text, a.start + g.left.start, a.start + g.left.end),
            Span.of(right.text, b.start + g.right.start, b.start + g.right.end),
            g.note,
        )
    return _Outcome.APART


def _equal(a: str, b: str, kind: FlagKind, finder: FlagFinder) -> bool:
    """Whether two facts as flagged say the same ("About 2,300" / "Around 2,300", "four
    years and six months" / "four and a half years"): the finder, given the two alone,
    flags nothing of their kind. Two sentences that give no flag at either fact may only
    be too unlike to compare."""
    changes = text_changes(a, b)
    return not any(g.kind is kind for g in finder(a, b, changes, (a, b))) if changes else True


def _meets(span: Span, lo: int, hi: int) -> bool:
    return span.start < hi and lo < span.end
