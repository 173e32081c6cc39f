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
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["Anchors", "Scan"]

_ASCII_WORD = re.compile(r"[a-z0-9]+")
_DIGIT_RUN = re.compile(r"\d+")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Anchors:
    """Where a pattern's matches can start: words that open one, words every match holds.

    ``starts`` may open a match; a start counts only within ``reach`` characters before
    a core word, a digit run (``digits``) or one of the ``marks`` (symbols or pieces of
    words, such as "$" or "n't"); core words and marks are tried as match starts
    themselves. All words are lower-case ASCII.
    """

    starts: frozenset[str]
    cores: frozenset[str]
    digits: bool = False
    marks: tuple[str, ...] = ()
    reach: int = 60

    def __post_init__(self) -> None:
        if not all(w.isascii() and w == w.lower() for w in self.starts | self.cores):
            raise ValueError("anchor words must be lower-case ASCII")


class Scan:
    """One text, lower-cased once, and the parts of it worth scanning.

    ``regions`` are the (start, end) ranges facts are looked for in (default: all of the
    text); a match must start in one of them, and may run past its end.
    """

    __slots__ = ("_digit_runs", "_found", "low", "memo", "regions", "text", "vocab")

    def __init__(self, text: str, regions: list[tuple[int, int]] | None = None) -> None:
        self.text = text
        low = text.lower()
        if len(low) != len(text):  # a few letters lower-case to two characters
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        self.low = low
        self.regions = [(0, len(text))] if regions is None else regions
        self.vocab = frozenset(
            w for s, e in self.regions for w in _ASCII_WORD.findall(low, max(0, s - 1), e + 1)
        )
        self._digit_runs: list[int] | None = None
        self._found: dict[frozenset[str], list[int]] = {}
        self.memo: dict[str, object] = {}  # extractors' own per-text results

    def in_regions(self, pos: int) -> bool:
        """Whether a match starting at ``pos`` belongs to the scanned parts."""
        return any(s <= pos < e for s, e in self.regions)

    def positions(self, words: frozenset[str]) -> list[int]:
        """Sorted offsets in the regions where one of ``words`` stands as a whole word."""
        found = self._found.get(words)
        if found is not None:
            return found
        low, n, out = self.low, len(self.low), []
        present = self.vocab & words
        if present:
            for s, e in self.regions:
                for w in present:
                    k = len(w)
                    i = low.find(w, s, e + k)
                    while i >= 0:
                        j = i + k
                        if (i == 0 or not low[i - 1].isalnum()) and (
                            j == n or not low[j].isalnum()
                        ):
                            out.append(i)
                        i = low.find(w, j, e + k)
            out.sort()
        self._found[words] = out
        return out

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
        cores = list(self.positions(anchors.cores))
        if anchors.digits:
            cores += self.digit_runs()
        low = self.low
        for mark in anchors.marks:
            for s, e in self.regions:
                i = low.find(mark, s, e)
                while i >= 0:
                    cores.append(i)
                    i = low.find(mark, i + 1, e)
        if not cores:
            return []
        cores.sort()
        out = set(cores)
        starts, reach, covered = anchors.starts, anchors.reach, 0
        if starts:
            for q in cores:
                # Prefix words of a match stand shortly before its core word.
                lo = max(covered, q - reach)
                for m in _ASCII_WORD.finditer(low, lo, q):
                    if m.group() in starts:
                        out.add(m.start())
                covered = max(covered, q)
        return sorted(out)

    def finditer(self, pattern: re.Pattern[str], anchors: Anchors) -> Iterator[re.Match[str]]:
        """``pattern.finditer`` over the regions, trying only the candidates of ``anchors``."""
        return match_at(pattern, self.text, self.candidates(anchors))


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
