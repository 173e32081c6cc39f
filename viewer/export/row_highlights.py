"""What each row highlights: its own pair's word changes and fact spans, filed by block.

A block may belong to two pairs (a chain of a split and a merge cut into two stars), and
then it is printed in both rows. Each copy shows the differences of its own row: filed
per block alone, the changes against both partners had been laid over each other in
both copies, so a sentence matched in the other row looked deleted in this one.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict

from viewer.engine.model import AlignedPair, ChangeKind, Comparison, Document
from viewer.export.styles import Mark

Side = str  # "left" or "right"
MarkSpan = tuple[int, int, Mark]
FactSpan = tuple[int, int]


class RowHighlights:
    """Per side, the marked and fact spans of every pair, filed under (pair, block)."""

    def __init__(self, comparison: Comparison) -> None:
        self._docs: dict[Side, Document] = {"left": comparison.left, "right": comparison.right}
        self._starts = {side: [b.start for b in doc.blocks] for side, doc in self._docs.items()}
        self._marks: dict[tuple[Side, int, int], list[MarkSpan]] = defaultdict(list)
        self._facts: dict[tuple[Side, int, int], list[FactSpan]] = defaultdict(list)
        self._pairs_of: dict[tuple[Side, int], list[AlignedPair]] = defaultdict(list)
        for pair in comparison.pairs:
            self._file_pair(pair)
        for pair in comparison.pairs:
            self._file_facts(pair)

    def _file_pair(self, pair: AlignedPair) -> None:
        key = id(pair)
        for block_id in pair.left:
            self._pairs_of["left", block_id].append(pair)
        for block_id in pair.right:
            self._pairs_of["right", block_id].append(pair)
        for change in pair.changes:
            if change.kind is not ChangeKind.INSERT:
                old = Mark.DELETED if change.kind is ChangeKind.DELETE else Mark.REPLACED_OLD
                for block_id in self._blocks("left", change.left.start, change.left.end):
                    self._marks["left", key, block_id].append(
                        (change.left.start, change.left.end, old)
                    )
            if change.kind is not ChangeKind.DELETE:
                new = Mark.INSERTED if change.kind is ChangeKind.INSERT else Mark.REPLACED_NEW
                for block_id in self._blocks("right", change.right.start, change.right.end):
                    self._marks["right", key, block_id].append(
                        (change.right.start, change.right.end, new)
                    )

    def _file_facts(self, pair: AlignedPair) -> None:
        """A fact span is filed under its pair, or, where its block is in another pair (a
        fact moved between paragraphs: engine.moved_facts), under the pairs that hold it."""
        for flag in pair.flags:
            for side, span in (("left", flag.left), ("right", flag.right)):
                for block_id in self._blocks(side, span.start, span.end):
                    holders = self._pairs_of.get((side, block_id), [])
                    mine = any(h is pair for h in holders)
                    rows = [pair] if mine or not holders else holders
                    for row in rows:
                        self._facts[side, id(row), block_id].append((span.start, span.end))

    def _blocks(self, side: Side, start: int, end: int) -> list[int]:
        """Ids of the blocks a span overlaps (usually one: found by bisection)."""
        starts = self._starts[side]
        first = max(bisect_right(starts, start) - 1, 0)
        last = bisect_left(starts, end) - 1
        blocks = self._docs[side].blocks
        return [blocks[i].id for i in range(first, max(last, first) + 1)]

    def marks(self, side: Side, pair: AlignedPair | None, block_id: int) -> list[MarkSpan]:
        """The word changes of ``pair`` in the block (none for a row without a pair)."""
        return self._marks.get((side, id(pair), block_id), []) if pair is not None else []

    def facts(self, side: Side, pair: AlignedPair | None, block_id: int) -> list[FactSpan]:
        """The fact spans of ``pair`` in the block."""
        return self._facts.get((side, id(pair), block_id), []) if pair is not None else []

    def other_pairs(self, side: Side, pair: AlignedPair, block_id: int) -> list[AlignedPair]:
        """The pairs besides ``pair`` that the block also belongs to."""
        return [p for p in self._pairs_of.get((side, block_id), ()) if p is not pair]
