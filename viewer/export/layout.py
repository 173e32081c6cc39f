"""The export as rows of side-by-side cells: one pure, Qt-free model for HTML and PDF."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from viewer import __version__
from viewer.annotations.fact_notes import dismissed_places
from viewer.annotations.model import Note
from viewer.engine.model import AlignedPair, BlockKind, Comparison, Document, LinkKind, Span
from viewer.engine.moved_facts import flagged_pairs
from viewer.export.note_markup import render_note
from viewer.export.notes_placement import NotePlacement, place_notes
from viewer.export.options import ExportOptions
from viewer.export.row_highlights import RowHighlights
from viewer.export.row_order import RowKind, RowSpec, apply_filters, order_rows
from viewer.export.segments import Segment, block_segments, display_text

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


def _cell(
    side: str,
    doc: Document,
    spec: RowSpec,
    caption: str,
    numbers: dict[int, int],
    highlights: RowHighlights,
    placement: NotePlacement,
) -> Cell | None:
    ids = spec.left if side == "left" else spec.right
    if not ids:
        return None
    paragraphs = []
    for block_id in ids:
        block = doc.blocks[block_id]
        segments = block_segments(
            doc.text,
            block,
            highlights.marks(side, spec.pair, block_id),
            highlights.facts(side, spec.pair, block_id),
            placement.markers.get((side, block_id), ()),
        )
        paragraphs.append(Paragraph(numbers.get(block_id), block.kind, segments, block.boilerplate))
    return Cell(caption, tuple(paragraphs))


def _row(
    spec: RowSpec,
    comparison: Comparison,
    numbers: tuple[dict[int, int], dict[int, int]],
    highlights: RowHighlights,
    placement: NotePlacement,
    flagged: frozenset[int],
) -> Row:
    """One row; ``flagged``: the ids of the pairs with a fact change (moved_facts)."""
    left_caption, right_caption = _captions(spec, *numbers)
    if spec.pair is not None:
        left_caption += _shared(highlights, "left", spec.pair, *numbers)
        right_caption += _shared(highlights, "right", spec.pair, *numbers)
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
        _cell("left", comparison.left, spec, left_caption, numbers[0], highlights, placement),
        _cell("right", comparison.right, spec, right_caption, numbers[1], highlights, placement),
        spec.pair is not None and id(spec.pair) in flagged,
    )


def _shared(
    highlights: RowHighlights,
    side: str,
    pair: AlignedPair,
    nl: dict[int, int],
    nr: dict[int, int],
) -> str:
    """' · ¶4 also beside ¶6 on the right' for a block this row shares with another pair,
    so a reader knows why the paragraph is printed twice, highlighted differently."""
    mine, theirs, other_side = (nl, nr, "right") if side == "left" else (nr, nl, "left")
    notes = []
    for block_id in pair.left if side == "left" else pair.right:
        for other in highlights.other_pairs(side, pair, block_id):
            partners = other.right if side == "left" else other.left
            where = _pilcrows(partners, theirs)
            notes.append(
                f" · {_pilcrows((block_id,), mine)} also beside {where} on the {other_side}"
            )
    return "".join(notes)


def _facts(comparison: Comparison, nl: dict[int, int], nr: dict[int, int]) -> tuple[FactRow, ...]:
    return tuple(
        FactRow(
            kind=flag.kind.value,
            left=display_text(flag.left.text),
            right=display_text(flag.right.text),
            note=flag.note,
            where=(
                f"left {_pilcrows(_held_by(comparison.left, pair.left, flag.left), nl)}"
                f" / right {_pilcrows(_held_by(comparison.right, pair.right, flag.right), nr)}"
            ),
        )
        for pair in comparison.pairs
        for flag in pair.flags
    )


def _held_by(doc: Document, ids: Sequence[int], span: Span) -> Sequence[int]:
    """The pair's paragraphs, or the one the flagged words stand in when that is another:
    a fact moved between paragraphs is flagged across two pairs (engine.moved_facts)."""
    if any(doc.blocks[i].start <= span.start <= doc.blocks[i].end for i in ids):
        return ids
    return [b.id for b in doc.blocks if b.start <= span.start <= b.end][:1] or ids


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
    highlights = RowHighlights(comparison)
    flagged = frozenset(id(comparison.pairs[k]) for k in flagged_pairs(comparison))
    rows = tuple(_row(spec, comparison, numbers, highlights, placement, flagged) for spec in specs)
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
