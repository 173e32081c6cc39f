"""Notes in the window: the list, its undoable edits, the work it belongs to, autosave."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack

from viewer.annotations.anchoring import reanchor_notes, resolve_note
from viewer.annotations.comparison_file import ComparisonFile, SourceRecord
from viewer.annotations.model import Anchor, Note, Side, edit_note
from viewer.annotations.recovery import RecoveryStore, recovery_key
from viewer.annotations.storage import SaveError
from viewer.engine.model import Comparison
from viewer.ui.annotation_marks import AnnotationMarks
from viewer.ui.notes_model import NotesModel

if TYPE_CHECKING:
    from viewer.ui.main_window import MainWindow

__all__ = ["NotesController"]

log = logging.getLogger(__name__)
_STATUS_MS = 5000
_VIEW_KEYS = ("show_cruft", "hide_identical", "only_one_sided", "only_flagged")


class _ReplaceNotes(QUndoCommand):
    """One undoable change: the whole (immutable) note list before and after."""

    def __init__(
        self,
        apply: Callable[[tuple[Note, ...]], None],
        before: tuple[Note, ...],
        after: tuple[Note, ...],
        text: str,
    ) -> None:
        super().__init__(text)
        self._apply, self._before, self._after = apply, before, after

    def redo(self) -> None:
        self._apply(self._after)

    def undo(self) -> None:
        self._apply(self._before)


def _swap_side(anchor: Anchor) -> Anchor:
    return replace(anchor, side=Side.RIGHT if anchor.side is Side.LEFT else Side.LEFT)


class NotesController(QObject):
    """Owns the window's notes: the model, the undo stack, the marks and the recovery file.

    A *work* is one comparison with its notes. Reloading, swapping or replacing one side
    keeps the work (notes are re-anchored, or their sides swapped); opening an unrelated
    pair starts a new one, leaving the old one's unsaved notes in their recovery file.

    Members:
      notes_changed(): the notes, their orphan reasons or the saved state changed.

    Creating notes from what the user points at is ``NoteCommands``' part.
    """

    notes_changed = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view = window.view
        self.session = window.session
        self.preferences = window.preferences
        self.model = NotesModel(self)
        self.undo_stack = QUndoStack(self)
        self.marks = AnnotationMarks(self.view)
        self.store = RecoveryStore(self.preferences.recovery_folder())
        self.path: str | None = None
        self.key: str | None = None
        self.dirty = False
        self.tags: tuple[str, ...] = self.preferences.tags
        self.loaded: dict[Side, datetime] = {}
        self._comparison: Comparison | None = None
        self._sources: tuple[object, object] | None = None
        self._warned_recovery = False
        self.arrivals: list[Callable[[Comparison], bool]] = []  # see notes_files

        self.undo = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.session.comparison_changed.connect(self._on_comparison_changed)
        self.session.flags_added.connect(self._on_flags_added)
        self._on_comparison_changed(self.session.comparison)

    # -- the notes --------------------------------------------------------------------

    def notes(self) -> tuple[Note, ...]:
        return self.model.notes()

    def note(self, note_id: str) -> Note | None:
        row = self.model.row_of(note_id)
        return self.model.note(row) if row >= 0 else None

    def comparison(self) -> Comparison | None:
        return self._comparison

    def _set_notes(self, notes: tuple[Note, ...], dirty: bool = True) -> None:
        """Show ``notes`` everywhere and autosave them; the one place notes change."""
        reasons = {}
        if self._comparison is not None:
            left, right = self._comparison.left.text, self._comparison.right.text
            for note in notes:
                if note.orphaned:
                    why = [r.reason for r in resolve_note(note, left, right) if not r.found]
                    reasons[note.id] = "; ".join(why) or "quote not found"
        self.model.set_notes(notes, reasons)
        self.marks.set_notes(notes)
        if dirty:
            self.dirty = True
            self.autosave()
        self.notes_changed.emit()

    def _push(self, after: tuple[Note, ...], text: str) -> None:
        self.undo_stack.push(_ReplaceNotes(self._set_notes, self.notes(), after, text))

    def add_note(self, note: Note, text: str = "Add Note") -> None:
        """Add ``note`` as one undoable step named ``text`` (shown in Edit > Undo)."""
        self._remember_tag(note.tag)
        self._push((*self.notes(), note), text)

    def update_note(self, note_id: str, body: str, tag: str) -> bool:
        old = self.note(note_id)
        if old is None:
            return False
        new = edit_note(old, body=body, tag=tag)
        if new is old:
            return False
        self._remember_tag(tag)
        self._push(tuple(new if n.id == note_id else n for n in self.notes()), "Edit Note")
        return True

    def delete_note(self, note_id: str) -> bool:
        if self.note(note_id) is None:
            return False
        if self.marks.current() == note_id:
            self.marks.set_current(None)
        self._push(tuple(n for n in self.notes() if n.id != note_id), "Delete Note")
        return True

    def replace_notes(self, notes: Sequence[Note], text: str) -> None:
        """Replace the whole list as one undoable step (a verdict renamed on many notes)."""
        self._push(tuple(notes), text)

    def _remember_tag(self, tag: str) -> None:
        if tag and tag not in self.tags:
            self.tags = (*self.tags, tag)
            self.preferences.tags = (*self.preferences.tags, tag)

    # -- the work and its recovery file -------------------------------------------------

    def start_work(
        self,
        comparison: Comparison,
        notes: Sequence[Note] = (),
        path: str | None = None,
        key: str | None = None,
        dirty: bool = False,
        loaded: dict[Side, datetime] | None = None,
        tags: Sequence[str] = (),
    ) -> None:
        """Make ``comparison`` with ``notes`` the window's work (after open, restore, new)."""
        self._comparison = comparison
        self.path = path
        now = datetime.now(UTC)
        self.loaded = {Side.LEFT: now, Side.RIGHT: now, **(loaded or {})}
        left, right = self._records()
        self.key = key or f"{recovery_key(left, right)}#{uuid.uuid4().hex[:12]}"
        self.tags = tuple(dict.fromkeys((*self.preferences.tags, *tags)))
        self.undo_stack.clear()
        self.marks.set_current(None)
        placed = reanchor_notes(notes, comparison.left.text, comparison.right.text)
        self.dirty = dirty
        self._set_notes(tuple(placed), dirty=False)
        if dirty:
            self.autosave()

    def _on_flags_added(self, comparison: Comparison) -> None:
        """Same texts, now with fact flags: exports must see them; notes stay as they are."""
        if self._comparison is not None and comparison.left.text == self._comparison.left.text:
            self._comparison = comparison

    def _on_comparison_changed(self, comparison: Comparison | None) -> None:
        sources = self.session.sources
        previous, previous_sources = self._comparison, self._sources
        self._sources = sources
        if comparison is None:
            return
        for arrival in list(self.arrivals):
            if arrival(comparison):  # a saved or recovered comparison has arrived
                return
        if previous is None or not self._same_work(previous_sources, sources):
            if previous is not None and self.dirty and self.notes():
                self._status("The previous comparison's unsaved notes are kept for recovery.")
            self.start_work(comparison)
            return
        notes = self.notes()
        swapped = (comparison.left.text, comparison.right.text) == (
            previous.right.text,
            previous.left.text,
        ) and previous.left.text != previous.right.text
        if swapped:
            notes = tuple(replace(n, anchors=tuple(map(_swap_side, n.anchors))) for n in notes)
        self._comparison = comparison
        placed = reanchor_notes(notes, comparison.left.text, comparison.right.text)
        if placed != self.notes():
            self.undo_stack.clear()  # older snapshots point into the old texts
        self._set_notes(tuple(placed), dirty=placed != self.notes())

    @staticmethod
    def _same_work(before: tuple | None, after: tuple | None) -> bool:
        """Reload, swap or one side replaced (a source in common): the notes stay."""
        if before is None or after is None:
            return False
        return any(a is b or (isinstance(a, str) and a == b) for a in before for b in after)

    def _records(self) -> tuple[SourceRecord, SourceRecord]:
        assert self._comparison is not None
        return (
            SourceRecord.from_document(self._comparison.left, self.loaded.get(Side.LEFT)),
            SourceRecord.from_document(self._comparison.right, self.loaded.get(Side.RIGHT)),
        )

    def comparison_file(self) -> ComparisonFile:
        """Everything a ``*.crosscheck`` file holds for the current work."""
        left, right = self._records()
        options = self.session.options
        view = {key: bool(getattr(options, key)) for key in _VIEW_KEYS}
        used = tuple(n.tag for n in self.notes() if n.tag)
        tags = tuple(dict.fromkeys((*self.tags, *used)))
        return ComparisonFile(left, right, self.notes(), view=view, tags=tags)

    def autosave(self) -> None:
        """Write the work to its recovery file; a failure is reported once, never raised."""
        if self._comparison is None or self.key is None:
            return
        try:
            self.store.write(self.key, self.comparison_file(), path=self.path)
        except (SaveError, OSError) as exc:
            log.warning("autosave failed: %s", exc)
            if not self._warned_recovery:
                self._warned_recovery = True
                self.window.show_error(
                    self.window, f"Notes cannot be autosaved: {exc}", "Autosave failed"
                )

    def unsaved(self) -> bool:
        """Notes changed since the last save and worth asking about (a new, empty work is not)."""
        return self._comparison is not None and self.dirty and bool(self.notes() or self.path)

    def discard_changes(self) -> None:
        """The user let the unsaved changes go: drop the recovery file, so it is not offered."""
        if self.key is not None:
            try:
                self.store.discard(self.key)
            except OSError as exc:  # left behind: it is offered again, nothing is lost
                log.warning("cannot remove the recovery file: %s", exc)
        self.dirty = False
        self.notes_changed.emit()

    def keeps_work(self, sources: Sequence[object]) -> bool:
        """Whether opening ``sources`` keeps this work's notes (a side in common)."""
        return self._comparison is not None and self._same_work(self._sources, tuple(sources))

    def mark_saved(self, path: str) -> None:
        """The work is safe in ``path``: its recovery file is no longer needed."""
        self.path = path
        self.dirty = False
        if self.key is not None:
            self.store.discard(self.key)
        self.notes_changed.emit()

    def _status(self, message: str) -> None:
        self.window.statusBar().showMessage(message, _STATUS_MS)
