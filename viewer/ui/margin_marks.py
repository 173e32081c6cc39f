"""Marks painted over a pane's text: margin marks, fact badges and the current outline.

Colour is never the only cue: a one-sided paragraph gets a bar and a − or + glyph, a
moved one ⇅, a flagged one !; each fact flag a badge with its kind's glyph just before
the flagged words; the current paragraph a tinted, outlined box.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from viewer.annotations.model import Side
from viewer.engine.model import FlagKind
from viewer.ui.pane_model import BlockInfo, BlockRole
from viewer.ui.theme import Theme

if TYPE_CHECKING:
    from viewer.ui.fact_badges import Badge

__all__ = [
    "FLAG_GLYPHS",
    "GUTTER",
    "MarginRow",
    "badge_font",
    "badge_width",
    "paint_badge",
    "paint_badges",
    "paint_current_outline",
    "paint_margin",
    "paint_row_marks",
]

GUTTER = 22  # left margin of a pane's text, where the marks are painted

# One glyph per kind, all in DejaVu; initials alone would clash (number, name).
FLAG_GLYPHS = {
    FlagKind.NUMBER: "#",
    FlagKind.DATE: "D",
    FlagKind.NAME: "N",
    FlagKind.QUOTE: "\u201c",
    FlagKind.ATTRIBUTION: "A",
    FlagKind.CERTAINTY: "?",
}


def badge_font(text_font: QFont) -> QFont:
    """The badges' font: bold, a little smaller than the text."""
    font = QFont(text_font)
    font.setBold(True)
    font.setPointSizeF(max(5.0, text_font.pointSizeF() * 0.72))
    return font


def badge_width(text_font: QFont) -> float:
    """Room one badge takes in the text flow (its pill plus a little air)."""
    metrics = QFontMetricsF(badge_font(text_font))
    return max(metrics.horizontalAdvance(g) for g in FLAG_GLYPHS.values()) + 7


def paint_badge(painter: QPainter, theme: Theme, kinds: Sequence[FlagKind], rect: QRectF) -> None:
    """A pill with the glyph of each kind, filled with the flag colour (font already set)."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(theme.flag_mark)
    painter.drawRoundedRect(rect, 3, 3)
    painter.setPen(theme.flag_text)
    text = "".join(FLAG_GLYPHS[k] for k in kinds)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


def paint_row_marks(
    painter: QPainter,
    theme: Theme,
    side: Side,
    info: BlockInfo,
    y0: float,
    y1: float,
    line: int,
) -> None:
    """The bar and glyphs of one row spanning ``y0..y1`` (viewport coordinates)."""
    glyphs: list[tuple[str, QColor]] = []
    if info.role is BlockRole.ONE_SIDED:
        color = theme.removed_mark if side is Side.LEFT else theme.added_mark
        painter.fillRect(QRectF(2, y0, 3, y1 - y0), color)
        glyphs.append(("\u2212" if side is Side.LEFT else "+", color))
    elif info.role is BlockRole.REWORDED:
        painter.fillRect(QRectF(3, y0, 2, y1 - y0), theme.reworded_mark)
    if info.moved:
        glyphs.append(("\u21c5", theme.moved_mark))
    if info.flagged:
        glyphs.append(("!", theme.flag_mark))
    y = y0
    for text, color in glyphs:
        painter.setPen(color)
        painter.drawText(QRectF(5, y, GUTTER - 7, line), Qt.AlignmentFlag.AlignCenter, text)
        y += line


def paint_current_outline(
    painter: QPainter, theme: Theme, y0: float, y1: float, width: float
) -> None:
    """The box around the current paragraph, from the gutter to the right edge."""
    rect = QRectF(GUTTER - 6, y0 - 3, width - GUTTER + 2, y1 - y0 + 6)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(theme.current_tint)
    painter.drawRoundedRect(rect, 4, 4)
    painter.setPen(QPen(theme.current_outline, 1.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect, 4, 4)


@dataclass(frozen=True, slots=True)
class MarginRow:
    """One paragraph in view: its role, its text's top and bottom (viewport), if current."""

    info: BlockInfo
    top: float
    bottom: float
    current: bool


def paint_margin(
    painter: QPainter,
    theme: Theme,
    side: Side,
    text_font: QFont,
    line: float,
    width: float,
    rows: Sequence[MarginRow],
) -> None:
    """Every row's margin marks (``line`` high each), and the current rows' outline."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    font = QFont(text_font)
    font.setBold(True)
    painter.setFont(font)
    for row in rows:
        paint_row_marks(painter, theme, side, row.info, row.top, row.bottom, line)
        if row.current:
            paint_current_outline(painter, theme, row.top, row.bottom, width)


def paint_badges(
    painter: QPainter, theme: Theme, text_font: QFont, badges: Sequence[Badge]
) -> None:
    """The fact badges in view, each before its flagged words."""
    if badges:
        painter.setFont(badge_font(text_font))
        for badge in badges:
            paint_badge(painter, theme, badge.kinds, badge.rect)
