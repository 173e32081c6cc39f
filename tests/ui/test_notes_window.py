"""Notes in the window: create, mark, edit, delete and undo, save and reopen, recover."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox

from viewer.annotations.comparison_file import ComparisonFile, SourceRecord
from viewer.annotations.model import Side
from viewer.annotations.recovery import RecoveryStore
from viewer.annotations.storage import load_comparison_file
from viewer.ui.main_window import MainWindow
from viewer.ui.notes_model import Column
from viewer.ui.preferences import Preferences

from .notes_fixtures import TIMEOUT, add_note, make_window, open_pair

pytestmark = pytest.mark.gui

LEFT_WORDS = "Two sources said at least one meeting took place in Geneva"
RIGHT_WORDS = "secretly held a series of unofficial meetings in Switzerland"


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    window = make_window(qtbot, tmp_path)
    open_pair(qtbot, window)
    return window


def _shown_rows(window: MainWindow) -> list[str]:
    proxy = window.notes.panel.proxy
    return [proxy.index(r, Column.NOTE).data() for r in range(proxy.rowCount())]


def test_a_note_on_a_selection_is_listed_marked_and_autosaved(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    note_id = add_note(window, Side.RIGHT, RIGHT_WORDS, "Source says *three* sources.", "Misquote")
    controller = window.notes.controller
    note = controller.note(note_id)
    assert note is not None
    assert note.anchors[0].quote.exact == RIGHT_WORDS
    assert note.anchors[0].side is Side.RIGHT
    assert (note.tag, note.author) == ("Misquote", "Ann Tester")
    doc = window.view.pane(Side.RIGHT).document()
    assert doc is not None
    start = note.anchors[0].position.start
    assert doc.text[start : start + len(RIGHT_WORDS)] == RIGHT_WORDS

    assert window.notes.panel.isVisible()
    assert _shown_rows(window) == ["Source says three sources."]
    model = controller.model
    assert model.index(0, Column.TAG).data() == "Misquote"
    assert RIGHT_WORDS[:40] in model.index(0, Column.QUOTE).data()

    marks = controller.marks.marks()
    assert [(m.side, m.note_id) for m in marks] == [(Side.RIGHT, note_id)]
    assert window.view.pane(Side.RIGHT).range_rects(marks[0].start, marks[0].end)
    assert window.notes.state.text() == "1 note · unsaved"

    recovered = RecoveryStore(tmp_path / "recovery").pending()
    assert [e.note_count for e in recovered] == [1]


def test_marks_are_painted_over_the_annotated_words(qtbot, window: MainWindow) -> None:
    pane = window.view.pane(Side.RIGHT)
    marks = window.notes.controller.marks
    note_id = add_note(window, Side.RIGHT, RIGHT_WORDS, "x", "Fine")
    window.notes.commands.jump_to(note_id)
    qtbot.wait(50)
    mark = marks.marks()[0]
    rect = pane.range_rects(mark.start, mark.end)[0].translated(0, -pane.scroll_value())
    y = int(rect.bottom()) - 1
    xs = range(int(rect.left()) + 2, int(rect.right()) - 2, 5)

    def underline() -> list[QColor]:
        image = pane.editor.viewport().grab().toImage()
        return [image.pixelColor(x, y) for x in xs]

    painted = underline()
    assert any(c.alpha() > 0 and c.red() > c.blue() for c in painted)
    marks.set_notes(())  # the same words, unmarked: no yellow underline
    assert not any(c.red() > c.blue() for c in underline())


def test_edit_delete_undo_and_redo(qtbot, window: MainWindow) -> None:
    controller = window.notes.controller
    first = add_note(window, Side.RIGHT, RIGHT_WORDS, "first", "Misquote")
    add_note(window, Side.LEFT, LEFT_WORDS, "second", "Added claim")
    assert _shown_rows(window) == ["first", "second"]

    assert window.notes.panel.select_note(first)
    window.notes.panel.edit_current()
    editor = window.notes.commands.editor
    assert editor is not None and editor.body() == "first"
    editor.editor.setPlainText("first, edited")
    editor.tag_box.setCurrentText("Changed number")
    editor.accept()
    edited = controller.note(first)
    assert edited is not None and (edited.body, edited.tag) == ("first, edited", "Changed number")
    assert edited.edited > edited.created

    window.notes.panel.select_note(first)
    window.notes.panel.delete_current()
    assert _shown_rows(window) == ["second"]
    assert [m.note_id for m in controller.marks.marks()] == [controller.notes()[0].id]

    controller.undo.trigger()
    assert _shown_rows(window) == ["first, edited", "second"]
    controller.undo.trigger()
    assert _shown_rows(window) == ["first", "second"]
    controller.redo.trigger()
    controller.redo.trigger()
    assert _shown_rows(window) == ["second"]


def test_tag_filter_shows_one_verdict(qtbot, window: MainWindow) -> None:
    add_note(window, Side.RIGHT, RIGHT_WORDS, "a", "Misquote")
    add_note(window, Side.LEFT, LEFT_WORDS, "b", "Added claim")
    panel = window.notes.panel
    panel.set_tag_filter("Added claim")
    assert _shown_rows(window) == ["b"]
    assert panel.count.text() == "1 of 2"
    panel.set_tag_filter(None)
    assert _shown_rows(window) == ["a", "b"]


def test_clicking_a_note_jumps_to_its_words(qtbot, window: MainWindow) -> None:
    note_id = add_note(window, Side.LEFT, LEFT_WORDS, "where", "Fine")
    pane = window.view.pane(Side.LEFT)
    pane.set_scroll_value(0)
    pane.editor.setTextCursor(pane.editor.cursorForPosition(pane.editor.rect().topLeft()))
    index = window.notes.panel.proxy.index(0, Column.QUOTE)
    window.notes.panel.table.clicked.emit(index)
    assert window.notes.controller.marks.current() == note_id
    cursor = pane.editor.textCursor()
    assert cursor.selectedText() == LEFT_WORDS
    assert pane.scroll_value() > 0


def test_paragraph_and_link_notes(qtbot, window: MainWindow) -> None:
    controller = window.notes.controller
    comparison = window.session.comparison
    assert comparison is not None
    pair = next(i for i, p in enumerate(comparison.pairs) if not p.moved)
    window.view.select_pair(pair)
    editor = window.notes.commands.annotate_pair()
    assert editor is not None
    editor.accept()
    link = controller.notes()[-1]
    assert [a.side for a in link.anchors] == [Side.LEFT, Side.RIGHT]
    left_block = comparison.left.blocks[comparison.pairs[pair].left[0]]
    assert link.anchors[0].position.start == left_block.start

    pane = window.view.pane(Side.RIGHT)
    menu = pane.context_menu(pane.rect().center())  # what a right click opens
    texts = [a.text() for a in menu.actions()]
    assert "Add Note on Paragraph…" in texts and "Add Note on Link…" in texts
    editor = window.notes.commands.annotate_block(Side.RIGHT)  # the paragraph at the text cursor
    assert editor is not None
    quote = editor.quote.text()
    editor.accept()
    paragraph = controller.notes()[-1]
    assert paragraph.anchors[0].side is Side.RIGHT
    assert quote.startswith("“")
    assert len(paragraph.anchors[0].quote.exact) > 20


def test_save_and_reopen_round_trip(qtbot, window: MainWindow, tmp_path: Path) -> None:
    add_note(window, Side.RIGHT, RIGHT_WORDS, "**Checked** with Reuters.", "Misquote")
    add_note(window, Side.LEFT, LEFT_WORDS, "Context: Munich.", "Omitted context")
    target = tmp_path / "work.crosscheck"
    assert window.notes.files.save_as(str(target))
    assert window.notes.state.text() == "2 notes"
    assert RecoveryStore(tmp_path / "recovery").pending() == []
    saved = load_comparison_file(target)
    assert [n.body for n in saved.notes] == ["**Checked** with Reuters.", "Context: Munich."]
    assert saved.left.text == window.session.comparison.left.text
    assert json.loads(target.read_text("utf-8"))["view"]["show_cruft"] is False

    (tmp_path / "second").mkdir()
    other = make_window(qtbot, tmp_path / "second")
    with qtbot.waitSignal(other.notes.controller.notes_changed, timeout=TIMEOUT):
        assert other.notes.files.open_file(str(target))
    qtbot.waitUntil(lambda: len(other.notes.controller.notes()) == 2, timeout=TIMEOUT)
    reopened = other.notes.controller.notes()
    assert [(n.id, n.body, n.tag, n.anchors) for n in reopened] == [
        (n.id, n.body, n.tag, n.anchors) for n in saved.notes
    ]
    assert other.notes.controller.path == str(target)
    assert not other.notes.controller.dirty
    assert len(other.notes.controller.marks.marks()) == 2
    assert other.session.left_path == saved.left.source  # unchanged original: the file itself


def test_reopening_after_the_articles_changed_uses_the_stored_text(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    controller = window.notes.controller
    add_note(window, Side.RIGHT, RIGHT_WORDS, "kept", "Fine")
    target = tmp_path / "work.crosscheck"
    window.notes.files.save_as(str(target))
    saved = load_comparison_file(target)
    # The originals are gone: only the stored texts remain.
    moved = ComparisonFile(
        SourceRecord(**{**_fields(saved.left), "source": str(tmp_path / "gone-left.txt")}),
        SourceRecord(**{**_fields(saved.right), "source": str(tmp_path / "gone-right.txt")}),
        saved.notes,
    )
    from viewer.annotations.storage import save_comparison_file

    save_comparison_file(target, moved)
    with qtbot.waitSignal(window.session.comparison_changed, timeout=TIMEOUT):
        window.notes.files.open_file(str(target))
    assert window.session.left_path is None  # shown from the stored text
    assert [n.body for n in controller.notes()] == ["kept"]
    assert not controller.notes()[0].orphaned
    assert window.session.comparison.right.text == saved.right.text


def _fields(record: SourceRecord) -> dict:
    return {name: getattr(record, name) for name in record.__dataclass_fields__}


def test_swapping_sides_keeps_notes_on_their_words(qtbot, window: MainWindow) -> None:
    add_note(window, Side.RIGHT, RIGHT_WORDS, "swap me", "Fine")
    with qtbot.waitSignal(window.session.comparison_changed, timeout=TIMEOUT):
        window.session.swap_sides()
    note = window.notes.controller.notes()[0]
    assert note.anchors[0].side is Side.LEFT
    assert not note.orphaned
    doc = window.session.comparison.left
    start = note.anchors[0].position.start
    assert doc.text[start : start + len(RIGHT_WORDS)] == RIGHT_WORDS


def test_replacing_a_side_orphans_its_notes_but_keeps_them(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    add_note(window, Side.RIGHT, RIGHT_WORDS, "will lose its words", "Fine")
    other = tmp_path / "other.txt"
    other.write_text("A different article.\n\nNothing in common here.", encoding="utf-8")
    with qtbot.waitSignal(window.session.comparison_changed, timeout=TIMEOUT):
        window.session.open_side(Side.RIGHT, str(other))
    note = window.notes.controller.notes()[0]
    assert note.orphaned
    assert window.notes.controller.model.reason(note.id) == "quote no longer in the text"
    row = window.notes.panel.proxy.index(0, Column.NOTE).data()
    assert row.startswith("Orphaned: quote no longer in the text")
    assert window.notes.controller.marks.marks() == []
    assert not window.notes.commands.jump_to(note.id)


def test_recovery_is_offered_after_a_crash(qtbot, tmp_path: Path) -> None:
    crashed = make_window(qtbot, tmp_path)
    open_pair(qtbot, crashed)
    add_note(crashed, Side.RIGHT, RIGHT_WORDS, "unsaved verdict", "Unsupported")
    add_note(crashed, Side.LEFT, LEFT_WORDS, "another", "Fine")
    # A killed process runs no clean-up: forget the window without closing it.
    crashed.hide()

    survivor = make_window(qtbot, tmp_path)
    qtbot.waitUntil(lambda: survivor.notes.files.recovery_box is not None, timeout=TIMEOUT)
    box = survivor.notes.files.recovery_box
    assert box is not None and box.objectName() == "recoveryDialog"
    assert "2 unsaved note(s)" in box.text()
    restore = next(b for b in box.buttons() if b.text() == "Restore")
    with qtbot.waitSignal(survivor.session.comparison_changed, timeout=TIMEOUT):
        restore.click()
    notes = survivor.notes.controller.notes()
    assert [n.body for n in notes] == ["unsaved verdict", "another"]
    assert survivor.notes.controller.dirty  # still only in the recovery file
    assert len(RecoveryStore(tmp_path / "recovery").pending()) == 1  # the same file, reused


def test_recovery_discard_removes_the_file(qtbot, tmp_path: Path) -> None:
    crashed = make_window(qtbot, tmp_path)
    open_pair(qtbot, crashed)
    add_note(crashed, Side.RIGHT, RIGHT_WORDS, "unsaved", "Fine")
    crashed.hide()
    survivor = make_window(qtbot, tmp_path)
    qtbot.waitUntil(lambda: survivor.notes.files.recovery_box is not None, timeout=TIMEOUT)
    box = survivor.notes.files.recovery_box
    assert box is not None
    next(b for b in box.buttons() if b.text() == "Discard").click()
    assert RecoveryStore(tmp_path / "recovery").pending() == []


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"{not json", "not valid JSON"),
        (b'{"format": "crosscheck/comparison-file", "version": 99}', "newer Crosscheck"),
        (b"", "empty"),
    ],
)
def test_a_bad_file_is_reported_and_left_untouched(
    qtbot, window: MainWindow, tmp_path: Path, content: bytes, expected: str
) -> None:
    bad = tmp_path / "bad.crosscheck"
    bad.write_bytes(content)
    before = window.session.comparison
    assert not window.notes.files.open_file(str(bad))
    assert expected in window.errors[-1]
    assert bad.read_bytes() == content
    assert window.session.comparison is before


def test_save_to_a_missing_folder_reports_and_stays_unsaved(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    add_note(window, Side.RIGHT, RIGHT_WORDS, "x", "Fine")
    assert not window.notes.files.save_as(str(tmp_path / "missing" / "w.crosscheck"))
    assert "does not exist" in window.errors[-1]
    assert window.notes.controller.dirty


def test_new_tags_join_the_users_list(qtbot, window: MainWindow, tmp_path: Path) -> None:
    add_note(window, Side.RIGHT, RIGHT_WORDS, "x", "Needs a call")
    prefs = Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert prefs.tags[-1] == "Needs a call"
    assert "Needs a call" in window.notes.controller.comparison_file().tags


def test_no_recovery_box_without_leftovers(qtbot, window: MainWindow) -> None:
    qtbot.wait(20)
    assert window.notes.files.recovery_box is None
    assert window.findChild(QMessageBox, "recoveryDialog") is None
