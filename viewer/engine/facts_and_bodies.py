"""Bodies whose names hold "and": "Competition and Markets Authority" is one name.

A capitalised run ends at "and", since "Britain and France" are two names. Some bodies
carry "and" inside their names, and cut there they read as two names ("Competition",
"Markets Authority"), so a dropped regulator is told as two fragments. A run of one or two
plain words followed by "and" and a run ending in a word that names a body is one name.
"""

from __future__ import annotations

import re

__all__ = ["joined_bodies"]

# Last words of a body's name: what makes "Food and Drug Administration" one name while
# "Pfizer and Moderna" stay two.
_BODY_ENDS = frozenset(
    "authority administration commission agency board bureau office council services"
    " service institute institutes association federation prevention organization organisation"
    " programme program".split()
)
_AND = " and "
_PLAIN_WORD = re.compile(r"[A-Z][a-z]+")
# A word before the first part's last one: plain, an acronym ("US Food") or a possessive
# ("Britain's Competition").
_LEAD_WORD = re.compile(r"[A-Z][a-z]+(?:['’]s)?|[A-Z]{2,4}")


def joined_bodies(text: str, runs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``runs`` (start, text), sorted, with each pair joined by "and" into one body's name
    merged into one run."""
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(runs):
        start, frag = runs[i]
        if i + 1 < len(runs) and _one_body(text, start, frag, *runs[i + 1]):
            nxt_start, nxt = runs[i + 1]
            out.append((start, text[start : nxt_start + len(nxt)]))
            i += 2
            continue
        out.append((start, frag))
        i += 1
    return out


def _one_body(text: str, start: int, frag: str, nxt_start: int, nxt: str) -> bool:
    """Whether ``frag``, "and", then ``nxt`` name one body: the first part ends in a plain
    capitalised word that names no body itself ("Food", "US Food", "Britain's Competition"),
    and the second is two or three plain words ending in a body's word ("Drug
    Administration"), or that word alone after two ("Disease Control and Prevention"). A
    possessive there ("Germany's Cartel Office") or a longer name ("International Atomic
    Energy Agency") is another member of a list."""
    if text[start + len(frag) : nxt_start] != _AND:
        return False
    words, after = frag.split(), nxt.split()
    return (
        len(words) <= 2
        and _PLAIN_WORD.fullmatch(words[-1]) is not None
        and all(_LEAD_WORD.fullmatch(w) for w in words[:-1])
        and words[-1].lower() not in _BODY_ENDS
        # "Disease Control and Prevention": a body's word alone after a two-word part
        and (2 <= len(after) <= 3 or (len(after) == 1 and len(words) == 2))
        and after[-1].lower() in _BODY_ENDS
        and all(_PLAIN_WORD.fullmatch(w) for w in after)
    )
