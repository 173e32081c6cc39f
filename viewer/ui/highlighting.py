"""Text formats of the panes: word highlights, block tints and strips in a QTextDocument.

``render_rows`` writes a pane's rows (see ``pane_model``) into a ``QTextDocument``, one
text block per row, with the highlights baked in as character formats so painting stays
native and fast. Every highlighted fragment carries ``HIGHLIGHT_PROPERTY`` so tests and
exports can read the kinds back.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import (
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)

from viewer.annotations.model import Side
from viewer.engine.model import BlockKind, Document
from viewer.ui.pane_model import BlockInfo, BlockRole, PaneSpec, Row, WordKind, fold_label
from viewer.ui.theme import Theme

HIGHLIGHT_PROPERTY = int(QTextFormat.Property.UserProperty) + 1
ROW_PROPERTY = int(QTextFormat.Property.UserProperty) + 2
_LINE_BREAKS = str.maketrans(dict.fromkeys("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2029", "\u2028"))


def char_format(kind: WordKind, theme: Theme) -> QTextCharFormat:
    """The format of one word highlight: colour plus a line style, never colour alone."""
    fmt = QTextCharFormat()
    fmt.setProperty(HIGHLIGHT_PROPERTY, kind.value)
    if kind is WordKind.REMOVED:
        fmt.setForeground(theme.removed_text)
        fmt.setBackground(theme.removed_back)
        fmt.setFontStrikeOut(True)
    elif kind is WordKind.ADDED:
        fmt.setForeground(theme.added_text)
        fmt.setBackground(theme.added_back)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(theme.added_mark)
    else:
        # Reworded text is often most of a paragraph: it stays in the text colour, on a
        # soft background, with a dotted underline (removed words are struck, added ones
        # underlined solid), so it reads calmly.
        fmt.setBackground(theme.reworded_back)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(theme.reworded_mark)
    return fmt


def _block_format(info: BlockInfo, side: Side, theme: Theme, spacing: float) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setBottomMargin(spacing)
    fmt.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    if info.role is BlockRole.ONE_SIDED:
        fmt.setBackground(theme.left_only_tint if side is Side.LEFT else theme.right_only_tint)
    return fmt


def render_rows(
    qdoc: QTextDocument,
    document: Document,
    spec: PaneSpec,
    rows: Sequence[Row],
    theme: Theme,
    spacing: float,
) -> None:
    """Replace ``qdoc``'s content with ``rows``: text blocks, highlights and strips."""
    qdoc.clear()
    by_id = {b.id: b for b in document.blocks}
    words = spec.words
    word_i = 0
    cursor = QTextCursor(qdoc)
    cursor.beginEditBlock()
    plain = QTextCharFormat()
    for index, row in enumerate(rows):
        first_id = row.block_ids[0]
        info = spec.blocks.get(first_id, BlockInfo(BlockRole.UNLINKED))
        block_fmt = _block_format(info, spec.side, theme, spacing)
        if row.fold is not None:
            block_fmt.setBackground(theme.strip_back)
            block_fmt.setBottomMargin(spacing)
        block_fmt.setProperty(ROW_PROPERTY, index)
        base = QTextCharFormat()
        block = by_id[first_id]
        if row.fold is None and block.kind is BlockKind.HEADING:
            base.setFontWeight(QFont.Weight.Bold)
            base.setProperty(QTextFormat.Property.FontSizeAdjustment, 1)
        if index == 0:
            cursor.setBlockFormat(block_fmt)
            cursor.setBlockCharFormat(base)
        else:
            cursor.insertBlock(block_fmt, base)
        if row.fold is not None:
            strip = QTextCharFormat(plain)
            strip.setForeground(theme.strip_text)
            strip.setFontItalic(True)
            strip.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
            texts = [by_id[i].text for i in row.block_ids]
            cursor.insertText(fold_label(texts, row.fold), strip)
            continue
        if block.kind is BlockKind.BULLET:
            cursor.createList(QTextListFormat.Style.ListDisc)
        while word_i < len(words) and words[word_i].end <= block.start:
            word_i += 1
        text, b0 = _display(block.text), block.start
        pos = b0
        j = word_i
        while j < len(words) and words[j].start < block.end:
            w = words[j]
            start, end = max(w.start, pos), min(w.end, block.end)
            if start > pos:
                cursor.insertText(text[pos - b0 : start - b0], base)
            if end > start:
                fmt = QTextCharFormat(base)
                fmt.merge(char_format(w.kind, theme))
                cursor.insertText(text[start - b0 : end - b0], fmt)
                pos = end
            j += 1
        if pos < block.end:
            cursor.insertText(text[pos - b0 :], base)
    cursor.endEditBlock()


def _display(text: str) -> str:
    """Text as shown: line breaks inside a block become U+2028 so one block stays one
    text block and every offset keeps its place (same length)."""
    return text.translate(_LINE_BREAKS)
