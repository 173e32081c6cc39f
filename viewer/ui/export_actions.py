"""File > Export: PDF or HTML of the comparison (in a child process), notes as JSON-LD or CSV."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QProgressDialog

from viewer.annotations.model import Side
from viewer.annotations.storage import SaveError
from viewer.export import ExportOptions
from viewer.export.child import Job, write_html, write_pdf
from viewer.ui import dialogs
from viewer.ui.export_process import ExportProcess

if TYPE_CHECKING:
    from viewer.ui.notes_controller import NotesController

__all__ = ["ExportActions"]


class ExportActions(QObject):
    """The four export commands of the File menu, for the controller's current work.

    PDF and HTML show what the window shows: the current notes, filters and cruft
    setting. ``finished(path)`` and ``failed(message)`` report the background exports.
    """

    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, controller: NotesController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.window = controller.window
        self.progress: QProgressDialog | None = None
        self._child = ExportProcess(self)
        self._child.progress.connect(self._on_progress)
        self._child.done.connect(self._on_done)
        self._child.failed.connect(self._on_failed)
        self._child.cancelled.connect(self._on_cancelled)
        self._target_path = ""
        self._cancelling = False

        def action(text: str, tip: str, slot: Callable[[], object], key: str = "") -> QAction:
            act = QAction(text, self.window)
            if key:
                act.setShortcut(key)
            act.setStatusTip(tip)
            act.triggered.connect(lambda: slot())
            self.window.addAction(act)
            return act

        self.pdf = action("Export &PDF…", "Both articles, highlighted, with notes", self.export_pdf)
        self.pdf.setShortcut("Ctrl+Shift+E")
        self.html = action("Export &HTML…", "One self-contained web page", self.export_html)
        self.jsonld = action("Export Notes as &JSON-LD…", "W3C Web Annotations", self.export_jsonld)
        self.csv = action("Export Notes as &CSV…", "One row per note", self.export_csv)
        controller.session.comparison_changed.connect(lambda _c: self._update())
        controller.notes_changed.connect(self._update)
        self._update()

    def actions(self) -> list[QAction]:
        return [self.pdf, self.html, self.jsonld, self.csv]

    def menu(self, parent: QMenu) -> QMenu:
        menu = QMenu("&Export", parent)
        menu.addActions(self.actions()[:2])
        menu.addSeparator()
        menu.addActions(self.actions()[2:])
        return menu

    def _update(self) -> None:
        has = self.controller.comparison() is not None
        for act in (self.pdf, self.html):
            act.setEnabled(has and not self.is_running())
        for act in (self.jsonld, self.csv):
            act.setEnabled(has)

    def is_running(self) -> bool:
        return self._child.is_running()

    def child_pid(self) -> int | None:
        """The process writing the current export, while there is one."""
        return self._child.pid()

    def cancel_and_wait(self) -> None:
        """Stop a running export (at its next progress step) and wait for its process."""
        self._child.stop()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the export process has ended and reported (tests, shutdown)."""
        return self._child.wait(msecs)

    def options(self) -> ExportOptions:
        view = self.controller.session.options
        return ExportOptions(
            page_size=self.controller.preferences.page_size,
            show_cruft=view.show_cruft,
            hide_identical=view.hide_identical,
            only_one_sided=view.only_one_sided,
            loaded_at=self.controller.loaded.get(Side.LEFT),
        )

    def _target(self, path: str | None, title: str, name_filter: str, suffix: str) -> str | None:
        comparison = self.controller.comparison()
        if comparison is None:
            return None
        if path is None:
            stem = self.controller.path or comparison.right.source or "comparison"
            suggested = str(Path(stem).with_suffix(suffix).name)
            path = dialogs.ask_save_path(self.window, title, name_filter, suggested)
            if not path:
                return None
        return path if path.lower().endswith(suffix) else path + suffix

    # -- PDF and HTML, in the background ------------------------------------------------

    def export_pdf(self, path: str | None = None) -> bool:
        """Ask where (unless ``path``), then write the PDF in a child process."""
        target = self._target(path, "Export PDF", "PDF files (*.pdf)", ".pdf")
        if target is None or self._busy():
            return False
        self._start(Job(write_pdf, self._snapshot(target)), target, "Writing the PDF…")
        return True

    def export_html(self, path: str | None = None) -> bool:
        target = self._target(path, "Export HTML", "Web pages (*.html *.htm)", ".html")
        if target is None or self._busy():
            return False
        self._start(Job(write_html, self._snapshot(target)), target, "Writing the web page…")
        return True

    def _snapshot(self, target: str) -> tuple[object, ...]:
        """What the export process works on: immutable values, read now in the GUI thread."""
        return self.controller.comparison(), self.controller.notes(), target, self.options()

    def _busy(self) -> bool:
        if self.is_running():
            self.window.statusBar().showMessage("An export is still running.", 4000)
        return self.is_running()

    def _start(self, job: Job, target: str, label: str) -> None:
        """Run ``job`` in a child process, with a progress dialog that can cancel it."""
        self._target_path, self._cancelling = target, False
        try:
            self._child.start(job)
        except Exception as exc:  # e.g. something in the job that cannot be pickled
            self.window.show_error(self.window, f"cannot start the export ({exc})", "Cannot export")
            self.failed.emit(str(exc))
            return
        self._update()
        dialog = QProgressDialog(label, "Cancel", 0, 0, self.window)
        dialog.setObjectName("exportProgress")
        dialog.setWindowTitle("Export")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self._cancel)
        self.progress = dialog
        self.window.statusBar().showMessage(label)

    @Slot()
    def _cancel(self) -> None:
        self._cancelling = True
        self._child.cancel()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is not None and not self._cancelling:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(min(done, total))

    def _finish(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self._cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.window.statusBar().clearMessage()
        self._update()

    @Slot()
    def _on_done(self) -> None:
        target = self._target_path
        self._finish()
        self.window.statusBar().showMessage(f"Exported {Path(target).name}", 5000)
        self.finished.emit(target)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._finish()
        self.window.show_error(self.window, message, "Cannot export")
        self.failed.emit(message)

    @Slot()
    def _on_cancelled(self) -> None:
        self._finish()
        self.window.statusBar().showMessage("Export cancelled; nothing was written.", 5000)
        self.failed.emit("cancelled")

    # -- notes as JSON-LD and CSV (small: written at once) --------------------------------

    def export_jsonld(self, path: str | None = None) -> bool:
        target = self._target(path, "Export notes as JSON-LD", "JSON-LD (*.jsonld)", ".jsonld")
        if target is None:
            return False
        from viewer.annotations.w3c import write_jsonld

        cf = self.controller.comparison_file()
        return self._write(lambda: write_jsonld(target, cf.notes, cf.left, cf.right), target)

    def export_csv(self, path: str | None = None) -> bool:
        target = self._target(path, "Export notes as CSV", "CSV files (*.csv)", ".csv")
        if target is None:
            return False
        from viewer.annotations.csv_export import write_csv

        notes = self.controller.notes()
        return self._write(lambda: write_csv(target, notes), target)

    def _write(self, write: Callable[[], None], target: str) -> bool:
        try:
            write()
        except (SaveError, OSError) as exc:
            self.window.show_error(self.window, str(exc), "Cannot export")
            return False
        self.window.statusBar().showMessage(f"Exported {Path(target).name}", 5000)
        return True
