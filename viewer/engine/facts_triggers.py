"""Cheap first look at a pair's word changes: could any of them touch a fact at all?

Most changes in a long document are plain rewording; one regex over the changed words
lets those pairs skip the fact inventory entirely.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.engine.facts_lexicon import (
    CERTAINTY,
    FREQUENCIES,
    NUMBER_QUALIFIERS,
    QUANTIFIERS,
    SOURCE_HEADS,
    SOURCE_INTRODUCERS,
    SPEECH_VERBS,
    TENS,
    TIME_UNITS,
    UNITS_SMALL,
)
from viewer.engine.model import Change, FlagKind

__all__ = ["triggered_kinds"]

_TIME_WORDS = [
    "ago",
    "last",
    "past",
    "recent",
    "recently",
    "next",
    "coming",
    "previous",
    "following",
    "yesterday",
    "today",
    "tomorrow",
    "tonight",
    "immediately",
    "shortly",
    "soon",
    "earlier",
    "later",
    "dozen",
    "hundred",
    "thousand",
    "million",
    "billion",
    "half",
    "percent",
]


def _alt(words: object) -> str:
    flat: set[str] = set()
    for w in words:  # type: ignore[attr-defined]
        flat.update(w.split())
    flat -= {"of", "to", "a", "the", "is", "with", "an", "at", "in", "per"}
    return "|".join(re.escape(w) for w in sorted(flat, key=len, reverse=True))


_CAPITAL = r"\b[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ]"
_HINTS = {
    FlagKind.NUMBER: re.compile(
        rf"\d|[%$€£¥₴₽]|(?i:\b(?:{_alt([*UNITS_SMALL, *TENS, *QUANTIFIERS, *FREQUENCIES])}"
        rf"|{_alt(NUMBER_QUALIFIERS)}|dozen|dozens|hundred|thousand|million|billion|half)\b)"
    ),
    FlagKind.DATE: re.compile(
        rf"\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
        rf"|(?i:\b(?:{_alt([*_TIME_WORDS, *TIME_UNITS])}|after|before)\b)"
    ),
    FlagKind.NAME: re.compile(_CAPITAL),
    FlagKind.QUOTE: re.compile(r"[\"“”«»„]"),
    FlagKind.ATTRIBUTION: re.compile(
        rf"{_CAPITAL}|(?i:\b(?:{_alt([*SPEECH_VERBS, *SOURCE_INTRODUCERS, *SOURCE_HEADS])})\b)"
    ),
    FlagKind.CERTAINTY: re.compile(rf"n['’]t\b|(?i:\b(?:{_alt(CERTAINTY)})\b)"),
}


def triggered_kinds(changes: Sequence[Change]) -> frozenset[FlagKind]:
    """Kinds of fact that some change could touch, judged by the changed words alone."""
    text = "\n".join(t for c in changes for t in (c.left.text, c.right.text))
    return frozenset(kind for kind, hint in _HINTS.items() if hint.search(text))
