"""Keeps two panes' scroll bars together through a ``ScrollMap``, with a re-entrancy guard."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QScrollBar

from viewer.engine.scrollmap import ScrollMap


def sync_fraction(value: float, maximum: float, page: float) -> float:
    """Where in the viewport (0 top .. 1 bottom) the two panes are held together.

    The middle of the view, except within one page of either end, where it slides to the
    top or the bottom edge: both articles then start and end together.
    """
    if page <= 0:
        return 0.5
    if value < page:
        return 0.5 * max(0.0, value) / page
    if maximum - value < page:
        return 1.0 - 0.5 * max(0.0, maximum - value) / page
    return 0.5


class ScrollSync(QObject):
    """When one bar moves, moves the other to the matching place of its article.

    The position at ``sync_fraction`` of the source viewport is mapped with the scroll map
    and put at the same fraction of the other viewport. Setting the other bar emits its
    own change signal; the guard keeps that echo from coming back.
    """

    def __init__(
        self,
        left: QScrollBar,
        right: QScrollBar,
        page_heights: Callable[[], tuple[int, int]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bars = (left, right)
        self._pages = page_heights
        self._map: ScrollMap | None = None
        self._busy = False
        self.enabled = True
        left.valueChanged.connect(self._left_moved)
        right.valueChanged.connect(self._right_moved)

    def set_map(self, scroll_map: ScrollMap | None) -> None:
        self._map = scroll_map

    def scroll_map(self) -> ScrollMap | None:
        return self._map

    @contextmanager
    def suspended(self) -> Iterator[None]:
        """Move bars by hand without the other pane following."""
        busy, self._busy = self._busy, True
        try:
            yield
        finally:
            self._busy = busy

    def follow_left(self) -> None:
        """Put the right pane where the left one is (after a layout change)."""
        self._left_moved(self._bars[0].value())

    def _left_moved(self, value: int) -> None:
        self._sync(0, value)

    def _right_moved(self, value: int) -> None:
        self._sync(1, value)

    def _sync(self, source: int, value: int) -> None:
        if self._busy or not self.enabled or self._map is None:
            return
        pages = self._pages()
        src_bar, dst_bar = self._bars[source], self._bars[1 - source]
        fraction = sync_fraction(value, src_bar.maximum(), pages[source])
        y = value + fraction * pages[source]
        mapped = self._map.left_to_right(y) if source == 0 else self._map.right_to_left(y)
        self._busy = True
        try:
            dst_bar.setValue(round(mapped - fraction * pages[1 - source]))
        finally:
            self._busy = False
