"""Where a pane's rows are: their tops and bottoms in content coordinates, measured lazily."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from PySide6.QtGui import QTextBlock, QTextDocument

__all__ = ["RowGeometry"]


class RowGeometry:
    """Row extents from the document layout, cached until the layout changes.

    Scrolling asks for row positions many times a frame: each row is measured once, then
    looked up with a bisect. Rows are measured in order and only as far as a question
    needs, because measuring a row makes Qt lay the document out up to it: a large
    document, which Qt lays out in timer steps, is not forced through in one go just to
    find the rows in view.
    """

    def __init__(self, document: Callable[[], QTextDocument]) -> None:
        self._document = document
        self._count = 0
        self._tops: list[float] = []
        self._bottoms: list[float] = []
        self._next: QTextBlock | None = None

    def reset(self, count: int) -> None:
        """Forget every measure; the pane now shows ``count`` rows."""
        self._count = count
        self._tops, self._bottoms = [], []
        self._next = None

    def count(self) -> int:
        return self._count

    def _measure_to(self, row: int) -> None:
        row = min(row, self._count - 1)
        if row < len(self._tops):
            return
        layout = self._document().documentLayout()
        block = self._next if self._next is not None else self._document().begin()
        for _ in range(len(self._tops), row + 1):
            rect = layout.blockBoundingRect(block)
            self._tops.append(rect.top())
            self._bottoms.append(rect.bottom())
            block = block.next()
        self._next = block

    def row_range(self, row: int) -> tuple[float, float]:
        """Top and bottom of a row's text lines (the block's layout excludes its margins)."""
        self._measure_to(row)
        return self._tops[row], self._bottoms[row]

    def row_at(self, y: float) -> int:
        """The row at content height ``y`` (the next one in the spacing), -1 below the last."""
        bottoms = self._bottoms
        while len(bottoms) < self._count and (not bottoms or bottoms[-1] <= y):
            self._measure_to(min(self._count - 1, 2 * len(bottoms) + 16))
        row = bisect_right(bottoms, y)
        return row if row < len(bottoms) else -1

    def measure_all(self) -> tuple[list[float], list[float]]:
        """Tops and bottoms of every row (lays the whole document out if need be)."""
        self._measure_to(self._count - 1)
        return self._tops, self._bottoms

    def is_row_laid_out(self, row: int) -> bool:
        """Whether Qt has laid out up to ``row`` (it lays out from the top down)."""
        if row < len(self._tops):
            return True
        block = self._document().findBlockByNumber(row)
        return block.isValid() and block.layout().lineCount() > 0

    def is_laid_out(self) -> bool:
        """Whether Qt has laid out every row yet, asked without forcing it to."""
        if self._count == 0:
            return True
        last = self._document().findBlockByNumber(self._count - 1)
        return last.isValid() and last.layout().lineCount() > 0
