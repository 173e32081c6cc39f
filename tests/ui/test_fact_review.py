"""Reviewing fact changes: a note on one (Ctrl+Alt+F), or dismissing it (Ctrl+Alt+D)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint

from tests.ui.test_fact_list import flagged_comparison
from tests.ui.widgets import show_window
from viewer.annotations.comparison_file import ComparisonFile, SourceRecord
from viewer.annotations.fact_notes import KIND_TAGS, NOT_A_FACT_CHANGE, dismissal_note
from viewer.annotations.model import Side
from viewer.annotations.storage import save_comparison_file
from viewer.engine.model import Comparison, Flag
from viewer.ui.main_window import MainWindow

from .notes_fixtures import TIMEOUT, make_window, open_pair

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    window = make_window(qtbot, tmp_path)
    open_pair(qtbot, window)
    assert window.facts.dock.list.row_count() > 0
    return window


def _chosen_flag(window: MainWindow) -> Flag:
    comparison = window.session.comparison
    assert comparison is not None
    fact = window.facts.dock.list.model.fact(window.facts.dock.list.current_row())
    return comparison.pairs[fact.pair].flags[fact.index]


def _row_point(window: MainWindow, row: int) -> QPoint:
    table = window.facts.dock.list.table
    return table.visualRect(table.model().index(row, 1)).center()


@pytest.mark.parametrize("steps", [1, 3])
def test_a_note_on_the_chosen_fact_change_carries_its_words_finding_and_verdict(
    window: MainWindow, steps: int
) -> None:
    for _ in range(steps):
        window.facts.next_fact.trigger()
    flag = _chosen_flag(window)
    window.facts.review.note_on_fact.trigger()
    editor = window.notes.commands.editor
    assert editor is not None and editor.isVisible()
    assert editor.windowTitle() == "Note on Fact Change"
    assert editor.editor.toPlainText().startswith(f"**Fact change ({flag.kind.value}):** ")
    assert editor.tag() == KIND_TAGS.get(flag.kind, window.notes.controller.tags[0])
    assert editor.editor.textCursor().atEnd()  # the verdict is typed after the finding
    editor.editor.insertPlainText("Not in the source.")
    editor.accept()

    note = window.notes.controller.notes()[-1]
    assert note.body.endswith("\n\nNot in the source.")
    sides = ((Side.LEFT, flag.left), (Side.RIGHT, flag.right))
    held = [(side, span) for side, span in sides if span.text]
    assert [(a.side, a.quote.exact) for a in note.anchors] == [(s, sp.text) for s, sp in held]
    assert [(a.position.start, a.position.end) for a in note.anchors] == [
        (sp.start, sp.end) for _, sp in held
    ]
    assert window.notes.panel.isVisible()


@pytest.mark.parametrize("command", ["note_on_fact", "dismiss_fact"])
def test_without_a_chosen_fact_change_a_command_says_how_to_choose_one(
    window: MainWindow, command: str
) -> None:
    window.facts.dock.list.select_row(-1)
    getattr(window.facts.review, command).trigger()
    assert window.notes.commands.editor is None and not window.notes.controller.notes()
    message = window.statusBar().currentMessage()
    assert message.startswith("Choose a fact change first") and "Alt+Shift+Down" in message


def test_a_rows_menu_goes_to_the_fact_change_and_offers_the_note(window: MainWindow) -> None:
    facts = window.facts.dock.list
    row = facts.row_count() - 1
    menu = facts.context_menu(_row_point(window, row))
    assert menu is not None
    assert facts.current_row() == row
    fact = facts.model.fact(row)
    assert window.view.current_pair() == fact.pair
    assert window.facts.review.actions() == tuple(menu.actions()[1:])
    assert menu.actions()[0].text() == "&Go to Fact Change"
    menu.close()
    below_rows = QPoint(5, facts.table.viewport().height() + 50)
    assert facts.context_menu(below_rows) is None


def test_the_command_sits_in_the_edit_menu_and_above_the_list(window: MainWindow) -> None:
    action = window.facts.review.note_on_fact
    assert action.shortcut().toString() == "Ctrl+Alt+F"
    dismiss = window.facts.review.dismiss_fact
    assert dismiss.shortcut().toString() == "Ctrl+Alt+D"
    facts = window.facts.dock.list
    assert facts.note_button.defaultAction() is action and facts.note_button.text() == "Add Note…"
    assert (
        facts.dismiss_button.defaultAction() is dismiss and facts.dismiss_button.text() == "Dismiss"
    )
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    entries = edit.actions()
    after_link = entries.index(window.notes.commands.annotate_link) + 1
    assert entries[after_link : after_link + 2] == [action, dismiss]
    shortcuts = [a.shortcut().toString() for a in window.findChildren(type(action))]
    assert shortcuts.count("Ctrl+Alt+F") == shortcuts.count("Ctrl+Alt+D") == 1


def _flags(comparison: Comparison | None) -> list[Flag]:
    assert comparison is not None
    return [f for pair in comparison.pairs for f in pair.flags]


def test_dismissing_takes_the_flag_out_everywhere_and_a_note_records_it(
    window: MainWindow,
) -> None:
    facts, review = window.facts.dock.list, window.facts.review
    count = facts.row_count()
    window.facts.next_fact.trigger()
    window.facts.next_fact.trigger()
    row, flag = facts.current_row(), _chosen_flag(window)
    note = review.dismiss()

    assert note is not None and note.tag == NOT_A_FACT_CHANGE
    assert window.notes.controller.notes() == (note,)
    assert [a.quote.exact for a in note.anchors] == [
        s.text for s in (flag.left, flag.right) if s.text
    ]
    assert facts.row_count() == count - 1
    assert "1 dismissed" in facts.summary.text()
    session = window.session
    assert flag not in _flags(session.comparison) and flag in _flags(session.found)
    assert flag not in _flags(window.view.comparison())
    assert flag not in _flags(window.notes.controller.comparison())  # what exports get
    for side, span in ((Side.LEFT, flag.left), (Side.RIGHT, flag.right)):
        assert span.start not in {b.start for b in window.view.pane(side).badge_rects()}
    assert facts.current_row() == row  # on to the next fact change, shown
    assert window.view.current_pair() == facts.model.fact(row).pair
    assert "Dismissed as no fact change" in window.statusBar().currentMessage()

    window.notes.controller.undo.trigger()
    assert facts.row_count() == count and flag in _flags(session.comparison)
    assert "dismissed" not in facts.summary.text()
    window.notes.controller.redo.trigger()
    assert facts.row_count() == count - 1


def test_deleting_the_dismissing_note_brings_the_flag_back(window: MainWindow) -> None:
    facts = window.facts.dock.list
    count = facts.row_count()
    window.facts.next_fact.trigger()
    note = window.facts.review.dismiss()
    assert note is not None and facts.row_count() == count - 1
    assert window.notes.controller.delete_note(note.id)
    assert facts.row_count() == count


def test_dismissing_every_fact_change_leaves_an_empty_list_that_says_so(
    window: MainWindow,
) -> None:
    facts = window.facts.dock.list
    count = facts.row_count()
    window.facts.next_fact.trigger()
    for _ in range(count):
        assert window.facts.review.dismiss() is not None
    assert facts.row_count() == 0
    assert facts.summary.text() == f"No fact changes left · {count} dismissed (see Notes)"
    assert not window.facts.review.dismiss_fact.isEnabled()


def test_dismissals_are_saved_and_hold_when_the_work_is_reopened(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    count = window.facts.dock.list.row_count()
    window.facts.next_fact.trigger()
    flag = _chosen_flag(window)
    assert window.facts.review.dismiss() is not None
    target = tmp_path / "work.crosscheck"
    assert window.notes.files.save_as(str(target))

    (tmp_path / "second").mkdir()
    other = make_window(qtbot, tmp_path / "second")
    with qtbot.waitSignal(other.session.comparison_completed, timeout=TIMEOUT):
        assert other.notes.files.open_file(str(target))
    qtbot.waitUntil(lambda: other.facts.dock.list.row_count() == count - 1, timeout=TIMEOUT)
    assert flag not in _flags(other.session.comparison)
    assert "1 dismissed" in other.facts.dock.list.summary.text()


def test_a_saved_dismissal_holds_when_the_comparison_arrives_with_its_flags(
    qtbot, tmp_path: Path
) -> None:
    """The flags come with the comparison itself here (no second phase), so the saved
    work's notes arrive while that comparison is being announced: every listener must
    end up with the flags the notes leave, none with the flags before them."""
    comparison = flagged_comparison()
    flag = comparison.pairs[4].flags[0]
    note = dismissal_note(flag, comparison.left.text, comparison.right.text)
    records = (SourceRecord.from_document(d) for d in (comparison.left, comparison.right))
    target = tmp_path / "work.crosscheck"
    save_comparison_file(target, ComparisonFile(*records, (note,)))
    window = show_window(qtbot, tmp_path / "s.ini", lambda _l, _r: comparison)
    with qtbot.waitSignal(window.session.comparison_completed, timeout=TIMEOUT):
        assert window.notes.files.open_file(str(target))
    qtbot.waitUntil(lambda: window.notes.controller.notes() == (note,), timeout=TIMEOUT)
    facts = window.facts.dock.list
    assert facts.row_count() == len(_flags(comparison)) - 1
    rows = [facts.model.fact(r) for r in range(facts.row_count())]
    assert (flag.left.text, flag.right.text, flag.note) not in [
        (r.left, r.right, r.note) for r in rows
    ]
    for shown in (window.view.comparison(), window.notes.controller.comparison()):
        assert flag not in _flags(shown)
    assert "1 dismissed" in facts.summary.text()
