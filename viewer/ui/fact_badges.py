"""Where the fact badges go: just before each flagged span, in the room left for them.

The renderer widens the character before flagged words (or indents a paragraph that
starts with them); a badge is painted in that room, with one glyph per flag starting
there. When the flagged words begin a wrapped line, the room is at the end of the line
above, after the widened character.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF, QTextCursor
from PySide6.QtWidgets import QTextEdit

from viewer.engine.model import Block, FlagKind
from viewer.ui.margin_marks import badge_font, badge_width
from viewer.ui.pane_model import FlagMark
from viewer.ui.pane_positions import PositionMap

__all__ = ["Badge", "badges_in"]


@dataclass(frozen=True)
class Badge:
    """One badge: the kinds of the flags starting at ``start`` (a document offset), and
    its rect in the editor's viewport."""

    kinds: tuple[FlagKind, ...]
    rect: QRectF
    start: int


def badges_in(
    editor: QTextEdit,
    positions: PositionMap,
    flags: Sequence[FlagMark],
    flag_starts: Sequence[int],
    blocks: Sequence[Block],
) -> list[Badge]:
    """The badges of the flags in ``blocks`` (shown blocks; ``flag_starts`` sorted)."""
    font = editor.font()
    width = badge_width(font)
    space = QFontMetricsF(font).horizontalAdvance(" ")
    text_height = QFontMetricsF(font).height()
    height = QFontMetricsF(badge_font(font)).height() + 1
    out: list[Badge] = []
    for block in blocks:
        lo = bisect_left(flag_starts, block.start)
        hi = bisect_right(flag_starts, block.end)
        by_start: dict[int, list[FlagKind]] = {}
        for mark in flags[lo:hi]:
            by_start.setdefault(mark.start, []).append(mark.kind)
        for start, kinds in by_start.items():
            position = positions.text_position(start)
            if position is None:
                continue
            room = len(kinds) * width
            cursor = QTextCursor(editor.document())
            cursor.setPosition(position)
            at = editor.cursorRect(cursor)
            right, line_top, line_height = at.left(), at.top(), at.height()
            if start > block.start:
                cursor.setPosition(position - 1)
                before = editor.cursorRect(cursor)
                if before.top() < at.top():  # wrapped: the room is after the char before
                    right = before.left() + space + room
                    line_top, line_height = before.top(), before.height()
            # Centred on the line's text, not on its 125 % line spacing.
            top = line_top + (min(line_height, text_height) - height) / 2
            rect = QRectF(right - room + 1, top, room - 3, height)
            out.append(Badge(tuple(kinds), rect, start))
    return out
