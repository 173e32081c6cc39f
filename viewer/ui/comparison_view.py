"""The side-by-side comparison: two panes, connector bands, overview map, synced scrolling."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from viewer.annotations.model import Side
from viewer.engine.model import Comparison
from viewer.engine.scrollmap import build_scroll_map
from viewer.ui.connectors import ConnectorMap, Link, YRange, pair_links, visible_bands
from viewer.ui.highlighting import BlockRole, PaneSpec, pane_spec
from viewer.ui.legend import Legend
from viewer.ui.overview_map import ChunkTag, MapChunk, OverviewMap
from viewer.ui.scroll_sync import ScrollSync
from viewer.ui.text_pane import TextPane
from viewer.ui.theme import Theme, dark_palette, palette_is_dark, theme_for

__all__ = ["ComparisonView", "Side", "ViewOptions"]

MIN_FONT, MAX_FONT = 6, 40
_SELECT_AT = 0.2  # where a selected pair's top is put, as a fraction of the viewport
_MAX_FIND_MARKS = 5000


@dataclass(frozen=True)
class ViewOptions:
    """How the comparison is shown; filters fold non-matching blocks behind a strip."""

    show_cruft: bool = False
    hide_identical: bool = False
    only_one_sided: bool = False
    only_flagged: bool = False
    font_point_size: int = 11
    wrap_width: int = 0  # 0 = wrap at widget width, else max characters per line


class ComparisonView(QWidget):
    """Shows a ``Comparison``; paints from it and reports what the user picks.

    Members:
      block_clicked(str, int): side value ("left"/"right") and id of a clicked block.
      current_pair_changed(int): index into ``comparison.pairs``, -1 for none.
      selection_changed(): the text selection in a pane changed.
    """

    block_clicked = Signal(str, int)
    current_pair_changed = Signal(int)
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._comparison: Comparison | None = None
        self._options = ViewOptions()
        self._dark: bool | None = None  # None: follow the palette
        self._theme: Theme = theme_for(palette_is_dark(self.palette()))
        self._current_pair = -1
        self._links: list[Link] = []
        self._links_of: dict[Side, dict[int, list[Link]]] = {Side.LEFT: {}, Side.RIGHT: {}}
        self._pair_of: dict[Side, dict[int, int]] = {Side.LEFT: {}, Side.RIGHT: {}}
        self._find_text = ""
        self._matches: list[tuple[Side, int, int]] = []
        self._find_index = -1
        self._panes = {side: TextPane(side, self) for side in Side}
        self.connectors = ConnectorMap(self)
        self._bands_dirty = False
        self.connectors.installEventFilter(self)
        self.overview = OverviewMap(self)
        self.legend = Legend(self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self._panes[Side.LEFT], 1)
        row.addWidget(self.connectors)
        row.addWidget(self._panes[Side.RIGHT], 1)
        row.addWidget(self.overview)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        outer.addLayout(row, 1)
        outer.addWidget(self.legend)
        left, right = self._panes[Side.LEFT], self._panes[Side.RIGHT]
        self._sync = ScrollSync(
            left.editor.verticalScrollBar(),
            right.editor.verticalScrollBar(),
            lambda: (left.viewport_height(), right.viewport_height()),
            self,
        )
        self._geometry_timer = QTimer(self)
        self._geometry_timer.setSingleShot(True)
        self._geometry_timer.setInterval(40)
        self._geometry_timer.timeout.connect(self.refresh_geometry)
        for side, pane in self._panes.items():
            pane.scrolled.connect(self._on_scrolled)
            pane.layout_changed.connect(self._geometry_timer.start)
            pane.block_clicked.connect(lambda block_id, s=side: self._on_block_clicked(s, block_id))
            pane.selection_changed.connect(self.selection_changed)
            pane.zoom_requested.connect(self.zoom)
        self.connectors.band_clicked.connect(self._on_band_clicked)
        self.overview.scroll_requested.connect(self._on_overview_request)
        self._apply_options(self._options, rebuild=False)
        self._apply_theme()

    # -- public interface ----------------------------------------------------------------

    def set_comparison(self, comparison: Comparison | None) -> None:
        self._comparison = comparison
        self._current_pair = -1
        self._links = pair_links(comparison.pairs) if comparison else []
        self._links_of = {Side.LEFT: {}, Side.RIGHT: {}}
        self._pair_of = {Side.LEFT: {}, Side.RIGHT: {}}
        for link in self._links:
            self._links_of[Side.LEFT].setdefault(link.left, []).append(link)
            self._links_of[Side.RIGHT].setdefault(link.right, []).append(link)
            self._pair_of[Side.LEFT][link.left] = link.pair
            self._pair_of[Side.RIGHT][link.right] = link.pair
        self._reset_find()
        for side, pane in self._panes.items():
            doc = (
                None
                if comparison is None
                else (comparison.left, comparison.right)[side is Side.RIGHT]
            )
            pane.set_content(doc, self._spec(side))
        self.refresh_geometry()
        self.current_pair_changed.emit(-1)

    def comparison(self) -> Comparison | None:
        return self._comparison

    def set_options(self, options: ViewOptions) -> None:
        if options != self._options:
            self._apply_options(options, rebuild=True)

    def options(self) -> ViewOptions:
        return self._options

    def pane(self, side: Side) -> TextPane:
        return self._panes[side]

    def current_pair(self) -> int:
        return self._current_pair

    def zoom(self, steps: int) -> None:
        size = min(MAX_FONT, max(MIN_FONT, self._options.font_point_size + steps))
        self.set_options(replace(self._options, font_point_size=size))

    def set_dark(self, dark: bool) -> None:
        """Use the dark (or light) colours; gives the view a matching palette if needed."""
        self._dark = dark
        if palette_is_dark(self.palette()) != dark:
            self.setPalette(dark_palette(self.palette()) if dark else QPalette())
        self._apply_theme()

    def theme(self) -> Theme:
        return self._theme

    def select_pair(self, index: int) -> None:
        """Make pair ``index`` current and scroll both panes so its blocks show together."""
        comparison = self._comparison
        if comparison is None or not 0 <= index < len(comparison.pairs):
            self._set_current(-1, [], [])
            return
        pair = comparison.pairs[index]
        left, right = self._panes[Side.LEFT], self._panes[Side.RIGHT]
        left.expand_blocks(pair.left)
        right.expand_blocks(pair.right)
        self.refresh_geometry()
        self._set_current(index, pair.left, pair.right)
        if not (self._fully_visible(left, pair.left) and self._fully_visible(right, pair.right)):
            with self._sync.suspended():
                at = min(self._select_at(left, pair.left), self._select_at(right, pair.right))
                left.scroll_block_to(pair.left[0], at)
                top = left.block_y_range(pair.left[0])
                at = top[0] - left.scroll_value() if top else 0
                right.scroll_block_to(pair.right[0], at)
        self._update_bands()

    def select_block(self, side: Side, block_id: int) -> None:
        """Make a block current (its pair, if it has one) and scroll it into view."""
        pair = self._pair_of[side].get(block_id)
        if pair is not None:
            self.select_pair(pair)
            return
        pane = self._panes[side]
        pane.expand_blocks([block_id])
        self.refresh_geometry()
        ids = [block_id]
        self._set_current(-1, ids if side is Side.LEFT else [], ids if side is Side.RIGHT else [])
        if not self._fully_visible(pane, ids):
            pane.scroll_block_to(block_id, self._select_at(pane, ids))

    def find(self, text: str, backwards: bool = False) -> bool:
        """Highlight all matches of ``text`` in both articles and move to the next one."""
        if not text:
            self.clear_find()
            return False
        if text != self._find_text:
            self._find_text = text
            pattern = re.compile(re.escape(text), re.IGNORECASE)
            self._matches = []
            if self._comparison is not None:
                for side in Side:
                    doc = (self._comparison.left, self._comparison.right)[side is Side.RIGHT]
                    self._matches += [
                        (side, m.start(), m.end()) for m in pattern.finditer(doc.text)
                    ]
            self._find_index = len(self._matches) if backwards else -1
        if not self._matches:
            self._show_find()
            return False
        step = -1 if backwards else 1
        self._find_index = (self._find_index + step) % len(self._matches)
        side, start, end = self._matches[self._find_index]
        self._panes[side].reveal_range(start, end)
        self._show_find()
        return True

    def clear_find(self) -> None:
        self._reset_find()
        self._show_find()

    def find_status(self) -> tuple[int, int]:
        """(index of the current match, number of matches); index -1 before the first."""
        return self._find_index, len(self._matches)

    # -- internals ---------------------------------------------------------------------------

    def _spec(self, side: Side) -> PaneSpec | None:
        if self._comparison is None:
            return None
        o = self._options
        return pane_spec(
            self._comparison,
            side,
            show_cruft=o.show_cruft,
            hide_identical=o.hide_identical,
            only_one_sided=o.only_one_sided,
            only_flagged=o.only_flagged,
        )

    def _apply_options(self, options: ViewOptions, rebuild: bool) -> None:
        old, self._options = self._options, options
        for pane in self._panes.values():
            pane.set_wrap_width(options.wrap_width)
            if options.font_point_size != old.font_point_size or not rebuild:
                pane.set_font_point_size(options.font_point_size)
        filters = ("show_cruft", "hide_identical", "only_one_sided", "only_flagged")
        if rebuild and any(getattr(old, f) != getattr(options, f) for f in filters):
            for side, pane in self._panes.items():
                spec = self._spec(side)
                if spec is not None:
                    pane.set_spec(spec)
            self._restore_current()
        self._geometry_timer.start()

    def _apply_theme(self) -> None:
        dark = self._dark if self._dark is not None else palette_is_dark(self.palette())
        self._theme = theme_for(dark)
        for pane in self._panes.values():
            pane.set_theme(self._theme)
        self.connectors.set_theme(self._theme)
        self.overview.set_theme(self._theme)
        self.legend.set_theme(self._theme)
        self._show_find()
        self.refresh_geometry()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.PaletteChange
            and self._dark is None
            and self._theme is not theme_for(palette_is_dark(self.palette()))
        ):
            self._apply_theme()

    def _set_current(self, index: int, left: Sequence[int], right: Sequence[int]) -> None:
        self._panes[Side.LEFT].set_current_blocks(left)
        self._panes[Side.RIGHT].set_current_blocks(right)
        changed = index != self._current_pair
        self._current_pair = index
        self._update_bands()
        if changed:
            self.current_pair_changed.emit(index)

    def _restore_current(self) -> None:
        if self._comparison is not None and self._current_pair >= 0:
            pair = self._comparison.pairs[self._current_pair]
            self._panes[Side.LEFT].set_current_blocks(pair.left)
            self._panes[Side.RIGHT].set_current_blocks(pair.right)

    @staticmethod
    def _select_at(pane: TextPane, block_ids: Sequence[int]) -> float:
        """Viewport height to put selected blocks' top at: a little below the top, or
        higher if that is what it takes for them to fit."""
        ranges = [r for i in block_ids if (r := pane.block_y_range(i)) is not None]
        if not ranges:
            return 0.0
        height = ranges[-1][1] - ranges[0][0]
        room = pane.viewport_height() - height - 8
        return max(4.0, min(pane.viewport_height() * _SELECT_AT, room))

    def _fully_visible(self, pane: TextPane, block_ids: Sequence[int]) -> bool:
        top, height = pane.scroll_value(), pane.viewport_height()
        for block_id in block_ids:
            rng = pane.block_y_range(block_id)
            if rng is None or rng[0] < top or rng[1] > top + height:
                return False
        return True

    def _on_block_clicked(self, side: Side, block_id: int) -> None:
        self.block_clicked.emit(side.value, block_id)
        pair_index = self._pair_of[side].get(block_id)
        if pair_index is None or self._comparison is None:
            ids = [block_id]
            self._set_current(
                -1, ids if side is Side.LEFT else [], ids if side is Side.RIGHT else []
            )
            return
        pair = self._comparison.pairs[pair_index]
        other = Side.RIGHT if side is Side.LEFT else Side.LEFT
        own_ids, other_ids = (
            (pair.left, pair.right) if side is Side.LEFT else (pair.right, pair.left)
        )
        self._panes[other].expand_blocks(other_ids)
        self.refresh_geometry()
        self._set_current(pair_index, pair.left, pair.right)
        pane, other_pane = self._panes[side], self._panes[other]
        if not self._fully_visible(other_pane, other_ids):
            rng = pane.block_y_range(own_ids[0])
            at = rng[0] - pane.scroll_value() if rng else 0
            with self._sync.suspended():
                other_pane.scroll_block_to(other_ids[0], at)
            self._update_bands()

    def _on_band_clicked(self, pair: int) -> None:
        self.select_pair(pair)

    def _on_overview_request(self, side_value: str, fraction: float) -> None:
        pane = self._panes[Side(side_value)]
        pane.set_scroll_value(fraction * pane.content_height() - pane.viewport_height() / 2)

    def _on_scrolled(self) -> None:
        # One scroll moves both panes: the bands are recomputed once, when next painted.
        self._bands_dirty = True
        self.connectors.update()
        self._update_overview_viewports()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.connectors and event.type() == QEvent.Type.Paint and self._bands_dirty:
            self._update_bands()
        return super().eventFilter(watched, event)

    def refresh_bands(self) -> None:
        """Recompute the connector bands now (they are otherwise computed when painted)."""
        self._update_bands()

    def refresh_geometry(self) -> None:
        """Recompute what depends on layout: the scroll map, the overview, the bands."""
        self._geometry_timer.stop()
        left, right = self._panes[Side.LEFT], self._panes[Side.RIGHT]
        anchors = []
        if self._comparison is not None:
            for pair in self._comparison.pairs:
                if pair.moved:
                    continue
                lr = [r for i in pair.left if (r := left.block_y_range(i)) is not None]
                rr = [r for i in pair.right if (r := right.block_y_range(i)) is not None]
                if not lr or not rr:
                    continue
                anchors.append((lr[0][0], rr[0][0]))
                anchors.append((lr[-1][1], rr[-1][1]))
        self._sync.set_map(build_scroll_map(anchors, left.content_height(), right.content_height()))
        self.overview.set_chunks(self._map_chunks(left), self._map_chunks(right))
        self._update_overview_viewports()
        self._update_bands()

    def _map_chunks(self, pane: TextPane) -> list[MapChunk]:
        doc, spec = pane.document(), self._spec(pane.side)
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

    def _update_overview_viewports(self) -> None:
        views = []
        for side in Side:
            pane = self._panes[side]
            height = max(1.0, pane.content_height())
            top = pane.scroll_value() / height
            views.append((top, min(1.0, top + pane.viewport_height() / height)))
        self.overview.set_viewports(views[0], views[1])

    def _update_bands(self) -> None:
        self._bands_dirty = False
        left, right = self._panes[Side.LEFT], self._panes[Side.RIGHT]
        origin = self.connectors.y()
        candidates: dict[tuple[int, int], Link] = {}
        for side, pane in self._panes.items():
            for block_id in pane.visible_block_ids():
                for link in self._links_of[side].get(block_id, ()):
                    candidates[(link.left, link.right)] = link

        def ranges(pane: TextPane) -> YRange:
            shift = pane.viewport_top_in(self) - origin - pane.scroll_value()

            def rng(block_id: int) -> tuple[float, float] | None:
                if pane.is_folded(block_id):
                    return None
                r = pane.block_y_range(block_id)
                return None if r is None else (r[0] + shift, r[1] + shift)

            return rng

        bands = visible_bands(
            candidates.values(),
            ranges(left),
            ranges(right),
            self.connectors.height(),
            self._current_pair,
        )
        top = left.viewport_top_in(self) - origin
        self.connectors.set_bands(bands, (top, top + left.viewport_height()))

    def _reset_find(self) -> None:
        self._find_text, self._matches, self._find_index = "", [], -1

    def _show_find(self) -> None:
        for side, pane in self._panes.items():
            marks, current = [], None
            for index, (s, start, end) in enumerate(self._matches[:_MAX_FIND_MARKS]):
                if s is side:
                    if index == self._find_index:
                        current = len(marks)
                    marks.append((start, end))
            if 0 <= self._find_index < len(self._matches) and current is None:
                s, start, end = self._matches[self._find_index]
                if s is side:
                    current = len(marks)
                    marks.append((start, end))
            pane.set_find_matches(marks, current)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._geometry_timer.start()
