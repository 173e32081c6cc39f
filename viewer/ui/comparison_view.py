"""The side-by-side comparison: two panes, connector bands, overview map, synced scrolling."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from viewer.annotations.model import Side
from viewer.engine.model import Comparison
from viewer.engine.scrollmap import build_scroll_map
from viewer.ui.connectors import ConnectorMap
from viewer.ui.legend import Legend
from viewer.ui.links import LinkIndex
from viewer.ui.overview_map import OverviewMap
from viewer.ui.pane_model import PaneSpec
from viewer.ui.pane_prep import ViewData, spec_with_filters, view_data
from viewer.ui.scroll_sync import ScrollSync
from viewer.ui.text_pane import TextPane
from viewer.ui.theme import Theme, dark_palette, palette_is_dark, theme_for
from viewer.ui.view_find import FindState
from viewer.ui.view_geometry import (
    bands_in_view,
    fully_visible,
    map_chunks,
    scroll_anchors,
    select_offset,
    viewport_fraction,
)
from viewer.ui.view_options import ViewOptions

__all__ = ["ComparisonView", "Side", "ViewOptions"]

MIN_FONT, MAX_FONT = 6, 40


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
        self._data: ViewData | None = None
        self._options = ViewOptions()
        self._dark: bool | None = None  # None: follow the palette
        self._theme: Theme = theme_for(palette_is_dark(self.palette()))
        self._current_pair = -1
        self._links = LinkIndex()
        self._find = FindState()
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
        self._use(comparison)
        self._current_pair = -1
        self._find.reset()
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

    def add_flags(self, comparison: Comparison) -> None:
        """The comparison on screen again with its fact flags (same documents and pairs):
        highlights are redone in place, so the reading position and current pair stay."""
        current = self._comparison
        if current is None or (comparison.left, comparison.right) != (current.left, current.right):
            self.set_comparison(comparison)
            return
        self._use(comparison)
        self._respec()
        self._geometry_timer.start()

    def _use(self, comparison: Comparison | None) -> None:
        """Hold ``comparison`` and the pane data prepared for it (worked out once)."""
        self._comparison = comparison
        self._data = view_data(comparison) if comparison is not None else None
        self._links = self._data.links if self._data is not None else LinkIndex()

    def _respec(self) -> None:
        """New highlights or filters for the documents on screen; the position stays."""
        for side, pane in self._panes.items():
            spec = self._spec(side)
            if spec is not None:
                pane.set_spec(spec)
        self._restore_current()

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
        if not (fully_visible(left, pair.left) and fully_visible(right, pair.right)):
            with self._sync.suspended():
                at = min(select_offset(left, pair.left), select_offset(right, pair.right))
                left.scroll_block_to(pair.left[0], at)
                top = left.block_y_range(pair.left[0])
                at = top[0] - left.scroll_value() if top else 0
                right.scroll_block_to(pair.right[0], at)
        self._update_bands()

    def select_flag(self, pair: int, index: int) -> bool:
        """Make a pair current and select one of its fact flags' words in both panes."""
        comparison = self._comparison
        if comparison is None or not 0 <= pair < len(comparison.pairs):
            return False
        flags = comparison.pairs[pair].flags
        if not 0 <= index < len(flags):
            return False
        self.select_pair(pair)
        for side, span in ((Side.LEFT, flags[index].left), (Side.RIGHT, flags[index].right)):
            self._panes[side].select_range(span.start, span.end)
        return True

    def select_block(self, side: Side, block_id: int) -> None:
        """Make a block current (its pair, if it has one) and scroll it into view."""
        pair = self._links.pair_at(side, block_id)
        if pair is not None:
            self.select_pair(pair)
            return
        pane = self._panes[side]
        pane.expand_blocks([block_id])
        self.refresh_geometry()
        ids = [block_id]
        self._set_current(-1, ids if side is Side.LEFT else [], ids if side is Side.RIGHT else [])
        if not fully_visible(pane, ids):
            pane.scroll_block_to(block_id, select_offset(pane, ids))

    def find(self, text: str, backwards: bool = False) -> bool:
        """Highlight all matches of ``text`` in both articles and move to the next one."""
        if not text:
            self.clear_find()
            return False
        match = self._find.step(self._comparison, text, backwards)
        if match is not None:
            side, start, end = match
            self._panes[side].reveal_range(start, end)
        self._show_find()
        return match is not None

    def clear_find(self) -> None:
        self._find.reset()
        self._show_find()

    def find_status(self) -> tuple[int, int]:
        """(index of the current match, number of matches); index -1 before the first."""
        return self._find.status()

    # -- internals ---------------------------------------------------------------------------

    def _spec(self, side: Side) -> PaneSpec | None:
        if self._comparison is None or self._data is None:
            return None
        o = self._options
        return spec_with_filters(
            self._data.side(side),
            (self._comparison.left, self._comparison.right)[side is Side.RIGHT],
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
            self._respec()
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

    def _on_block_clicked(self, side: Side, block_id: int) -> None:
        self.block_clicked.emit(side.value, block_id)
        pair_index = self._links.pair_at(side, block_id)
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
        if not fully_visible(other_pane, other_ids):
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

    def is_settled(self) -> bool:
        """Whether both articles are laid out and the map, overview and bands follow them."""
        left, right = self._panes[Side.LEFT], self._panes[Side.RIGHT]
        return left.is_laid_out() and right.is_laid_out() and not self._geometry_timer.isActive()

    def refresh_bands(self) -> None:
        """Recompute the connector bands now (they are otherwise computed when painted)."""
        self._update_bands()

    def refresh_geometry(self) -> None:
        """Recompute what depends on layout: the scroll map, the overview, the bands.

        While Qt is still laying a long article out (in timer steps), only the bands and
        the overview's viewports are updated; the rest waits for the layout to finish
        rather than force it through in one long freeze.
        """
        self._geometry_timer.stop()
        left, right = self._panes[Side.LEFT], self._panes[Side.RIGHT]
        if not (left.is_laid_out() and right.is_laid_out()):
            self._update_overview_viewports()
            self._update_bands()
            self._geometry_timer.start()
            return
        anchors = scroll_anchors(self._comparison, left, right)
        self._sync.set_map(build_scroll_map(anchors, left.content_height(), right.content_height()))
        self.overview.set_chunks(map_chunks(left), map_chunks(right))
        self._update_overview_viewports()
        self._update_bands()

    def _update_overview_viewports(self) -> None:
        left, right = self._panes[Side.LEFT], self._panes[Side.RIGHT]
        self.overview.set_viewports(viewport_fraction(left), viewport_fraction(right))

    def _update_bands(self) -> None:
        self._bands_dirty = False
        bands, span = bands_in_view(
            self,
            self.connectors,
            self._panes[Side.LEFT],
            self._panes[Side.RIGHT],
            self._links,
            self._current_pair,
        )
        self.connectors.set_bands(bands, span)

    def _show_find(self) -> None:
        for side, pane in self._panes.items():
            pane.set_find_matches(*self._find.marks(side))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._geometry_timer.start()
