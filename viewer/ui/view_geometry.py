"""Geometry shared by the view's parts: scroll anchors, overview marks, bands in view, fitting.

Each function reads the panes' layout (through their public geometry methods) and returns
plain values for the scroll map, the overview map or the connector strip; the view only
wires them together.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from viewer.annotations.model import Side
from viewer.engine.model import Comparison
from viewer.ui.links import Band, Link, LinkIndex, YRange, visible_bands
from viewer.ui.overview_map import ChunkTag, MapChunk
from viewer.ui.pane_model import BlockRole
from viewer.ui.text_pane import TextPane

__all__ = [
    "bands_in_view",
    "fully_visible",
    "map_chunks",
    "scroll_anchors",
    "select_offset",
    "viewport_fraction",
]

SELECT_AT = 0.2  # where a selected pair's top is put, as a fraction of the viewport


def scroll_anchors(
    comparison: Comparison | None, left: TextPane, right: TextPane
) -> list[tuple[float, float]]:
    """(left y, right y) pairs that must line up: tops and bottoms of unmoved pairs."""
    anchors: list[tuple[float, float]] = []
    if comparison is None:
        return anchors
    for pair in comparison.pairs:
        if pair.moved:
            continue
        lr = [r for i in pair.left if (r := left.block_y_range(i)) is not None]
        rr = [r for i in pair.right if (r := right.block_y_range(i)) is not None]
        if not lr or not rr:
            continue
        anchors.append((lr[0][0], rr[0][0]))
        anchors.append((lr[-1][1], rr[-1][1]))
    return anchors


def map_chunks(pane: TextPane) -> list[MapChunk]:
    """The pane's overview marks: folds, one-sided, moved and reworded rows."""
    doc, spec = pane.document(), pane.spec()
    height = pane.content_height()
    if doc is None or spec is None or height <= 0:
        return []
    lengths = {b.id: max(1, len(b.text)) for b in doc.blocks}
    chunks = []
    one_sided = ChunkTag.REMOVED if pane.side is Side.LEFT else ChunkTag.ADDED
    for index, row in enumerate(pane.rows()):
        info = spec.blocks.get(row.block_ids[0])
        if row.fold is not None:
            tag, strength = ChunkTag.FOLDED, 0.5
        elif info is None:
            continue
        elif info.role is BlockRole.ONE_SIDED:
            tag, strength = one_sided, 1.0
        elif info.moved:
            tag, strength = ChunkTag.MOVED, 1.0
        elif info.role is BlockRole.REWORDED and info.changed_chars:
            tag = ChunkTag.REWORDED
            strength = min(1.0, 2.5 * info.changed_chars / lengths[row.block_ids[0]])
        else:
            continue
        y0, y1 = pane.row_range(index)
        chunks.append(MapChunk(y0 / height, y1 / height, tag, strength))
    return chunks


def viewport_fraction(pane: TextPane) -> tuple[float, float]:
    """The part of the pane's content in view, as (top, bottom) fractions."""
    height = max(1.0, pane.content_height())
    top = pane.scroll_value() / height
    return top, min(1.0, top + pane.viewport_height() / height)


def bands_in_view(
    view: QWidget,
    strip: QWidget,
    left: TextPane,
    right: TextPane,
    links: LinkIndex,
    current_pair: int,
) -> tuple[list[Band], tuple[float, float]]:
    """Bands of the links with an end in view, in ``strip``'s coordinates, and the height
    range level with the panes' text (``view`` is a common ancestor of all three)."""
    origin = strip.y()
    candidates: dict[tuple[int, int], Link] = {}
    for side, pane in ((Side.LEFT, left), (Side.RIGHT, right)):
        for block_id in pane.visible_block_ids():
            for link in links.links_at(side, block_id):
                candidates[(link.left, link.right)] = link

    def ranges(pane: TextPane) -> YRange:
        shift = pane.viewport_top_in(view) - origin - pane.scroll_value()

        def rng(block_id: int) -> tuple[float, float] | None:
            if pane.is_folded(block_id):
                return None
            r = pane.block_y_range(block_id, force=False)
            return None if r is None else (r[0] + shift, r[1] + shift)

        return rng

    bands = visible_bands(
        candidates.values(), ranges(left), ranges(right), strip.height(), current_pair
    )
    top = left.viewport_top_in(view) - origin
    return bands, (top, top + left.viewport_height())


def select_offset(pane: TextPane, block_ids: Sequence[int]) -> float:
    """Viewport height to put selected blocks' top at: a little below the top, or
    higher if that is what it takes for them to fit."""
    ranges = [r for i in block_ids if (r := pane.block_y_range(i)) is not None]
    if not ranges:
        return 0.0
    height = ranges[-1][1] - ranges[0][0]
    room = pane.viewport_height() - height - 8
    return max(4.0, min(pane.viewport_height() * SELECT_AT, room))


def fully_visible(pane: TextPane, block_ids: Sequence[int]) -> bool:
    """Whether every one of the blocks is wholly in the pane's viewport."""
    top, height = pane.scroll_value(), pane.viewport_height()
    for block_id in block_ids:
        rng = pane.block_y_range(block_id)
        if rng is None or rng[0] < top or rng[1] > top + height:
            return False
    return True
