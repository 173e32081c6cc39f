"""Reading order of a comparison: pairs and one-sided blocks in left order, right-only slotted in.

Shared by the window's next/previous navigation and the export's rows, so both walk the
comparison in the same order. Rules, including the edge cases where the two used to differ:

- Pairs follow their first left block; pairs opening on the same block keep list order.
- A right-only block (and a pair with no known left block) goes just after the entry
  holding the nearest right block above it, skipping moved pairs: a moved pair's left
  position says nothing about where the right article's flow goes. With no anchor above
  it goes first. If *every* pair moved, moved pairs anchor too: otherwise all right-only
  text would pile up at the top, far from the paragraphs it sits between (navigation
  did this; the export used to put it first). A pair with no left block is slotted by
  its right block like a right-only one (the export did this; navigation put it last).
- One-sided means "known block in no pair": a body block, or any block the comparison
  lists as one-sided. A body block the engine forgot to list still shows (never lose
  text; navigation used to skip it); unpaired unlisted cruft is cruft. Ids a document
  does not have are dropped from one-sided lists (navigation gave them stops at the
  end), and a pair with no block in either document goes last (the export dropped
  pairs with no known left block, and their right text with them).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from enum import Enum

from viewer.engine.model import Comparison, Document

__all__ = ["Entry", "EntryKind", "known_blocks", "reading_order"]


class EntryKind(Enum):
    """What an entry points at: an aligned pair, a one-sided block, or page cruft."""

    PAIR = "pair"
    LEFT_ONLY = "left_only"
    RIGHT_ONLY = "right_only"
    LEFT_CRUFT = "left_cruft"
    RIGHT_CRUFT = "right_cruft"


@dataclass(frozen=True, slots=True)
class Entry:
    """One place in the reading order; ``index`` is a pair index or a block id."""

    kind: EntryKind
    index: int


def known_blocks(doc: Document, ids: tuple[int, ...]) -> tuple[int, ...]:
    """The ids the document has, in their given order: callers can look them all up."""
    present = {b.id for b in doc.blocks}
    return tuple(i for i in ids if i in present)


def reading_order(comparison: Comparison, with_cruft: bool = False) -> list[Entry]:
    """Every pair and one-sided block once (and cruft blocks when asked), in reading order."""
    spine = _left_spine(comparison, with_cruft)
    anchors = _anchors(comparison, spine)
    inserts = _right_inserts(comparison, anchors, with_cruft)
    ordered = list(inserts.get(-1, ()))
    for at, entry in enumerate(spine):
        ordered.append(entry)
        ordered.extend(inserts.get(at, ()))
    return ordered + _stray_pairs(comparison)


def _one_sided(
    doc: Document, paired: set[int], listed: tuple[int, ...]
) -> tuple[set[int], set[int]]:
    """Ids of blocks to show on one side only, and ids of unpaired cruft.

    A listed block counts as one-sided even if flagged as cruft: the view tints it as
    one-sided, so navigation and export treat it the same way.
    """
    listed_ids = set(listed)
    one_sided, cruft = set(), set()
    for block in doc.blocks:
        if block.id in paired:
            continue
        if not block.boilerplate or block.id in listed_ids:
            one_sided.add(block.id)
        else:
            cruft.add(block.id)
    return one_sided, cruft


def _left_spine(comparison: Comparison, with_cruft: bool) -> list[Entry]:
    """Pairs with a known left block, left-only blocks and left cruft, in left order."""
    opening: dict[int, list[int]] = defaultdict(list)
    position = {b.id: i for i, b in enumerate(comparison.left.blocks)}
    for index, pair in enumerate(comparison.pairs):
        rows = [position[b] for b in pair.left if b in position]
        if rows:
            opening[min(rows)].append(index)
    paired = {b for pair in comparison.pairs for b in pair.left}
    one_sided, cruft = _one_sided(comparison.left, paired, comparison.left_only)
    spine: list[Entry] = []
    for row, block in enumerate(comparison.left.blocks):
        spine.extend(Entry(EntryKind.PAIR, index) for index in opening.get(row, ()))
        if block.id in one_sided:
            spine.append(Entry(EntryKind.LEFT_ONLY, block.id))
        elif with_cruft and block.id in cruft:
            spine.append(Entry(EntryKind.LEFT_CRUFT, block.id))
    return spine


def _anchors(comparison: Comparison, spine: list[Entry]) -> dict[int, int]:
    """Right block id -> spine position of the latest pair holding it that may anchor.

    Moved pairs may not, unless every pair on the spine moved.
    """
    pairs = [
        (at, comparison.pairs[entry.index])
        for at, entry in enumerate(spine)
        if entry.kind is EntryKind.PAIR
    ]
    steady = [(at, p) for at, p in pairs if not p.moved] or pairs
    return {block: at for at, pair in steady for block in pair.right}


def _right_inserts(
    comparison: Comparison, anchors: dict[int, int], with_cruft: bool
) -> dict[int, list[Entry]]:
    """Right-side entries off the spine, filed under the spine position they follow (-1: first).

    Walking the right article keeps them in right order, and each one follows the anchor
    of the nearest right block above it.
    """
    left_known = {b.id for b in comparison.left.blocks}
    right_pos = {b.id: i for i, b in enumerate(comparison.right.blocks)}
    rightward: dict[int, list[int]] = defaultdict(list)
    for index, pair in enumerate(comparison.pairs):
        rows = [right_pos[b] for b in pair.right if b in right_pos]
        if rows and not any(b in left_known for b in pair.left):
            rightward[min(rows)].append(index)
    paired = {b for pair in comparison.pairs for b in pair.right}
    one_sided, cruft = _one_sided(comparison.right, paired, comparison.right_only)
    inserts: dict[int, list[Entry]] = defaultdict(list)
    anchor = -1
    for row, block in enumerate(comparison.right.blocks):
        anchor = anchors.get(block.id, anchor)
        inserts[anchor].extend(Entry(EntryKind.PAIR, index) for index in rightward.get(row, ()))
        if block.id in one_sided:
            inserts[anchor].append(Entry(EntryKind.RIGHT_ONLY, block.id))
        elif with_cruft and block.id in cruft:
            inserts[anchor].append(Entry(EntryKind.RIGHT_CRUFT, block.id))
    return inserts


def _stray_pairs(comparison: Comparison) -> list[Entry]:
    """Pairs naming no block of either document: kept, last, so none goes missing."""
    left_known = {b.id for b in comparison.left.blocks}
    right_known = {b.id for b in comparison.right.blocks}
    return [
        Entry(EntryKind.PAIR, index)
        for index, pair in enumerate(comparison.pairs)
        if not any(b in left_known for b in pair.left)
        and not any(b in right_known for b in pair.right)
    ]
