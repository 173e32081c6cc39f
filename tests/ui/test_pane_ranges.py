"""A pane's document ranges and hooks: selection, selecting (through folds), menus, marks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPainter, QTextCursor
from PySide6.QtWidgets import QMenu

from viewer.annotations.model import Side
from viewer.engine.model import Comparison
from viewer.ui.pane_prep import pane_spec
from viewer.ui.pane_ranges import trimmed
from viewer.ui.text_pane import TextPane


def _select_positions(pane: TextPane, a: int, b: int) -> None:
    cursor = QTextCursor(pane.editor.document())
    cursor.setPosition(a)
    cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
    pane.editor.setTextCursor(cursor)


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("  two words ", 0, 12, (2, 11)),
        ("abc", 0, 3, (0, 3)),
        ("a \n b", 1, 4, None),  # only whitespace
        ("abc", 2, 2, None),
    ],
)
def test_trimmed(text: str, start: int, end: int, expected: tuple[int, int] | None) -> None:
    assert trimmed(text, start, end) == expected


def test_selected_range_is_in_document_offsets_and_trimmed(
    qtbot, pane: TextPane, features: Comparison
) -> None:
    text = features.left.text
    assert pane.selected_range() is None
    start = text.index("met in Geneva")
    a = pane.text_position(start)
    assert a is not None
    _select_positions(pane, a + len("met in Geneva") + 1, a - 1)  # backwards, spaces around
    assert pane.selected_range() == (start, start + len("met in Geneva"))


def test_a_selection_from_a_strip_has_no_offsets(qtbot, pane: TextPane) -> None:
    assert pane.rows()[0].fold is not None
    _select_positions(pane, 0, pane.editor.document().findBlockByNumber(1).position() + 4)
    assert pane.editor.textCursor().hasSelection()
    assert pane.selected_range() is None


def test_select_range_opens_the_fold_and_selects(
    qtbot, pane: TextPane, features: Comparison
) -> None:
    text = features.left.text
    start = text.index("Subscribe")  # in the folded cruft
    assert pane.text_position(start) is None
    assert pane.select_range(start, start + len("Subscribe now"))
    assert pane.editor.textCursor().selectedText() == "Subscribe now"
    assert pane.selected_range() == (start, start + len("Subscribe now"))
    assert not pane.select_range(len(text) + 5, len(text) + 9)  # outside: nothing selected


def test_select_range_scrolls_to_the_range(qtbot, long_pair: Comparison) -> None:
    pane = TextPane(Side.LEFT)
    qtbot.addWidget(pane)
    pane.resize(600, 300)
    pane.show()
    pane.set_content(long_pair.left, pane_spec(long_pair, Side.LEFT, show_cruft=True))
    last = long_pair.left.blocks[-1]
    assert pane.scroll_value() == 0
    assert pane.select_range(last.start, last.end)
    assert pane.scroll_value() > 0
    assert last.id in pane.visible_block_ids()
    assert pane.selected_range() == trimmed(long_pair.left.text, last.start, last.end)


def test_block_at_a_point_the_cursor_and_an_offset(
    qtbot, pane: TextPane, features: Comparison
) -> None:
    row = next(r for r, row in enumerate(pane.rows()) if row.block_ids == (3,))
    y0, y1 = pane.row_range(row)
    middle = QPoint(60, round((y0 + y1) / 2 - pane.scroll_value()))
    assert pane.block_at(middle) == 3
    assert pane.block_at(QPoint(60, 2)) is None  # on the cruft strip
    pane.select_range(*trimmed(features.left.text, *_block_span(features, 4)))
    assert pane.block_at() == 4  # at the text cursor
    assert pane.block_of(features.left.blocks[5].start) == 5


def _block_span(comparison: Comparison, block_id: int) -> tuple[int, int]:
    block = comparison.left.blocks[block_id]
    return block.start, block.end


def test_context_menu_hooks_add_to_the_standard_menu(qtbot, pane: TextPane) -> None:
    seen: list[QPoint] = []

    def fill(menu: QMenu, point: QPoint) -> None:
        seen.append(point)
        menu.addAction("Extra entry")

    pane.add_context_menu_hook(fill)
    menu = pane.context_menu(QPoint(40, 50))
    texts = [a.text().replace("&", "") for a in menu.actions()]
    assert any(t.startswith("Copy") for t in texts)  # the text view's own entries stay
    assert texts[-1] == "Extra entry" and seen == [QPoint(40, 50)]
    menu.deleteLater()


def test_mark_painters_draw_over_the_text_and_leave_find_alone(
    qtbot, pane: TextPane, features: Comparison
) -> None:
    start = features.left.text.index("Nobody")
    rect = pane.range_rects(start, start + len("Nobody"))[0].translated(0, -pane.scroll_value())
    point = rect.center().toPoint()

    def paint(painter: QPainter) -> None:
        painter.fillRect(rect, QColor(0, 200, 0))

    pane.set_find_matches([(start, start + 3)])
    pane.add_mark_painter(paint)
    pane.update_marks()
    image = pane.editor.viewport().grab().toImage()
    assert image.pixelColor(point) == QColor(0, 200, 0)
    assert len(pane.editor.extraSelections()) == 1  # the find match is still there


def test_range_rects_are_empty_when_folded_or_outside(
    qtbot, pane: TextPane, features: Comparison
) -> None:
    text = features.left.text
    assert pane.range_rects(0, 10) == []  # the folded cruft
    assert pane.range_rects(len(text) + 1, len(text) + 4) == []
    start = text.index("Nobody")
    rects = pane.range_rects(start, start + 6)
    assert len(rects) == 1 and rects[0].width() > 10
