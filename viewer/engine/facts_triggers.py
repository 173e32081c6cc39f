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
from viewer.engine.model import Change

__all__ = ["touches_facts"]

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


def _words() -> list[str]:
    words: set[str] = set(_TIME_WORDS) | set(TIME_UNITS) | set(UNITS_SMALL) | set(TENS)
    for phrases in (CERTAINTY, FREQUENCIES, NUMBER_QUALIFIERS, QUANTIFIERS, SOURCE_HEADS):
        for p in phrases:
            words.update(p.split())
    for p in (*SPEECH_VERBS, *SOURCE_INTRODUCERS):
        words.update(p.split())
    words -= {"of", "to", "a", "the", "is", "with", "no", "an"}
    return sorted(words, key=len, reverse=True)


_TRIGGER = re.compile(
    r"\d|[\"“”«»„%$€£¥₴₽]|n['’]t\b|\b[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ]"
    rf"|(?i:\b(?:{'|'.join(re.escape(w) for w in _words())})\b)"
)


def touches_facts(changes: Sequence[Change]) -> bool:
    """True when some change holds a fact-like token (digit, mark, capital, fact word)."""
    return any(_TRIGGER.search(c.left.text) or _TRIGGER.search(c.right.text) for c in changes)
