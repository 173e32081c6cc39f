"""Marks annotated words in the panes: a tint and a dotted underline, the current note boxed."""

# Painted by a transparent overlay over each pane's viewport rather than with the
# editor's extra selections: those belong to the find bar (setExtraSelections replaces
# them all), and an overlay survives every re-render of the pane without being re-applied.

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QTextBlock
from PySide6.QtWidgets import QWidget

from viewer.annotations.model import Note, Side
from viewer.ui.comparison_view import ComparisonView
from viewer.ui.text_pane import TextPane

__all__ = ["AnnotationMarks", "Mark", "marks_for", "range_rects"]


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


def _blocks_between(first: QTextBlock, last_position: int) -> Iterator[QTextBlock]:
    block = first
    while block.isValid() and block.position() <= last_position:
        yield block
        block = block.next()


def range_rects(pane: TextPane, start: int, end: int) -> list[QRectF]:
    """Rectangles (content coordinates) covering document offsets ``start..end`` as shown.

    Empty when the range is folded away or outside the pane's document; one rectangle
    per wrapped line it covers.
    """
    a, b = pane.text_position(start), pane.text_position(end)
    if a is None or b is None or b <= a:
        return []
    qdoc = pane.editor.document()
    layout = qdoc.documentLayout()
    rects = []
    for block in _blocks_between(qdoc.findBlock(a), b):
        text_layout = block.layout()
        box = layout.blockBoundingRect(block)
        base = block.position()
        for i in range(text_layout.lineCount()):
            line = text_layout.lineAt(i)
            line_start = base + line.textStart()
            s, e = max(a, line_start), min(b, line_start + line.textLength())
            if e <= s:
                continue
            x1 = line.cursorToX(s - base)[0]
            x2 = line.cursorToX(e - base)[0]
            rects.append(
                QRectF(box.left() + x1, box.top() + line.y(), max(2.0, x2 - x1), line.height())
            )
    return rects


class _Overlay(QWidget):
    """Transparent to the mouse; sits exactly over one pane's viewport."""

    def __init__(self, marks: AnnotationMarks, pane: TextPane) -> None:
        super().__init__(pane.editor)
        self._marks = marks
        self._pane = pane
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setGeometry(pane.editor.viewport().geometry())
        self.raise_()

    def paintEvent(self, event: QPaintEvent) -> None:
        pane = self._pane
        marks = [m for m in self._marks.marks() if m.side is pane.side]
        if not marks:
            return
        dx = -pane.editor.horizontalScrollBar().value()
        dy = -pane.scroll_value()
        visible = QRectF(self.rect())
        dark = pane.palette().color(pane.backgroundRole()).lightness() < 128
        tint, line, current = _colours(dark)
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            for mark in marks:
                is_current = mark.note_id == self._marks.current()
                for rect in range_rects(pane, mark.start, mark.end):
                    shown = rect.translated(dx, dy)
                    if not shown.intersects(visible):
                        continue
                    painter.fillRect(shown, current if is_current else tint)
                    pen = QPen(line, 2 if is_current else 1.5)
                    pen.setStyle(Qt.PenStyle.SolidLine if is_current else Qt.PenStyle.DotLine)
                    painter.setPen(pen)
                    y = shown.bottom() - 1
                    painter.drawLine(QPointF(shown.left(), y), QPointF(shown.right(), y))
        finally:
            painter.end()


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
        self._overlays: dict[Side, _Overlay] = {}
        for side in Side:
            pane = view.pane(side)
            overlay = _Overlay(self, pane)
            self._overlays[side] = overlay
            pane.editor.viewport().installEventFilter(self)
            pane.scrolled.connect(overlay.update)
            pane.layout_changed.connect(overlay.update)

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

    def overlay(self, side: Side) -> QWidget:
        return self._overlays[side]

    def _refresh(self) -> None:
        for overlay in self._overlays.values():
            overlay.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            for side, overlay in self._overlays.items():
                viewport = self._view.pane(side).editor.viewport()
                if watched is viewport:
                    overlay.setGeometry(viewport.geometry())
                    overlay.raise_()
        return super().eventFilter(watched, event)
