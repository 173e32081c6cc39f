"""Whether two names may have replaced each other: one's place or role is the other's.

A name swapped for another keeps its place (the word before or after it is the same:
"said Smith" / "said Jones") or, in a sentence rebuilt around it, its role: what is said
of it stays word for word past its verb ("Shakib Al Hasan took four wickets" / "with
Taskin Ahmed taking four wickets").
"""

from __future__ import annotations

import re

from viewer.engine.facts_context import Side
from viewer.engine.facts_lexicon import STOP
from viewer.engine.facts_numbers import Item

__all__ = ["same_neighbour"]

_PREVIOUS_WORD = re.compile(r"([\w’'-]+)[^\w]*$")
# "Austin, Texas" and "Dallas, Texas-based": the next word is the place either way.
_NEXT_WORD = re.compile(r"[^\w]*([\w’'-]+?)(?:-(?:based|born|headquartered)\b)?(?![\w’'-])")
# The verb after a name, then the words of its role: no mark between them.
_WORDS_AFTER = re.compile(r"\s+[\w’'-]+\s+([\w’'-]+)\s+([\w’'-]+)")


# What kind of place a name is, told before it: "near the town of Rayne" is "near Crowley".
_KIND_OF_PLACE = re.compile(
    r"\b(?:the\s+)?(?:town|city|village|port|district|region|province|county|island)\s+of\s+$",
    re.IGNORECASE,
)


def _before_kind(text: str, start: int) -> int:
    """Where the words before a name end, once the kind of place told before it is left out."""
    kind = _KIND_OF_PLACE.search(text, max(0, start - 30), start)
    return kind.start() if kind is not None else start


def same_neighbour(a: Side, x: Item, b: Side, y: Item) -> bool:
    """Whether the word before or after the two names is the same, or the two words past
    the verb after them are, both content words ("four wickets", not "the bill")."""
    px = _PREVIOUS_WORD.search(a.text, max(0, x.start - 30), _before_kind(a.text, x.start))
    py = _PREVIOUS_WORD.search(b.text, max(0, y.start - 30), _before_kind(b.text, y.start))
    if px and py and px.group(1).lower() == py.group(1).lower():
        return True
    nx, ny = _NEXT_WORD.match(a.text, x.end), _NEXT_WORD.match(b.text, y.end)
    if nx and ny and nx.group(1).lower() == ny.group(1).lower():
        return True
    rx, ry = _WORDS_AFTER.match(a.text, x.end), _WORDS_AFTER.match(b.text, y.end)
    if rx is None or ry is None:
        return False
    role = [w.lower() for w in rx.groups()]
    return role == [w.lower() for w in ry.groups()] and all(w not in STOP for w in role)
