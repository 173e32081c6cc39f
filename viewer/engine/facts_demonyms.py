"""A speaker told by nationality ("the Russian said") points back to a person named before.

Sports and wire copy name a player once and then say "the Spaniard", "the 27-year-old" or
"the Briton": '"...," Petrova said' retold '"...," the Russian said' keeps the speaker. A
nationality is capitalised, so it reads as a name; after "the" and alone before its verb,
it is a description of someone, like "the striker", and no source of its own.
"""

from __future__ import annotations

import re

from viewer.engine.facts_countries import DEMONYMS
from viewer.engine.facts_numbers import Item

__all__ = ["told_by_nationality"]

_THE_BEFORE = re.compile(r"\bthe[ \u00a0]+$", re.IGNORECASE)


def told_by_nationality(text: str, source: Item) -> bool:
    """Whether a named source is one nationality after "the" ("the Russian said")."""
    return (
        source.text.lower() in DEMONYMS
        and _THE_BEFORE.search(text, max(0, source.start - 5), source.start) is not None
    )
