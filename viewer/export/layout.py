"""The export as rows of side-by-side cells: one pure, Qt-free model for HTML and PDF."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from viewer import __version__
from viewer.annotations.fact_notes import dismissed_places
from viewer.annotations.model import Note
from viewer.engine.model import BlockKind, ChangeKind, Comparison, Document, LinkKind
from viewer.export.note_markup import render_note
from viewer.export.notes_placement import NotePlacement, place_notes
from viewer.export.options import ExportOptions
from viewer.export.row_order import RowKind, RowSpec, apply_filters, order_rows
from viewer.export.segments import Segment, block_segments, display_text
from viewer.export.styles import Mark

NOT_IN_OTHER = "not in the other article"
_DEFAULT = ExportOptions()


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One block as shown in a cell; ``number`` is its ¶ among the article's body blocks."""

    number: int | None
    kind: BlockKind
    segments: tuple[Segment, ...]
    cruft: bool = False


@dataclass(frozen=True, slots=True)
class Cell:
    """One side of a row: a caption line (¶ numbers, link kind, moves) and the blocks."""

    caption: str
    paragraphs: tuple[Paragraph, ...]


@dataclass(frozen=True, slots=True)
class Row:
    """A row of the two-column body; a missing side is ``None`` (drawn as an empty cell)."""

    kind: RowKind
    left: Cell | None
    right: Cell | None
    flagged: bool = False


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """The header's description of one article."""

    side: str
    title: str
    source: str
    sha256: str
    loaded: str
    paragraphs: int
    words: int


@dataclass(frozen=True, slots=True)
class FactRow:
    """One line of the fact-change table."""

    kind: str
    left: str
    right: str
    note: str
    where: str


@dataclass(frozen=True, slots=True)
class Endnote:
    """A note as printed at the end, with where its markers stand (``side ¶n``, row)."""

    number: int
    tag: str
    author: str
    when: str
    quote: str
    body_html: str
    refs: tuple[tuple[str, int | None, int], ...]
    orphaned: bool = False


@dataclass(frozen=True, slots=True)
class ExportLayout:
    """Everything an exporter draws, in order: header, facts, rows, endnotes."""

    title: str
    version: str
    exported_at: str
    sources: tuple[SourceInfo, SourceInfo]
    summary: tuple[tuple[str, int], ...]
    facts: tuple[FactRow, ...]
    rows: tuple[Row, ...]
    cruft_note: str | None
    filter_note: str | None
    endnotes: tuple[Endnote, ...]


def format_time(moment: datetime) -> str:
    """A header time stamp: minutes, with the offset spelled out (UTC when it is zero)."""
    if moment.tzinfo is None:
        moment = moment.astimezone()
    offset = moment.strftime("%z")
    zone = "UTC" if offset in ("+0000", "") else f"UTC{offset[:3]}:{offset[3:]}"
    return f"{moment:%Y-%m-%d %H:%M} {zone}"


def _words(text: str) -> int:
    return len(text.split())


def _source_info(side: str, doc: Document, loaded: str) -> SourceInfo:
    body = doc.body_blocks()
    title = doc.title or (display_text(body[0].text)[:120] if body else doc.source)
    return SourceInfo(
        side,
        title,
        doc.source,
        doc.sha256 or "not recorded",
        loaded,
        len(body),
        sum(_words(b.text) for b in body),
    )


def _summary(comparison: Comparison, notes: Sequence[Note]) -> tuple[tuple[str, int], ...]:
    """The header's counts. Fact changes the checker dismissed are not in the comparison
    exported; their number is given, so a reader knows some were (the notes say which)."""
    pairs = comparison.pairs
    changed = sum(max(_words(c.left.text), _words(c.right.text)) for p in pairs for c in p.changes)
    dismissed = len(dismissed_places(notes))
    return (
        ("linked", len(pairs)),
        ("reworded", sum(p.kind is LinkKind.REWORDED for p in pairs)),
        ("added (right only)", len(comparison.right_only)),
        ("omitted (left only)", len(comparison.left_only)),
        ("moved", sum(p.moved for p in pairs)),
        ("changed words", changed),
        ("fact changes", sum(len(p.flags) for p in pairs)),
        *((("dismissed as no fact change", dismissed),) if dismissed else ()),
        ("notes", len(notes)),
    )


def _numbers(doc: Document) -> dict[int, int]:
    """¶ number of each body block: its 1-based rank among the body blocks."""
    return {b.id: i for i, b in enumerate(doc.body_blocks(), start=1)}


def _pilcrows(ids: Sequence[int], numbers: dict[int, int]) -> str:
    return " + ".join(f"¶{numbers[i]}" if i in numbers else "cruft" for i in ids)


def _captions(spec: RowSpec, nl: dict[int, int], nr: dict[int, int]) -> tuple[str, str]:
    left, right = _pilcrows(spec.left, nl), _pilcrows(spec.right, nr)
    pair = spec.pair
    if pair is None:
        return left, right
    how = "same words" if pair.kind is LinkKind.SAME else "reworded"
    left = f"{left} · {how}, {pair.similarity:.0%} similar".replace("%", " %")
    if len(pair.left) > 1 or len(pair.right) > 1:
        left += " · merged" if len(pair.left) > 1 else " · split"
    if pair.moved:
        left += f" · moved: {right} on the right"
        right += f" · moved: {_pilcrows(pair.left, nl)} on the left"
    return left, right


class _Highlights:
    """Per side, the marked and fact spans of every pair, filed under the blocks they touch."""

    def __init__(self, comparison: Comparison) -> None:
        self.marks: dict[str, dict[int, list[tuple[int, int, Mark]]]] = {}
        self.facts: dict[str, dict[int, list[tuple[int, int]]]] = {}
        self._starts: dict[str, list[int]] = {}
        self._ids: dict[str, list[int]] = {}
        for side, doc in (("left", comparison.left), ("right", comparison.right)):
            self.marks[side], self.facts[side] = defaultdict(list), defaultdict(list)
            self._starts[side] = [b.start for b in doc.blocks]
            self._ids[side] = [b.id for b in doc.blocks]
        for pair in comparison.pairs:
            for change in pair.changes:
                if change.kind is not ChangeKind.INSERT:
                    old = Mark.DELETED if change.kind is ChangeKind.DELETE else Mark.REPLACED_OLD
                    self._file(self.marks, "left", change.left.start, change.left.end, old)
                if change.kind is not ChangeKind.DELETE:
                    new = Mark.INSERTED if change.kind is ChangeKind.INSERT else Mark.REPLACED_NEW
                    self._file(self.marks, "right", change.right.start, change.right.end, new)
            for flag in pair.flags:
                self._file(self.facts, "left", flag.left.start, flag.left.end)
                self._file(self.facts, "right", flag.right.start, flag.right.end)

    def _file(self, table: dict, side: str, start: int, end: int, *extra: Mark) -> None:
        """Add the span to every block it overlaps (usually one: found by bisection)."""
        starts = self._starts[side]
        first = max(bisect_right(starts, start) - 1, 0)
        last = bisect_left(starts, end) - 1
        for index in range(first, max(last, first) + 1):
            table[side][self._ids[side][index]].append((start, end, *extra))


def _cell(
    side: str,
    doc: Document,
    ids: Sequence[int],
    caption: str,
    numbers: dict[int, int],
    highlights: _Highlights,
    placement: NotePlacement,
) -> Cell | None:
    if not ids:
        return None
    paragraphs = []
    for block_id in ids:
        block = doc.blocks[block_id]
        segments = block_segments(
            doc.text,
            block,
            highlights.marks[side].get(block_id, ()),
            highlights.facts[side].get(block_id, ()),
            placement.markers.get((side, block_id), ()),
        )
        paragraphs.append(Paragraph(numbers.get(block_id), block.kind, segments, block.boilerplate))
    return Cell(caption, tuple(paragraphs))


def _row(
    spec: RowSpec,
    comparison: Comparison,
    numbers: tuple[dict[int, int], dict[int, int]],
    highlights: _Highlights,
    placement: NotePlacement,
) -> Row:
    left_caption, right_caption = _captions(spec, *numbers)
    if spec.kind in (RowKind.LEFT_ONLY, RowKind.RIGHT_ONLY):
        left_caption += f" · {NOT_IN_OTHER}"
        right_caption += f" · {NOT_IN_OTHER}"
    elif spec.kind is RowKind.CRUFT:
        doc = comparison.left if spec.left else comparison.right
        block = doc.blocks[(spec.left or spec.right)[0]]
        reason = f"page cruft: {block.cruft_reason}" if block.cruft_reason else "page cruft"
        left_caption = right_caption = reason
    return Row(
        spec.kind,
        _cell("left", comparison.left, spec.left, left_caption, numbers[0], highlights, placement),
        _cell(
            "right", comparison.right, spec.right, right_caption, numbers[1], highlights, placement
        ),
        bool(spec.pair and spec.pair.flags),
    )


def _facts(comparison: Comparison, nl: dict[int, int], nr: dict[int, int]) -> tuple[FactRow, ...]:
    return tuple(
        FactRow(
            kind=flag.kind.value,
            left=display_text(flag.left.text),
            right=display_text(flag.right.text),
            note=flag.note,
            where=f"left {_pilcrows(pair.left, nl)} / right {_pilcrows(pair.right, nr)}",
        )
        for pair in comparison.pairs
        for flag in pair.flags
    )


def _cruft_note(comparison: Comparison, show_cruft: bool) -> str | None:
    counts = []
    for side, doc in (("left", comparison.left), ("right", comparison.right)):
        cruft = [b for b in doc.blocks if b.boilerplate]
        if cruft:
            words = sum(_words(b.text) for b in cruft)
            counts.append(f"{len(cruft)} blocks ({words} words) on the {side}")
    if not counts:
        return None
    verb = "Shown greyed" if show_cruft else "Left out"
    return f"{verb} as page cruft (navigation, teasers, bylines...): {' and '.join(counts)}."


def build_layout(
    comparison: Comparison, notes: Sequence[Note], options: ExportOptions = _DEFAULT
) -> ExportLayout:
    """The whole export, in drawing order; pure and deterministic for a fixed time stamp."""
    exported = options.exported_at or datetime.now(UTC)
    loaded = format_time(options.loaded_at or exported)
    all_rows = order_rows(comparison, options.show_cruft)
    specs, hidden = apply_filters(all_rows, options.hide_identical, options.only_one_sided)
    numbers = (_numbers(comparison.left), _numbers(comparison.right))
    placement = place_notes(comparison, specs, notes, numbers)
    highlights = _Highlights(comparison)
    rows = tuple(_row(spec, comparison, numbers, highlights, placement) for spec in specs)
    endnotes = tuple(
        Endnote(
            number=number,
            tag=note.tag,
            author=note.author,
            when=format_time(note.edited),
            quote=placement.quotes[number],
            body_html=render_note(note.body),
            refs=placement.refs[number],
            orphaned=note.orphaned,
        )
        for number, note in placement.numbered
    )
    filter_note = None
    if hidden:
        what = "identical pairs" if options.hide_identical else "rows that are not one-sided"
        filter_note = f"Filtered: {hidden} {what} not shown."
    return ExportLayout(
        title="Crosscheck comparison",
        version=__version__,
        exported_at=format_time(exported),
        sources=(
            _source_info("Left", comparison.left, loaded),
            _source_info("Right", comparison.right, loaded),
        ),
        summary=_summary(comparison, notes),
        facts=_facts(comparison, *numbers),
        rows=rows,
        cruft_note=_cruft_note(comparison, options.show_cruft),
        filter_note=filter_note,
        endnotes=endnotes,
    )
