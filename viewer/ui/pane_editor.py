"""The read-only text view inside a pane: its marks, clicks, Ctrl+wheel and context menu."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QMenu, QTextEdit, QWidget

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
    """A QTextEdit that paints the pane's marks over its text, reports clicks, and lets
    others paint extra marks and add to its context menu.

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
        self._menu_hooks: list[Callable[[QMenu, QPoint], None]] = []
        self._painters: list[Callable[[QPainter], None]] = []
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def add_painter(self, paint: Callable[[QPainter], None]) -> None:
        """Let ``paint(painter)`` draw over the text and the margin marks, in every paint."""
        self._painters.append(paint)

    def add_context_menu_hook(self, fill: Callable[[QMenu, QPoint], None]) -> None:
        """Let ``fill(menu, viewport_point)`` add entries after the standard ones."""
        self._menu_hooks.append(fill)

    def context_menu(self, viewport_point: QPoint) -> QMenu:
        """The menu for a right click: Copy and Select All, then every hook's entries."""
        menu = self.createStandardContextMenu(viewport_point)
        for fill in self._menu_hooks:
            fill(menu, viewport_point)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        try:
            self._host.paint_marks(painter, event.rect())
            for paint in self._painters:
                painter.save()
                paint(painter)
                painter.restore()
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
