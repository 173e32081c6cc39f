"""Marks annotated words in the panes: a tint and a dotted underline, the current note boxed."""

# Painted through the pane's mark painters rather than with the editor's extra
# selections: those belong to the find bar (setExtraSelections replaces them all), and a
# painter runs in every paint of the text, so the marks survive each re-render of the
# pane (folds, filters, font, theme) without being re-applied.

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from viewer.annotations.model import Note, Side
from viewer.ui.comparison_view import ComparisonView
from viewer.ui.text_pane import TextPane

__all__ = ["AnnotationMarks", "Mark", "marks_for"]


@dataclass(frozen=True, slots=True)
class Mark:
    """One annotated range of one side, in document offsets."""

    side: Side
    start: int
    end: int
    note_id: str


def marks_for(notes: Iterable[Note]) -> list[Mark]:
    """The ranges to mark: every anchor of every note that is not orphaned."""
    return [
        Mark(a.side, a.position.start, a.position.end, note.id)
        for note in notes
        if not note.orphaned
        for a in note.anchors
        if a.position.end > a.position.start
    ]


def _colours(dark: bool) -> tuple[QColor, QColor, QColor]:
    """Tint, underline and current-note tint: a yellow highlighter, unlike the diff hues."""
    if dark:
        return QColor(255, 214, 10, 55), QColor(255, 214, 10), QColor(255, 214, 10, 105)
    return QColor(255, 200, 0, 70), QColor(176, 120, 0), QColor(255, 190, 0, 135)


class AnnotationMarks(QObject):
    """Keeps the panes of ``view`` marked with the notes given to ``set_notes``."""

    def __init__(self, view: ComparisonView) -> None:
        super().__init__(view)
        self._view = view
        self._marks: list[Mark] = []
        self._current: str | None = None
        for side in Side:
            pane = view.pane(side)
            pane.add_mark_painter(lambda painter, p=pane: self._paint(painter, p))

    def set_notes(self, notes: Iterable[Note]) -> None:
        self._marks = marks_for(notes)
        self._refresh()

    def set_current(self, note_id: str | None) -> None:
        if note_id != self._current:
            self._current = note_id
            self._refresh()

    def marks(self) -> list[Mark]:
        return self._marks

    def current(self) -> str | None:
        return self._current

    def _refresh(self) -> None:
        for side in Side:
            self._view.pane(side).update_marks()

    def _paint(self, painter: QPainter, pane: TextPane) -> None:
        """Paint the marks of ``pane``'s side that are in view (viewport coordinates)."""
        marks = [m for m in self._marks if m.side is pane.side]
        if not marks:
            return
        visible = QRectF(pane.editor.viewport().rect())
        dx, dy = -pane.editor.horizontalScrollBar().value(), -pane.scroll_value()
        dark = pane.palette().color(pane.backgroundRole()).lightness() < 128
        tint, line, current = _colours(dark)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for mark in marks:
            is_current = mark.note_id == self._current
            for rect in pane.range_rects(mark.start, mark.end):
                shown = rect.translated(dx, dy)
                if not shown.intersects(visible):
                    continue
                painter.fillRect(shown, current if is_current else tint)
                pen = QPen(line, 2 if is_current else 1.5)
                pen.setStyle(Qt.PenStyle.SolidLine if is_current else Qt.PenStyle.DotLine)
                painter.setPen(pen)
                y = shown.bottom() - 1
                painter.drawLine(QPointF(shown.left(), y), QPointF(shown.right(), y))
