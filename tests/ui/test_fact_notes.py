"""A note on a fact change: from the list, its row menu or Ctrl+Alt+F, its finding written in."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint

from viewer.annotations.fact_notes import KIND_TAGS
from viewer.annotations.model import Side
from viewer.engine.model import Flag
from viewer.ui.main_window import MainWindow

from .notes_fixtures import make_window, open_pair

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
    window.facts.note_on_fact.trigger()
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


def test_without_a_chosen_fact_change_the_command_says_how_to_choose_one(
    window: MainWindow,
) -> None:
    window.facts.dock.list.select_row(-1)
    window.facts.note_on_fact.trigger()
    assert window.notes.commands.editor is None
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
    assert window.facts.note_on_fact in menu.actions()
    assert menu.actions()[0].text() == "&Go to Fact Change"
    menu.close()
    below_rows = QPoint(5, facts.table.viewport().height() + 50)
    assert facts.context_menu(below_rows) is None


def test_the_command_sits_in_the_edit_menu_and_above_the_list(window: MainWindow) -> None:
    action = window.facts.note_on_fact
    assert action.shortcut().toString() == "Ctrl+Alt+F"
    assert window.facts.dock.list.note_button.defaultAction() is action
    assert window.facts.dock.list.note_button.text() == "Add Note…"
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    entries = edit.actions()
    assert entries[entries.index(window.notes.commands.annotate_link) + 1] is action
    shortcuts = [a.shortcut().toString() for a in window.findChildren(type(action))]
    assert shortcuts.count("Ctrl+Alt+F") == 1
