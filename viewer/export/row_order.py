"""The export's rows, in the engine's reading order: one per pair, one-sided or cruft block."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from viewer.engine.model import AlignedPair, Comparison, LinkKind
from viewer.engine.reading_order import Entry, EntryKind, known_blocks, reading_order


class RowKind(Enum):
    """What a row shows: a link, a block on one side only, or a block of page cruft."""

    PAIR = "pair"
    LEFT_ONLY = "left-only"
    RIGHT_ONLY = "right-only"
    CRUFT = "cruft"


@dataclass(frozen=True, slots=True)
class RowSpec:
    """One row before rendering: block ids per side and the pair they come from."""

    kind: RowKind
    left: tuple[int, ...] = ()
    right: tuple[int, ...] = ()
    pair: AlignedPair | None = None


def order_rows(comparison: Comparison, show_cruft: bool) -> list[RowSpec]:
    """All rows in reading order; every pair and every body block shows up.

    A pair is one row (its left blocks beside its right blocks, so linked paragraphs sit
    level); a one-sided block gets a row of its own. The order is the one the window's
    navigation walks (``viewer.engine.reading_order``), so both read alike.
    Pairs that break the engine's invariants (overlapping pairs, a body block in no
    pair and no one-sided list) still get rows, so the export never drops text; block
    ids a document does not have are left out, as there is no text to draw for them.
    """
    rows = (_row(comparison, entry) for entry in reading_order(comparison, show_cruft))
    return [row for row in rows if row.left or row.right]


def _row(comparison: Comparison, entry: Entry) -> RowSpec:
    if entry.kind is EntryKind.PAIR:
        pair = comparison.pairs[entry.index]
        left = known_blocks(comparison.left, pair.left)
        return RowSpec(RowKind.PAIR, left, known_blocks(comparison.right, pair.right), pair)
    kind, on_left = _ONE_SIDED[entry.kind]
    return RowSpec(kind, left=(entry.index,)) if on_left else RowSpec(kind, right=(entry.index,))


_ONE_SIDED = {
    EntryKind.LEFT_ONLY: (RowKind.LEFT_ONLY, True),
    EntryKind.RIGHT_ONLY: (RowKind.RIGHT_ONLY, False),
    EntryKind.LEFT_CRUFT: (RowKind.CRUFT, True),
    EntryKind.RIGHT_CRUFT: (RowKind.CRUFT, False),
}


def is_identical(row: RowSpec) -> bool:
    """A link with the same words on both sides and no fact change."""
    pair = row.pair
    return pair is not None and pair.kind is LinkKind.SAME and not pair.changes and not pair.flags


def apply_filters(
    rows: list[RowSpec], hide_identical: bool, only_one_sided: bool
) -> tuple[list[RowSpec], int]:
    """Rows the window's filters keep, and how many they hid."""
    kept = [
        row
        for row in rows
        if not (hide_identical and is_identical(row))
        and not (only_one_sided and row.kind not in (RowKind.LEFT_ONLY, RowKind.RIGHT_ONLY))
    ]
    return kept, len(rows) - len(kept)
