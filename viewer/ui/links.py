"""Links between the two sides' blocks and the bands drawn for them, as plain values (no Qt).

``pair_links`` lists every (left block, right block) connection of the aligned pairs;
``LinkIndex`` finds them by block; ``visible_bands`` turns the links in view into ``Band``
values from pane geometry handed in as callables, for ``connectors`` to paint.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from viewer.annotations.model import Side
from viewer.engine.model import AlignedPair, LinkKind

__all__ = ["Band", "Link", "LinkIndex", "YRange", "link_index", "pair_links", "visible_bands"]

YRange = Callable[[int], tuple[float, float] | None]


@dataclass(frozen=True, slots=True)
class Link:
    """One (left block, right block) connection of an aligned pair.

    ``left_part``/``right_part`` are (index, count): which share of the block's extent the
    band starts from, so a block linked to three others fans out in three thin bands.
    """

    pair: int
    left: int
    right: int
    left_part: tuple[int, int]
    right_part: tuple[int, int]
    kind: LinkKind
    moved: bool


@dataclass(frozen=True, slots=True)
class Band:
    """A band to paint, in the connector widget's coordinates."""

    left_top: float
    left_bottom: float
    right_top: float
    right_bottom: float
    pair: int
    left: int
    right: int
    kind: LinkKind
    moved: bool
    current: bool


def pair_links(pairs: Sequence[AlignedPair]) -> list[Link]:
    """Every (left, right) block connection of every pair, in pair order."""
    links = []
    for index, pair in enumerate(pairs):
        nl, nr = len(pair.left), len(pair.right)
        for i, left in enumerate(pair.left):
            for j, right in enumerate(pair.right):
                # A single block shares its extent among its counterparts; n:m pairs
                # (rare) link whole extents.
                left_part = (j, nr) if nl == 1 else (0, 1)
                right_part = (i, nl) if nr == 1 else (0, 1)
                links.append(Link(index, left, right, left_part, right_part, pair.kind, pair.moved))
    return links


def _share(extent: tuple[float, float], part: tuple[int, int]) -> tuple[float, float]:
    top, bottom = extent
    index, count = part
    step = (bottom - top) / count
    return top + index * step, top + (index + 1) * step


def visible_bands(
    links: Iterable[Link],
    left_range: YRange,
    right_range: YRange,
    height: float,
    current_pair: int = -1,
) -> list[Band]:
    """Bands of ``links`` with either end inside ``[0, height]``; ends that are not shown
    (folded or unknown, the callables return None) drop the band."""
    bands = []
    for link in links:
        lr, rr = left_range(link.left), right_range(link.right)
        if lr is None or rr is None:
            continue
        (lt, lb), (rt, rb) = _share(lr, link.left_part), _share(rr, link.right_part)
        if (lb < 0 or lt > height) and (rb < 0 or rt > height):
            continue
        bands.append(
            Band(
                lt,
                lb,
                rt,
                rb,
                link.pair,
                link.left,
                link.right,
                link.kind,
                link.moved,
                link.pair == current_pair,
            )
        )
    # Current bands last, so they are painted on top.
    bands.sort(key=lambda b: b.current)
    return bands


@dataclass(frozen=True, slots=True)
class LinkIndex:
    """The links of a comparison, and per side and block id its links and its pair."""

    links: tuple[Link, ...] = ()
    links_of: Mapping[Side, Mapping[int, Sequence[Link]]] | None = None
    pair_of: Mapping[Side, Mapping[int, int]] | None = None

    def links_at(self, side: Side, block_id: int) -> Sequence[Link]:
        return self.links_of[side].get(block_id, ()) if self.links_of else ()

    def pair_at(self, side: Side, block_id: int) -> int | None:
        return self.pair_of[side].get(block_id) if self.pair_of else None


def link_index(pairs: Sequence[AlignedPair]) -> LinkIndex:
    """Every link of ``pairs``, found by either end."""
    links = pair_links(pairs)
    links_of: dict[Side, dict[int, list[Link]]] = {Side.LEFT: {}, Side.RIGHT: {}}
    pair_of: dict[Side, dict[int, int]] = {Side.LEFT: {}, Side.RIGHT: {}}
    for link in links:
        links_of[Side.LEFT].setdefault(link.left, []).append(link)
        links_of[Side.RIGHT].setdefault(link.right, []).append(link)
        pair_of[Side.LEFT][link.left] = link.pair
        pair_of[Side.RIGHT][link.right] = link.pair
    return LinkIndex(tuple(links), links_of, pair_of)
