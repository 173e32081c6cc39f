"""Notes as CSV, one row per note, for editors who live in spreadsheets."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable

from viewer.annotations.model import LINK_JOINER, Note, quote_text, utc_timestamp
from viewer.annotations.storage import save_atomic

__all__ = ["COLUMNS", "LINK_JOINER", "to_csv", "write_csv"]

COLUMNS = ("side", "quote", "tag", "note", "author", "created", "edited", "status")
# A cell starting with one of these is run as a formula by spreadsheet programs; article
# text is written by strangers, so such cells get a leading apostrophe (OWASP advice).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def _side(note: Note) -> str:
    sides = {a.side.value for a in note.anchors}
    return sides.pop() if len(sides) == 1 else "both" if sides else ""


def note_row(note: Note) -> tuple[str, ...]:
    """The cells of one note, in ``COLUMNS`` order (before formula neutralising)."""
    return (
        _side(note),
        quote_text(note),
        note.tag,
        note.body,
        note.author,
        utc_timestamp(note.created),
        utc_timestamp(note.edited),
        "orphaned" if note.orphaned else "ok",
    )


def to_csv(notes: Iterable[Note]) -> str:
    """A header row and one row per note (RFC 4180: CRLF rows, quoted where needed)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for note in notes:
        writer.writerow([_cell(value) for value in note_row(note)])
    return out.getvalue()


def write_csv(path: str | os.PathLike[str], notes: Iterable[Note]) -> None:
    """Save atomically as UTF-8 with a byte order mark, so Excel shows Cyrillic right."""
    save_atomic(path, to_csv(notes).encode("utf-8-sig"))
