"""One side of a pair: its sentences, the stretches around its changes, the changes a range touches.

Facts are compared sentence by sentence: two facts in similar sentences (Dice over
content words) are one fact stated two ways. Facts are looked for only around the changes
(``WINDOW``): text far from every change stands the same on the other side, and its facts
would only match their twins there.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from viewer.engine.facts_lexicon import STOP
from viewer.engine.facts_numbers import Item
from viewer.engine.facts_scan import Scan, match_at
from viewer.engine.model import FactSide, Flag, FlagKind, Span

__all__ = [
    "Found",
    "Side",
    "flag",
    "flag_cut_whole",
    "lowered",
    "quoted",
    "sentence_starts",
    "similarity",
    "stands_amid",
    "stems_of",
    "told_beside",
    "trim",
    "whole_word_places",
]

# Facts are looked for this many characters (rounded out to whole words) around each
# change: every fact that touches a change, and its unchanged neighbours, which stand the
# same on both sides and match each other.
WINDOW = 30
_BREAK_AT = re.compile(r"[.!?\n]")
# A stop ends a sentence before a letter, not a lower-case one ("at 2:15 p.m. and affected")
_SENTENCE_BREAK = re.compile(
    r"(?<![A-Z]\.)(?<!\bSt\.)(?<!\bMt\.)(?<!\bDr\.)"  # "J. Smith", "St. Luke's", "Dr. Chen"
    r"(?<=[.!?])[\"”’»)]*\s+(?=[\"“«‘(]?(?![a-zа-яёєіїґ])[^\W\d_])|\n\s*"
)
_WORD = re.compile(r"[^\W\d_]{3,}")
_POINTS_BACK = re.compile(r"[\"“«]?(?:Про це|Об этом)\s", re.IGNORECASE)


def sentence_starts(text: str) -> list[int]:
    """Offsets where the sentences of ``text`` begin (a line break also ends a sentence)."""
    # A break begins right after a final stop, or at a line break.
    at = [m.start() + (m.group() != "\n") for m in _BREAK_AT.finditer(text)]
    return [0] + [m.end() for m in match_at(_SENTENCE_BREAK, text, at)]


@dataclass(slots=True)
class Side:
    """One side of the pair: its text, changed spans, sentences and facts by kind.

    ``spans`` is this side's span of each change, in change order; ``regions`` the
    ranges around them (``WINDOW``); ``facts`` what was found in those regions;
    ``extract`` finds the facts of a whole sentence on demand; ``document`` is the whole
    article the side was cut from (None: the side is all of it).
    """

    text: str
    spans: list[tuple[int, int]]
    regions: list[tuple[int, int]] = field(default_factory=list)
    facts: dict[FlagKind, list[Item]] = field(default_factory=dict)
    extract: Callable[..., dict[FlagKind, list[Item]]] | None = None
    document: str | None = None  # the whole text this side is part of, if more than it
    _more: dict[tuple[int, FlagKind], list[Item]] = field(default_factory=dict)
    _starts: list[int] = field(default_factory=list)
    _ends: list[int] | None = None
    _words: dict[int, frozenset[str]] = field(default_factory=dict)
    _similar: dict[tuple[int, int], float] = field(default_factory=dict)
    _sentences: list[int] | None = None

    @property
    def starts(self) -> list[int]:
        """Where the sentences begin, found on first use: most pairs never need them."""
        if self._sentences is None:
            self._sentences = sentence_starts(self.text)
        return self._sentences

    @classmethod
    def of(cls, text: str, spans: list[tuple[int, int]]) -> Side:
        side = cls(text, spans)
        side._starts = [s for s, _ in spans]
        ends = [e for _, e in spans]
        in_order = all(a <= b for a, b in zip(side._starts, side._starts[1:], strict=False))
        side._ends = ends if in_order and ends == sorted(ends) else None
        n = len(text)
        for s, e in sorted(spans):
            # Whole words around the change; the same words stand around it on both sides.
            lo = text.rfind(" ", 0, max(0, s - WINDOW)) + 1
            hi = text.find(" ", min(n, e + WINDOW))
            hi = n if hi < 0 else hi
            if side.regions and lo <= side.regions[-1][1]:
                side.regions[-1] = (side.regions[-1][0], max(hi, side.regions[-1][1]))
            else:
                side.regions.append((lo, hi))
        return side

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def sentence_span(self, index: int) -> tuple[int, int]:
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
        return self.starts[index], end

    def words_of(self, index: int) -> frozenset[str]:
        """Content words of a sentence (first five letters), for sentence similarity; a
        sentence that points back ("Про це повідомили в ДСНС", "Об этом сообщили в МЧС")
        tells who said the one before it, and has its words too."""
        words = self._words.get(index)
        if words is None:
            s, e = self.sentence_span(index)
            words = stems_of(self.text[s:e])
            if index and _POINTS_BACK.match(self.text, s):
                words |= self.words_of(index - 1)
            self._words[index] = words
        return words

    def changes_touching(self, item: Item) -> Sequence[int]:
        return self.touching(item.start, item.end)

    def changed_share(self, item: Item) -> float:
        """The share of ``item``'s letters and digits that stand inside changes: near 1 for
        a fact cut or added whole, lower for one only edited."""
        text = self.text
        letters = sum(c.isalnum() for c in text[item.start : item.end])
        changed = sum(
            c.isalnum()
            for i in self.touching(item.start, item.end)
            for c in text[max(item.start, self.spans[i][0]) : min(item.end, self.spans[i][1])]
        )
        return changed / letters if letters else 0.0

    def touching(self, lo: int, hi: int) -> Sequence[int]:
        """Indices of the changes whose span touches ``lo..hi`` (ends included)."""
        if self._ends is None:  # changes out of order: look at each
            return [i for i, (s, e) in enumerate(self.spans) if s <= hi and lo <= e]
        first = bisect.bisect_left(self._ends, lo)  # spans before it end before lo
        return range(first, max(first, bisect.bisect_right(self._starts, hi)))

    def facts_in(self, kind: FlagKind, index: int) -> list[Item]:
        """Facts of ``kind`` (a kind extracted in the regions) that start in sentence
        ``index``, found on demand if the sentence reaches past the regions."""
        s, e = self.sentence_span(index)
        if any(rs <= s and e <= re_ for rs, re_ in self.regions):
            return [f for f in self.facts[kind] if s <= f.start < e]
        return self.found_in(kind, index)

    def found_in(self, kind: FlagKind, index: int) -> list[Item]:
        """Facts of ``kind`` that start in sentence ``index``, extracted from that sentence
        (once): also for a kind the regions were not searched for."""
        more = self._more.get((index, kind))
        if more is None:
            assert self.extract is not None
            s, e = self.sentence_span(index)
            found = self.extract(Scan(self.text, [(s, e)]), live=frozenset({kind}))
            more = self._more[(index, kind)] = [f for f in found[kind] if s <= f.start < e]
        return more

    def best_sentence(self, words: frozenset[str], floor: float) -> int | None:
        """The sentence most similar to ``words``, if at least ``floor`` similar."""
        best, best_sim = None, floor
        if not words:
            return None
        for index in range(len(self.starts)):
            ow = self.words_of(index)
            if ow:
                sim = 2 * len(words & ow) / (len(words) + len(ow))
                if sim >= best_sim:
                    best, best_sim = index, sim
        return best


def told_beside(
    item: Item, other: Side, side: Side, same: Callable[[tuple, tuple], bool]
) -> Iterator[Item]:
    """The facts of ``item``'s kind in its sentence of ``other`` that ``side`` tells too
    (``same`` keys): what a figure or a day on one side may be counted from ("from 11 to
    22" beside "doubled to 22", "on May 2" beside "the following day")."""
    sentence = other.sentence_of(item.start)
    told = side.facts.get(item.kind, ())
    for fact in other.facts.get(item.kind, ()):
        if (
            fact is not item
            and other.sentence_of(fact.start) == sentence
            and any(same(x.key, fact.key) for x in told)
        ):
            yield fact


@lru_cache(maxsize=4096)
def stems_of(sentence: str) -> frozenset[str]:
    """Content words of a text by their first five letters, stop words left out (cached:
    unchanged sentences stand on both sides, and each is read once)."""
    return frozenset(w[:5] for w in _WORD.findall(sentence.lower()) if w not in STOP)


def similarity(a: Side, x: Item, b: Side, y: Item) -> float:
    """Dice similarity of the sentences two facts stand in (``b`` is always ``a``'s partner)."""
    key = (a.sentence_of(x.start), b.sentence_of(y.start))
    sim = a._similar.get(key)
    if sim is None:
        wa, wb = a.words_of(key[0]), b.words_of(key[1])
        sim = 2 * len(wa & wb) / (len(wa) + len(wb)) if wa and wb else 0.0
        a._similar[key] = sim
    return sim


def nearby(a: Side, x: Item, b: Side, y: Item) -> int:
    """How many words the few words around two facts share: of two hedges in one
    sentence, "could be one of" is the partner of "could be one of", not of "may have"."""

    def around(side: Side, f: Item) -> set[str]:
        text = side.text
        return set(_WORD.findall(text[max(0, f.start - _NEARBY) : f.start].lower())) | set(
            _WORD.findall(text[f.end : f.end + _NEARBY].lower())
        )

    return len(around(a, x) & around(b, y))


_NEARBY = 20  # characters on each side of a fact


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """A range without the spaces and punctuation at its ends (quote marks and % kept)."""
    while start < end and not text[start].isalnum() and text[start] not in '"“«$€£':
        start += 1
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in '"”»%':
        end -= 1
    return start, end


def quoted(item: Item) -> str:
    """A fact's text for a note: one line, at most 60 characters, in single quotes."""
    text = " ".join(item.text.split())
    return f"'{text if len(text) <= 60 else text[:57] + '...'}'"


class Found(NamedTuple):
    """A flag as the finder works with it, asking which of its sides hold the fact.

    A fact added or dropped stands on one side only (``Flag.held``); the other side of its
    flag shows what stands there instead, which may hold a fact of its own that needs a
    flag too.
    """

    flag: Flag

    @property
    def fact_left(self) -> bool:
        return self.flag.held is not FactSide.RIGHT

    @property
    def fact_right(self) -> bool:
        return self.flag.held is not FactSide.LEFT


def flag(
    kind: FlagKind,
    a: Side,
    s1: int,
    e1: int,
    b: Side,
    s2: int,
    e2: int,
    note: str,
    fact_left: bool = True,
    fact_right: bool = True,
) -> Found:
    held = (
        FactSide.BOTH if fact_left == fact_right else FactSide.LEFT if fact_left else FactSide.RIGHT
    )
    return Found(Flag(kind, Span.of(a.text, s1, e1), Span.of(b.text, s2, e2), note, held))


def flag_cut_whole(
    kind: FlagKind, item: Item, side: Side, other: Side, is_left: bool, note: str, max_words: int
) -> Found:
    """A flag for a fact cut whole from the left side (``is_left``) or added whole on the
    right: the other side shows what its changes put in its place when that is at most
    ``max_words`` words, else the place itself (an empty span)."""
    touching = side.changes_touching(item)
    os_, oe = other.spans[touching[0]][0], other.spans[touching[-1]][1]
    if not other.text[os_:oe].strip() or len(other.text[os_:oe].split()) > max_words:
        oe = os_
    else:
        os_, oe = trim(other.text, os_, oe)
    if is_left:
        return flag(kind, side, item.start, item.end, other, os_, oe, note, fact_right=False)
    return flag(kind, other, os_, oe, side, item.start, item.end, note, fact_left=False)


@lru_cache(maxsize=4)
def lowered(document: str) -> str:
    """A whole article lower-cased, once: many facts of many pairs are looked up in it."""
    return document.lower()


# Where a fact is looked for in a whole article: at most this many places, and its
# words this many characters on either side.
_MAX_PLACES = 50
_AROUND = 300


def whole_word_places(document: str, needle: str, limit: int = _MAX_PLACES) -> Iterator[int]:
    """Where ``needle`` (lower case) stands as a whole word in ``document``, looking at
    ``limit`` places at most: a whole article is searched for a fact missing from a pair."""
    low, n = lowered(document), len(needle)
    at, tried = low.find(needle), 0
    while at >= 0 and tried < limit:
        if (at == 0 or not low[at - 1].isalnum()) and (
            at + n == len(low) or not low[at + n].isalnum()
        ):
            yield at
        at, tried = low.find(needle, at + n), tried + 1


def stands_amid(document: str, needle: str, words: frozenset[str] | set[str], share: float) -> bool:
    """Whether ``needle`` (lower case) stands in ``document`` in a sentence holding at least
    ``share`` of ``words`` (content words' first five letters).

    Pairs are flagged one by one: a quotation an outlet moved into a paragraph the aligner
    linked apart is missing from its pair but not from the article.
    """
    low = lowered(document)
    for at in whole_word_places(document, needle):
        lo, hi = sentence_around(low, at, at + len(needle))
        if len(words & stems_of(low[lo:hi])) >= share * len(words):
            return True
    return False


_SENTENCE_EDGE = re.compile(r"[.!?][\"”’»)]*\s|\n")


def sentence_around(text: str, start: int, end: int, reach: int = _AROUND) -> tuple[int, int]:
    """The sentence holding ``text[start:end]``, at most ``reach`` characters each way."""
    lo = max(0, start - reach)
    edges = [m.end() for m in _SENTENCE_EDGE.finditer(text, lo, start)]
    after = _SENTENCE_EDGE.search(text, end, end + reach)
    return (edges[-1] if edges else lo), (after.start() + 1 if after else end + reach)
