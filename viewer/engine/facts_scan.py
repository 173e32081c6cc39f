"""Fast regex scanning for the fact extractors: try a pattern only where a match can start.

A fact pattern with optional prefixes ("as recently as", "at least") tried at every
character costs about 1 µs a character. Every match contains a core token (a digit, a
month, a unit or lexicon word) a few words after its start, and core words are found with
C-speed set and string operations. ``Scan.finditer`` tries ``pattern.match`` only at the
core tokens and at the prefix words shortly before them, in text order, skipping the
positions a previous match consumed: the same matches as ``pattern.finditer`` whenever the
candidates include every position where a match can start.

>>> import re
>>> scan = Scan("Talks began 3 weeks ago, not last week.")
>>> want = Anchors(starts=frozenset({"last", "weeks"}), cores=frozenset({"ago", "week"}))
>>> [m.group() for m in scan.finditer(re.compile(r"\\b\\w+ (?:ago|week)\\b"), want)]
['weeks ago', 'last week']
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from viewer.engine.facts_cyrillic import has_cyrillic

__all__ = ["Anchors", "Dispatch", "Folded", "Pattern", "Scan", "Touching", "match_at"]

_ASCII_WORD = re.compile(r"[a-z0-9]+")
_KEEP_ALNUM = bytes(c if 97 <= c <= 122 or 48 <= c <= 57 else 32 for c in range(256))


@lru_cache(maxsize=64)
def _encoded(words: frozenset[str]) -> tuple[frozenset[bytes], tuple[str, ...]]:
    """The ASCII words as bytes (found in ``Scan.spaced``), and the Cyrillic ones (found
    in ``Scan.low``, in a text that holds Cyrillic)."""
    plain = frozenset(w.encode("ascii") for w in words if w.isascii())
    return plain, tuple(sorted(w for w in words if not w.isascii()))


_DIGIT_RUN = re.compile(r"\d+")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Anchors:
    """Where a pattern's matches can start: words that open one, words every match holds.

    ``starts`` are the words a match may open with; digit runs (``digits``) and the
    ``marks`` (symbols or pieces of words, such as "$" or "n't") open matches too. When
    ``cores`` are given, every match holds one of them, digit runs or marks, so a start
    is tried only within ``reach`` characters before one. Words are lower-case ASCII, or
    Cyrillic (looked for only in a text that holds Cyrillic).
    """

    starts: frozenset[str]
    cores: frozenset[str] | None = None
    digits: bool = False
    marks: tuple[str, ...] = ()
    reach: int = 60

    def __post_init__(self) -> None:
        words = self.starts | (self.cores or set())
        if not all(w == w.lower() for w in words):
            raise ValueError("anchor words must be lower-case")
        if not all(w.isascii() or has_cyrillic(w) for w in words):
            raise ValueError("anchor words must be ASCII or Cyrillic")


@dataclass(frozen=True, slots=True)
class Folded:
    """A case-insensitive pattern written lower-case and matched against lower-cased text.

    Case folding while matching makes a regex two to three times slower; lower-casing
    the text once keeps every offset (``Scan`` makes sure of that).
    """

    pattern: re.Pattern[str]

    @classmethod
    def of(cls, source: str) -> Folded:
        if re.search(r"\\[A-Z]", source):
            raise ValueError("upper-case escapes would change meaning when lower-cased")
        plain = source.replace("(?i:", "(?:").removeprefix("(?i)").lower()
        return cls(re.compile(plain.replace("(?p<", "(?P<")))


@dataclass(frozen=True, slots=True)
class Dispatch:
    """An alternation cut into parts by what their branches can start with.

    Each part keeps its branches in the original order, and a position is tried only
    against the part for its first character (a digit) or word, so the match is the one
    the whole alternation would find there: the other branches cannot start there.
    """

    digit: re.Pattern[str] | Folded | None
    other: re.Pattern[str] | Folded | None
    words: dict[str, re.Pattern[str] | Folded] = field(default_factory=dict)

    def at(self, scan: Scan, pos: int) -> re.Pattern[str] | Folded | None:
        if scan.text[pos].isdecimal():
            return self.digit
        if self.words:
            m = _ASCII_WORD.match(scan.low, pos)
            if m is not None and m.group() in self.words:
                return self.words[m.group()]
        return self.other


Pattern = re.Pattern[str] | Folded | Dispatch
Touching = Callable[[int, int], Sequence[int]]


class Scan:
    """One text, lower-cased once, and the parts of it worth scanning.

    ``regions`` are the (start, end) ranges facts are looked for in (default: all of the
    text); a match must start in one of them, and may run past its end.
    """

    __slots__ = (
        "_candidates",
        "_cyrillic",
        "_digit_runs",
        "_found",
        "_matches",
        "_spots",
        "_words",
        "low",
        "memo",
        "regions",
        "spaced",
        "text",
    )

    def __init__(self, text: str, regions: list[tuple[int, int]] | None = None) -> None:
        self.text = text
        low = text.lower()
        if len(low) != len(text):  # a few letters lower-case to two characters
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        self.low = low
        self.regions = [(0, len(text))] if regions is None else regions
        # The text as bytes, one per character, every byte but a-z and 0-9 made a space,
        # with a space on each side: a whole word w stands where b" w " does, one byte on
        # (all of it C-speed string work, no Python loop over the words).
        self.spaced = b" " + low.encode("ascii", "replace").translate(_KEEP_ALNUM) + b" "
        self._words: frozenset[bytes] | None = None
        self._cyrillic: bool | None = None
        self._digit_runs: list[int] | None = None
        self._found: dict[frozenset[str], list[int]] = {}
        self._spots: dict[bytes, list[int]] = {}
        self._matches: dict[tuple[int, int], re.Match[str] | None] = {}
        self._candidates: dict[int, list[int]] = {}
        self.memo: dict[str, object] = {}  # extractors' own per-text results

    def in_regions(self, pos: int) -> bool:
        """Whether a match starting at ``pos`` belongs to the scanned parts."""
        return any(s <= pos < e for s, e in self.regions)

    def positions(self, words: frozenset[str]) -> list[int]:
        """Sorted offsets in the regions where one of ``words`` stands as a whole word."""
        found = self._found.get(words)
        if found is None:
            spaced, regions = self.spaced, self.regions
            if self._words is None:
                self._words = frozenset(
                    b" ".join(spaced[s + 1 : e + 1] for s, e in regions).split()
                )
            found = []
            spots = self._spots
            plain, other = _encoded(words)
            if other and self.has_cyrillic():
                found += self._other_positions(other)
            for w in plain.intersection(self._words):
                at = spots.get(w)
                if at is None:  # words recur in the anchors of several patterns: once each
                    at = spots[w] = []
                    needle = b" " + w + b" "
                    for s, e in regions:
                        i = spaced.find(needle, s, e + 2)
                        while i >= 0:
                            at.append(i)  # the word starts one byte on, at i in the text
                            i = spaced.find(needle, i + 1, e + 2)
                found += at
            if len(found) > 1:
                found.sort()
            self._found[words] = found
        return found

    def has_cyrillic(self) -> bool:
        """Whether the text holds a Cyrillic letter (looked for once, on first need)."""
        if self._cyrillic is None:
            self._cyrillic = has_cyrillic(self.low)
        return self._cyrillic

    def _other_positions(self, words: tuple[str, ...]) -> list[int]:
        """Offsets in the regions where one of the non-ASCII ``words`` stands whole."""
        low, found = self.low, []
        for w in words:
            for s, e in self.regions:
                i = low.find(w, s, e)  # the whole word inside the region, as for ASCII words
                while i >= 0:
                    j = i + len(w)
                    if not (i and low[i - 1].isalnum()) and not (j < len(low) and low[j].isalnum()):
                        found.append(i)
                    i = low.find(w, i + 1, e)
        return found

    def digit_runs(self) -> list[int]:
        """Offsets in the regions where a run of digits begins."""
        if self._digit_runs is None:
            text = self.text
            self._digit_runs = [
                m.start()
                for s, e in self.regions
                if _DIGIT.search(text, s, e)
                for m in _DIGIT_RUN.finditer(text, s, e)
            ]
        return self._digit_runs

    def candidates(self, anchors: Anchors) -> list[int]:
        """Sorted offsets where a match of a pattern described by ``anchors`` may begin."""
        found = self._candidates.get(id(anchors))
        if found is None:
            found = self._candidates[id(anchors)] = self._find_candidates(anchors)
        return found

    def _find_candidates(self, anchors: Anchors) -> list[int]:
        opens = list(self.digit_runs()) if anchors.digits else []
        low = self.low
        for mark in anchors.marks:
            for s, e in self.regions:
                i = low.find(mark, s, e)
                while i >= 0:
                    opens.append(i)
                    i = low.find(mark, i + 1, e)
        if anchors.cores is None:
            starts = self.positions(anchors.starts)
            return sorted(opens + starts) if opens else starts
        cores = sorted(self.positions(anchors.cores) + opens)
        if not cores:
            return []  # no match without a core: start words need not even be looked for
        reach, near = anchors.reach, []
        for p in self.positions(anchors.starts):
            # A start word counts only shortly before a core word.
            k = bisect_left(cores, p)
            if k < len(cores) and cores[k] - p <= reach:
                near.append(p)
        return sorted(opens + near)

    def match(self, pattern: Pattern, pos: int) -> re.Match[str] | None:
        """``pattern`` matched at ``pos`` (a folded one against the lower-cased text), once."""
        key = (id(pattern), pos)
        if key in self._matches:
            return self._matches[key]
        chosen = pattern.at(self, pos) if isinstance(pattern, Dispatch) else pattern
        if chosen is None:
            m = None
        elif isinstance(chosen, Folded):
            m = chosen.pattern.match(self.low, pos)
        else:
            m = chosen.match(self.text, pos)
        self._matches[key] = m
        return m

    def finditer(self, pattern: Pattern, anchors: Anchors) -> Iterator[re.Match[str]]:
        """``pattern.finditer`` over the regions, trying only the candidates of ``anchors``.

        Matches of a folded pattern are on the lower-cased text: read the text of a match
        from ``scan.text`` with its offsets, not with ``group()``.
        """
        end = 0
        for p in self.candidates(anchors):
            if p < end:
                continue
            m = self.match(pattern, p)
            if m is not None:
                end = max(m.end(), p + 1)
                yield m

    def touches(self, pattern: Pattern, anchors: Anchors, touching: Touching, reach: int) -> bool:
        """Whether a match of at most ``reach`` characters touches a change.

        ``touching(lo, hi)`` tells the changes that touch ``lo..hi``. A quick test that
        may say yes wrongly (it tries positions an earlier match would have consumed) but
        never says no wrongly: kinds it rules out are not extracted.
        """
        for p in self.candidates(anchors):
            if touching(p, p + reach):
                m = self.match(pattern, p)
                if m is not None and touching(p, m.end()):
                    return True
        return False


def match_at(pattern: re.Pattern[str], text: str, positions: list[int]) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` at sorted ``positions``, leftmost first, never overlapping."""
    end = 0
    for p in positions:
        if p < end:
            continue
        m = pattern.match(text, p)
        if m is not None:
            end = max(m.end(), p + 1)
            yield m
