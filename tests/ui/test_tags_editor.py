"""The verdict list editor: add, rename, remove, reorder, defaults; retagging notes with undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from viewer.annotations.model import DEFAULT_TAGS, Side
from viewer.ui.main_window import MainWindow
from viewer.ui.preferences import Preferences
from viewer.ui.tags_editor import TagsEditor, apply_tag_edits

from .notes_fixtures import add_note, make_window, open_pair

pytestmark = pytest.mark.gui

WORDS = "secretly held a series of unofficial meetings in Switzerland"
OTHER = "Two sources said at least one meeting took place in Geneva"


@pytest.fixture
def editor(qtbot) -> TagsEditor:
    dialog = TagsEditor(["Fine", "Misquote", "Unsupported"], {"Misquote": 2, "Fine": 0})
    qtbot.addWidget(dialog)
    return dialog


def _row(editor: TagsEditor, tag: str) -> int:
    return editor.tags().index(tag)


def test_starts_with_the_list_and_changes_nothing_untouched(editor: TagsEditor) -> None:
    assert editor.tags() == ("Fine", "Misquote", "Unsupported")
    assert (editor.renames(), editor.removed(), editor.retag()) == ({}, (), False)
    assert editor.warning.isHidden() and editor.retag_box.isHidden()


def test_add_gives_unique_names_and_refuses_duplicates(editor: TagsEditor) -> None:
    assert editor.add_tag() is not None
    assert editor.add_tag() is not None
    assert editor.tags()[-2:] == ("New verdict", "New verdict 2")
    assert editor.add_tag("  Needs a call ") is not None
    assert editor.tags()[-1] == "Needs a call"
    assert editor.add_tag("misquote") is None  # same tag but for case
    assert "already in the list" in editor.problem.text()
    assert editor.renames() == {}  # new tags are not renames


@pytest.mark.parametrize(
    ("name", "kept", "problem"),
    [
        ("Misquotation", "Misquotation", ""),
        ("  Misquotation  ", "Misquotation", ""),
        ("", "Misquote", "needs a name"),
        ("   ", "Misquote", "needs a name"),
        ("fine", "Misquote", "already in the list"),
    ],
)
def test_rename_keeps_valid_names_and_reverts_bad_ones(
    editor: TagsEditor, name: str, kept: str, problem: str
) -> None:
    row = _row(editor, "Misquote")
    assert editor.rename_tag(row, name) is (kept != "Misquote")
    assert editor.tags()[row] == kept
    assert problem in editor.problem.text()
    assert editor.problem.isHidden() is (problem == "")
    assert editor.renames() == ({"Misquote": kept} if kept != "Misquote" else {})


def test_a_rename_of_a_used_tag_offers_to_retag_its_notes(editor: TagsEditor) -> None:
    editor.rename_tag(_row(editor, "Fine"), "All good")  # used by no note: nothing to offer
    assert editor.retag_box.isHidden() and not editor.retag()
    editor.rename_tag(_row(editor, "Misquote"), "Misquotation")
    assert not editor.retag_box.isHidden()
    assert editor.retag_box.text() == "Also rename the verdict on 2 notes here"
    assert editor.retag()
    editor.retag_box.setChecked(False)
    assert not editor.retag()


def test_renames_follow_moves_second_renames_and_swaps(editor: TagsEditor) -> None:
    editor.list.setCurrentRow(_row(editor, "Misquote"))
    editor.move_current(-1)
    assert editor.tags() == ("Misquote", "Fine", "Unsupported")
    editor.rename_tag(0, "Temporary")
    editor.rename_tag(0, "Misquoted")
    assert editor.renames() == {"Misquote": "Misquoted"}
    editor.rename_tag(_row(editor, "Fine"), "Misquote")  # a freed name can be reused
    editor.rename_tag(_row(editor, "Misquoted"), "Fine")
    assert editor.renames() == {"Misquote": "Fine", "Fine": "Misquote"}


def test_up_and_down_stop_at_the_ends(editor: TagsEditor) -> None:
    editor.list.setCurrentRow(0)
    assert not editor.up_button.isEnabled() and editor.down_button.isEnabled()
    editor.move_current(-1)
    assert editor.tags()[0] == "Fine"
    editor.down_button.click()
    editor.down_button.click()
    assert editor.tags() == ("Misquote", "Unsupported", "Fine")
    assert editor.list.currentRow() == 2 and not editor.down_button.isEnabled()


def test_removing_a_used_tag_warns_and_the_last_tag_stays(editor: TagsEditor) -> None:
    editor.list.setCurrentRow(_row(editor, "Misquote"))
    editor.remove_button.click()
    assert editor.removed() == ("Misquote",)
    assert not editor.warning.isHidden()
    assert "“Misquote” (2 notes)" in editor.warning.text()
    assert "keep their verdict text" in editor.warning.text()
    editor.list.setCurrentRow(_row(editor, "Fine"))
    editor.remove_current()  # used by no note: no new warning
    assert "Fine" not in editor.warning.text()
    editor.remove_current()
    assert editor.tags() == ("Unsupported",)
    assert not editor.remove_button.isEnabled()
    editor.remove_current()
    assert editor.tags() == ("Unsupported",)


def test_restore_defaults_keeps_identity_of_tags_already_there(editor: TagsEditor) -> None:
    editor.rename_tag(_row(editor, "Misquote"), "Misquotation")
    editor.add_tag("Needs a call")
    editor.restore_defaults()
    assert editor.tags() == DEFAULT_TAGS
    assert editor.renames() == {}  # the rename is undone by the defaults
    assert editor.removed() == ()  # every starting tag is a default here
    assert editor.warning.isHidden()


def test_restore_defaults_warns_about_used_tags_it_drops(qtbot) -> None:
    dialog = TagsEditor(["Needs a call", "Fine"], {"Needs a call": 1})
    qtbot.addWidget(dialog)
    dialog.defaults_button.click()
    assert dialog.removed() == ("Needs a call",)
    assert "“Needs a call” (1 note)" in dialog.warning.text()


# -- in the window ----------------------------------------------------------------------


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    window = make_window(qtbot, tmp_path)
    open_pair(qtbot, window)
    return window


def _stored_tags(tmp_path: Path) -> tuple[str, ...]:
    return Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)).tags


def _open_editor(window: MainWindow) -> TagsEditor:
    window.notes.edit_tags.trigger()
    editor = window.findChild(TagsEditor, "tagsEditor")
    assert editor is not None and editor.isVisible()
    return editor


def test_the_editor_is_in_the_edit_menu(window: MainWindow) -> None:
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert window.notes.edit_tags in edit.actions()


def test_renaming_retags_the_notes_in_one_undo_step(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    controller = window.notes.controller
    first = add_note(window, Side.RIGHT, WORDS, "a", "Misquote")
    add_note(window, Side.LEFT, OTHER, "b", "Fine")
    editor = _open_editor(window)
    assert editor.retag_box.isHidden()
    editor.rename_tag(_row(editor, "Misquote"), "Misquotation")
    editor.list.setCurrentRow(_row(editor, "Misquotation"))
    editor.move_current(-10)  # no-op beyond the top
    editor.list.setCurrentRow(_row(editor, "Fine"))
    for _ in range(len(DEFAULT_TAGS)):
        editor.move_current(-1)
    assert editor.retag()
    editor.accept()

    expected = ("Fine", *[t if t != "Misquote" else "Misquotation" for t in DEFAULT_TAGS[:-1]])
    assert _stored_tags(tmp_path) == expected
    assert controller.tags == expected
    assert [n.tag for n in controller.notes()] == ["Misquotation", "Fine"]
    note = controller.note(first)
    assert note is not None and note.edited > note.created
    assert controller.undo_stack.undoText() == "Rename Verdict"
    assert controller.dirty

    controller.undo.trigger()
    assert [n.tag for n in controller.notes()] == ["Misquote", "Fine"]
    assert _stored_tags(tmp_path) == expected  # the list is a preference: it stays edited
    filters = [window.notes.panel.filter.itemText(i) for i in range(3)]
    assert filters == ["All verdicts", "Fine", "Misquote"]


def test_renaming_without_retagging_leaves_the_notes(window: MainWindow, tmp_path: Path) -> None:
    controller = window.notes.controller
    add_note(window, Side.RIGHT, WORDS, "a", "Misquote")
    steps = controller.undo_stack.count()
    editor = _open_editor(window)
    editor.rename_tag(_row(editor, "Misquote"), "Misquotation")
    editor.retag_box.setChecked(False)
    editor.accept()
    assert "Misquotation" in _stored_tags(tmp_path)
    assert [n.tag for n in controller.notes()] == ["Misquote"]
    assert controller.undo_stack.count() == steps
    assert "Misquote" in controller.comparison_file().tags  # still used, still listed


def test_removing_a_used_tag_keeps_it_on_the_notes(window: MainWindow, tmp_path: Path) -> None:
    controller = window.notes.controller
    note_id = add_note(window, Side.RIGHT, WORDS, "a", "Misquote")
    editor = _open_editor(window)
    editor.list.setCurrentRow(_row(editor, "Misquote"))
    editor.remove_current()
    assert "“Misquote” (1 note)" in editor.warning.text()
    editor.accept()
    assert "Misquote" not in _stored_tags(tmp_path)
    assert "Misquote" not in controller.tags
    assert controller.notes()[0].tag == "Misquote"
    dialog = window.notes.commands.edit(note_id)  # the note dialog still shows the note's own tag
    assert dialog is not None and dialog.tag() == "Misquote"
    dialog.reject()
    assert "Misquote" in controller.comparison_file().tags


def test_cancel_changes_nothing(window: MainWindow, tmp_path: Path) -> None:
    add_note(window, Side.RIGHT, WORDS, "a", "Misquote")
    before = _stored_tags(tmp_path)
    editor = _open_editor(window)
    editor.rename_tag(_row(editor, "Misquote"), "Misquotation")
    editor.restore_defaults()
    editor.add_tag("Scratch")
    editor.reject()
    assert _stored_tags(tmp_path) == before
    assert window.notes.controller.notes()[0].tag == "Misquote"


def test_tags_a_saved_comparison_brought_stay_offered(window: MainWindow) -> None:
    controller = window.notes.controller
    controller.tags = (*controller.tags, "From the file")
    apply_tag_edits(controller, ["Fine", "Misquote"])
    assert controller.tags == ("Fine", "Misquote", "From the file")
