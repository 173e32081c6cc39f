"""Reading order of a comparison's differences, for next/previous navigation (no Qt)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from viewer.annotations.model import Side
from viewer.engine.model import AlignedPair, Comparison, LinkKind

__all__ = ["Cursor", "Route", "Stop", "StopKind", "is_difference"]


class StopKind(Enum):
    """What a navigation stop points at: an aligned pair or a one-sided block."""

    PAIR = "pair"
    LEFT_ONLY = "left_only"
    RIGHT_ONLY = "right_only"


@dataclass(frozen=True, slots=True)
class Stop:
    """One place the eye can land on; ``index`` is a pair index or a block id."""

    kind: StopKind
    index: int

    @property
    def side(self) -> Side | None:
        """The side of a one-sided stop; ``None`` for a pair."""
        if self.kind is StopKind.LEFT_ONLY:
            return Side.LEFT
        if self.kind is StopKind.RIGHT_ONLY:
            return Side.RIGHT
        return None

    @property
    def one_sided(self) -> bool:
        return self.kind is not StopKind.PAIR


def is_difference(pair: AlignedPair) -> bool:
    """A pair worth stopping at: reworded, moved, or carrying any word change or flag."""
    return pair.kind is not LinkKind.SAME or pair.moved or bool(pair.changes) or bool(pair.flags)


def _reading_order(comparison: Comparison) -> list[Stop]:
    """Pairs and one-sided blocks in the left side's order, right-only blocks interleaved.

    A right-only block goes just after the pair holding the nearest right block above it,
    preferring pairs that did not move (a moved pair's left position says nothing about
    where the right-only block sits); with no such pair it goes first. Several right-only
    blocks anchored on the same pair keep their right-side order.
    """
    left_pos = {b.id: i for i, b in enumerate(comparison.left.blocks)}
    right_pos = {b.id: i for i, b in enumerate(comparison.right.blocks)}
    far = len(left_pos) + 1

    # Sort key: (left position, tie-break, right position). Right-only blocks sort after
    # their anchor pair (tie-break 1) and before the next left block.
    keyed: list[tuple[tuple[float, int, int], Stop]] = []
    for index, pair in enumerate(comparison.pairs):
        first_left = min((left_pos.get(b, far) for b in pair.left), default=far)
        first_right = min((right_pos.get(b, far) for b in pair.right), default=far)
        keyed.append(((first_left, 0, first_right), Stop(StopKind.PAIR, index)))
    for block_id in comparison.left_only:
        keyed.append(((left_pos.get(block_id, far), 0, -1), Stop(StopKind.LEFT_ONLY, block_id)))

    anchors = _right_anchors(comparison, left_pos, right_pos)
    anchor_rows = sorted(anchors)
    for block_id in comparison.right_only:
        row = right_pos.get(block_id, far)
        at = bisect_left(anchor_rows, (row,)) - 1
        anchor_left = anchor_rows[at][1] if at >= 0 else -1
        keyed.append(((anchor_left, 1, row), Stop(StopKind.RIGHT_ONLY, block_id)))

    keyed.sort(key=lambda item: item[0])
    return [stop for _, stop in keyed]


def _right_anchors(
    comparison: Comparison, left_pos: dict[int, int], right_pos: dict[int, int]
) -> list[tuple[int, int]]:
    """(right row, left row) of each linked right block, from pairs that did not move.

    Falls back to all pairs when every pair moved, so right-only blocks still find a place.
    """
    pairs = [p for p in comparison.pairs if not p.moved] or list(comparison.pairs)
    rows = []
    for pair in pairs:
        left_row = min((left_pos[b] for b in pair.left if b in left_pos), default=None)
        if left_row is None:
            continue
        rows.extend((right_pos[b], left_row) for b in pair.right if b in right_pos)
    return rows


class Route:
    """The comparison's stops in reading order, and moves between them.

    Positions are indices into ``stops``; ``None`` means "nowhere yet", so the first
    move forward lands on the first match and the first move back on the last one.
    Moves never wrap: at either end they return ``None``.
    """

    def __init__(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.stops: tuple[Stop, ...] = tuple(_reading_order(comparison))
        self._position = {stop: i for i, stop in enumerate(self.stops)}
        self._pair_of_block: dict[tuple[Side, int], int] = {}
        for index, pair in enumerate(comparison.pairs):
            for block_id in pair.left:
                self._pair_of_block[(Side.LEFT, block_id)] = index
            for block_id in pair.right:
                self._pair_of_block[(Side.RIGHT, block_id)] = index

    def position_of(self, stop: Stop) -> int | None:
        return self._position.get(stop)

    def stop_for_block(self, side: Side, block_id: int) -> Stop | None:
        """The stop a clicked block belongs to; ``None`` for cruft or unknown blocks."""
        pair = self._pair_of_block.get((side, block_id))
        if pair is not None:
            return Stop(StopKind.PAIR, pair)
        kind = StopKind.LEFT_ONLY if side is Side.LEFT else StopKind.RIGHT_ONLY
        stop = Stop(kind, block_id)
        return stop if stop in self._position else None

    def is_difference(self, stop: Stop) -> bool:
        if stop.kind is StopKind.PAIR:
            return is_difference(self.comparison.pairs[stop.index])
        return True

    def next_difference(self, position: int | None, backwards: bool = False) -> int | None:
        """Position of the next (or previous) changed pair or one-sided block."""
        return self._scan(position, backwards, self.is_difference)

    def next_one_sided(self, position: int | None, backwards: bool = False) -> int | None:
        """Position of the next (or previous) paragraph found on one side only."""
        return self._scan(position, backwards, lambda stop: stop.one_sided)

    def _scan(
        self, position: int | None, backwards: bool, wanted: Callable[[Stop], bool]
    ) -> int | None:
        if backwards:
            start = len(self.stops) - 1 if position is None else position - 1
            indices = range(start, -1, -1)
        else:
            start = 0 if position is None else position + 1
            indices = range(start, len(self.stops))
        return next((i for i in indices if wanted(self.stops[i])), None)


class Cursor:
    """Where the reader is on a Route; moves from there, and follows their clicks.

    The window tells the cursor when the reader selects a block or the view reports a
    current pair, so "next difference" continues from what is on screen, not from the
    last place the keyboard went.
    """

    def __init__(self, route: Route) -> None:
        self.route = route
        self.position: int | None = None

    def follow_pair(self, index: int) -> None:
        if 0 <= index < len(self.route.comparison.pairs):
            self.position = self.route.position_of(Stop(StopKind.PAIR, index))

    def follow_block(self, side: Side, block_id: int) -> None:
        stop = self.route.stop_for_block(side, block_id)
        if stop is not None:
            self.position = self.route.position_of(stop)

    def step(self, one_sided: bool = False, backwards: bool = False) -> Stop | None:
        """Move to the next difference (or one-sided paragraph); ``None`` at the end."""
        move = self.route.next_one_sided if one_sided else self.route.next_difference
        found = move(self.position, backwards)
        if found is None:
            return None
        self.position = found
        return self.route.stops[found]
