"""One read-only article pane: a title header over a text view with margin marks and strips."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QWheelEvent,
)
from PySide6.QtWidgets import QLabel, QTextEdit, QVBoxLayout, QWidget

from viewer.annotations.model import Side
from viewer.engine.model import Document
from viewer.ui.highlighting import (
    HIGHLIGHT_PROPERTY,
    BlockInfo,
    BlockRole,
    PaneSpec,
    Row,
    WordHighlight,
    WordKind,
    build_rows,
    render_rows,
)
from viewer.ui.theme import LIGHT, Theme

GUTTER = 22  # left margin of the text, where the marks are painted
_CLICK_SLOP = 4  # pixels a press may move and still count as a click


def _u16(text: str, k: int) -> int:
    """UTF-16 length of ``text[:k]``: Qt positions count UTF-16 units, Python code points."""
    return len(text[:k].encode("utf-16-le")) // 2


class _Editor(QTextEdit):
    """The text view; it hands painting of its marks and its clicks to the pane."""

    row_clicked = Signal(int)
    zoom_requested = Signal(int)

    def __init__(self, pane: TextPane) -> None:
        super().__init__(pane)
        self._pane = pane
        self._press: QPoint | None = None
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        try:
            self._pane.paint_marks(painter, event.rect())
        finally:
            painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._pane.editor_resized()

    def wheelEvent(self, event: QWheelEvent) -> None:
        # QTextEdit zooms its own font on Ctrl+wheel; the view owns the font size instead.
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() // 120
            if steps:
                self.zoom_requested.emit(steps)
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if event.buttons() == Qt.MouseButton.NoButton:
            on_strip = self._pane.is_strip_at(event.position().y())
            shape = Qt.CursorShape.PointingHandCursor if on_strip else Qt.CursorShape.IBeamCursor
            self.viewport().setCursor(shape)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        pos = event.position().toPoint()
        if (
            event.button() == Qt.MouseButton.LeftButton
            and press is not None
            and (pos - press).manhattanLength() <= _CLICK_SLOP
            and not self.textCursor().hasSelection()
        ):
            row = self._pane.row_at(pos.y())
            if row >= 0 and self._pane.row_contains(row, pos.y()):
                self.row_clicked.emit(row)


class TextPane(QWidget):
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
        self._document: Document | None = None
        self._spec: PaneSpec | None = None
        self._rows: list[Row] = []
        self._row_of_block: dict[int, int] = {}
        self._block_index: dict[int, int] = {}
        self._starts: list[int] = []
        self._tops: list[float] | None = None
        self._bottoms: list[float] | None = None
        self._astral: set[int] = set()
        self._expanded: set[int] = set()
        self._current: set[int] = set()
        self._theme: Theme = LIGHT
        self._spacing_factor = 0.7
        self._title = QLabel(self)
        self._source = QLabel(self)
        self._title.setObjectName("paneTitle")
        self._source.setObjectName("paneSource")
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        self._source.setTextFormat(Qt.TextFormat.PlainText)
        title_font = QFont(self._title.font())
        title_font.setBold(True)
        self._title.setFont(title_font)
        self.editor = _Editor(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        header = QVBoxLayout()
        header.setContentsMargins(GUTTER, 6, 8, 6)
        header.setSpacing(1)
        header.addWidget(self._title)
        header.addWidget(self._source)
        layout.addLayout(header)
        layout.addWidget(self.editor, 1)
        self.editor.row_clicked.connect(self._on_row_clicked)
        self.editor.zoom_requested.connect(self.zoom_requested)
        self.editor.verticalScrollBar().valueChanged.connect(self.scrolled)
        self.editor.selectionChanged.connect(self.selection_changed)
        self.editor.document().documentLayout().documentSizeChanged.connect(
            lambda _size: self._layout_changed()
        )
        self._set_header(None)

    # -- content -----------------------------------------------------------------------

    def set_content(self, document: Document | None, spec: PaneSpec | None) -> None:
        """Show ``document`` as described by ``spec``; folds opened by hand close again."""
        self._document, self._spec = document, spec
        self._expanded.clear()
        self._current.clear()
        self._block_index = {b.id: i for i, b in enumerate(document.blocks)} if document else {}
        self._starts = [b.start for b in document.blocks] if document else []
        self._astral = (
            {b.id for b in document.blocks if any(ord(c) > 0xFFFF for c in b.text)}
            if document
            else set()
        )
        self._set_header(document)
        self._rebuild(keep_position=False)

    def set_spec(self, spec: PaneSpec) -> None:
        """New filters or highlights for the same document; the reading position stays."""
        self._spec = spec
        self._expanded.clear()
        self._rebuild(keep_position=True)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._rebuild(keep_position=True)

    def set_font_point_size(self, size: int) -> None:
        font = QFont(self.editor.font())
        font.setPointSize(max(4, size))
        self.editor.setFont(font)
        self.editor.document().setDefaultFont(font)
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
        return self._document

    def rows(self) -> Sequence[Row]:
        return self._rows

    def _set_header(self, document: Document | None) -> None:
        if document is None:
            self._title.setText("No article")
            self._source.setText("")
            return
        self._title.setText(document.title or document.source.rsplit("/", 1)[-1] or "Untitled")
        details = [document.source, document.byline or "", document.date or ""]
        self._source.setText(" \u00b7 ".join(d for d in details if d))
        self._title.setToolTip(self._title.text())
        self._source.setToolTip(document.source)

    def _rebuild(self, keep_position: bool) -> None:
        anchor = self._top_anchor() if keep_position else None
        qdoc = self.editor.document()
        doc, spec = self._document, self._spec
        if doc is None or spec is None:
            self._rows, self._row_of_block = [], {}
            qdoc.clear()
        else:
            self._rows = build_rows(doc, spec, self._expanded)
            self._row_of_block = {i: r for r, row in enumerate(self._rows) for i in row.block_ids}
            line = self.editor.fontMetrics().lineSpacing()
            render_rows(qdoc, doc, spec, self._rows, self._theme, line * self._spacing_factor)
        frame = qdoc.rootFrame().frameFormat()
        frame.setLeftMargin(GUTTER - qdoc.documentMargin())
        frame.setRightMargin(6)
        frame.setTopMargin(4)
        frame.setBottomMargin(24)
        qdoc.rootFrame().setFrameFormat(frame)
        self._tops = self._bottoms = None
        if anchor is not None:
            self._restore_anchor(*anchor)
        else:
            self.editor.verticalScrollBar().setValue(0)
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
        opened = set()
        for block_id in block_ids:
            row = self._row_of_block.get(block_id)
            if row is not None and self._rows[row].fold is not None and block_id in hidden:
                opened.update(self._rows[row].block_ids)
        if not opened:
            return False
        self._expanded |= opened
        self._rebuild(keep_position=True)
        return True

    def is_folded(self, block_id: int) -> bool:
        row = self._row_of_block.get(block_id)
        return row is not None and self._rows[row].fold is not None

    def _on_row_clicked(self, row: int) -> None:
        if self._rows[row].fold is not None:
            self.expand_blocks(self._rows[row].block_ids)
        else:
            self.block_clicked.emit(self._rows[row].block_ids[0])

    # -- geometry (content coordinates unless said otherwise) ------------------------------

    def _row_extents(self) -> tuple[list[float], list[float]]:
        """Tops and bottoms of all rows, cached until the layout changes.

        Scrolling asks for row positions many times a frame; one pass over the layout
        (which also completes QTextEdit's lazy layout) makes each later look-up a bisect.
        """
        if self._tops is None or self._bottoms is None:
            qdoc = self.editor.document()
            layout = qdoc.documentLayout()
            tops, bottoms = [], []
            block = qdoc.begin()
            for _ in range(len(self._rows)):
                rect = layout.blockBoundingRect(block)
                tops.append(rect.top())
                bottoms.append(rect.bottom())
                block = block.next()
            self._tops, self._bottoms = tops, bottoms
        return self._tops, self._bottoms

    def editor_resized(self) -> None:
        """The text was rewrapped: cached row positions are stale."""
        self._layout_changed()

    def _layout_changed(self) -> None:
        self._tops = self._bottoms = None
        self.layout_changed.emit()

    def row_range(self, row: int) -> tuple[float, float]:
        """Top and bottom of a row's text lines (the block's layout excludes its margins)."""
        tops, bottoms = self._row_extents()
        return tops[row], bottoms[row]

    def block_y_range(self, block_id: int) -> tuple[float, float] | None:
        """Where a block is shown: its own row, or the strip of the fold holding it."""
        row = self._row_of_block.get(block_id)
        return None if row is None else self.row_range(row)

    def row_at(self, viewport_y: float) -> int:
        """The row at a viewport height (the next one in the spacing), -1 below the last."""
        _, bottoms = self._row_extents()
        row = bisect_right(bottoms, viewport_y + self.scroll_value())
        return row if row < len(bottoms) else -1

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

    def visible_block_ids(self) -> list[int]:
        """Block ids of the rows in view (folded blocks included, by their strip)."""
        return [i for r in self.visible_rows() for i in self._rows[r].block_ids]

    def is_strip_at(self, viewport_y: float) -> bool:
        row = self.row_at(viewport_y)
        return row >= 0 and self._rows[row].fold is not None

    def content_height(self) -> float:
        return self.editor.document().size().height()

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

    def text_position(self, offset: int) -> int | None:
        """Position in the shown text of a document offset; None if folded or outside."""
        doc = self._document
        if doc is None or not doc.blocks:
            return None
        i = bisect_right(self._starts, offset) - 1
        if i < 0 or offset > doc.blocks[i].end:
            return None
        block = doc.blocks[i]
        row = self._row_of_block.get(block.id)
        if row is None or self._rows[row].fold is not None:
            return None
        k = offset - block.start
        k = _u16(block.text, k) if block.id in self._astral else k
        return self.editor.document().findBlockByNumber(row).position() + k

    def document_offset(self, position: int) -> int | None:
        """Document offset of a position in the shown text; None inside a strip."""
        qblock = self.editor.document().findBlock(position)
        if not qblock.isValid() or qblock.blockNumber() >= len(self._rows) or not self._document:
            return None
        row = self._rows[qblock.blockNumber()]
        if row.fold is not None:
            return None
        block = self._document.blocks[self._block_index[row.block_ids[0]]]
        k = position - qblock.position()
        if block.id in self._astral:
            units = 0
            for j, ch in enumerate(block.text):
                if units >= k:
                    k = j
                    break
                units += 2 if ord(ch) > 0xFFFF else 1
            else:
                k = len(block.text)
        return block.start + k

    def set_find_matches(
        self, matches: Sequence[tuple[int, int]], current: int | None = None
    ) -> None:
        """Highlight ``matches`` (document offsets), the ``current`` one more strongly."""
        selections = []
        for index, (start, end) in enumerate(matches):
            a, b = self.text_position(start), self.text_position(end)
            if a is None or b is None:
                continue
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.editor.document())
            cursor.setPosition(a)
            cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            fmt = QTextCharFormat()
            is_current = index == current
            fmt.setBackground(
                self._theme.find_current_back if is_current else self._theme.find_back
            )
            if is_current:
                fmt.setFontUnderline(True)
            sel.format = fmt
            selections.append(sel)
        self.editor.setExtraSelections(selections)

    def reveal_range(self, start: int, end: int) -> None:
        """Scroll so a document range is in view (opening its fold) and select it."""
        for offset in (start, end):
            pos = self._block_id_at(offset)
            if pos is not None:
                self.expand_blocks([pos])
        a, b = self.text_position(start), self.text_position(end)
        if a is None or b is None:
            return
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(a)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()

    def _block_id_at(self, offset: int) -> int | None:
        doc = self._document
        if doc is None or not doc.blocks:
            return None
        i = bisect_right(self._starts, offset) - 1
        return doc.blocks[i].id if i >= 0 else None

    def highlight_runs(self) -> list[WordHighlight]:
        """The word highlights as rendered, read back from the text formats."""
        out: list[WordHighlight] = []
        block = self.editor.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                value = frag.charFormat().property(HIGHLIGHT_PROPERTY)
                if value:
                    a = self.document_offset(frag.position())
                    b = self.document_offset(frag.position() + frag.length())
                    if a is not None and b is not None:
                        kind = WordKind(value)
                        if out and out[-1].end == a and out[-1].kind is kind:
                            a = out.pop().start
                        out.append(WordHighlight(a, b, kind))
                it += 1
            block = block.next()
        return out

    def paint_marks(self, painter: QPainter, clip: object) -> None:
        """Margin marks (one-sided, moved, flagged, reworded) and the current outline."""
        if self._spec is None or not self._rows:
            return
        theme, infos = self._theme, self._spec.blocks
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        top = self.scroll_value()
        width = self.editor.viewport().width()
        font = QFont(self.editor.font())
        font.setBold(True)
        painter.setFont(font)
        line = self.editor.fontMetrics().height()
        for row in self.visible_rows():
            r = self._rows[row]
            if r.fold is not None:
                continue
            y0, y1 = self.row_range(row)
            y0, y1 = y0 - top, y1 - top
            info = infos.get(r.block_ids[0], BlockInfo(BlockRole.UNLINKED))
            self._paint_row_marks(painter, info, y0, y1, line)
            if r.block_ids[0] in self._current:
                rect = QRectF(GUTTER - 6, y0 - 3, width - GUTTER + 2, y1 - y0 + 6)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(theme.current_tint)
                painter.drawRoundedRect(rect, 4, 4)
                painter.setPen(QPen(theme.current_outline, 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect, 4, 4)

    def _paint_row_marks(
        self, painter: QPainter, info: BlockInfo, y0: float, y1: float, line: int
    ) -> None:
        theme = self._theme
        glyphs: list[tuple[str, QColor]] = []
        if info.role is BlockRole.ONE_SIDED:
            color = theme.removed_mark if self.side is Side.LEFT else theme.added_mark
            painter.fillRect(QRectF(2, y0, 3, y1 - y0), color)
            glyphs.append(("\u2212" if self.side is Side.LEFT else "+", color))
        elif info.role is BlockRole.REWORDED:
            painter.fillRect(QRectF(3, y0, 2, y1 - y0), theme.reworded_mark)
        if info.moved:
            glyphs.append(("\u21c5", theme.moved_mark))
        if info.flagged:
            glyphs.append(("!", theme.flag_mark))
        y = y0
        for text, color in glyphs:
            painter.setPen(color)
            painter.drawText(QRectF(5, y, GUTTER - 7, line), Qt.AlignmentFlag.AlignCenter, text)
            y += line
