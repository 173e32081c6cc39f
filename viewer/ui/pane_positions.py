"""Positions in a pane's QTextDocument to document offsets and back, folds and emoji included.

A pane shows one text block per row (a document block, or a strip for a folded run), so
an offset maps to its block's row and the distance into the block. Qt counts positions
in UTF-16 units, Python in code points: blocks with characters beyond the BMP (emoji)
need the conversion, all others map one to one.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from viewer.engine.model import Document
from viewer.ui.highlighting import HIGHLIGHT_PROPERTY
from viewer.ui.pane_model import Row, WordHighlight, WordKind
from viewer.ui.pane_prep import astral_block_ids
from viewer.ui.theme import Theme

__all__ = ["PositionMap", "find_selections", "read_highlights"]


def _u16(text: str, k: int) -> int:
    """UTF-16 length of ``text[:k]``."""
    return len(text[:k].encode("utf-16-le")) // 2


def _code_points(text: str, units: int) -> int:
    """How many characters of ``text`` make ``units`` UTF-16 units (rounded up)."""
    count = 0
    for j, ch in enumerate(text):
        if count >= units:
            return j
        count += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


class PositionMap:
    """Maps document offsets of one pane to positions in its QTextDocument and back.

    Members:
      document: the article shown (``None`` for an empty pane).
      rows, row_of_block: the pane's rows and, per block id, the row showing it.
    """

    def __init__(self) -> None:
        self.document: Document | None = None
        self.rows: Sequence[Row] = ()
        self.row_of_block: Mapping[int, int] = {}
        self._qdoc: QTextDocument | None = None
        self._starts: list[int] = []
        self._index: dict[int, int] = {}
        self._astral: frozenset[int] = frozenset()

    def set_document(self, document: Document | None, astral: frozenset[int] | None) -> None:
        self.document = document
        self._starts = [b.start for b in document.blocks] if document else []
        self._index = {b.id: i for i, b in enumerate(document.blocks)} if document else {}
        if document is None:
            self._astral = frozenset()
        else:
            self._astral = astral if astral is not None else astral_block_ids(document)

    def set_rows(self, rows: Sequence[Row], qdoc: QTextDocument) -> None:
        self.rows, self._qdoc = rows, qdoc
        self.row_of_block = {i: r for r, row in enumerate(rows) for i in row.block_ids}

    def block_index(self, block_id: int) -> int:
        """Index in ``document.blocks`` of a block id."""
        return self._index[block_id]

    def block_id_at(self, offset: int) -> int | None:
        """The block holding a document offset (the one before it in a gap)."""
        doc = self.document
        if doc is None or not doc.blocks:
            return None
        i = bisect_right(self._starts, offset) - 1
        return doc.blocks[i].id if i >= 0 else None

    def text_position(self, offset: int) -> int | None:
        """Position in the shown text of a document offset; None if folded or outside."""
        doc = self.document
        if doc is None or not doc.blocks or self._qdoc is None:
            return None
        i = bisect_right(self._starts, offset) - 1
        if i < 0 or offset > doc.blocks[i].end:
            return None
        block = doc.blocks[i]
        row = self.row_of_block.get(block.id)
        if row is None or self.rows[row].fold is not None:
            return None
        k = offset - block.start
        k = _u16(block.text, k) if block.id in self._astral else k
        return self._qdoc.findBlockByNumber(row).position() + k

    def document_offset(self, position: int) -> int | None:
        """Document offset of a position in the shown text; None inside a strip."""
        if self._qdoc is None or self.document is None:
            return None
        qblock = self._qdoc.findBlock(position)
        if not qblock.isValid() or qblock.blockNumber() >= len(self.rows):
            return None
        row = self.rows[qblock.blockNumber()]
        if row.fold is not None:
            return None
        block = self.document.blocks[self._index[row.block_ids[0]]]
        k = position - qblock.position()
        if block.id in self._astral:
            k = _code_points(block.text, k)
        return block.start + k


def read_highlights(qdoc: QTextDocument, positions: PositionMap) -> list[WordHighlight]:
    """The word highlights as rendered, read back from the text formats."""
    out: list[WordHighlight] = []
    block = qdoc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            value = frag.charFormat().property(HIGHLIGHT_PROPERTY)
            if value:
                a = positions.document_offset(frag.position())
                b = positions.document_offset(frag.position() + frag.length())
                if a is not None and b is not None:
                    kind = WordKind(value)
                    if out and out[-1].end == a and out[-1].kind is kind:
                        a = out.pop().start
                    out.append(WordHighlight(a, b, kind))
            it += 1
        block = block.next()
    return out


def find_selections(
    qdoc: QTextDocument,
    positions: PositionMap,
    matches: Sequence[tuple[int, int]],
    current: int | None,
    theme: Theme,
) -> list[QTextEdit.ExtraSelection]:
    """Search matches (document offsets) as extra selections; ``current`` stands out."""
    selections = []
    for index, (start, end) in enumerate(matches):
        a, b = positions.text_position(start), positions.text_position(end)
        if a is None or b is None:
            continue
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(qdoc)
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        fmt = QTextCharFormat()
        is_current = index == current
        fmt.setBackground(theme.find_current_back if is_current else theme.find_back)
        if is_current:
            fmt.setFontUnderline(True)
        sel.format = fmt
        selections.append(sel)
    return selections
