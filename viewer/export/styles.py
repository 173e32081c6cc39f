"""Colours and marks shared by the HTML and PDF exports, chosen to survive greyscale print.

Each highlight differs from the others in lightness as well as hue (grey levels about
166, 192 and 225), and each carries a non-colour cue: strike-through for what the left
article has and the right lost, underline for what the right article added.
"""

from __future__ import annotations

from enum import Enum


class Mark(Enum):
    """How a run of words differs from the other article."""

    DELETED = "deleted"
    INSERTED = "inserted"
    REPLACED_OLD = "replaced-old"
    REPLACED_NEW = "replaced-new"


HIGHLIGHT: dict[Mark, str] = {
    Mark.DELETED: "#e88a8a",
    Mark.REPLACED_OLD: "#f5bf3c",
    Mark.REPLACED_NEW: "#f5bf3c",
    Mark.INSERTED: "#cdeecd",
}
STRUCK: frozenset[Mark] = frozenset({Mark.DELETED, Mark.REPLACED_OLD})
UNDERLINED: frozenset[Mark] = frozenset({Mark.INSERTED, Mark.REPLACED_NEW})

FACT_MARKER = "⚑"
NOTE_COLOUR = "#1f4e9c"
CAPTION_COLOUR = "#5f5f5f"
CRUFT_COLOUR = "#7a7a7a"
EMPTY_CELL = "#f0f0f0"
RULE_COLOUR = "#b4b4b4"

LEGEND: tuple[tuple[Mark, str], ...] = (
    (Mark.DELETED, "deleted: only on the left (struck through)"),
    (Mark.INSERTED, "inserted: only on the right (underlined)"),
    (Mark.REPLACED_OLD, "replaced: left words struck, right words underlined"),
)


def grey_level(colour: str) -> float:
    """Luma (0-255) of a ``#rrggbb`` colour, as a greyscale printer would render it."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.299 * red + 0.587 * green + 0.114 * blue
