"""Windows for the notes tests: temporary settings and recovery folder, the sample pair."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextCursor

from viewer.annotations.model import Side
from viewer.assets import sample_pair
from viewer.engine.model import Comparison
from viewer.ui.dialogs import SaveChoice
from viewer.ui.main_window import MainWindow
from viewer.ui.preferences import Preferences
from viewer.ui.session import Session
from viewer.ui.worker import CompareWorker

LEFT, RIGHT = (str(p) for p in sample_pair())
TIMEOUT = 15_000


class SavePrompt:
    """Stands in for the "Save changes?" box: records each question, gives ``answer``."""

    def __init__(self, answer: SaveChoice = SaveChoice.DISCARD) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, _parent, question: str, detail: str) -> SaveChoice:
        self.asked.append(f"{question} {detail}")
        return self.answer


def make_window(qtbot, folder: Path, author: str = "Ann Tester") -> MainWindow:
    """A window whose settings (and so recovery files) live in ``folder``.

    ``window.save_prompt`` answers the unsaved-notes question (Discard unless a test
    says otherwise), so closing a window with notes never waits on a real dialog.
    """
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    prefs = Preferences(settings)
    prefs.author_name = author
    session = Session(CompareWorker())
    window = MainWindow(session, prefs)
    session.setParent(window)
    errors: list[str] = []
    window.show_error = lambda _parent, message, _title="": errors.append(message)
    window.errors = errors  # type: ignore[attr-defined]
    window.save_prompt = SavePrompt()  # type: ignore[attr-defined]
    window.notes.files.ask_save_changes = window.save_prompt
    qtbot.addWidget(window)
    window.resize(1300, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def open_pair(qtbot, window: MainWindow, left: str = LEFT, right: str = RIGHT) -> Comparison:
    """Open a pair and wait until its fact flags are in too.

    The flags replace the session's comparison a moment after it is shown; a test that
    started in between would see the comparison change under it.
    """
    session = window.session
    signals = [session.comparison_changed, session.comparison_completed]
    with qtbot.waitSignals(signals, timeout=TIMEOUT):
        session.open_pair(left, right)
    assert session.comparison is not None
    return session.comparison


def select_words(window: MainWindow, side: Side, words: str) -> tuple[int, int]:
    """Select the first occurrence of ``words`` in a pane, as a user would; its offsets."""
    pane = window.view.pane(side)
    doc = pane.document()
    assert doc is not None
    start = doc.text.index(words)
    end = start + len(words)
    a, b = pane.text_position(start), pane.text_position(end)
    assert a is not None and b is not None, "the words are folded away"
    cursor = QTextCursor(pane.editor.document())
    cursor.setPosition(a)
    cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
    pane.editor.setTextCursor(cursor)
    pane.editor.setFocus()
    return start, end


def add_note(window: MainWindow, side: Side, words: str, body: str, tag: str) -> str:
    """Create a note through the dialog, as Ctrl+M does; the new note's id."""
    select_words(window, side, words)
    controller = window.notes.controller
    editor = window.notes.commands.annotate_selection(side)
    assert editor is not None
    editor.editor.setPlainText(body)
    editor.tag_box.setCurrentText(tag)
    editor.accept()
    return controller.notes()[-1].id
