"""Pagination and painting of the PDF: level rows, splits at line ends, "page x of y".

Rows are never reordered or interleaved: a row that fits on a page but not in what is
left of the current one moves to the next page when little would be wasted, otherwise
both of its cells are cut at their own last whole line, so each page shows the two
sides of a row starting level. Every page of rows repeats the column header.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QPagedPaintDevice,
    QPainter,
    QPen,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)

from viewer.export import styles
from viewer.export.pdf_documents import base_font
from viewer.export.row_order import RowKind

# Device pixels (1/200 inch): Qt rounds a line's bottom up to a whole pixel before testing
# it against the clip, so a line ending at a cut still "meets" a clip starting there.
_TOUCH = 1.5


@dataclass(frozen=True)
class Geometry:
    """Page and body rectangles in device pixels."""

    width: float
    height: float
    dpi: int

    @property
    def margin(self) -> float:
        return self.dpi * 0.6

    @property
    def gutter(self) -> float:
        return self.dpi * 0.16

    @property
    def body_width(self) -> float:
        return self.width - 2 * self.margin

    @property
    def column_width(self) -> float:
        return (self.body_width - self.gutter) / 2

    @property
    def top(self) -> float:
        return self.margin

    @property
    def bottom(self) -> float:
        return self.height - self.margin


@dataclass
class FlowItem:
    """A full-width document (header, fact row, note); ``keep`` avoids cutting it."""

    doc: QTextDocument
    keep: bool = False

    @property
    def docs(self) -> tuple[QTextDocument | None, ...]:
        return (self.doc,)


@dataclass
class RowItem:
    """Two cells side by side; ``kind`` None marks the repeated column header."""

    left: QTextDocument | None
    right: QTextDocument | None
    kind: RowKind | None = None
    flagged: bool = False
    row_index: int | None = None

    @property
    def docs(self) -> tuple[QTextDocument | None, ...]:
        return (self.left, self.right)


@dataclass
class Piece:
    """The slice ``spans[i] = (from, to)`` of each of an item's documents, placed at ``y``."""

    item: FlowItem | RowItem
    y: float
    height: float
    spans: tuple[tuple[float, float], ...]


def line_breaks(doc: QTextDocument) -> list[float]:
    """Y positions where the document may be cut without slicing a line of text."""
    layout = doc.documentLayout()
    breaks = []
    block = doc.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        for index in range(lines.lineCount()):
            line = lines.lineAt(index)
            breaks.append(top + line.y() + line.height())
        block = block.next()
    breaks.append(doc.size().height())
    return sorted(breaks)


def separate_at(doc: QTextDocument, y: float) -> None:
    """Make the cut at ``y`` fall between two blocks, by breaking the block it crosses.

    Qt draws one line more than asked above a clip rectangle (``QTextLayout::draw``);
    clipped away, it is invisible but still in the PDF, so pdftotext would read the last
    line before a page break twice. Blocks wholly outside the clip are skipped, so the
    block is broken where the cut line starts; the two halves get no margin between them,
    and lay out exactly as before. List items are left alone (the break would add a bullet).
    """
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        if rect.top() < y < rect.bottom():
            break
        block = block.next()
    else:
        return
    if block.textList() is not None:
        return
    lines = block.layout()
    for index in range(1, lines.lineCount()):
        line = lines.lineAt(index)
        if abs(rect.top() + line.y() - y) < 0.01:
            first, second = QTextBlockFormat(block.blockFormat()), block.blockFormat()
            first.setBottomMargin(0)
            second.setTopMargin(0)
            cursor = QTextCursor(block)
            cursor.setPosition(block.position() + line.textStart())
            cursor.insertBlock(second)
            cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
            cursor.setBlockFormat(first)
            return


def _height(doc: QTextDocument | None) -> float:
    return doc.size().height() if doc is not None else 0.0


@dataclass
class Paginator:
    """Places items page by page; remembers the page of each row for back-references."""

    geometry: Geometry
    column_header: RowItem
    gap: float = 0.0
    pages: list[list[Piece]] = field(default_factory=lambda: [[]])
    row_pages: dict[int, int] = field(default_factory=dict)
    in_rows: bool = False
    y: float = 0.0

    def __post_init__(self) -> None:
        self.y = self.geometry.top
        self.gap = self.geometry.dpi * 0.04

    def _header_heights(self) -> list[float]:
        return [_height(d) for d in self.column_header.docs]

    def _new_page(self) -> None:
        self.pages.append([])
        self.y = self.geometry.top
        if self.in_rows:
            self._place(self.column_header, tuple((0.0, h) for h in self._header_heights()))

    def _place(self, item: FlowItem | RowItem, spans: tuple[tuple[float, float], ...]) -> None:
        height = max((b - a for a, b in spans), default=0.0)
        self.pages[-1].append(Piece(item, self.y, height, spans))
        if isinstance(item, RowItem) and item.row_index is not None:
            self.row_pages.setdefault(item.row_index, len(self.pages))
        spaced = isinstance(item, FlowItem) or item is self.column_header
        self.y += height + (self.gap if spaced else 0.0)

    def add(self, item: FlowItem | RowItem) -> None:
        """Place an item whole, on this page or the next, or split it across pages."""
        heights = [_height(d) for d in item.docs]
        full = max(heights)
        header = max(map(_height, self.column_header.docs))
        page = self.geometry.bottom - self.geometry.top - header
        keep = isinstance(item, FlowItem) and item.keep
        if isinstance(item, RowItem) and not self.in_rows:
            self.in_rows = True
            room = self.geometry.bottom - self.y - header
            if full > room and room < page / 3:
                self._new_page()  # which starts with the column header
            else:
                self._place(self.column_header, tuple((0.0, h) for h in self._header_heights()))
        elif isinstance(item, FlowItem):
            self.in_rows = False
        room = self.geometry.bottom - self.y
        if full <= room:
            self._place(item, tuple((0.0, h) for h in heights))
            return
        if full <= page and (room < page / 3 or keep):
            self._new_page()
            self._place(item, tuple((0.0, h) for h in heights))
            return
        self._split(item, heights)

    def _split(self, item: FlowItem | RowItem, heights: list[float]) -> None:
        breaks = [line_breaks(d) if d is not None else [0.0] for d in item.docs]
        starts = [0.0] * len(heights)
        minimum = self.geometry.dpi * 0.5
        while True:
            room = self.geometry.bottom - self.y
            if room < minimum and self.pages[-1]:
                self._new_page()
                continue
            cuts = []
            for start, height, candidates in zip(starts, heights, breaks, strict=True):
                if height <= start + room:
                    cuts.append(height)
                    continue
                index = bisect_right(candidates, start + room) - 1
                cut = candidates[index] if index >= 0 else start
                cuts.append(cut if cut > start else start + room)
            self._place(item, tuple(zip(starts, cuts, strict=True)))
            for index, (doc, cut) in enumerate(zip(item.docs, cuts, strict=True)):
                if doc is not None and cut < heights[index]:
                    separate_at(doc, cut)
                    heights[index], breaks[index] = _height(doc), line_breaks(doc)
            starts = cuts
            if all(s >= h for s, h in zip(starts, heights, strict=True)):
                return
            self._new_page()


def _draw_slice(
    painter: QPainter, doc: QTextDocument, x: float, y: float, span: tuple[float, float]
) -> None:
    """Draw the lines between ``span``'s cuts; a line merely touching a cut is left out.

    Qt draws every line that meets the rectangle and only clips the ink: a line drawn
    clipped away would still be in the PDF's text, so it would extract twice.
    """
    start, end = span
    if end - start <= 2 * _TOUCH:
        return
    painter.save()
    painter.translate(x, y - start)
    clip = QRectF(0, start + _TOUCH, doc.textWidth(), end - start - 2 * _TOUCH)
    doc.drawContents(painter, clip)
    painter.restore()


def _draw_row(painter: QPainter, piece: Piece, g: Geometry) -> None:
    item = piece.item
    xs = (g.margin, g.margin + g.column_width + g.gutter)
    top, bottom = piece.y, piece.y + piece.height
    rule = QPen(QColor(styles.RULE_COLOUR))
    rule.setWidthF(g.dpi / 150)
    if item.kind is not None:
        for x, doc in zip(xs, item.docs, strict=True):
            if doc is None:
                painter.fillRect(
                    QRectF(x, top, g.column_width, piece.height), QColor(styles.EMPTY_CELL)
                )
        if item.flagged:
            painter.fillRect(
                QRectF(g.margin - g.dpi * 0.07, top, g.dpi * 0.03, piece.height),
                Qt.GlobalColor.black,
            )
    for x, doc, span in zip(xs, item.docs, piece.spans, strict=True):
        if doc is not None:
            _draw_slice(painter, doc, x, top, span)
    painter.setPen(rule)
    middle = g.margin + g.column_width + g.gutter / 2
    painter.drawLine(QPointF(middle, top), QPointF(middle, bottom))
    if all(start == 0 for start, _ in piece.spans):
        painter.drawLine(QPointF(g.margin, top), QPointF(g.width - g.margin, top))
    if item.kind is None:
        heavy = QPen(QColor("#444444"))
        heavy.setWidthF(g.dpi / 75)
        painter.setPen(heavy)
        painter.drawLine(QPointF(g.margin, bottom), QPointF(g.width - g.margin, bottom))


def paint_pages(
    painter: QPainter,
    device: QPagedPaintDevice,
    pages: Sequence[list[Piece]],
    geometry: Geometry,
    footer: str,
    tick: Callable[[], None],
) -> None:
    """Paint every page, each with its footer; ``tick`` runs once per piece painted."""
    total = len(pages)
    font = base_font(7)
    for number, pieces in enumerate(pages, start=1):
        if number > 1 and not device.newPage():
            raise OSError("the PDF writer refused a new page")
        for piece in pieces:
            if isinstance(piece.item, RowItem):
                _draw_row(painter, piece, geometry)
            else:
                _draw_slice(painter, piece.item.doc, geometry.margin, piece.y, piece.spans[0])
            tick()
        painter.setFont(font)
        painter.setPen(QColor(styles.CAPTION_COLOUR))
        box = QRectF(
            geometry.margin,
            geometry.bottom + geometry.dpi * 0.2,
            geometry.body_width,
            geometry.dpi * 0.2,
        )
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, footer)
        painter.drawText(
            box,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            f"page {number} of {total}",
        )
