"""Connector bands between the panes: one filled Bézier band per linked pair of blocks.

As Meld's link map does, the strip between the two panes draws, for every linked
(left block, right block) in view, a band from the block's extent on the left to its
counterpart's on the right. Moved paragraphs give crossing bands, split and merged ones
a fan (the single block's extent is shared out between its several counterparts). The
widget only paints the ``Band`` values it is given; ``links.visible_bands`` computes them
from pane geometry handed in as callables, so it can be tested without widgets.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from viewer.engine.model import LinkKind
from viewer.ui.links import Band
from viewer.ui.theme import LIGHT, Theme


def band_path(band: Band, width: float, height: float | None = None) -> QPainterPath:
    """The filled shape of a band: two cubic curves joined by the blocks' edges.

    With ``height``, ends far outside ``[0, height]`` (a paragraph moved a long way) are
    pulled in to one height beyond the edge: the band still leaves the view towards its
    counterpart, and the rasteriser is spared curves thousands of pixels long.
    """

    def near(y: float) -> float:
        return y if height is None else max(-height, min(2 * height, y))

    lt, lb, rt, rb = (
        near(y) for y in (band.left_top, band.left_bottom, band.right_top, band.right_bottom)
    )
    path = QPainterPath(QPointF(0, lt))
    c1, c2 = width / 3, 2 * width / 3
    path.cubicTo(c1, lt, c2, rt, width, rt)
    path.lineTo(width, rb)
    path.cubicTo(c2, rb, c1, lb, 0, lb)
    path.closeSubpath()
    return path


class ConnectorMap(QWidget):
    """The strip between the panes; paints bands, reports clicks on them.

    Members:
      band_clicked(int): index of the pair whose band was clicked.
    """

    band_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bands: list[Band] = []
        self._span = (0.0, float("inf"))
        self._theme = LIGHT
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setMinimumWidth(24)

    def sizeHint(self) -> QSize:
        return QSize(56, 200)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def set_bands(self, bands: Sequence[Band], span: tuple[float, float] | None = None) -> None:
        """Bands to paint; ``span`` is the height range level with the panes' text, the
        only part bands are drawn in (above it sit the panes' headers)."""
        self._bands = list(bands)
        if span is not None:
            self._span = span
        self.update()

    def bands(self) -> list[Band]:
        return list(self._bands)

    def _colors(self, band: Band) -> tuple[QColor, QColor]:
        theme = self._theme
        # Opaque enough to follow at a glance, light enough to read as background.
        if band.moved:
            fill = QColor(theme.moved_mark)
            fill.setAlpha(110 if band.current else 60)
        elif band.kind is LinkKind.REWORDED:
            fill = QColor(theme.reworded_mark)
            fill.setAlpha(130 if band.current else 78)
        else:
            fill = QColor(theme.same_band)
            if band.current:
                fill.setAlpha(min(255, fill.alpha() * 2))
        outline = theme.current_outline if band.current else theme.band_outline
        return fill, outline

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        width = float(self.width())
        top, bottom = self._span[0], min(self._span[1], float(self.height()))
        inside = QRectF(0, top, width, max(0.0, bottom - top))
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Window))
        painter.fillRect(inside, self.palette().color(QPalette.ColorRole.Base))
        painter.setClipRect(inside)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for band in self._bands:
            fill, outline = self._colors(band)
            path = band_path(band, width, float(self.height()))
            painter.fillPath(path, fill)
            pen = QPen(outline, 1.6 if band.current else 0.8)
            if band.moved:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.strokePath(path, pen)
        # Edges towards the panes, so the bands read as leaving from them.
        edge = QColor(self._theme.band_outline)
        edge.setAlpha(60)
        painter.fillRect(QRectF(0, top, 1, inside.height()), edge)
        painter.fillRect(QRectF(width - 1, top, 1, inside.height()), edge)
        painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        width = float(self.width())
        for band in reversed(self._bands):
            if band_path(band, width).contains(event.position()):
                self.band_clicked.emit(band.pair)
                return
