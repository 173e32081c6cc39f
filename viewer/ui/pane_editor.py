"""The read-only text view inside a pane: hands its marks, clicks and Ctrl+wheel to the pane."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QTextEdit, QWidget

__all__ = ["EditorHost", "PaneEditor"]

CLICK_SLOP = 4  # pixels a press may move and still count as a click


class EditorHost(Protocol):
    """What the editor asks of the pane that owns it (viewport coordinates)."""

    def paint_marks(self, painter: QPainter, clip: QRect) -> None: ...

    def editor_resized(self) -> None: ...

    def is_strip_at(self, viewport_y: float) -> bool: ...

    def row_at(self, viewport_y: float) -> int: ...

    def row_contains(self, row: int, viewport_y: float) -> bool: ...


class PaneEditor(QTextEdit):
    """A QTextEdit that paints the pane's margin marks over its text and reports clicks.

    Members:
      row_clicked(int): a click (not a drag, not a selection) on a row's text.
      zoom_requested(int): Ctrl+wheel steps; the view owns the font size, not the editor.
    """

    row_clicked = Signal(int)
    zoom_requested = Signal(int)

    def __init__(self, host: EditorHost, parent: QWidget) -> None:
        super().__init__(parent)
        self._host = host
        self._press: QPoint | None = None
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        try:
            self._host.paint_marks(painter, event.rect())
        finally:
            painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._host.editor_resized()

    def wheelEvent(self, event: QWheelEvent) -> None:
        # QTextEdit zooms its own font on Ctrl+wheel; the view owns the font size instead.
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() // 120
            if steps:
                self.zoom_requested.emit(steps)
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if event.buttons() == Qt.MouseButton.NoButton:
            on_strip = self._host.is_strip_at(event.position().y())
            shape = Qt.CursorShape.PointingHandCursor if on_strip else Qt.CursorShape.IBeamCursor
            self.viewport().setCursor(shape)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        pos = event.position().toPoint()
        if (
            event.button() == Qt.MouseButton.LeftButton
            and press is not None
            and (pos - press).manhattanLength() <= CLICK_SLOP
            and not self.textCursor().hasSelection()
        ):
            row = self._host.row_at(pos.y())
            if row >= 0 and self._host.row_contains(row, pos.y()):
                self.row_clicked.emit(row)
