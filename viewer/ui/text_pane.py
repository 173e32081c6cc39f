"""One read-only article pane: a title header over a text view with margin marks and strips."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QPoint, QRect, Signal
from PySide6.QtGui import QFont, QPainter, QTextDocument
from PySide6.QtWidgets import QMenu, QTextEdit, QVBoxLayout, QWidget

from viewer.annotations.model import Side
from viewer.engine.model import Document
from viewer.ui.fact_badges import Badge, badges_in
from viewer.ui.highlighting import render_rows, set_pane_margins
from viewer.ui.margin_marks import GUTTER, MarginRow, badge_width, paint_badges, paint_margin
from viewer.ui.pane_editor import PaneEditor
from viewer.ui.pane_geometry import RowGeometry
from viewer.ui.pane_header import PaneHeader
from viewer.ui.pane_model import BlockInfo, BlockRole, PaneSpec, Row, build_rows
from viewer.ui.pane_offsets import PaneOffsets
from viewer.ui.pane_positions import PositionMap
from viewer.ui.pane_prep import complete_spec
from viewer.ui.theme import LIGHT, Theme

__all__ = ["GUTTER", "TextPane"]

# Articles up to this many characters are laid out at once (a few milliseconds), so their
# geometry is ready with the first paint; longer ones the way Qt does, in timer steps.
EAGER_LAYOUT_CHARS = 100_000


class TextPane(PaneOffsets, QWidget):
    """Shows one side of a comparison, with highlights baked in and folds as strips.

    Members:
      block_clicked(int): a shown paragraph was clicked (its block id).
      layout_changed(): rows or their heights changed (a fold opened, a rewrap).
      scrolled(): the view moved; positions of blocks in the viewport changed.
      selection_changed(): the user's text selection changed.
      zoom_requested(int): Ctrl+wheel steps, for whoever owns the font size.
    """

    block_clicked = Signal(int)
    zoom_requested = Signal(int)
    layout_changed = Signal()
    scrolled = Signal()
    selection_changed = Signal()

    def __init__(self, side: Side, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self._spec: PaneSpec | None = None
        self._rows: list[Row] = []
        self._positions = PositionMap()
        self._expanded: set[int] = set()
        self._current: set[int] = set()
        self._flag_starts: list[int] = []
        self._find: tuple[list[tuple[int, int]], int | None] = ([], None)
        self._theme: Theme = LIGHT
        self._spacing_factor = 0.7
        self.header = PaneHeader(GUTTER, self)
        self.editor = PaneEditor(self, self)
        self._geometry = RowGeometry(self.editor.document)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.editor, 1)
        self.editor.row_clicked.connect(self._on_row_clicked)
        self.editor.zoom_requested.connect(self.zoom_requested)
        self.editor.verticalScrollBar().valueChanged.connect(self.scrolled)
        self.editor.selectionChanged.connect(self.selection_changed)

    # -- content -----------------------------------------------------------------------

    def set_content(self, document: Document | None, spec: PaneSpec | None) -> None:
        """Show ``document`` as described by ``spec``; folds opened by hand close again."""
        self._set_spec(document, spec)
        self._expanded.clear()
        self._current.clear()
        self._find = ([], None)
        self._positions.set_document(document, spec.astral if spec else None)
        self.header.set_document(document)
        self._rebuild(keep_position=False)
        if document is not None and len(document.text) <= EAGER_LAYOUT_CHARS:
            self._geometry.measure_all()

    def set_spec(self, spec: PaneSpec) -> None:
        """New filters or highlights for the same document; the reading position stays."""
        self._set_spec(self._positions.document, spec)
        self._expanded.clear()
        self._rebuild(keep_position=True)

    def _set_spec(self, document: Document | None, spec: PaneSpec | None) -> None:
        if spec is not None and document is not None:
            spec = complete_spec(spec, document)
        self._spec = spec
        self._flag_starts = [f.start for f in spec.flags] if spec else []

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._rebuild(keep_position=True)

    def set_font_point_size(self, size: int) -> None:
        font = QFont(self.editor.font())
        font.setPointSize(max(4, size))
        self.editor.setFont(font)
        self._rebuild(keep_position=True)

    def set_wrap_width(self, columns: int) -> None:
        """Wrap at the view's width (0) or at most ``columns`` characters a line."""
        if columns > 0:
            self.editor.setLineWrapMode(QTextEdit.LineWrapMode.FixedColumnWidth)
            self.editor.setLineWrapColumnOrWidth(columns)
        else:
            self.editor.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self._layout_changed()

    def document(self) -> Document | None:
        return self._positions.document

    def spec(self) -> PaneSpec | None:
        return self._spec

    def rows(self) -> Sequence[Row]:
        return self._rows

    def _rebuild(self, keep_position: bool) -> None:
        """Render into a fresh document, then show it.

        Built while no widget shows it, the document is not laid out block by block as
        it grows; shown, it is laid out lazily, from the top, in Qt's timer steps.
        """
        anchor = self._top_anchor() if keep_position else None
        qdoc = QTextDocument(self)
        qdoc.setUndoRedoEnabled(False)
        qdoc.setDefaultFont(self.editor.font())
        doc, spec = self._positions.document, self._spec
        if doc is None or spec is None:
            self._rows = []
        else:
            self._rows = build_rows(doc, spec, self._expanded)
            line = self.editor.fontMetrics().lineSpacing()
            badge = badge_width(self.editor.font())
            spacing = line * self._spacing_factor
            render_rows(qdoc, doc, spec, self._rows, self._theme, spacing, badge)
        set_pane_margins(qdoc, GUTTER)
        old = self.editor.document()
        ours = old.parent() is self  # the editor's first document is its own to delete
        self.editor.setDocument(qdoc)
        qdoc.documentLayout().documentSizeChanged.connect(self._on_size_changed)
        if ours:
            old.deleteLater()
        self._positions.set_rows(self._rows, qdoc)
        self._geometry.reset(len(self._rows))
        if anchor is not None:
            self._restore_anchor(*anchor)
        else:
            self.editor.verticalScrollBar().setValue(0)
        self.set_find_matches(*self._find)
        self.editor.viewport().update()
        self.layout_changed.emit()

    def _top_anchor(self) -> tuple[int, float] | None:
        row = self.row_at(0)
        if row < 0:
            return None
        y0, _ = self.row_range(row)
        return self._rows[row].block_ids[0], self.scroll_value() - y0

    def _restore_anchor(self, block_id: int, offset: float) -> None:
        rng = self.block_y_range(block_id)
        if rng is not None:
            self.set_scroll_value(rng[0] + offset)

    # -- folds -------------------------------------------------------------------------

    def expand_blocks(self, block_ids: Iterable[int]) -> bool:
        """Open the folds holding any of ``block_ids``; True if something opened."""
        hidden = self._spec.hidden if self._spec else {}
        row_of = self._positions.row_of_block
        opened = set()
        for block_id in block_ids:
            row = row_of.get(block_id)
            if row is not None and self._rows[row].fold is not None and block_id in hidden:
                opened.update(self._rows[row].block_ids)
        if not opened:
            return False
        self._expanded |= opened
        self._rebuild(keep_position=True)
        return True

    def is_folded(self, block_id: int) -> bool:
        row = self._positions.row_of_block.get(block_id)
        return row is not None and self._rows[row].fold is not None

    def _on_row_clicked(self, row: int) -> None:
        if self._rows[row].fold is not None:
            self.expand_blocks(self._rows[row].block_ids)
        else:
            self.block_clicked.emit(self._rows[row].block_ids[0])

    # -- geometry (content coordinates unless said otherwise) ------------------------------

    def editor_resized(self) -> None:
        """The text was rewrapped: cached row positions are stale."""
        self._layout_changed()

    def _on_size_changed(self, _size: object) -> None:
        self._layout_changed()

    def is_laid_out(self) -> bool:
        """Whether Qt has laid out the whole article (it does long ones in steps)."""
        return self._geometry.is_laid_out()

    def _layout_changed(self) -> None:
        self._geometry.reset(len(self._rows))
        self.layout_changed.emit()

    def row_range(self, row: int) -> tuple[float, float]:
        """Top and bottom of a row's text lines (the block's layout excludes its margins)."""
        return self._geometry.row_range(row)

    def block_y_range(self, block_id: int, force: bool = True) -> tuple[float, float] | None:
        """Where a block is shown: its own row, or the strip of the fold holding it.

        With ``force`` False, a block Qt has not laid out yet is not measured (which would
        lay out everything above it): it is below all laid-out text, and said to be at
        the estimated bottom of the article.
        """
        row = self._positions.row_of_block.get(block_id)
        if row is None:
            return None
        if not force and not self._geometry.is_row_laid_out(row):
            bottom = self.content_height()
            return bottom, bottom
        return self.row_range(row)

    def row_at(self, viewport_y: float) -> int:
        """The row at a viewport height (the next one in the spacing), -1 below the last."""
        return self._geometry.row_at(viewport_y + self.scroll_value())

    def row_contains(self, row: int, viewport_y: float) -> bool:
        """Whether a viewport height falls on the row's text (not the spacing below it)."""
        y0, y1 = self.row_range(row)
        return y0 <= viewport_y + self.scroll_value() <= y1

    def visible_rows(self) -> range:
        first = self.row_at(0)
        if first < 0:
            return range(0)
        last = self.row_at(self.viewport_height())
        return range(first, (last if last >= 0 else len(self._rows) - 1) + 1)

    def _shown_rows(self) -> list[int]:
        """The rows in view that show a paragraph, not a fold's strip: the marked ones."""
        return [r for r in self.visible_rows() if self._rows[r].fold is None]

    def visible_block_ids(self) -> list[int]:
        """Block ids of the rows in view (folded blocks included, by their strip)."""
        return [i for r in self.visible_rows() for i in self._rows[r].block_ids]

    def is_strip_at(self, viewport_y: float) -> bool:
        row = self.row_at(viewport_y)
        return row >= 0 and self._rows[row].fold is not None

    def content_height(self) -> float:
        """The article's height; an estimate (from the scroll range) while Qt is still
        laying it out, since asking the document for its size would force the rest."""
        if self.is_laid_out():
            return self.editor.document().size().height()
        bar = self.editor.verticalScrollBar()
        return float(bar.maximum() + self.viewport_height())

    def viewport_height(self) -> int:
        return self.editor.viewport().height()

    def scroll_value(self) -> int:
        return self.editor.verticalScrollBar().value()

    def set_scroll_value(self, y: float) -> None:
        self.editor.verticalScrollBar().setValue(round(y))

    def viewport_top_in(self, widget: QWidget) -> int:
        """The y of this pane's viewport top in ``widget``'s coordinates (a common ancestor)."""
        return self.editor.viewport().mapTo(widget, QPoint(0, 0)).y()

    def scroll_block_to(self, block_id: int, viewport_y: float) -> None:
        """Scroll so the block's top sits at ``viewport_y`` (clamped by the scroll range)."""
        rng = self.block_y_range(block_id)
        if rng is not None:
            self.set_scroll_value(rng[0] - viewport_y)

    # -- current blocks, find matches, marks -------------------------------------------

    def set_current_blocks(self, block_ids: Iterable[int]) -> None:
        self._current = set(block_ids)
        self.editor.viewport().update()

    def current_blocks(self) -> set[int]:
        return set(self._current)

    # -- hooks for marks and menus ------------------------------------------------------

    def add_context_menu_hook(self, fill: Callable[[QMenu, QPoint], None]) -> None:
        """Let ``fill(menu, viewport_point)`` add entries to the pane's context menu."""
        self.editor.add_context_menu_hook(fill)

    def context_menu(self, viewport_point: QPoint) -> QMenu:
        """The menu a right click at a viewport point opens (the caller owns it)."""
        return self.editor.context_menu(viewport_point)

    def add_mark_painter(self, paint: Callable[[QPainter], None]) -> None:
        """Let ``paint(painter)`` draw over the text, in viewport coordinates.

        Painters run last in every paint of the text, so their marks scroll, rewrap and
        fold with it, never re-applied; the editor's extra selections stay find's alone
        (``set_find_matches`` replaces them all). ``update_marks`` repaints them.
        """
        self.editor.add_painter(paint)

    def update_marks(self) -> None:
        self.editor.viewport().update()

    def badge_rects(self) -> list[Badge]:
        """The fact badges of the rows in view (viewport coordinates)."""
        spec, doc = self._spec, self._positions.document
        if spec is None or doc is None or not spec.flags:
            return []
        index = self._positions.block_index
        blocks = [doc.blocks[index(self._rows[r].block_ids[0])] for r in self._shown_rows()]
        return badges_in(self.editor, self._positions, spec.flags, self._flag_starts, blocks)

    def paint_marks(self, painter: QPainter, clip: QRect) -> None:
        """Margin marks (one-sided, moved, flagged, reworded), badges, the current outline."""
        if self._spec is None or not self._rows:
            return
        top, infos, unlinked = self.scroll_value(), self._spec.blocks, BlockInfo(BlockRole.UNLINKED)
        rows = []
        for r in self._shown_rows():
            first = self._rows[r].block_ids[0]
            y0, y1 = self.row_range(r)
            rows.append(
                MarginRow(infos.get(first, unlinked), y0 - top, y1 - top, first in self._current)
            )
        editor = self.editor
        line, width = editor.fontMetrics().height(), editor.viewport().width()
        paint_margin(painter, self._theme, self.side, editor.font(), line, width, rows)
        paint_badges(painter, self._theme, editor.font(), self.badge_rects())
