"""Reading order of the export's rows: left article order, right-only blocks slotted in.

Each aligned pair is one row (its left blocks beside its right blocks, so linked
paragraphs sit level); a one-sided block gets a row of its own. Rows follow the left
article; a right-only block goes after the row holding the right block that precedes it,
skipping moved pairs, whose position says nothing about the right article's flow.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from enum import Enum

from viewer.engine.model import AlignedPair, Comparison, LinkKind


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

    Pairs that break the engine's invariants (overlapping pairs, a body block in no
    pair and no one-sided list) still get rows, so the export never drops text.
    """
    left_doc, right_doc = comparison.left, comparison.right
    paired_left = {b for p in comparison.pairs for b in p.left}
    paired_right = {b for p in comparison.pairs for b in p.right}
    opening: dict[int, list[AlignedPair]] = defaultdict(list)
    for pair in comparison.pairs:
        if pair.left:
            opening[min(pair.left)].append(pair)
    rows: list[RowSpec] = []
    row_of_right: dict[int, int] = {}
    for block in left_doc.blocks:
        if block.id in opening:
            for pair in opening[block.id]:
                if not pair.moved:
                    row_of_right.update((r, len(rows)) for r in pair.right)
                rows.append(RowSpec(RowKind.PAIR, pair.left, pair.right, pair))
        elif block.id in paired_left:
            continue
        elif not block.boilerplate:
            rows.append(RowSpec(RowKind.LEFT_ONLY, left=(block.id,)))
        elif show_cruft:
            rows.append(RowSpec(RowKind.CRUFT, left=(block.id,)))
    inserts: dict[int, list[RowSpec]] = defaultdict(list)
    anchor = -1
    rightward: dict[int, list[AlignedPair]] = defaultdict(list)
    for pair in comparison.pairs:
        if pair.right and not pair.left:
            rightward[min(pair.right)].append(pair)
    for block in right_doc.blocks:
        if block.id in row_of_right:
            anchor = row_of_right[block.id]
        elif block.id in rightward:
            inserts[anchor].extend(
                RowSpec(RowKind.PAIR, (), p.right, p) for p in rightward[block.id]
            )
        elif block.id in paired_right:
            continue
        elif not block.boilerplate:
            inserts[anchor].append(RowSpec(RowKind.RIGHT_ONLY, right=(block.id,)))
        elif show_cruft:
            inserts[anchor].append(RowSpec(RowKind.CRUFT, right=(block.id,)))
    ordered = list(inserts.get(-1, []))
    for index, row in enumerate(rows):
        ordered.append(row)
        ordered.extend(inserts.get(index, []))
    return ordered


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
