"""Text formats of the panes: word highlights, fact flags, block tints and strips.

``render_rows`` writes a pane's rows (see ``pane_model``) into a ``QTextDocument``, one
text block per row, with the highlights baked in as character formats so painting stays
native and fast. Every highlighted fragment carries ``HIGHLIGHT_PROPERTY`` (and flagged
words ``FLAG_PROPERTY``) so tests and exports can read the kinds back.
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
from viewer.engine.model import BlockKind, Document, FlagKind
from viewer.ui.pane_model import BlockInfo, BlockRole, PaneSpec, Row, WordKind, fold_label
from viewer.ui.pane_prep import complete_spec
from viewer.ui.theme import Theme

__all__ = [
    "FLAG_PROPERTY",
    "HIGHLIGHT_PROPERTY",
    "char_format",
    "flag_format",
    "render_rows",
    "set_pane_margins",
]

HIGHLIGHT_PROPERTY = int(QTextFormat.Property.UserProperty) + 1
FLAG_PROPERTY = int(QTextFormat.Property.UserProperty) + 3


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


def flag_format(kind: FlagKind, theme: Theme) -> QTextCharFormat:
    """Flagged words: bold with a wavy underline in the flag colour, over any highlight."""
    fmt = QTextCharFormat()
    fmt.setProperty(FLAG_PROPERTY, kind.value)
    fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(theme.flag_mark)
    return fmt


class _Formats:
    """The formats of one render, each look made once (thousands of runs share a few)."""

    def __init__(self, theme: Theme, side: Side, spacing: float, badge_width: float) -> None:
        self._theme, self._side = theme, side
        self._spacing, self._badge = spacing, badge_width
        self._chars: dict[tuple[bool, WordKind | None, FlagKind | None, int], QTextCharFormat]
        self._chars = {}
        self._blocks: dict[tuple[bool, bool, int], QTextBlockFormat] = {}

    def char(
        self, heading: bool, word: WordKind | None, flag: FlagKind | None, badges: int = 0
    ) -> QTextCharFormat:
        key = (heading, word, flag, badges)
        fmt = self._chars.get(key)
        if fmt is None:
            fmt = QTextCharFormat()
            if heading:
                fmt.setFontWeight(QFont.Weight.Bold)
                fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, 1)
            if word is not None:
                fmt.merge(char_format(word, self._theme))
            if flag is not None:
                fmt.merge(flag_format(flag, self._theme))
            if badges:
                fmt.setFontLetterSpacingType(QFont.SpacingType.AbsoluteSpacing)
                fmt.setFontLetterSpacing(badges * self._badge)
            self._chars[key] = fmt
        return fmt

    def strip(self) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setForeground(self._theme.strip_text)
        fmt.setFontItalic(True)
        fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
        return fmt

    def block(self, info: BlockInfo, fold: bool, lead_badges: int = 0) -> QTextBlockFormat:
        one_sided = info.role is BlockRole.ONE_SIDED and not fold
        key = (one_sided, fold, lead_badges)
        fmt = self._blocks.get(key)
        if fmt is None:
            theme = self._theme
            fmt = QTextBlockFormat()
            fmt.setBottomMargin(self._spacing)
            fmt.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            if fold:
                fmt.setBackground(theme.strip_back)
            elif one_sided:
                left = self._side is Side.LEFT
                fmt.setBackground(theme.left_only_tint if left else theme.right_only_tint)
            if lead_badges:
                fmt.setTextIndent(lead_badges * self._badge)
            self._blocks[key] = fmt
        return fmt


def set_pane_margins(qdoc: QTextDocument, gutter: float) -> None:
    """Room for the margin marks on the left of a pane's text (after ``render_rows``,
    since clearing a document resets its margins)."""
    frame = qdoc.rootFrame().frameFormat()
    frame.setLeftMargin(gutter - qdoc.documentMargin())
    frame.setRightMargin(6)
    frame.setTopMargin(4)
    frame.setBottomMargin(24)
    qdoc.rootFrame().setFrameFormat(frame)


def render_rows(
    qdoc: QTextDocument,
    document: Document,
    spec: PaneSpec,
    rows: Sequence[Row],
    theme: Theme,
    spacing: float,
    badge_width: float = 0.0,
) -> None:
    """Replace ``qdoc``'s content with ``rows``: text blocks, highlights and strips.

    Give it a document no widget shows yet: then nothing is laid out while it is built.
    ``badge_width`` is the room left before flagged words for each flag badge.
    """
    spec = complete_spec(spec, document)
    segments, display = spec.segments or {}, spec.display or {}
    qdoc.clear()
    by_id = {b.id: b for b in document.blocks}
    formats = _Formats(theme, spec.side, spacing, badge_width)
    unlinked = BlockInfo(BlockRole.UNLINKED)
    cursor = QTextCursor(qdoc)
    cursor.beginEditBlock()
    for index, row in enumerate(rows):
        first_id = row.block_ids[0]
        info = spec.blocks.get(first_id, unlinked)
        block = by_id[first_id]
        runs = segments.get(first_id, ()) if row.fold is None else ()
        lead = runs[0].badges if runs and runs[0].start == runs[0].end else 0
        block_fmt = formats.block(info, row.fold is not None, lead)
        heading = row.fold is None and block.kind is BlockKind.HEADING
        base = formats.char(heading, None, None)
        if index == 0:
            cursor.setBlockFormat(block_fmt)
            cursor.setBlockCharFormat(base)
        else:
            cursor.insertBlock(block_fmt, base)
        if row.fold is not None:
            texts = [by_id[i].text for i in row.block_ids]
            cursor.insertText(fold_label(texts, row.fold), formats.strip())
            continue
        if block.kind is BlockKind.BULLET:
            cursor.createList(QTextListFormat.Style.ListDisc)
        text, b0 = display.get(first_id, block.text), block.start
        if not runs:
            cursor.insertText(text, base)
            continue
        pos = b0
        for run in runs:
            if run.start > pos:
                cursor.insertText(text[pos - b0 : run.start - b0], base)
            if run.end > run.start:
                fmt = formats.char(heading, run.word, run.flag, run.badges)
                cursor.insertText(text[run.start - b0 : run.end - b0], fmt)
                pos = run.end
        if pos < block.end:
            cursor.insertText(text[pos - b0 :], base)
    cursor.endEditBlock()
