"""What each pane shows: block roles, word highlights, folded runs, and their text formats.

``pane_spec`` turns a ``Comparison`` into per-side data (plain values, testable without
widgets); ``build_rows`` decides which blocks are folded into strips; ``render_rows``
writes the rows into a ``QTextDocument``, one text block per row, with the highlights
baked in as character formats so painting stays native and fast. Every highlighted
fragment carries ``HIGHLIGHT_PROPERTY`` so tests and exports can read the kinds back.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import Enum

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
from viewer.engine.model import BlockKind, ChangeKind, Comparison, Document, LinkKind
from viewer.ui.theme import Theme

HIGHLIGHT_PROPERTY = int(QTextFormat.Property.UserProperty) + 1
ROW_PROPERTY = int(QTextFormat.Property.UserProperty) + 2
_LINE_BREAKS = str.maketrans(dict.fromkeys("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2029", "\u2028"))


class WordKind(Enum):
    """A word-level highlight; the value is stored in the text format."""

    REMOVED = "removed"  # only on the left
    ADDED = "added"  # only on the right
    REWORDED_LEFT = "reworded-left"  # replaced: the left side's words
    REWORDED_RIGHT = "reworded-right"  # replaced: the right side's words


class BlockRole(Enum):
    """How a block relates to the other article."""

    SAME = "same"
    REWORDED = "reworded"
    ONE_SIDED = "one-sided"
    CRUFT = "cruft"
    UNLINKED = "unlinked"


class FoldReason(Enum):
    """Why a run of blocks is collapsed into a strip."""

    CRUFT = "cruft"
    FILTERED = "filtered"


@dataclass(frozen=True, slots=True)
class WordHighlight:
    """A highlighted range of a document's text (document offsets)."""

    start: int
    end: int
    kind: WordKind


@dataclass(frozen=True, slots=True)
class BlockInfo:
    """One block's place in the comparison; ``pair`` is an index into pairs, or -1;
    ``regrouped`` marks a split or merged pair (not one block to one block)."""

    role: BlockRole
    pair: int = -1
    moved: bool = False
    flagged: bool = False
    changed_chars: int = 0
    regrouped: bool = False


@dataclass(frozen=True, slots=True)
class PaneSpec:
    """Everything a pane needs to render one side, besides the document itself;
    ``words`` are normalised (sorted, no overlaps)."""

    side: Side
    blocks: Mapping[int, BlockInfo]
    words: tuple[WordHighlight, ...]
    hidden: Mapping[int, FoldReason]


@dataclass(frozen=True, slots=True)
class Row:
    """One text block of a pane: a document block, or a strip standing for a folded run."""

    block_ids: tuple[int, ...]
    fold: FoldReason | None = None


_WORD_KINDS = {
    (Side.LEFT, ChangeKind.DELETE): WordKind.REMOVED,
    (Side.LEFT, ChangeKind.REPLACE): WordKind.REWORDED_LEFT,
    (Side.RIGHT, ChangeKind.INSERT): WordKind.ADDED,
    (Side.RIGHT, ChangeKind.REPLACE): WordKind.REWORDED_RIGHT,
}


def word_highlights(comparison: Comparison, side: Side) -> tuple[WordHighlight, ...]:
    """The engine's changes as highlights on one side, sorted, empty spans dropped."""
    out = []
    for pair in comparison.pairs:
        for change in pair.changes:
            kind = _WORD_KINDS.get((side, change.kind))
            span = change.left if side is Side.LEFT else change.right
            if kind is not None and span.end > span.start:
                out.append(WordHighlight(span.start, span.end, kind))
    return tuple(sorted(out, key=lambda h: (h.start, h.end)))


def normalise(highlights: Sequence[WordHighlight]) -> list[WordHighlight]:
    """Sorted, non-overlapping highlights; touching ones of one kind merged.

    Overlaps should not come from the engine, but if they do the text must still show
    once: a position keeps the kind of the first highlight (by start) covering it.
    """
    out: list[WordHighlight] = []
    for h in sorted(highlights, key=lambda h: (h.start, h.end)):
        start = max(h.start, out[-1].end) if out else h.start
        if h.end <= start:
            continue
        if out and out[-1].end == start and out[-1].kind is h.kind:
            out[-1] = WordHighlight(out[-1].start, h.end, h.kind)
        else:
            out.append(WordHighlight(start, h.end, h.kind))
    return out


def block_infos(comparison: Comparison, side: Side) -> dict[int, BlockInfo]:
    """Role, pair and change density of every block of one side."""
    doc = comparison.left if side is Side.LEFT else comparison.right
    changed: dict[int, int] = {}
    infos: dict[int, BlockInfo] = {}
    starts = [b.start for b in doc.blocks]
    for index, pair in enumerate(comparison.pairs):
        ids = pair.left if side is Side.LEFT else pair.right
        for change in pair.changes:
            span = change.left if side is Side.LEFT else change.right
            block = _block_at(doc, starts, span.start)
            if block is not None:
                changed[block] = changed.get(block, 0) + max(1, span.end - span.start)
        role = BlockRole.SAME if pair.kind is LinkKind.SAME else BlockRole.REWORDED
        regrouped = len(pair.left) != 1 or len(pair.right) != 1
        for block_id in ids:
            infos[block_id] = BlockInfo(
                role, index, pair.moved, bool(pair.flags), regrouped=regrouped
            )
    one_sided = comparison.left_only if side is Side.LEFT else comparison.right_only
    for block_id in one_sided:
        infos[block_id] = BlockInfo(BlockRole.ONE_SIDED)
    for block in doc.blocks:
        if block.id not in infos:
            # A cruft block the engine linked anyway keeps its link: it is shown.
            role = BlockRole.CRUFT if block.boilerplate else BlockRole.UNLINKED
            infos[block.id] = BlockInfo(role)
    for block_id, count in changed.items():
        info = infos.get(block_id)
        if info is not None:
            infos[block_id] = replace(info, changed_chars=count)
    return infos


def _block_at(doc: Document, starts: Sequence[int], offset: int) -> int | None:
    i = bisect_right(starts, offset) - 1
    if 0 <= i < len(doc.blocks) and doc.blocks[i].start <= offset <= doc.blocks[i].end:
        return doc.blocks[i].id
    return None


def hidden_blocks(
    document: Document,
    infos: Mapping[int, BlockInfo],
    *,
    show_cruft: bool,
    hide_identical: bool,
    only_one_sided: bool,
    only_flagged: bool,
) -> dict[int, FoldReason]:
    """Blocks to fold by default, and why; cruft folds unless ``show_cruft``."""
    hidden: dict[int, FoldReason] = {}
    for block in document.blocks:
        info = infos.get(block.id, BlockInfo(BlockRole.UNLINKED))
        if info.role is BlockRole.CRUFT:
            if not show_cruft:
                hidden[block.id] = FoldReason.CRUFT
            continue
        linked = info.pair >= 0
        if (
            (hide_identical and info.role is BlockRole.SAME and not (info.moved or info.regrouped))
            or (only_one_sided and linked)
            or (only_flagged and not info.flagged)
        ):
            hidden[block.id] = FoldReason.FILTERED
    return hidden


def pane_spec(
    comparison: Comparison,
    side: Side,
    *,
    show_cruft: bool = False,
    hide_identical: bool = False,
    only_one_sided: bool = False,
    only_flagged: bool = False,
) -> PaneSpec:
    """The data one pane renders from, for the given view filters."""
    doc = comparison.left if side is Side.LEFT else comparison.right
    infos = block_infos(comparison, side)
    hidden = hidden_blocks(
        doc,
        infos,
        show_cruft=show_cruft,
        hide_identical=hide_identical,
        only_one_sided=only_one_sided,
        only_flagged=only_flagged,
    )
    return PaneSpec(side, infos, tuple(normalise(word_highlights(comparison, side))), hidden)


def build_rows(document: Document, spec: PaneSpec, expanded: set[int]) -> list[Row]:
    """Shown blocks one per row; each run of folded blocks with one reason as one strip."""
    rows: list[Row] = []
    run: list[int] = []
    run_reason: FoldReason | None = None
    for block in document.blocks:
        reason = None if block.id in expanded else spec.hidden.get(block.id)
        if run and reason is not run_reason:
            rows.append(Row(tuple(run), run_reason))
            run = []
        if reason is None:
            rows.append(Row((block.id,)))
        else:
            run.append(block.id)
        run_reason = reason
    if run:
        rows.append(Row(tuple(run), run_reason))
    return rows


def fold_label(texts: Sequence[str], reason: FoldReason) -> str:
    """The text of a strip, saying what it hides and how to show it."""
    if reason is FoldReason.CRUFT:
        lines = sum(max(1, sum(1 for ln in t.splitlines() if ln.strip())) for t in texts)
        noun = "line" if lines == 1 else "lines"
        return f"\u22ef  {lines} {noun} of page cruft \u2014 click to show"
    noun = "paragraph" if len(texts) == 1 else "paragraphs"
    return f"\u22ef  {len(texts)} {noun} hidden by the filter \u2014 click to show"


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
