"""Quotations in a text: straight, curly and angle quotes, and quotes that run over paragraphs.

News style opens a quote at every paragraph it covers and closes it only at the last, so an
opening mark with no closing mark quotes to the end of its paragraph, and a closing mark
with no opening mark quotes from the start of its paragraph. Keys fold case, curly and
straight marks, hyphens and punctuation, so only a change of words is a change of quote.
"""

from __future__ import annotations

import re

from viewer.engine.facts_lexicon import ORDINALS, UNITS_SMALL
from viewer.engine.facts_numbers import Item
from viewer.engine.model import FlagKind

__all__ = ["content_words", "extract_quotes", "same_quote"]

_MARK = re.compile(r"[\"“”«»„]")
_PARAGRAPH = re.compile(r"\n\s*\n")
_OPENERS_BEFORE = " \t\n([{—–-/\u00a0"
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_NUMBERS = {w: str(n) for w, n in UNITS_SMALL.items()} | {w: str(n) for w, n in ORDINALS.items()}


def content_words(text: str) -> tuple[str, ...]:
    """Lower-case words of a quote, marks and punctuation dropped: what a quote says.

    Counts and ordinals become digits, so "second track" and "Track Two" say the same.
    """
    words = _WORD.findall(text.lower())
    if _NUMBERS.keys().isdisjoint(words):
        return tuple(words)
    return tuple(_NUMBERS.get(w, w) for w in words)


def same_quote(a: tuple, b: tuple) -> bool:
    """Two quote keys with the same words, in any order ("second track", "Track Two")."""
    return a == b or sorted(a[1]) == sorted(b[1])


def _is_opening(text: str, i: int) -> bool:
    ch = text[i]
    if ch in "“«„":
        return ch != "“" or i == 0 or not text[i - 1].isalnum()
    if ch in "”»":
        return False
    return i == 0 or text[i - 1] in _OPENERS_BEFORE or (i + 1 < len(text) and text[i - 1] in '"“«')


def extract_quotes(text: str) -> list[Item]:
    """Each quotation, marks included in the span, keyed by its words."""
    out = []
    para_start = 0
    bounds = [m.start() for m in _PARAGRAPH.finditer(text)] + [len(text)]
    open_at: int | None = None
    marks = [m.start() for m in _MARK.finditer(text)]
    if not marks:
        return out
    bi = 0
    for i in marks:
        while bounds[bi] < i:
            if open_at is not None:
                _add(out, text, open_at, bounds[bi])
                open_at = None
            para_start = bounds[bi]
            bi += 1
        if _is_opening(text, i):
            if open_at is None:
                open_at = i
        elif open_at is not None:
            _add(out, text, open_at, i + 1)
            open_at = None
        else:
            start = para_start
            while start < i and text[start].isspace():
                start += 1
            _add(out, text, start, i + 1)
    if open_at is not None:
        _add(out, text, open_at, bounds[bi])
    return out


def _add(out: list[Item], text: str, start: int, end: int) -> None:
    while end > start and text[end - 1].isspace():
        end -= 1
    words = content_words(text[start:end])
    if words:
        out.append(Item(FlagKind.QUOTE, start, end, text[start:end], ("quote", words)))
