"""Piecewise-linear mapping of a position in one pane to the other, between shared anchors.

Two rewritten articles have different lengths in different places, so scrolling by
percentage drifts: a paragraph added on the right pushes everything below it down.
Instead each linked paragraph gives *anchors* (its top and bottom in both panes) and a
position between two anchors is scaled linearly between them, as Meld and ReText do.

- ``linear_scale(value, from_lo, from_hi, to_lo, to_hi)``: one segment.
- ``monotone_chain(points)``: the longest run of anchors that never goes backwards on
  either side (moved paragraphs would otherwise fold the map onto itself).
- ``build_scroll_map(anchors, left_extent, right_extent)``: a ``ScrollMap``.
- ``ScrollMap.left_to_right(y)`` / ``ScrollMap.right_to_left(y)``.

>>> m = build_scroll_map([(100.0, 300.0)], 200.0, 400.0)
>>> m.left_to_right(50.0), m.left_to_right(150.0), m.right_to_left(350.0)
(150.0, 350.0, 150.0)
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from viewer.engine.sequences import longest_increasing

__all__ = ["ScrollMap", "build_scroll_map", "linear_scale", "monotone_chain"]


def linear_scale(value: float, from_lo: float, from_hi: float, to_lo: float, to_hi: float) -> float:
    """Scale ``value`` from one segment to another; a zero-length source maps to its start.

    >>> linear_scale(5, 0, 10, 100, 200)
    150.0
    >>> linear_scale(5, 5, 5, 100, 200)
    100.0
    """
    span = from_hi - from_lo
    if span <= 0:
        return float(to_lo)
    return to_lo + (value - from_lo) * (to_hi - to_lo) / span


def monotone_chain(points: Iterable[tuple[float, float]]) -> list[tuple[float, float]]:
    """Longest subsequence non-decreasing in both coordinates (patience sorting, O(n log n)).

    Points are sorted by their first coordinate first; ties keep the smaller second one.

    >>> monotone_chain([(0, 0), (1, 5), (2, 1), (3, 2), (4, 6)])
    [(0, 0), (2, 1), (3, 2), (4, 6)]
    """
    ordered = sorted(points)
    return [ordered[i] for i in longest_increasing([y for _, y in ordered], strict=False)]


@dataclass(frozen=True, slots=True)
class ScrollMap:
    """Matching anchor positions of both panes.

    Members:
      left, right: equally long, both non-decreasing; ``left[i]`` and ``right[i]`` are the
        same place in the two articles. The first anchors are (0, 0) and the last ones the
        two content extents, so every position in range maps somewhere.
    """

    left: tuple[float, ...]
    right: tuple[float, ...]

    def __post_init__(self) -> None:
        if len(self.left) != len(self.right) or not self.left:
            raise ValueError("a scroll map needs matching, non-empty anchor lists")

    def left_to_right(self, y: float) -> float:
        """Position in the right pane that shows what the left pane shows at ``y``."""
        return _map(self.left, self.right, y)

    def right_to_left(self, y: float) -> float:
        """Position in the left pane that shows what the right pane shows at ``y``."""
        return _map(self.right, self.left, y)


def _map(source: Sequence[float], target: Sequence[float], y: float) -> float:
    if y <= source[0]:
        return float(target[0])
    if y >= source[-1]:
        return float(target[-1])
    # The last anchor at or before y starts a segment of non-zero length: runs of equal
    # source anchors (a paragraph present only in the other pane) are jumped over.
    i = bisect_right(source, y) - 1
    return linear_scale(y, source[i], source[i + 1], target[i], target[i + 1])


def build_scroll_map(
    anchors: Iterable[tuple[float, float]], left_extent: float, right_extent: float
) -> ScrollMap:
    """A map through ``anchors`` (left y, right y), keeping only a consistent monotone chain.

    Anchors outside ``[0, extent]`` are dropped; the extents are clamped to be non-negative.
    """
    left_extent = max(0.0, float(left_extent))
    right_extent = max(0.0, float(right_extent))
    inside = [
        (float(a), float(b))
        for a, b in anchors
        if 0.0 <= a <= left_extent and 0.0 <= b <= right_extent
    ]
    # (0, 0) and the extents are below and above every kept anchor, so the longest
    # chain always starts and ends with them.
    chain = monotone_chain([(0.0, 0.0), *inside, (left_extent, right_extent)])
    deduped = [chain[0]]
    for point in chain[1:]:
        if point != deduped[-1]:
            deduped.append(point)
    return ScrollMap(tuple(p[0] for p in deduped), tuple(p[1] for p in deduped))
