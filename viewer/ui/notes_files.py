"""Opening, saving and leaving ``*.crosscheck`` comparisons, and offering recovered notes."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from viewer.annotations.comparison_file import ComparisonFile, FileFormatError, SourceRecord
from viewer.annotations.model import Side
from viewer.annotations.recovery import RecoveryEntry
from viewer.annotations.storage import SaveError, load_comparison_file, save_comparison_file
from viewer.engine.model import Comparison
from viewer.ui import dialogs
from viewer.ui.dialogs import SaveChoice
from viewer.ui.notes_controller import NotesController
from viewer.ui.worker import Source

__all__ = ["SAVED_FILTER", "NotesFiles", "source_for"]

SAVED_SUFFIX = ".crosscheck"
SAVED_FILTER = "Crosscheck comparisons (*.crosscheck);;All files (*)"
_VIEW_KEYS = ("show_cruft", "hide_identical", "only_one_sided", "only_flagged")


def _sha256_of(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def source_for(record: SourceRecord) -> Source:
    """The original file when it is still there, byte for byte; else the stored text.

    The original keeps Reload working and lets an HTML page's extractor judge its cruft
    again; the stored text is what the notes were written on, whatever happened since.
    """
    path = Path(record.source)
    if record.sha256 and path.is_file() and _sha256_of(path) == record.sha256:
        return str(path)
    return record.to_document()


@dataclass
class _Incoming:
    """A comparison being rebuilt for a saved or recovered file, until it arrives."""

    file: ComparisonFile
    sources: tuple[Source, Source]
    path: str | None
    key: str | None
    dirty: bool


class NotesFiles(QObject):
    """Opens and saves the controller's work; offers what a killed session left behind.

    Before the work is left (window closed, another comparison opened) ``may_leave``
    asks whether to save unsaved notes through ``ask_save_changes``, which tests replace.
    """

    def __init__(self, controller: NotesController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.window = controller.window
        self.ask_save_changes = dialogs.ask_save_changes
        self._incoming: _Incoming | None = None
        self.recovery_box: QMessageBox | None = None
        # Read before this window writes anything: these are an earlier session's.
        self.leftovers: list[RecoveryEntry] = [
            e for e in controller.store.pending() if e.note_count or e.path
        ]
        controller.arrivals.append(self._arrived)

        def action(text: str, key: QKeySequence | str | None, tip: str) -> QAction:
            act = QAction(text, self.window)
            if key is not None:
                act.setShortcut(QKeySequence(key))
            act.setStatusTip(tip)
            self.window.addAction(act)
            return act

        self.open_action = action(
            "Open &Comparison…", "Ctrl+Shift+O", "Open a saved *.crosscheck comparison"
        )
        self.save_action = action("&Save", QKeySequence.StandardKey.Save, "Save comparison")
        self.save_as_action = action(
            "Save &As…", QKeySequence.StandardKey.SaveAs, "Save the comparison and notes as…"
        )
        self.recover_action = action("Recover &Notes…", None, "Unsaved notes of earlier sessions")
        self.open_action.triggered.connect(self.open_dialog)
        self.save_action.triggered.connect(self.save)
        self.save_as_action.triggered.connect(lambda: self.save_as())
        self.recover_action.triggered.connect(lambda: self.offer_recovery(self._pending()))
        controller.notes_changed.connect(self._update_actions)
        self._update_actions()

    def actions(self) -> list[QAction]:
        return [self.open_action, self.save_action, self.save_as_action]

    def _update_actions(self) -> None:
        has_work = self.controller.comparison() is not None
        self.save_action.setEnabled(has_work)
        self.save_as_action.setEnabled(has_work)

    # -- opening ------------------------------------------------------------------------

    def open_dialog(self) -> None:
        path = dialogs.ask_open_path(self.window, "Open a saved comparison", SAVED_FILTER)
        if path:
            self.open_file(path)

    def open_file(self, path: str | os.PathLike[str]) -> bool:
        """Read a comparison file and rebuild it; False if it is unreadable (with a message)
        or the user kept the unsaved work on screen.

        The file is never written to here: a damaged or newer file stays as it is.
        """
        try:
            saved = load_comparison_file(path)
        except FileFormatError as exc:
            self.window.show_error(self.window, exc.message, f"Cannot open {Path(path).name}")
            return False
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self.window.show_error(self.window, reason, f"Cannot open {Path(path).name}")
            return False
        if not self.may_leave():
            return False
        self._open(saved, str(Path(path).absolute()), key=None, dirty=False)
        return True

    def open_pair(self, left: str, right: str, deferred: bool = False) -> None:
        """Compare two files; if that starts a new work, settle this one's notes first.

        A pair with a side in common (reload, one side replaced) keeps the notes and asks
        nothing. ``deferred`` asks from the event loop: a drop must not wait on a dialog.
        """
        if self.controller.keeps_work((left, right)) or not self.controller.unsaved():
            self.controller.session.open_pair(left, right)
        elif deferred:
            QTimer.singleShot(0, lambda: self.open_pair(left, right))
        elif self.may_leave():
            self.controller.session.open_pair(left, right)

    def _open(self, saved: ComparisonFile, path: str | None, key: str | None, dirty: bool) -> None:
        try:
            sources = (source_for(saved.left), source_for(saved.right))
        except Exception as exc:  # a damaged stored text must not take the window down
            self.window.show_error(self.window, f"the stored articles cannot be read: {exc}")
            return
        self._incoming = _Incoming(saved, sources, path, key, dirty)
        self.controller.session.open_sources(*sources)

    def _arrived(self, comparison: Comparison) -> bool:
        incoming = self._incoming
        sources = self.controller.session.sources
        if incoming is None or sources is None:
            return False
        if not all(a is b for a, b in zip(sources, incoming.sources, strict=True)):
            return False  # another request won the race: that comparison is not ours
        self._incoming = None
        saved = incoming.file
        self.controller.start_work(
            comparison,
            saved.notes,
            path=incoming.path,
            key=incoming.key,
            dirty=incoming.dirty,
            loaded={
                side: record.loaded
                for side, record in ((Side.LEFT, saved.left), (Side.RIGHT, saved.right))
                if record.loaded is not None
            },
            tags=saved.tags,
        )
        self._apply_view(saved)
        orphans = sum(n.orphaned for n in self.controller.notes())
        if orphans:
            self.window.statusBar().showMessage(
                f"{orphans} note(s) could not find their words again: see the Notes panel.", 8000
            )
        return True

    def _apply_view(self, saved: ComparisonFile) -> None:
        from dataclasses import replace

        session = self.controller.session
        values = {k: saved.view[k] for k in _VIEW_KEYS if isinstance(saved.view.get(k), bool)}
        if values:
            session.set_options(replace(session.options, **values))

    # -- saving -------------------------------------------------------------------------

    def save(self) -> bool:
        """Save to the work's file, asking for one the first time."""
        if self.controller.path is None:
            return self.save_as()
        return self._save_to(self.controller.path)

    def save_as(self, path: str | None = None) -> bool:
        if self.controller.comparison() is None:
            return False
        if path is None:
            suggested = self.controller.path or self._suggested_name()
            path = dialogs.ask_save_path(
                self.window, "Save comparison and notes", SAVED_FILTER, suggested
            )
            if not path:
                return False
        if not path.endswith(SAVED_SUFFIX):
            path += SAVED_SUFFIX
        return self._save_to(str(Path(path).absolute()))

    def _suggested_name(self) -> str:
        comparison = self.controller.comparison()
        assert comparison is not None
        left = Path(comparison.left.source).stem or "left"
        right = Path(comparison.right.source).stem or "right"
        return f"{left}-vs-{right}{SAVED_SUFFIX}"

    def _save_to(self, path: str) -> bool:
        try:
            save_comparison_file(path, self.controller.comparison_file())
        except (SaveError, OSError) as exc:
            self.window.show_error(self.window, str(exc), "Cannot save")
            return False
        self.controller.mark_saved(path)
        self.window.statusBar().showMessage(f"Saved {Path(path).name}", 4000)
        return True

    # -- leaving the work ---------------------------------------------------------------

    def may_leave(self) -> bool:
        """Whether the work may be left: nothing unsaved, saved now, or let go; False on
        Cancel, or when the save failed or its file dialog was cancelled.

        Discard also removes the work's recovery file: the user said no, so the next start
        must not offer the notes back.
        """
        controller = self.controller
        if not controller.unsaved():
            if controller.dirty:  # a new work whose notes were all deleted: nothing to keep
                controller.discard_changes()
            return True
        comparison = controller.comparison()
        assert comparison is not None
        count = len(controller.notes())
        names = f"“{Path(comparison.left.source).name}” ⇄ “{Path(comparison.right.source).name}”"
        where = f" in {Path(controller.path).name}" if controller.path else ""
        detail = (
            f"The notes on {names}{where} ({count} now) changed since they were last saved. "
            "If you discard the changes, no recovery copy is kept."
        )
        choice = self.ask_save_changes(self.window, "Save changes to the notes?", detail)
        if choice is SaveChoice.SAVE:
            return self.save()
        if choice is SaveChoice.DISCARD:
            controller.discard_changes()
            return True
        return False

    # -- recovery -----------------------------------------------------------------------

    def _pending(self) -> list[RecoveryEntry]:
        own = self.controller.store.file_for(self.controller.key or "")
        return [
            e for e in self.controller.store.pending() if e.file != own and (e.note_count or e.path)
        ]

    def offer_recovery(self, entries: list[RecoveryEntry] | None = None) -> QMessageBox | None:
        """Ask whether to restore the newest unsaved work left by an earlier session.

        Non-blocking (``open()``); Restore opens it in this window, Discard deletes its
        recovery file, Later keeps it for next time (File > Recover Notes…).
        """
        entries = self.leftovers if entries is None else entries
        if not entries:
            self.window.statusBar().showMessage("No unsaved notes to recover.", 4000)
            return None
        entry = entries[0]
        titles = f"“{entry.left_title or 'left'}” / “{entry.right_title or 'right'}”"
        when = entry.saved.astimezone().strftime("%Y-%m-%d %H:%M") if entry.saved else "?"
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Recover notes",
            f"Crosscheck found {entry.note_count} unsaved note(s) on {titles}, autosaved {when}.",
            parent=self.window,
        )
        box.setObjectName("recoveryDialog")
        box.setTextFormat(Qt.TextFormat.PlainText)
        more = f" ({len(entries) - 1} more later)" if len(entries) > 1 else ""
        box.setInformativeText(f"Restore them?{more}")
        restore = box.addButton("Restore", QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton("Discard", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton("Later", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def done() -> None:
            clicked = box.clickedButton()
            if clicked is restore:
                self.restore(entry)
            elif clicked is discard:
                self.controller.store.discard(entry.key)
            self.recovery_box = None

        box.finished.connect(done)
        self.recovery_box = box
        box.open()
        return box

    def restore(self, entry: RecoveryEntry) -> bool:
        """Open a recovery file's work; it stays unsaved (and recoverable) until saved."""
        try:
            saved = self.controller.store.load(entry)
        except (FileFormatError, OSError) as exc:
            self.window.show_error(self.window, str(exc), "Cannot recover notes")
            return False
        if not self.may_leave():
            return False
        path = str(entry.path) if entry.path else None
        self._open(saved, path, key=entry.key, dirty=True)
        return True
