"""The notes as a Qt table model (tag, quote, first line) and a filter by verdict tag."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from enum import IntEnum
from html import escape

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from viewer.annotations.model import Note, quote_text, utc_timestamp
from viewer.annotations.rendering import summary_line

__all__ = ["NOTE_ROLE", "Column", "NotesModel", "TagFilterProxy"]

NOTE_ROLE = Qt.ItemDataRole.UserRole + 1  # the Note itself
_QUOTE_WIDTH = 70
Index = QModelIndex | QPersistentModelIndex
_EMPHASIS = re.compile(r"\*+|`+")  # Markdown emphasis marks, noise in a one-line list


class Column(IntEnum):
    TAG = 0
    QUOTE = 1
    NOTE = 2


_HEADERS = {Column.TAG: "Verdict", Column.QUOTE: "Quote", Column.NOTE: "Note"}


def _one_line(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


class NotesModel(QAbstractTableModel):
    """The window's notes in display order, with why each orphan lost its place.

    The model is only a view of the notes: the controller replaces them with
    ``set_notes`` after every change (undoable commands go through the controller).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notes: tuple[Note, ...] = ()
        self._reasons: dict[str, str] = {}

    def set_notes(self, notes: Sequence[Note], reasons: Mapping[str, str] | None = None) -> None:
        """Show ``notes``; ``reasons`` maps an orphaned note's id to why it is orphaned."""
        self.beginResetModel()
        self._notes = tuple(notes)
        self._reasons = dict(reasons or {})
        self.endResetModel()

    def notes(self) -> tuple[Note, ...]:
        return self._notes

    def note(self, row: int) -> Note:
        return self._notes[row]

    def reason(self, note_id: str) -> str:
        return self._reasons.get(note_id, "")

    def row_of(self, note_id: str) -> int:
        """The row of a note by id, -1 when it is not (or no longer) there."""
        return next((i for i, n in enumerate(self._notes) if n.id == note_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt default)
        return 0 if parent.isValid() else len(self._notes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt default)
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _HEADERS.get(Column(section)) if 0 <= section < len(Column) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._notes):
            return None
        note = self._notes[index.row()]
        column = Column(index.column())
        if role == NOTE_ROLE:
            return note
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(note, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(note)
        if role == Qt.ItemDataRole.ForegroundRole and note.orphaned:
            palette = QApplication.palette()
            return QColor(palette.color(QPalette.ColorRole.PlaceholderText))
        if role == Qt.ItemDataRole.FontRole and note.orphaned and column is Column.QUOTE:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _display(self, note: Note, column: Column) -> str:
        if column is Column.TAG:
            return note.tag or "—"
        if column is Column.QUOTE:
            quote = _one_line(quote_text(note), _QUOTE_WIDTH)
            return f"⚠ {quote}" if note.orphaned else quote
        line = _EMPHASIS.sub("", summary_line(note.body)) or "(no text)"
        if note.orphaned:
            return f"Orphaned: {self.reason(note.id) or 'quote not found'} · {line}"
        return line

    def _tooltip(self, note: Note) -> str:
        """Plain text only: note bodies and quotes are never interpreted as rich text."""
        lines = [f"“{quote_text(note)}”"]
        if note.orphaned:
            lines.append(f"Orphaned: {self.reason(note.id) or 'quote not found'}")
        who = note.author or "no author"
        lines.append(f"{note.tag or 'No verdict'} · {who} · edited {utc_timestamp(note.edited)}")
        # A tooltip that looks like markup is shown as rich text: make that impossible.
        return "<p style='white-space:pre-wrap'>" + escape("\n".join(lines)) + "</p>"


class TagFilterProxy(QSortFilterProxyModel):
    """Shows the notes of one verdict tag, or all of them (``None``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tag: str | None = None

    def set_tag(self, tag: str | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later; invalidate* are deprecated
            self.beginFilterChange()
            self._tag = tag
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._tag = tag
            self.invalidateFilter()

    def tag(self) -> str | None:
        return self._tag

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._tag is None:
            return True
        model = self.sourceModel()
        if not isinstance(model, NotesModel) or source_row >= model.rowCount():
            return False
        return model.note(source_row).tag == self._tag
