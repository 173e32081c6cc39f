"""Fact changes in the window: badges, emphasis, the list, next/previous, the filter."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor

from tests.engine.test_moved_facts import GAME_LEFT, GAME_RIGHT
from tests.ui.conftest import features_comparison, span
from tests.ui.widgets import show_view, show_window
from viewer.annotations.model import Side
from viewer.assets import sample_pair
from viewer.engine.compare import compare_documents
from viewer.engine.document import document_from_text, load_document
from viewer.engine.facts import find_flags
from viewer.engine.model import Comparison, Flag, FlagKind
from viewer.ui.fact_list import FactList
from viewer.ui.fact_model import fact_rows, step_row
from viewer.ui.fact_ui import FactNavigator
from viewer.ui.highlighting import FLAG_PROPERTY
from viewer.ui.pane_model import FoldReason

pytestmark = pytest.mark.gui


def flagged_comparison() -> Comparison:
    """The features fixture with three flags in two pairs (one of them a dropped word)."""
    c = features_comparison()
    left, right = c.left, c.right
    dropped = Flag(FlagKind.CERTAINTY, span(left, 7, "me"), span(right, 5, None, "words"), "gone")
    now = Flag(FlagKind.DATE, span(left, 7, None, "."), span(right, 5, "now"), "now added")
    pairs = list(c.pairs)
    pairs[4] = replace(pairs[4], flags=(now, dropped))  # out of text order on purpose
    return replace(c, pairs=tuple(pairs))


@pytest.fixture(scope="module")
def sample_flagged() -> Comparison:
    left, right = (load_document(str(p)) for p in sample_pair())
    return compare_documents(left, right, flag_finder=find_flags)


def _flags(comparison: Comparison) -> list[tuple[int, Flag]]:
    return [(p, f) for p, pair in enumerate(comparison.pairs) for f in pair.flags]


@pytest.mark.parametrize("side", [Side.LEFT, Side.RIGHT])
@pytest.mark.parametrize("which", ["features", "sample"])
def test_a_badge_sits_just_before_every_flagged_span(
    qtbot, sample_flagged: Comparison, side: Side, which: str
) -> None:
    comparison = flagged_comparison() if which == "features" else sample_flagged
    assert _flags(comparison)
    view = show_view(qtbot, comparison, (1100, 700), show_cruft=True)
    pane = view.pane(side)
    expected = {}
    for _, flag in _flags(comparison):
        s = flag.left if side is Side.LEFT else flag.right
        expected.setdefault(s.start, []).append(flag.kind)
    seen = {}
    for block_id in {b.id for b in pane.document().blocks}:  # every row, by scrolling to it
        pane.scroll_block_to(block_id, 0)
        for badge in pane.badge_rects():
            seen[badge.start] = badge
    assert set(seen) == set(expected)
    for start, badge in seen.items():
        assert sorted(badge.kinds, key=str) == sorted(expected[start], key=str)
        pane.scroll_block_to(pane.document().blocks[0].id, 0)
        position = pane.text_position(start)
        cursor = QTextCursor(pane.editor.document())
        cursor.setPosition(position)
        pane.editor.setTextCursor(cursor)
        pane.editor.ensureCursorVisible()
        at = pane.editor.cursorRect(cursor)
        rect = next(b.rect for b in pane.badge_rects() if b.start == start)
        assert rect.width() > 4 and rect.height() > 4
        if rect.top() >= at.top() - 2:  # same line: the badge ends where the words begin
            assert at.left() - 4 <= rect.right() <= at.left() + 1
            assert rect.top() < at.bottom() and rect.bottom() > at.top()


@pytest.mark.parametrize("side", [Side.LEFT, Side.RIGHT])
def test_flagged_words_are_bold_with_a_wavy_underline(qtbot, side: Side) -> None:
    comparison = flagged_comparison()
    view = show_view(qtbot, comparison, (1100, 700))
    pane = view.pane(side)
    flag = comparison.pairs[1].flags[0]
    s = flag.left if side is Side.LEFT else flag.right
    cursor = QTextCursor(pane.editor.document())
    cursor.setPosition(pane.text_position(s.start) + 1)
    fmt = cursor.charFormat()
    assert fmt.property(FLAG_PROPERTY) == FlagKind.NUMBER.value
    assert fmt.fontWeight() >= 600
    assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    before = QTextCursor(pane.editor.document())
    before.setPosition(pane.text_position(s.start) - 1)  # the words before are plain
    assert before.charFormat().property(FLAG_PROPERTY) is None


def test_the_list_has_one_row_per_flag_in_reading_order(qtbot) -> None:
    comparison = flagged_comparison()
    facts = FactList()
    qtbot.addWidget(facts)
    facts.set_comparison(comparison)
    assert facts.row_count() == len(_flags(comparison)) == 3
    rows = [facts.model.fact(r) for r in range(facts.row_count())]
    assert [(r.pair, r.kind) for r in rows] == [
        (1, FlagKind.NUMBER),
        (4, FlagKind.CERTAINTY),  # "me" comes before "." in the left text
        (4, FlagKind.DATE),
    ]
    model = facts.model
    assert [model.data(model.index(1, c)) for c in (1, 2, 3)] == ["me", "\u2014", "gone"]
    assert "3 fact changes in 2 pairs" in facts.summary.text()


def _navigated(qtbot, comparison: Comparison):
    view = show_view(qtbot, comparison, (1100, 700))
    facts = FactList()
    qtbot.addWidget(facts)
    navigator = FactNavigator(view, facts)
    navigator.set_comparison(comparison)
    return view, facts, navigator


def test_clicking_a_row_selects_the_pair_and_the_flagged_words(qtbot) -> None:
    comparison = flagged_comparison()
    view, facts, _ = _navigated(qtbot, comparison)
    facts.show()
    rect = facts.table.visualRect(facts.model.index(2, 1))
    with qtbot.waitSignal(view.current_pair_changed) as changed:
        qtbot.mouseClick(facts.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert changed.args == [4]
    assert view.pane(Side.LEFT).current_blocks() == {7}
    assert view.pane(Side.RIGHT).editor.textCursor().selectedText() == "now"
    assert facts.current_row() == 2


def test_next_and_previous_fact_change_land_on_the_right_pairs(qtbot) -> None:
    comparison = flagged_comparison()
    view, _facts, navigator = _navigated(qtbot, comparison)
    steps = [navigator.step() for _ in range(4)]
    assert [(s.pair, s.kind) if s else None for s in steps] == [
        (1, FlagKind.NUMBER),
        (4, FlagKind.CERTAINTY),
        (4, FlagKind.DATE),
        None,  # the end: nothing moves
    ]
    assert view.current_pair() == 4
    assert view.pane(Side.LEFT).editor.textCursor().selectedText() == ""  # "." gained "now"
    back = navigator.step(backwards=True)
    assert (back.pair, back.kind) == (4, FlagKind.CERTAINTY)
    assert view.pane(Side.LEFT).editor.textCursor().selectedText() == "me"
    view.select_pair(2)  # the reader clicks elsewhere: the next one is after that pair
    assert navigator.step().pair == 4
    view.select_pair(0)
    assert navigator.step(backwards=True) is None


@pytest.mark.parametrize(
    ("row", "pair", "backwards", "expected"),
    [
        (None, -1, False, 0),
        (None, -1, True, 2),
        (0, 1, False, 1),
        (0, 3, False, 1),  # row 0's pair is no longer current: from pair 3 (moved, left 6)
        (1, 4, True, 0),
        (None, 0, True, None),  # nothing before the first pair
        (2, 4, False, None),
    ],
)
def test_step_row(row: int | None, pair: int, backwards: bool, expected: int | None) -> None:
    assert step_row(fact_rows(flagged_comparison()), row, pair, backwards) == expected


@pytest.mark.parametrize("side", [Side.LEFT, Side.RIGHT])
def test_only_flagged_pairs_folds_everything_else(qtbot, side: Side) -> None:
    comparison = flagged_comparison()
    view = show_view(qtbot, comparison, (1100, 700), only_flagged=True)
    right = side is Side.RIGHT
    flagged = {
        b for p in (1, 4) for b in (comparison.pairs[p].left, comparison.pairs[p].right)[right]
    }
    body = {b.id for b in (comparison.left, comparison.right)[right].body_blocks()}
    rows = view.pane(side).rows()
    assert {i for r in rows if r.fold is None for i in r.block_ids} == flagged
    assert {i for r in rows if r.fold is FoldReason.FILTERED for i in r.block_ids} == body - flagged


def test_the_window_has_the_dock_the_shortcuts_and_the_filter(qtbot, tmp_path: Path) -> None:
    comparison = flagged_comparison()
    window = show_window(qtbot, tmp_path / "s.ini", lambda _l, _r: comparison)
    session = window.session
    with qtbot.waitSignal(session.comparison_changed, timeout=10_000):
        session.open_pair("left.txt", "right.txt")
    facts = window.facts
    assert facts.dock.isVisible() and facts.dock.list.row_count() == 3
    assert facts.next_fact.shortcut().toString() == "Alt+Shift+Down"
    assert facts.previous_fact.shortcut().toString() == "Alt+Shift+Up"
    assert window.actions.next_one_sided.shortcut().toString() == "Ctrl+Alt+Down"
    shortcuts = [a.shortcut().toString() for a in window.findChildren(type(facts.next_fact))]
    assert shortcuts.count("Alt+Shift+Down") == 1  # no clash left
    facts.next_fact.trigger()
    assert window.view.current_pair() == 1
    window.actions.only_flagged.trigger()
    assert window.view.options().only_flagged
    assert facts.dock.list.filter_button.defaultAction() is window.actions.only_flagged


def _moved_fact() -> Comparison:
    """A number moved into the lede and changed there: one flag across two pairs."""
    left = document_from_text("\n\n".join(GAME_LEFT), "left.txt")
    right = document_from_text("\n\n".join(GAME_RIGHT).format(points="43"), "right.txt")
    return compare_documents(left, right, flag_finder=find_flags)


def test_a_fact_moved_between_pairs_is_selected_on_both_sides(qtbot) -> None:
    """A number moved to a paragraph linked elsewhere and changed there is one flag whose
    spans lie in two pairs: going to it selects the words in both panes."""
    comparison = _moved_fact()
    view, _, navigator = _navigated(qtbot, comparison)
    ((_, flag),) = _flags(comparison)
    assert navigator.go_to(0) is not None
    left, right = view.pane(Side.LEFT).editor, view.pane(Side.RIGHT).editor
    assert left.textCursor().selectedText() == flag.left.text == "34 points"
    assert right.textCursor().selectedText() == flag.right.text == "43 points"


@pytest.mark.parametrize("side", [Side.LEFT, Side.RIGHT])
def test_only_flagged_pairs_shows_both_paragraphs_of_a_fact_moved_between_pairs(
    qtbot, side: Side
) -> None:
    """The pair that lists the flag and the pair whose paragraph holds its other span
    both stay open: either side's flagged words are in view."""
    comparison = _moved_fact()
    ((_, flag),) = _flags(comparison)
    view = show_view(qtbot, comparison, (1100, 700), only_flagged=True)
    span = flag.left if side is Side.LEFT else flag.right
    doc = comparison.left if side is Side.LEFT else comparison.right
    holding = next(b.id for b in doc.blocks if b.start <= span.start < b.end)
    shown = {i for r in view.pane(side).rows() if r.fold is None for i in r.block_ids}
    assert holding in shown


def test_dismissing_a_fact_moved_between_pairs_unmarks_both_pairs(qtbot) -> None:
    """With the flag gone (dismissed), the paragraph of the pair that only held its span is
    no longer marked as flagged, and its badge goes: the derived view redoes that block."""
    comparison = _moved_fact()
    view = show_view(qtbot, comparison, (1100, 700))
    ((pair, _),) = _flags(comparison)
    before = view.pane(Side.LEFT).editor.toPlainText()
    pairs = list(comparison.pairs)
    pairs[pair] = replace(pairs[pair], flags=())
    view.add_flags(replace(comparison, pairs=tuple(pairs)))
    assert view.pane(Side.LEFT).editor.toPlainText() == before
    for side in (Side.LEFT, Side.RIGHT):
        spec = view.pane(side).spec()
        assert spec is not None and spec.flags == ()
        assert not any(info.flagged for info in spec.blocks.values())
        assert not any(s.badges or s.flag for seg in spec.segments.values() for s in seg)
