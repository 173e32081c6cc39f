"""What the user pointed at in a pane, as document offsets, and selecting a range back."""

# Stand-ins for methods the text pane could offer itself (selected_range, select_range);
# they use only its public API and Qt's own text cursor.

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor

from viewer.engine.model import Block, Document
from viewer.ui.text_pane import TextPane

__all__ = ["block_at", "offset_at", "select_range", "selected_range", "trimmed"]


def trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``start..end`` without surrounding whitespace; None when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def selected_range(pane: TextPane) -> tuple[int, int] | None:
    """The pane's text selection in document offsets, trimmed; None if there is none.

    A selection that starts or ends on a folded strip has no document offsets: None.
    """
    doc = pane.document()
    cursor = pane.editor.textCursor()
    if doc is None or not cursor.hasSelection():
        return None
    start = pane.document_offset(cursor.selectionStart())
    end = pane.document_offset(cursor.selectionEnd())
    if start is None or end is None:
        return None
    start, end = min(start, end), max(start, end)
    return trimmed(doc.text, max(0, start), min(len(doc.text), end))


def offset_at(pane: TextPane, viewport_point: QPoint | None = None) -> int | None:
    """Document offset under a viewport point, or at the text cursor when no point is given."""
    if viewport_point is None:
        position = pane.editor.textCursor().position()
    else:
        position = pane.editor.cursorForPosition(viewport_point).position()
    return pane.document_offset(position)


def block_at(document: Document, offset: int) -> Block | None:
    """The block holding ``offset`` (its end included), None in the gap between blocks."""
    starts = [b.start for b in document.blocks]
    i = bisect_right(starts, offset) - 1
    if i < 0:
        return None
    block = document.blocks[i]
    return block if offset <= block.end else None


def select_range(pane: TextPane, start: int, end: int) -> bool:
    """Select document offsets ``start..end`` in the pane (opening its fold) and show them."""
    pane.reveal_range(start, end)
    a, b = pane.text_position(start), pane.text_position(end)
    if a is None or b is None:
        return False
    cursor = QTextCursor(pane.editor.document())
    cursor.setPosition(a)
    cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
    pane.editor.setTextCursor(cursor)
    pane.editor.ensureCursorVisible()
    return True
