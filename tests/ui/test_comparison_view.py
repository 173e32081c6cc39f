"""The comparison view: counterpart selection, pair navigation, scroll sync, find, themes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette

from tests.ui.conftest import long_comparison
from tests.ui.widgets import show_view
from viewer.annotations.model import Side
from viewer.engine.model import Comparison
from viewer.ui.comparison_view import ComparisonView, ViewOptions
from viewer.ui.scroll_sync import sync_fraction
from viewer.ui.theme import DARK, LIGHT, dark_palette


def _visible(view: ComparisonView, side: Side, block_id: int, whole: bool = False) -> bool:
    pane = view.pane(side)
    rng = pane.block_y_range(block_id)
    assert rng is not None
    top, bottom = pane.scroll_value(), pane.scroll_value() + pane.viewport_height()
    if whole:
        return top <= rng[0] and rng[1] <= bottom
    return rng[1] >= top and rng[0] <= bottom


def _click_block(qtbot, view: ComparisonView, side: Side, block_id: int) -> None:
    pane = view.pane(side)
    y0, y1 = pane.block_y_range(block_id)
    y = round((y0 + y1) / 2 - pane.scroll_value())
    qtbot.mouseClick(pane.editor.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(80, y))


def test_clicking_a_block_selects_its_counterparts(qtbot, features: Comparison) -> None:
    view = show_view(qtbot, features)
    with (
        qtbot.waitSignal(view.block_clicked) as clicked,
        qtbot.waitSignal(view.current_pair_changed) as changed,
    ):
        _click_block(qtbot, view, Side.LEFT, 5)  # split into right blocks 3 and 4
    assert clicked.args == ["left", 5]
    assert changed.args == [2]
    assert view.pane(Side.RIGHT).current_blocks() == {3, 4}
    assert view.pane(Side.LEFT).current_blocks() == {5}
    assert [b.current for b in view.connectors.bands() if (b.left, b.right) == (5, 3)] == [True]


def test_clicking_a_right_block_selects_the_left_one(qtbot, features: Comparison) -> None:
    view = show_view(qtbot, features)
    _click_block(qtbot, view, Side.RIGHT, 6)  # the moved paragraph
    assert view.current_pair() == 3
    assert view.pane(Side.LEFT).current_blocks() == {6}


def test_clicking_a_one_sided_block_marks_only_it(qtbot, features: Comparison) -> None:
    view = show_view(qtbot, features)
    view.select_pair(1)
    with qtbot.waitSignal(view.current_pair_changed) as changed:
        _click_block(qtbot, view, Side.LEFT, 4)
    assert changed.args == [-1]
    assert view.pane(Side.LEFT).current_blocks() == {4}
    assert view.pane(Side.RIGHT).current_blocks() == set()


def test_dragging_a_selection_is_not_a_click(qtbot, features: Comparison) -> None:
    view = show_view(qtbot, features)
    pane = view.pane(Side.LEFT)
    y0, y1 = pane.block_y_range(3)
    y = round((y0 + y1) / 2)
    with qtbot.assertNotEmitted(view.block_clicked):
        qtbot.mousePress(pane.editor.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(30, y))
        qtbot.mouseMove(pane.editor.viewport(), QPoint(200, y))
        qtbot.mouseRelease(pane.editor.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(200, y))
    assert pane.editor.textCursor().hasSelection()


@pytest.mark.parametrize("index", [3, 40, 79, 12])
def test_select_pair_shows_both_sides_together(qtbot, long_pair: Comparison, index: int) -> None:
    view = show_view(qtbot, long_pair, (900, 400))
    with qtbot.waitSignal(view.current_pair_changed) as changed:
        view.select_pair(index)
    assert changed.args == [index]
    pair = long_pair.pairs[index]
    assert _visible(view, Side.LEFT, pair.left[0], whole=True)
    assert _visible(view, Side.RIGHT, pair.right[0], whole=True)
    left_top = (
        view.pane(Side.LEFT).block_y_range(pair.left[0])[0] - view.pane(Side.LEFT).scroll_value()
    )
    right_top = (
        view.pane(Side.RIGHT).block_y_range(pair.right[0])[0] - view.pane(Side.RIGHT).scroll_value()
    )
    if 0 < index < 79:  # away from the ends both tops line up
        assert left_top == pytest.approx(right_top, abs=2)


def test_select_pair_out_of_range_clears(qtbot, features: Comparison) -> None:
    view = show_view(qtbot, features)
    view.select_pair(1)
    view.select_pair(99)
    assert view.current_pair() == -1
    assert view.pane(Side.LEFT).current_blocks() == set()


@pytest.mark.parametrize("scroll", [300, 1200, 2500, 4000])
def test_scroll_sync_keeps_linked_blocks_in_view_together(
    qtbot, long_pair: Comparison, scroll: int
) -> None:
    view = show_view(qtbot, long_pair, (900, 420))
    left, right = view.pane(Side.LEFT), view.pane(Side.RIGHT)
    left.set_scroll_value(scroll)
    # the paragraph at the middle of the left view is in the right view, near its middle
    row = left.row_at(left.viewport_height() / 2)
    block = left.rows()[row].block_ids[0]
    pair = next(p for p in long_pair.pairs if p.left == (block,))
    assert _visible(view, Side.RIGHT, pair.right[0])
    l_mid = sum(left.block_y_range(block)) / 2 - left.scroll_value()
    r_mid = sum(right.block_y_range(pair.right[0])) / 2 - right.scroll_value()
    assert abs(l_mid - r_mid) < left.viewport_height() / 3
    # and back: scrolling the right pane moves the left one
    right.set_scroll_value(right.scroll_value() + 500)
    assert left.scroll_value() != scroll


def test_scroll_sync_is_not_by_percentage(qtbot) -> None:
    """The right article's extra paragraphs all come early: by percentage the panes
    would show different paragraphs."""
    view = show_view(qtbot, long_comparison(every=2, until=30), (900, 420))
    left, right = view.pane(Side.LEFT), view.pane(Side.RIGHT)
    left.set_scroll_value(left.content_height() * 0.5)
    pct = left.scroll_value() / left.editor.verticalScrollBar().maximum()
    assert right.scroll_value() / right.editor.verticalScrollBar().maximum() > pct + 0.1
    row = left.row_at(left.viewport_height() / 2)
    assert _visible(view, Side.RIGHT, view.comparison().pairs[row].right[0])


def test_find_highlights_matches_and_moves_through_both_panes(qtbot, features: Comparison) -> None:
    view = show_view(qtbot, features)
    assert view.find("officials")
    assert view.find_status() == (0, 2)
    left_sel = view.pane(Side.LEFT).editor.extraSelections()
    right_sel = view.pane(Side.RIGHT).editor.extraSelections()
    assert [s.cursor.selectedText() for s in left_sel + right_sel] == ["Officials", "Officials"]
    assert view.find("officials")
    assert view.find_status() == (1, 2)
    assert view.find("officials")  # wraps around
    assert view.find_status() == (0, 2)
    assert view.find("officials", backwards=True)
    assert view.find_status() == (1, 2)
    assert not view.find("no such words")
    view.clear_find()
    assert view.pane(Side.LEFT).editor.extraSelections() == []


def test_find_opens_folded_cruft(qtbot, features: Comparison) -> None:
    view = show_view(qtbot, features)
    assert view.pane(Side.LEFT).is_folded(0)
    assert view.find("Markets")
    assert not view.pane(Side.LEFT).is_folded(0)
    sel = view.pane(Side.LEFT).editor.extraSelections()
    assert [s.cursor.selectedText() for s in sel] == ["Markets"]


def test_options_fold_and_show(qtbot, features: Comparison) -> None:
    view = show_view(qtbot, features)
    left = view.pane(Side.LEFT)
    assert left.is_folded(0) and left.is_folded(1)
    view.set_options(ViewOptions(show_cruft=True))
    assert not left.is_folded(0)
    view.set_options(ViewOptions(show_cruft=True, only_one_sided=True))
    assert left.is_folded(2) and not left.is_folded(4)
    assert view.options().only_one_sided
    # a selected pair hidden by a filter is opened, not left invisible
    view.select_pair(0)
    assert not left.is_folded(2)


def test_select_block_of_a_one_sided_paragraph(qtbot, long_pair: Comparison) -> None:
    view = show_view(qtbot, long_pair, (900, 400))
    block = long_pair.right_only[-1]
    view.select_block(Side.RIGHT, block)
    assert _visible(view, Side.RIGHT, block, whole=True)
    assert view.pane(Side.RIGHT).current_blocks() == {block}
    view.select_block(Side.LEFT, 10)  # a linked block selects its pair
    assert view.current_pair() == 10


def test_zoom_changes_the_font_and_keeps_bounds(qtbot, features: Comparison) -> None:
    view = show_view(qtbot, features)
    size = view.pane(Side.LEFT).editor.font().pointSize()
    view.zoom(2)
    assert view.options().font_point_size == 13
    assert view.pane(Side.LEFT).editor.font().pointSize() == size + 2
    view.zoom(-100)
    assert view.options().font_point_size == 6


def test_dark_theme_and_palette(qtbot, features: Comparison) -> None:
    view = show_view(qtbot, features)
    assert view.theme() is LIGHT
    view.set_dark(True)
    assert view.theme() is DARK
    assert view.palette().color(QPalette.ColorRole.Base).lightness() < 80
    view.set_dark(False)
    assert view.theme() is LIGHT


def test_theme_follows_the_palette(qtbot, features: Comparison) -> None:
    view = show_view(qtbot, features)
    view.setPalette(dark_palette(view.palette()))
    assert view.theme() is DARK


def test_grab_is_not_blank(qtbot, sample_comparison: Comparison) -> None:
    view = show_view(qtbot, sample_comparison, (1200, 700))
    view.select_pair(0)
    image = view.grab().toImage()
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 40


def test_no_comparison_and_replacing_it(qtbot, features: Comparison, long_pair) -> None:
    view = show_view(qtbot, None)
    assert view.find("x") is False
    view.select_pair(0)
    assert view.current_pair() == -1
    view.set_comparison(features)
    view.select_pair(1)
    view.set_comparison(long_pair)
    assert view.current_pair() == -1
    assert view.pane(Side.LEFT).current_blocks() == set()
    view.set_comparison(None)
    assert view.connectors.bands() == []


@pytest.mark.parametrize(
    ("value", "maximum", "page", "fraction"),
    [
        (0, 1000, 100, 0.0),  # at the top the tops line up
        (50, 1000, 100, 0.25),
        (500, 1000, 100, 0.5),  # in the middle, the middles
        (950, 1000, 100, 0.75),
        (1000, 1000, 100, 1.0),  # at the end, the bottoms
        (10, 1000, 0, 0.5),
    ],
)
def test_sync_fraction(value: int, maximum: int, page: int, fraction: float) -> None:
    assert sync_fraction(value, maximum, page) == pytest.approx(fraction)


def test_a_long_pair_is_shown_before_it_is_laid_out(qtbot) -> None:
    """Showing a long pair never lays it all out at once: that would freeze the window."""
    long = long_comparison(paragraphs=900)
    view = show_view(qtbot, long, (900, 500))
    assert not view.pane(Side.LEFT).is_laid_out()  # Qt lays it out in timer steps
    assert not view.is_settled()
    assert view.connectors.bands()  # what is in view is already linked
    qtbot.waitUntil(view.is_settled, timeout=10_000)
    assert view.overview.chunks(Side.RIGHT)  # the right-only paragraphs, once laid out
    view.select_pair(700)
    assert _visible(view, Side.RIGHT, long.pairs[700].right[0], whole=True)
