"""Document ranges in a pane's text view: the user's selection, selecting, and where they show."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRectF
from PySide6.QtGui import QTextBlock, QTextCursor
from PySide6.QtWidgets import QTextEdit

from viewer.ui.pane_positions import PositionMap

__all__ = ["range_rects", "select_offsets", "selected_offsets", "trimmed"]


def trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``start..end`` without surrounding whitespace; None when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def selected_offsets(editor: QTextEdit, positions: PositionMap) -> tuple[int, int] | None:
    """The editor's selection in document offsets, trimmed; None if there is none.

    A selection that starts or ends on a folded strip has no document offsets: None.
    """
    doc = positions.document
    cursor = editor.textCursor()
    if doc is None or not cursor.hasSelection():
        return None
    start = positions.document_offset(cursor.selectionStart())
    end = positions.document_offset(cursor.selectionEnd())
    if start is None or end is None:
        return None
    start, end = min(start, end), max(start, end)
    return trimmed(doc.text, max(0, start), min(len(doc.text), end))


def select_offsets(editor: QTextEdit, positions: PositionMap, start: int, end: int) -> bool:
    """Select document offsets ``start..end`` (already unfolded) and scroll them into
    view, from their start, whole when they fit; False if they are not shown."""
    a, b = positions.text_position(start), positions.text_position(end)
    if a is None or b is None:
        return False
    cursor = QTextCursor(editor.document())
    cursor.setPosition(a)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
    cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
    return True


def _blocks_between(first: QTextBlock, last_position: int) -> Iterator[QTextBlock]:
    block = first
    while block.isValid() and block.position() <= last_position:
        yield block
        block = block.next()


def range_rects(editor: QTextEdit, positions: PositionMap, start: int, end: int) -> list[QRectF]:
    """Rectangles (content coordinates) covering document offsets ``start..end`` as shown.

    One rectangle per wrapped line the range covers. Empty when the range is folded
    away, outside the document, or not laid out yet: text Qt has not laid out is not in
    view, and measuring it would force the layout of everything above it.
    """
    a, b = positions.text_position(start), positions.text_position(end)
    if a is None or b is None or b <= a:
        return []
    qdoc = editor.document()
    layout = qdoc.documentLayout()
    rects = []
    for block in _blocks_between(qdoc.findBlock(a), b):
        text_layout = block.layout()
        if text_layout.lineCount() == 0:
            break  # Qt lays out from the top down: nothing below is laid out either
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
