"""A pane's document offsets: where they are shown, what is selected, what find matched."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QTextCursor

from viewer.ui.pane_editor import PaneEditor
from viewer.ui.pane_model import WordHighlight
from viewer.ui.pane_positions import PositionMap, find_selections, read_highlights
from viewer.ui.pane_ranges import range_rects, select_offsets, selected_offsets
from viewer.ui.theme import Theme

__all__ = ["PaneOffsets"]


class PaneOffsets:
    """The part of ``TextPane`` that works in document offsets rather than rows: the text
    shown folds paragraphs into strips, so an offset may be shown, hidden or opened.

    A mixin: the pane provides ``editor``, its position map, theme, find state and
    ``expand_blocks``.
    """

    editor: PaneEditor
    _positions: PositionMap
    _theme: Theme
    _find: tuple[list[tuple[int, int]], int | None]
    expand_blocks: Callable[[Iterable[int]], bool]  # opens the folds holding those blocks

    def text_position(self, offset: int) -> int | None:
        """Position in the shown text of a document offset; None if folded or outside."""
        return self._positions.text_position(offset)

    def document_offset(self, position: int) -> int | None:
        """Document offset of a position in the shown text; None inside a strip."""
        return self._positions.document_offset(position)

    def set_find_matches(
        self, matches: Sequence[tuple[int, int]], current: int | None = None
    ) -> None:
        """Highlight ``matches`` (document offsets), the ``current`` one more strongly."""
        self._find = (list(matches), current)
        self.editor.setExtraSelections(
            find_selections(self.editor.document(), self._positions, matches, current, self._theme)
        )

    def reveal_range(self, start: int, end: int) -> None:
        """Scroll so a document range is in view (opening its fold), the cursor at its start."""
        self._open_folds_at(start, end)
        a = self.text_position(start)
        if a is None or self.text_position(end) is None:
            return
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(a)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()

    def _open_folds_at(self, *offsets: int) -> None:
        ids = {self._positions.block_id_at(offset) for offset in offsets}
        self.expand_blocks(i for i in ids if i is not None)

    def selected_range(self) -> tuple[int, int] | None:
        """The selection in document offsets, trimmed; None if none (or on a strip)."""
        return selected_offsets(self.editor, self._positions)

    def select_range(self, start: int, end: int) -> bool:
        """Select document offsets ``start..end`` (unfolded, scrolled to); False if hidden."""
        self._open_folds_at(start, end)
        return select_offsets(self.editor, self._positions, start, end)

    def block_at(self, viewport_point: QPoint | None = None) -> int | None:
        """The block id under a viewport point, or at the text cursor; None on a strip."""
        if viewport_point is None:
            position = self.editor.textCursor().position()
        else:
            position = self.editor.cursorForPosition(viewport_point).position()
        offset = self.document_offset(position)
        return None if offset is None else self._positions.block_id_at(offset)

    def block_of(self, offset: int) -> int | None:
        """The block id holding a document offset (the one before it in a gap)."""
        return self._positions.block_id_at(offset)

    def range_rects(self, start: int, end: int) -> list[QRectF]:
        """Content-coordinate rectangles (one a line) showing document offsets ``start..end``."""
        return range_rects(self.editor, self._positions, start, end)

    def highlight_runs(self) -> list[WordHighlight]:
        """The word highlights as rendered, read back from the text formats."""
        return read_highlights(self.editor.document(), self._positions)
