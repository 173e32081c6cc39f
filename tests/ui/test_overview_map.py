"""Overview map: marks where changes are, caches its rendering, click and drag scroll."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.ui.widgets import show_view
from viewer.annotations.model import Side
from viewer.engine.model import Comparison
from viewer.ui.overview_map import ChunkTag, MapChunk, OverviewMap
from viewer.ui.theme import DARK


@pytest.fixture
def overview(qtbot) -> OverviewMap:
    widget = OverviewMap()
    qtbot.addWidget(widget)
    widget.resize(30, 406)
    widget.show()
    return widget


def test_marks_are_painted_where_the_chunks_are(overview: OverviewMap) -> None:
    overview.set_chunks([MapChunk(0.5, 0.6, ChunkTag.REMOVED)], [])
    image = overview.grab().toImage()
    col = overview.column_rect(Side.LEFT)
    x = round(col.center().x())
    inside = image.pixelColor(x, round(col.top() + 0.55 * col.height()))
    outside = image.pixelColor(x, round(col.top() + 0.3 * col.height()))
    assert inside != outside
    right = overview.column_rect(Side.RIGHT)
    assert image.pixelColor(round(right.center().x()), round(col.top() + 0.55 * col.height())) == (
        image.pixelColor(round(right.center().x()), round(col.top() + 0.3 * col.height()))
    )


def test_rendering_is_cached_and_dropped_on_resize_theme_and_data(
    qtbot, overview: OverviewMap
) -> None:
    overview.set_chunks([MapChunk(0.1, 0.2, ChunkTag.ADDED)], [])
    overview.repaint()
    assert overview.has_cache()
    overview.set_viewports((0.2, 0.4), (0.1, 0.3))  # scrolling keeps the cache
    overview.repaint()
    assert overview.has_cache()
    for change in (
        lambda: overview.resize(34, 300),
        lambda: overview.set_theme(DARK),
        lambda: overview.set_chunks([], []),
    ):
        change()
        assert not overview.has_cache()
        overview.repaint()
        assert overview.has_cache()


@pytest.mark.parametrize(("side", "fraction"), [(Side.LEFT, 0.25), (Side.RIGHT, 0.75)])
def test_click_requests_a_scroll(qtbot, overview: OverviewMap, side: Side, fraction: float) -> None:
    col = overview.column_rect(side)
    pos = QPoint(round(col.center().x()), round(col.top() + fraction * col.height()))
    with qtbot.waitSignal(overview.scroll_requested) as signal:
        qtbot.mouseClick(overview, Qt.MouseButton.LeftButton, pos=pos)
    assert signal.args[0] == side.value
    assert signal.args[1] == pytest.approx(fraction, abs=0.01)


def test_drag_keeps_scrolling_the_side_it_started_on(qtbot, overview: OverviewMap) -> None:
    col = overview.column_rect(Side.LEFT)
    got: list[tuple[str, float]] = []
    overview.scroll_requested.connect(lambda s, f: got.append((s, f)))
    x = round(col.center().x())
    qtbot.mousePress(overview, Qt.MouseButton.LeftButton, pos=QPoint(x, 50))
    qtbot.mouseMove(overview, QPoint(x + 12, 200))
    qtbot.mouseRelease(overview, Qt.MouseButton.LeftButton, pos=QPoint(x + 12, 200))
    assert [s for s, _ in got] == ["left"] * len(got) and len(got) >= 2
    assert got[-1][1] > got[0][1]


def test_view_click_on_the_map_scrolls_the_panes(qtbot, long_pair: Comparison) -> None:
    view = show_view(qtbot, long_pair, (900, 500))
    left, right = view.pane(Side.LEFT), view.pane(Side.RIGHT)
    assert left.scroll_value() == 0
    col = view.overview.column_rect(Side.LEFT)
    pos = QPoint(round(col.center().x()), round(col.top() + 0.6 * col.height()))
    qtbot.mouseClick(view.overview, Qt.MouseButton.LeftButton, pos=pos)
    middle = left.scroll_value() + left.viewport_height() / 2
    assert middle / left.content_height() == pytest.approx(0.6, abs=0.02)
    assert right.scroll_value() > 0  # the other pane followed


def test_view_map_has_a_mark_per_one_sided_paragraph(qtbot, long_pair: Comparison) -> None:
    view = show_view(qtbot, long_pair, (900, 500))
    chunks = view.overview.chunks(Side.RIGHT)
    assert [c.tag for c in chunks] == [ChunkTag.ADDED] * len(long_pair.right_only)
    assert all(0 <= c.top < c.bottom <= 1 for c in chunks)
