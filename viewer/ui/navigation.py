"""Next/previous navigation over a comparison's differences, in the engine's reading order."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from viewer.annotations.model import Side
from viewer.engine.model import AlignedPair, Comparison, LinkKind
from viewer.engine.reading_order import reading_order

__all__ = ["Cursor", "Route", "Stop", "StopKind", "is_difference"]


class StopKind(Enum):
    """What a navigation stop points at: an aligned pair or a one-sided block.

    Named like ``EntryKind``'s non-cruft members, so an entry maps by name; the reader
    never stops on cruft, so ``Route`` asks the reading order for none.
    """

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


class Route:
    """The comparison's stops in reading order, and moves between them.

    The order is ``viewer.engine.reading_order``'s, the one the export's rows follow,
    so "next difference" walks the same way the printed comparison reads.

    Positions are indices into ``stops``; ``None`` means "nowhere yet", so the first
    move forward lands on the first match and the first move back on the last one.
    Moves never wrap: at either end they return ``None``.
    """

    def __init__(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.stops: tuple[Stop, ...] = tuple(
            Stop(StopKind[entry.kind.name], entry.index) for entry in reading_order(comparison)
        )
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
