"""Leaving unsaved notes asks first: closing the window, or opening another comparison."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox

from viewer.annotations.model import Side
from viewer.annotations.recovery import RecoveryStore
from viewer.annotations.storage import load_comparison_file
from viewer.ui import dialogs
from viewer.ui.dialogs import SaveChoice
from viewer.ui.main_window import MainWindow

from .notes_fixtures import LEFT, RIGHT, TIMEOUT, add_note, make_window, open_pair

pytestmark = pytest.mark.gui

WORDS = "secretly held a series of unofficial meetings in Switzerland"
LEFT_WORDS = "Two sources said at least one meeting took place in Geneva"


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    window = make_window(qtbot, tmp_path)
    open_pair(qtbot, window)
    return window


def _recovery(tmp_path: Path) -> list:
    return RecoveryStore(tmp_path / "recovery").pending()


@pytest.fixture
def other_pair(tmp_path: Path) -> tuple[str, str]:
    """Two small articles sharing nothing with the sample pair."""
    left, right = tmp_path / "a.txt", tmp_path / "b.txt"
    left.write_text("The council met on Monday.\n\nIt approved the budget.", encoding="utf-8")
    right.write_text("The council met on Monday.\n\nIt rejected the budget.", encoding="utf-8")
    return str(left), str(right)


# -- closing the window --------------------------------------------------------------


def test_closing_with_no_changes_asks_nothing(qtbot, window: MainWindow) -> None:
    assert window.close()
    assert window.save_prompt.asked == []


def test_closing_after_saving_asks_nothing(qtbot, window: MainWindow, tmp_path: Path) -> None:
    add_note(window, Side.RIGHT, WORDS, "saved", "Fine")
    assert window.notes.files.save_as(str(tmp_path / "w.crosscheck"))
    assert window.close()
    assert window.save_prompt.asked == []


def test_closing_with_unsaved_notes_asks_and_cancel_keeps_the_window(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    add_note(window, Side.RIGHT, WORDS, "unsaved", "Fine")
    window.save_prompt.answer = SaveChoice.CANCEL
    assert not window.close()
    assert window.isVisible()
    [asked] = window.save_prompt.asked
    assert asked.startswith("Save changes to the notes?")
    assert "closest-copy.txt" in asked and "(1 now)" in asked
    assert window.notes.controller.dirty
    assert [e.note_count for e in _recovery(tmp_path)] == [1]
    assert window.session.comparison is not None  # the session was not closed either


def test_save_writes_the_file_then_closes(qtbot, window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "w.crosscheck"
    add_note(window, Side.RIGHT, WORDS, "first", "Fine")
    window.notes.files.save_as(str(target))
    add_note(window, Side.LEFT, LEFT_WORDS, "second", "Misquote")
    window.save_prompt.answer = SaveChoice.SAVE
    assert window.close()
    assert len(window.save_prompt.asked) == 1
    assert [n.body for n in load_comparison_file(target).notes] == ["first", "second"]
    assert _recovery(tmp_path) == []


def test_save_of_a_new_work_asks_where_and_a_cancelled_dialog_keeps_the_window(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    add_note(window, Side.RIGHT, WORDS, "new", "Fine")
    window.save_prompt.answer = SaveChoice.SAVE
    answers: list[str | None] = [None, str(tmp_path / "chosen")]
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_args: answers.pop(0))
    assert not window.close()  # the file dialog was cancelled: nothing saved, still open
    assert window.isVisible() and window.notes.controller.dirty
    assert window.close()
    saved = load_comparison_file(tmp_path / "chosen.crosscheck")
    assert [n.body for n in saved.notes] == ["new"]


def test_a_failed_save_keeps_the_window(qtbot, window: MainWindow, tmp_path: Path) -> None:
    add_note(window, Side.RIGHT, WORDS, "x", "Fine")
    window.notes.controller.path = str(tmp_path / "missing" / "w.crosscheck")
    window.save_prompt.answer = SaveChoice.SAVE
    assert not window.close()
    assert "does not exist" in window.errors[-1]
    assert [e.note_count for e in _recovery(tmp_path)] == [1]


def test_discard_closes_and_clears_the_recovery_file(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    add_note(window, Side.RIGHT, WORDS, "let go", "Fine")
    assert len(_recovery(tmp_path)) == 1
    window.save_prompt.answer = SaveChoice.DISCARD
    assert window.close()
    assert len(window.save_prompt.asked) == 1
    assert _recovery(tmp_path) == []
    again = make_window(qtbot, tmp_path)
    assert again.notes.files.leftovers == []  # nothing offered at the next start


def test_a_new_work_whose_notes_were_all_deleted_asks_nothing(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    note_id = add_note(window, Side.RIGHT, WORDS, "gone", "Fine")
    window.notes.controller.delete_note(note_id)
    assert window.close()
    assert window.save_prompt.asked == []
    assert list((tmp_path / "recovery").glob("*.crosscheck")) == []


def test_deleting_every_note_of_a_saved_file_is_a_change(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    note_id = add_note(window, Side.RIGHT, WORDS, "x", "Fine")
    window.notes.files.save_as(str(tmp_path / "w.crosscheck"))
    window.notes.controller.delete_note(note_id)
    window.save_prompt.answer = SaveChoice.CANCEL
    assert not window.close()
    assert "(0 now)" in window.save_prompt.asked[0]


# -- opening another comparison ---------------------------------------------------------


def test_opening_another_pair_asks_and_cancel_keeps_the_work(
    qtbot, window: MainWindow, other_pair: tuple[str, str]
) -> None:
    add_note(window, Side.RIGHT, WORDS, "kept", "Fine")
    before = window.session.comparison
    window.save_prompt.answer = SaveChoice.CANCEL
    window.notes.files.open_pair(*other_pair)
    qtbot.wait(50)
    assert len(window.save_prompt.asked) == 1
    assert window.session.comparison is before
    assert not window.session.is_busy()
    assert [n.body for n in window.notes.controller.notes()] == ["kept"]


def test_opening_another_pair_after_discard_starts_clean(
    qtbot, window: MainWindow, tmp_path: Path, other_pair: tuple[str, str]
) -> None:
    add_note(window, Side.RIGHT, WORDS, "let go", "Fine")
    with qtbot.waitSignal(window.session.comparison_changed, timeout=TIMEOUT):
        window.notes.files.open_pair(*other_pair)
    assert len(window.save_prompt.asked) == 1
    assert window.notes.controller.notes() == ()
    assert _recovery(tmp_path) == []


def test_reloading_or_reopening_the_same_pair_asks_nothing(qtbot, window: MainWindow) -> None:
    add_note(window, Side.RIGHT, WORDS, "stays", "Fine")
    with qtbot.waitSignal(window.session.comparison_changed, timeout=TIMEOUT):
        window.notes.files.open_pair(LEFT, RIGHT)
    with qtbot.waitSignal(window.session.comparison_changed, timeout=TIMEOUT):
        window.session.reload()
    assert window.save_prompt.asked == []
    assert [n.body for n in window.notes.controller.notes()] == ["stays"]


def test_a_dropped_pair_asks_after_the_drop(
    qtbot, window: MainWindow, other_pair: tuple[str, str]
) -> None:
    add_note(window, Side.RIGHT, WORDS, "kept", "Fine")
    window.save_prompt.answer = SaveChoice.CANCEL
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(p) for p in other_pair])
    assert window.open_dropped(mime, Side.LEFT)
    assert window.save_prompt.asked == []  # not inside the drop itself
    qtbot.waitUntil(lambda: len(window.save_prompt.asked) == 1, timeout=TIMEOUT)
    assert [n.body for n in window.notes.controller.notes()] == ["kept"]


def test_opening_a_saved_comparison_asks_first(qtbot, window: MainWindow, tmp_path: Path) -> None:
    add_note(window, Side.RIGHT, WORDS, "saved one", "Fine")
    target = tmp_path / "w.crosscheck"
    window.notes.files.save_as(str(target))
    add_note(window, Side.LEFT, LEFT_WORDS, "unsaved one", "Fine")
    window.save_prompt.answer = SaveChoice.CANCEL
    assert not window.notes.files.open_file(str(target))
    assert len(window.notes.controller.notes()) == 2
    window.save_prompt.answer = SaveChoice.DISCARD
    with qtbot.waitSignal(window.notes.controller.notes_changed, timeout=TIMEOUT):
        assert window.notes.files.open_file(str(target))
    qtbot.waitUntil(lambda: len(window.notes.controller.notes()) == 1, timeout=TIMEOUT)
    assert not window.notes.controller.dirty


def test_an_unreadable_file_asks_nothing(qtbot, window: MainWindow, tmp_path: Path) -> None:
    add_note(window, Side.RIGHT, WORDS, "x", "Fine")
    bad = tmp_path / "bad.crosscheck"
    bad.write_bytes(b"{not json")
    assert not window.notes.files.open_file(str(bad))
    assert window.save_prompt.asked == []


# -- the real question box -----------------------------------------------------------


@pytest.mark.parametrize(
    ("button", "expected"),
    [
        (QMessageBox.StandardButton.Save, SaveChoice.SAVE),
        (QMessageBox.StandardButton.Discard, SaveChoice.DISCARD),
        (QMessageBox.StandardButton.Cancel, SaveChoice.CANCEL),
        (None, SaveChoice.CANCEL),  # Escape
    ],
)
def test_the_question_box_maps_its_buttons(qtbot, button, expected) -> None:
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.objectName())
        if button is None:
            box.reject()
        else:
            box.button(button).click()

    QTimer.singleShot(0, answer)
    assert dialogs.ask_save_changes(None, "Save changes to the notes?", "detail") is expected
    assert seen == ["saveChangesDialog"]
