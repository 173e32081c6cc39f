"""Connector bands: one per linked (left, right) block pair in view; fans share extents."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.ui.widgets import show_view
from viewer.annotations.model import Side
from viewer.engine.model import AlignedPair, Comparison, LinkKind
from viewer.ui.comparison_view import ComparisonView
from viewer.ui.connectors import ConnectorMap, band_path
from viewer.ui.links import Band, Link, pair_links, visible_bands


def _pair(left: tuple[int, ...], right: tuple[int, ...], moved: bool = False) -> AlignedPair:
    return AlignedPair(left, right, LinkKind.SAME, 1.0, moved=moved)


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        ([_pair((0,), (0,))], [(0, 0, (0, 1), (0, 1))]),
        # split: the left block's extent is shared between its two counterparts
        ([_pair((0,), (1, 2))], [(0, 1, (0, 2), (0, 1)), (0, 2, (1, 2), (0, 1))]),
        # merge: the right block's extent is shared
        ([_pair((3, 4), (5,))], [(3, 5, (0, 1), (0, 2)), (4, 5, (0, 1), (1, 2))]),
        (
            [_pair((0, 1), (0, 1))],
            [(0, 0, (0, 1), (0, 1)), (0, 1, (0, 1), (0, 1))] * 1
            + [(1, 0, (0, 1), (0, 1)), (1, 1, (0, 1), (0, 1))],
        ),
    ],
)
def test_pair_links(pairs: list[AlignedPair], expected: list[tuple]) -> None:
    got = [(k.left, k.right, k.left_part, k.right_part) for k in pair_links(pairs)]
    assert got == expected


def _ranges(table: dict[int, tuple[float, float] | None]):
    return lambda block_id: table.get(block_id)


def _link(left: int, right: int, pair: int = 0, part: tuple[int, int] = (0, 1)) -> Link:
    return Link(pair, left, right, part, (0, 1), LinkKind.SAME, False)


@pytest.mark.parametrize(
    ("left", "right", "count"),
    [
        ((10, 40), (20, 60), 1),  # both ends in view
        ((10, 40), (500, 560), 1),  # a moved paragraph far below: still drawn (one end shows)
        ((-90, -40), (20, 60), 1),
        ((-90, -40), (-60, -10), 0),  # both ends above the view
        ((300, 340), (250, 330), 0),  # both ends below (height 200)
        (None, (20, 60), 0),  # left end folded or unknown
    ],
)
def test_visible_bands_cull(
    left: tuple[float, float] | None, right: tuple[float, float], count: int
) -> None:
    bands = visible_bands([_link(1, 2)], _ranges({1: left}), _ranges({2: right}), 200)
    assert len(bands) == count


def test_fan_shares_the_extent_and_current_is_painted_last() -> None:
    links = [_link(1, 2, pair=0, part=(0, 2)), _link(1, 3, pair=0, part=(1, 2)), _link(4, 5, 1)]
    bands = visible_bands(
        links,
        _ranges({1: (0, 100), 4: (120, 140)}),
        _ranges({2: (0, 40), 3: (50, 90), 5: (120, 150)}),
        200,
        current_pair=0,
    )
    assert [(b.left_top, b.left_bottom) for b in bands] == [(120, 140), (0, 50), (50, 100)]
    assert [b.current for b in bands] == [False, True, True]


def test_band_path_joins_both_extents() -> None:
    band = Band(10, 30, 100, 140, 0, 1, 2, LinkKind.SAME, False, False)
    path = band_path(band, 60)
    assert path.contains(path.pointAtPercent(0.0)) or path.elementCount() > 0
    rect = path.boundingRect()
    assert (rect.left(), rect.right(), rect.top(), rect.bottom()) == (0, 60, 10, 140)


def test_click_on_a_band_reports_its_pair(qtbot) -> None:
    widget = ConnectorMap()
    qtbot.addWidget(widget)
    widget.resize(60, 200)
    widget.set_bands([Band(10, 50, 10, 50, 3, 1, 2, LinkKind.SAME, False, False)])
    with qtbot.waitSignal(widget.band_clicked) as signal:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(30, 30))
    assert signal.args == [3]
    with qtbot.assertNotEmitted(widget.band_clicked):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(30, 150))


def _in_view(view: ComparisonView, side: Side, block_id: int) -> bool:
    pane = view.pane(side)
    rng = pane.block_y_range(block_id)
    if rng is None or pane.is_folded(block_id):
        return False
    top = pane.scroll_value()
    return rng[1] >= top and rng[0] <= top + pane.viewport_height()


@pytest.mark.parametrize("scroll", [0, 400, 1500])
def test_view_draws_one_band_per_linked_block_pair_in_view(
    qtbot, long_pair: Comparison, scroll: int
) -> None:
    view = show_view(qtbot, long_pair, (900, 500))
    view.pane(Side.LEFT).set_scroll_value(scroll)
    view.refresh_bands()
    expected = {
        (link.left, link.right)
        for link in pair_links(long_pair.pairs)
        if _in_view(view, Side.LEFT, link.left) or _in_view(view, Side.RIGHT, link.right)
    }
    bands = view.connectors.bands()
    assert expected
    assert sorted((b.left, b.right) for b in bands) == sorted(expected)


def test_view_bands_for_split_and_moved_paragraphs(qtbot, features: Comparison) -> None:
    view = show_view(qtbot, features, (1000, 700))
    bands = {(b.left, b.right): b for b in view.connectors.bands()}
    assert set(bands) == {(2, 1), (3, 2), (5, 3), (5, 4), (6, 6), (7, 5)}
    assert bands[(6, 6)].moved and not bands[(7, 5)].moved
    fan = bands[(5, 3)], bands[(5, 4)]
    assert fan[0].left_bottom == pytest.approx(fan[1].left_top)
    # the moved band crosses the band of the pair it swapped places with
    assert (bands[(6, 6)].left_top < bands[(7, 5)].left_top) != (
        bands[(6, 6)].right_top < bands[(7, 5)].right_top
    )
