"""A result written between the two teams' names ("Arsenal 2-1 Chelsea"): its order says who won.

A score is otherwise the pair of its counts, whichever comes first ("won 2-1" is "lost
1-2", facts_scores), so "Arsenal 2-1 Chelsea" retold "Arsenal 1-2 Chelsea" changed no
number there: both counts stand on both sides. Between two names, though, each count
belongs to the name beside it, and the retelling gives the match to the other side.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from viewer.engine.facts_context import Found
from viewer.engine.facts_lexicon import MONTHS, WEEKDAYS
from viewer.engine.model import Change, Flag, FlagKind, Span

__all__ = ["between_names", "reversed_results"]

_RESULT = re.compile(r"(?<=[ \u00a0])(\d{1,3})[ \u00a0]?[-–][ \u00a0]?(\d{1,3})(?=[ \u00a0])")
_MAX_NAME_WORDS = 4  # "Real Madrid", "Paris Saint-Germain", "Wolverhampton Wanderers"
_EDGE = "\"'“”‘’«»()[],.;:!?"
_WORD = re.compile(r"\S+")
# "Monday 10-12 March" is a range of days between two capitalised words, no result.
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)


class _Result(NamedTuple):
    home: str
    counts: tuple[int, int]
    away: str
    start: int  # the first name's start
    end: int  # the second name's end


def reversed_results(left: str, right: str, changes: Sequence[Change]) -> list[Found]:
    """Number flags for results between two names that a change reversed: the counts
    swapped ("Arsenal 2-1 Chelsea" / "Arsenal 1-2 Chelsea") or the names ("Chelsea 2-1
    Arsenal"). A draw has no winner to give away."""
    if not changes:
        return []
    spans_l, spans_r = [c.left for c in changes], [c.right for c in changes]
    ours = [r for r in _results(left) if _touched(r, spans_l)]
    if not ours:
        return []
    theirs = [r for r in _results(right) if _touched(r, spans_r)]
    found = []
    for x in ours:
        for y in theirs:
            a, b = x.counts
            if a == b:
                continue
            same_names = (x.home, x.away) == (y.home, y.away)
            swapped_names = (x.home, x.away) == (y.away, y.home)
            if (same_names and y.counts == (b, a)) or (swapped_names and y.counts == (a, b)):
                lt, rt = left[x.start : x.end], right[y.start : y.end]
                note = f"result reversed: '{lt}' becomes '{rt}'"
                made = Flag(
                    FlagKind.NUMBER, Span(x.start, x.end, lt), Span(y.start, y.end, rt), note
                )
                found.append(Found(made))
    return found


def _touched(result: _Result, spans: list[Span]) -> bool:
    return any(s.start <= result.end and result.start <= s.end for s in spans)


def between_names(text: str, start: int, end: int) -> bool:
    """Whether the counts at ``start..end`` ("2-1") stand between two capitalised names,
    as a result does ("Arsenal 2-1 Chelsea"), not between calendar words."""
    return _names_around(text, start, end) is not None


def _names_around(
    text: str, start: int, end: int
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]] | None:
    """The words of the names right before and right after ``start..end``, if both are
    there and neither next to the counts is a month or a weekday."""
    reach = text.rfind(" ", 0, max(0, start - 80)) + 1  # from a word's start
    home = _name_before(list(_WORD.finditer(text, reach, start)))
    away = _name_after(list(_WORD.finditer(text, end, end + 80)))
    if not (home and away) or any(
        text[s:e].lower().rstrip(".") in _CALENDAR for s, e in (home[-1], away[0])
    ):
        return None
    return home, away


def _results(text: str) -> list[_Result]:
    """Counts joined by a dash with a capitalised name right before and right after."""
    if "-" not in text and "–" not in text:
        return []
    out = []
    for m in _RESULT.finditer(text):
        names = _names_around(text, m.start(), m.end())
        if names is not None:
            home, away = names
            out.append(
                _Result(
                    " ".join(text[s:e] for s, e in home),
                    (int(m[1]), int(m[2])),
                    " ".join(text[s:e] for s, e in away),
                    home[0][0],
                    away[-1][1],
                )
            )
    return out


def _name_before(words: list[re.Match[str]]) -> list[tuple[int, int]]:
    """The capitalised words right before the score, back to a word that is not one or
    that punctuation parts from them ("Result: Arsenal" is "Arsenal")."""
    run: list[tuple[int, int]] = []
    for w in reversed(words):
        word = w.group()
        if word[-1] in _EDGE or len(run) == _MAX_NAME_WORDS:
            break
        bare = word.lstrip(_EDGE)
        if not bare[:1].isupper():
            break
        run.insert(0, (w.end() - len(bare), w.end()))
        if bare != word:  # "(Arsenal": the name opens here
            break
    return run


def _name_after(words: list[re.Match[str]]) -> list[tuple[int, int]]:
    """The capitalised words right after the score, up to punctuation ("Chelsea.")."""
    run: list[tuple[int, int]] = []
    for w in words:
        word = w.group()
        if word[0] in _EDGE or len(run) == _MAX_NAME_WORDS:
            break
        bare = word.rstrip(_EDGE)
        if not bare[:1].isupper():
            break
        run.append((w.start(), w.start() + len(bare)))
        if bare != word:
            break
    return run
