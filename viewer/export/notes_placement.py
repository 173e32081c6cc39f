"""Where each note's numbered marker goes, and the numbering: order of first appearance."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from viewer.annotations.model import LINK_JOINER, Note, Side
from viewer.engine.model import Comparison, Document
from viewer.export.row_order import RowSpec
from viewer.export.segments import display_text

QUOTE_LIMIT = 160


@dataclass
class NotePlacement:
    """Markers per ``(side, block id)`` as ``(offset, number)``, and per-note details.

    ``refs[number]`` lists ``(side, ¶ number or None, row index)`` for each marker, which
    the exporters turn into back-references (links in HTML, "page n" in PDF).
    """

    markers: dict[tuple[str, int], list[tuple[int, int]]] = field(default_factory=dict)
    numbered: list[tuple[int, Note]] = field(default_factory=list)
    quotes: dict[int, str] = field(default_factory=dict)
    refs: dict[int, tuple[tuple[str, int | None, int], ...]] = field(default_factory=dict)


def _block_at(doc: Document, starts: list[int], offset: int) -> int | None:
    """Id of the block holding ``offset``; the gap after a block counts as that block."""
    index = bisect_right(starts, offset) - 1
    return doc.blocks[index].id if index >= 0 else (doc.blocks[0].id if doc.blocks else None)


def _short(text: str) -> str:
    text = display_text(text).strip()
    return text if len(text) <= QUOTE_LIMIT else text[: QUOTE_LIMIT - 1].rstrip() + "…"


def place_notes(
    comparison: Comparison,
    specs: Sequence[RowSpec],
    notes: Sequence[Note],
    numbers: tuple[dict[int, int], dict[int, int]],
) -> NotePlacement:
    """Number notes by where their first marker appears; notes without a visible place
    (orphaned, or anchored in text this export leaves out) come last, in their own order.
    """
    docs = {"left": comparison.left, "right": comparison.right}
    starts = {side: [b.start for b in doc.blocks] for side, doc in docs.items()}
    row_of: dict[tuple[str, int], int] = {}
    for index, spec in enumerate(specs):
        row_of.update((("left", b), index) for b in spec.left)
        row_of.update((("right", b), index) for b in spec.right)
    spots: dict[int, list[tuple[int, int, int, str, int]]] = defaultdict(list)
    for note_index, note in enumerate(notes):
        if note.orphaned:
            continue
        for anchor in note.anchors:
            side = "left" if anchor.side is Side.LEFT else "right"
            doc = docs[side]
            offset = min(max(anchor.position.end, 0), len(doc.text))
            block = _block_at(doc, starts[side], offset)
            row = row_of.get((side, block)) if block is not None else None
            if row is not None:
                offset = min(offset, doc.blocks[block].end)
                spot = (row, 0 if side == "left" else 1, offset, side, block)
                if spot not in spots[note_index]:
                    spots[note_index].append(spot)
    order = sorted(
        range(len(notes)),
        key=lambda i: (0, min(spots[i]), i) if spots[i] else (1, (0, 0, 0, "", 0), i),
    )
    placement = NotePlacement()
    for number, note_index in enumerate(order, start=1):
        note = notes[note_index]
        placement.numbered.append((number, note))
        # A note on both sides (a link, a fact change) quotes both, as the notes list does.
        placement.quotes[number] = LINK_JOINER.join(_short(a.quote.exact) for a in note.anchors)
        refs = []
        for row, _rank, offset, side, block in sorted(spots[note_index]):
            placement.markers.setdefault((side, block), []).append((offset, number))
            pilcrow = numbers[0 if side == "left" else 1].get(block)
            refs.append((side, pilcrow, row))
        placement.refs[number] = tuple(refs)
    return placement
