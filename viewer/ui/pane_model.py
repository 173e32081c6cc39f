"""What each pane shows, as plain values: block roles, word highlights and folded runs.

The value types of a pane (roles, highlights, flags, segments, the spec, rows) and the
functions that derive them from a ``Comparison`` (``pane_prep`` assembles them);
``build_rows`` decides which blocks are folded into strips; ``fold_label`` says what a
strip hides. No Qt here: ``highlighting`` turns these values into text formats.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

from viewer.annotations.model import Side
from viewer.engine.model import ChangeKind, Comparison, Document, FlagKind, LinkKind
from viewer.engine.moved_facts import flagged_pairs

__all__ = [
    "BlockInfo",
    "BlockRole",
    "FlagMark",
    "FoldReason",
    "PaneSpec",
    "Row",
    "Segment",
    "WordHighlight",
    "WordKind",
    "block_infos",
    "build_rows",
    "fold_label",
    "hidden_blocks",
    "normalise",
    "word_highlights",
]


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
class FlagMark:
    """A fact flag's place on one side (document offsets; empty where words were dropped);
    ``pair`` and ``index`` find the flag: ``comparison.pairs[pair].flags[index]``."""

    start: int
    end: int
    kind: FlagKind
    pair: int
    index: int


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of one block's text with one look: a word highlight, a fact flag, both or
    neither; ``badges`` > 0 marks the character just before flagged words, widened to
    make room for that many flag badges."""

    start: int
    end: int
    word: WordKind | None = None
    flag: FlagKind | None = None
    badges: int = 0


@dataclass(frozen=True, slots=True)
class PaneSpec:
    """Everything a pane needs to render one side, besides the document itself.

    ``words`` are normalised (sorted, no overlaps). ``segments`` cut every block with a
    highlight or a flag into runs (blocks without are absent); ``None`` means "work them
    out from ``words`` and ``flags``". ``astral`` lists blocks with characters beyond the
    BMP (``None``: unknown); ``display`` holds the shown text of blocks whose line breaks
    are replaced.
    """

    side: Side
    blocks: Mapping[int, BlockInfo]
    words: tuple[WordHighlight, ...]
    hidden: Mapping[int, FoldReason]
    flags: tuple[FlagMark, ...] = ()
    segments: Mapping[int, tuple[Segment, ...]] | None = None
    astral: frozenset[int] | None = None
    display: Mapping[int, str] | None = None


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
    starts = [b.start for b in doc.blocks]
    for pair in comparison.pairs:
        for change in pair.changes:
            span = change.left if side is Side.LEFT else change.right
            block = block_at(doc, starts, span.start)
            if block is not None:
                changed[block] = changed.get(block, 0) + max(1, span.end - span.start)
    infos: dict[int, BlockInfo] = {}
    flagged = flagged_pairs(comparison)  # also the pairs holding a fact moved from another
    for index, pair in enumerate(comparison.pairs):
        role = BlockRole.SAME if pair.kind is LinkKind.SAME else BlockRole.REWORDED
        regrouped = len(pair.left) != 1 or len(pair.right) != 1
        for block_id in pair.left if side is Side.LEFT else pair.right:
            infos[block_id] = BlockInfo(
                role, index, pair.moved, index in flagged, changed.get(block_id, 0), regrouped
            )
    one_sided = comparison.left_only if side is Side.LEFT else comparison.right_only
    for block_id in one_sided:
        infos[block_id] = BlockInfo(BlockRole.ONE_SIDED, changed_chars=changed.get(block_id, 0))
    for block in doc.blocks:
        if block.id not in infos:
            # A cruft block the engine linked anyway keeps its link: it is shown.
            role = BlockRole.CRUFT if block.boilerplate else BlockRole.UNLINKED
            infos[block.id] = BlockInfo(role, changed_chars=changed.get(block.id, 0))
    return infos


def block_at(doc: Document, starts: Sequence[int], offset: int) -> int | None:
    """The id of the block holding a document offset (``starts``: the blocks' starts)."""
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
