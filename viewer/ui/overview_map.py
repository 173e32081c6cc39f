"""Overview map beside the panes: where changes cluster in both articles; click to scroll.

Like Meld's chunk map: one thin column per article, each spanning the whole height, with
a mark per changed block (positions are fractions of the article's content height) and
a rectangle for the part of the article in view. The marks are rendered once into a
cached pixmap, dropped on resize, theme change or new data; only the viewport
rectangles are painted on every scroll.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from viewer.annotations.model import Side
from viewer.ui.theme import LIGHT, Theme


class ChunkTag(Enum):
    """What a mark on the map stands for."""

    REMOVED = "removed"  # paragraph only on the left
    ADDED = "added"  # paragraph only on the right
    REWORDED = "reworded"
    MOVED = "moved"
    FOLDED = "folded"  # cruft or filtered run, shown as a strip


@dataclass(frozen=True, slots=True)
class MapChunk:
    """A mark: ``top``/``bottom`` are fractions (0..1) of the content height; ``strength``
    (0..1) scales its opacity, e.g. the share of changed words in a reworded block."""

    top: float
    bottom: float
    tag: ChunkTag
    strength: float = 1.0


_PAD = 3  # pixels around the columns
_GAP = 2  # pixels between the two columns


class OverviewMap(QWidget):
    """Both articles' change density in two columns, with their visible regions.

    Members:
      scroll_requested(str, float): the side's value ("left"/"right") and the fraction of
        its content that should be centred in view.
    """

    scroll_requested = Signal(str, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chunks: dict[Side, list[MapChunk]] = {Side.LEFT: [], Side.RIGHT: []}
        self._views: dict[Side, tuple[float, float]] = {Side.LEFT: (0, 1), Side.RIGHT: (0, 1)}
        self._theme = LIGHT
        self._cache: QPixmap | None = None
        self._drag_side: Side | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setMinimumWidth(20)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip("Overview: where the articles differ. Click or drag to scroll.")

    def sizeHint(self) -> QSize:
        return QSize(30, 200)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._cache = None
        self.update()

    def set_chunks(self, left: Sequence[MapChunk], right: Sequence[MapChunk]) -> None:
        self._chunks = {Side.LEFT: list(left), Side.RIGHT: list(right)}
        self._cache = None
        self.update()

    def set_viewports(self, left: tuple[float, float], right: tuple[float, float]) -> None:
        """The visible part of each article, as (top, bottom) fractions of its content."""
        if self._views != {Side.LEFT: left, Side.RIGHT: right}:
            self._views = {Side.LEFT: left, Side.RIGHT: right}
            self.update()

    def chunks(self, side: Side) -> list[MapChunk]:
        return list(self._chunks[side])

    def has_cache(self) -> bool:
        return self._cache is not None

    def column_rect(self, side: Side) -> QRectF:
        """Where a side's column is drawn."""
        inner = self.width() - 2 * _PAD - _GAP
        half = max(1.0, inner / 2)
        x = _PAD if side is Side.LEFT else _PAD + half + _GAP
        return QRectF(x, _PAD, half, max(1, self.height() - 2 * _PAD))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._cache = None
        super().resizeEvent(event)

    def _color(self, chunk: MapChunk) -> QColor:
        theme = self._theme
        base = {
            ChunkTag.REMOVED: theme.removed_mark,
            ChunkTag.ADDED: theme.added_mark,
            ChunkTag.REWORDED: theme.reworded_mark,
            ChunkTag.MOVED: theme.moved_mark,
            ChunkTag.FOLDED: theme.strip_text,
        }[chunk.tag]
        color = QColor(base)
        floor = 0.25 if chunk.tag is ChunkTag.FOLDED else 0.35
        color.setAlphaF(min(1.0, floor + (1 - floor) * max(0.0, min(1.0, chunk.strength))))
        if chunk.tag is ChunkTag.FOLDED:
            color.setAlphaF(color.alphaF() * 0.5)
        return color

    def _render(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(self.palette().color(QPalette.ColorRole.Window))
        painter = QPainter(pixmap)
        trough = QColor(self.palette().color(QPalette.ColorRole.Base))
        for side in (Side.LEFT, Side.RIGHT):
            col = self.column_rect(side)
            painter.fillRect(col, trough)
            for chunk in self._chunks[side]:
                y0 = col.top() + chunk.top * col.height()
                y1 = col.top() + chunk.bottom * col.height()
                painter.fillRect(
                    QRectF(col.left(), y0, col.width(), max(2.0, y1 - y0)), self._color(chunk)
                )
        painter.end()
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:
        if (
            self._cache is None
            or self._cache.size() != self.size() * self._cache.devicePixelRatio()
        ):
            self._cache = self._render()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._cache)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for side in (Side.LEFT, Side.RIGHT):
            col = self.column_rect(side)
            top, bottom = self._views[side]
            y0 = col.top() + top * col.height()
            h = max(6.0, (bottom - top) * col.height())
            rect = QRectF(col.left() - 1.5, y0, col.width() + 3, h)
            painter.setPen(QPen(self._theme.viewport_outline, 1))
            painter.setBrush(self._theme.viewport_handle)
            painter.drawRoundedRect(rect, 2, 2)
        painter.end()

    def _side_at(self, x: float) -> Side:
        return Side.LEFT if x < self.column_rect(Side.RIGHT).left() else Side.RIGHT

    def _request(self, side: Side, y: float) -> None:
        col = self.column_rect(side)
        fraction = (y - col.top()) / col.height()
        self.scroll_requested.emit(side.value, max(0.0, min(1.0, fraction)))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_side = self._side_at(event.position().x())
            self._request(self._drag_side, event.position().y())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_side is not None:
            self._request(self._drag_side, event.position().y())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_side = None
