"""Reviewing fact changes: a note on the chosen one, or dismissing it as no fact change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from viewer.annotations.fact_notes import dismissal_note, dismissed_places, without_dismissed
from viewer.annotations.model import Note
from viewer.engine.model import Comparison, Flag
from viewer.ui.actions import make_action
from viewer.ui.fact_list import FactList
from viewer.ui.note_editor import NoteEditor

if TYPE_CHECKING:
    from viewer.ui.main_window import MainWindow

__all__ = ["FactReview"]

_STATUS_MS = 6000


def _flag_count(comparison: Comparison) -> int:
    return sum(len(pair.flags) for pair in comparison.pairs)


class FactReview(QObject):
    """Acts on the fact change chosen in the list: writes a note on it, or dismisses it.

    A dismissal is a note with the verdict "Not a fact change" on the flag's words (see
    ``viewer.annotations.fact_notes``), so Undo, the Notes panel, saving, recovery and the
    exports treat it as any note, and deleting that note brings the flag back. The
    session shows the comparison without the flags such notes dismiss (its
    ``flag_filter``): the panes, the list, next/previous fact and the exports leave them
    out, and the exports list the dismissing notes, so a reader sees who dismissed what.

    Members:
      note_on_fact, dismiss_fact: the window's actions (Ctrl+Alt+F, Ctrl+Alt+D).
    """

    def __init__(self, window: MainWindow, facts: FactList, next_fact: QAction) -> None:
        super().__init__(window)
        self.window, self.facts, self._next_fact = window, facts, next_fact
        self.controller = window.notes.controller
        self.note_on_fact = make_action(
            window,
            "Note on &Fact Change…",
            ["Ctrl+Alt+F"],
            "Annotate the chosen fact change, its finding written in",
        )
        self.note_on_fact.setIconText("Add Note…")
        self.dismiss_fact = make_action(
            window,
            "&Dismiss Fact Change",
            ["Ctrl+Alt+D"],
            "Dismiss the chosen fact change as no fact change (a note records it)",
        )
        self.dismiss_fact.setIconText("Dismiss")
        for action in (self.note_on_fact, self.dismiss_fact):
            window.addAction(action)  # the shortcut works with the menu bar hidden too
        self.note_on_fact.triggered.connect(self.annotate)
        self.dismiss_fact.triggered.connect(self.dismiss)

        self._places = dismissed_places(self.controller.notes())
        window.session.flag_filter = self._shown
        self.controller.notes_changed.connect(self._on_notes_changed)

    def actions(self) -> tuple[QAction, QAction]:
        return self.note_on_fact, self.dismiss_fact

    def set_enabled(self, enabled: bool) -> None:
        for action in self.actions():
            action.setEnabled(enabled)

    def dismissed_count(self) -> int:
        """How many of the comparison's fact changes are dismissed (so not shown)."""
        session = self.window.session
        if session.found is None or session.comparison is None:
            return 0
        return _flag_count(session.found) - _flag_count(session.comparison)

    def chosen(self) -> Flag | None:
        """The fact change selected in the list; None (and a hint shown) when there is none."""
        comparison, row = self.window.session.comparison, self.facts.current_row()
        if comparison is None or row < 0:
            keys = self._next_fact.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            self._status(
                f"Choose a fact change first: click it in the list, or go to it with {keys}"
            )
            return None
        fact = self.facts.model.fact(row)
        return comparison.pairs[fact.pair].flags[fact.index]

    def annotate(self) -> NoteEditor | None:
        """Open the note dialog on the chosen fact change."""
        flag = self.chosen()
        return None if flag is None else self.window.notes.commands.annotate_flag(flag)

    def dismiss(self) -> Note | None:
        """Dismiss the chosen fact change: the note that records it, or None."""
        flag, comparison = self.chosen(), self.window.session.comparison
        if flag is None or comparison is None:
            return None
        row = self.facts.current_row()
        author = self.window.preferences.author_name
        note = dismissal_note(flag, comparison.left.text, comparison.right.text, author)
        self.controller.add_note(note, "Dismiss Fact Change")
        undo = self.controller.undo.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self._status(
            f"Dismissed as no fact change: {flag.note}. {undo} or deleting its note brings it back."
        )
        if self.facts.row_count():  # on to the next one, as a reviewer works down the list
            self.facts.fact_activated.emit(min(row, self.facts.row_count() - 1))
        return note

    def _shown(self, comparison: Comparison) -> Comparison:
        return without_dismissed(comparison, self.controller.notes())

    def _on_notes_changed(self) -> None:
        places = dismissed_places(self.controller.notes())
        if places != self._places:
            self._places = places
            self.window.session.refilter()

    def _status(self, message: str) -> None:
        self.window.statusBar().showMessage(message, _STATUS_MS)
