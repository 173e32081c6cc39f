"""Puts notes, comparison files and exports into the main window's menus, toolbar and docks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QToolBar

from viewer.ui.actions import menu_named
from viewer.ui.export_actions import ExportActions
from viewer.ui.note_commands import NoteCommands
from viewer.ui.notes_controller import NotesController
from viewer.ui.notes_files import NotesFiles
from viewer.ui.notes_panel import NotesPanel
from viewer.ui.tags_editor import open_tags_editor

if TYPE_CHECKING:
    from viewer.ui.main_window import MainWindow

__all__ = ["NotesUi", "install_notes"]

_PANEL_WIDTH = 420


@dataclass
class NotesUi:
    """The notes feature of one window, for the window, the app and tests."""

    controller: NotesController
    commands: NoteCommands
    files: NotesFiles
    panel: NotesPanel
    exports: ExportActions
    state: QLabel
    edit_tags: QAction


class _CloseGuard(QObject):
    """Asks about unsaved notes when the window closes (Cancel keeps it open), then stops a
    running export before its objects go away.

    An event filter runs before the window's own ``closeEvent``, so a refused close
    leaves the window, its settings and its session untouched.
    """

    def __init__(self, window: MainWindow, files: NotesFiles, exports: ExportActions) -> None:
        super().__init__(window)
        self._files = files
        self._exports = exports
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            if not self._files.may_leave():
                event.ignore()
                return True
            self._exports.cancel_and_wait()
        return super().eventFilter(watched, event)


def _state_text(controller: NotesController) -> str:
    count = len(controller.notes())
    if controller.comparison() is None:
        return ""
    text = f"{count} note{'s' if count != 1 else ''}"
    return text + (" · unsaved" if controller.dirty else "")


def install_notes(window: MainWindow) -> NotesUi:
    """Build the notes feature and hook it into ``window`` (its menus exist already)."""
    controller = NotesController(window)
    commands = NoteCommands(controller)
    files = NotesFiles(controller)
    exports = ExportActions(controller)
    panel = NotesPanel(controller, commands, window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
    panel.hide()  # shown with the first note, or from View > Notes
    edit_tags = QAction("&Verdict Tags…", window)
    edit_tags.setStatusTip("Add, rename, remove or reorder the verdicts offered for notes")
    edit_tags.triggered.connect(lambda: open_tags_editor(controller))

    def reveal() -> None:
        if controller.notes() and panel.isHidden():
            panel.show()
            window.resizeDocks([panel], [_PANEL_WIDTH], Qt.Orientation.Horizontal)

    controller.notes_changed.connect(reveal)

    file_menu = menu_named(window, "File")
    if file_menu is not None:
        first = file_menu.actions()[0] if file_menu.actions() else None
        quit_action = window.actions.quit
        file_menu.insertAction(first, files.open_action)
        file_menu.insertActions(quit_action, [files.save_action, files.save_as_action])
        file_menu.insertMenu(quit_action, exports.menu(file_menu))
        file_menu.insertAction(quit_action, files.recover_action)
        file_menu.insertSeparator(quit_action)
    edit_menu = menu_named(window, "Edit")
    if edit_menu is not None:
        first = edit_menu.actions()[0] if edit_menu.actions() else None
        edit_menu.insertActions(first, [controller.undo, controller.redo])
        edit_menu.insertSeparator(first)
        edit_menu.insertActions(first, [*commands.actions(), edit_tags])
        edit_menu.insertSeparator(first)
    view_menu = menu_named(window, "View")
    if view_menu is not None:
        toggle = panel.toggleViewAction()
        toggle.setShortcut("Ctrl+Shift+N")
        view_menu.addSeparator()
        view_menu.addAction(toggle)
    commands.install_toolbar(window.findChild(QToolBar, "mainToolbar"))

    state = QLabel()
    state.setObjectName("notesState")
    window.statusBar().addPermanentWidget(state)

    def show_state() -> None:
        state.setText(_state_text(controller))

    controller.notes_changed.connect(show_state)
    show_state()
    _CloseGuard(window, files, exports)
    if files.leftovers:
        QTimer.singleShot(0, files.offer_recovery)
    return NotesUi(controller, commands, files, panel, exports, state, edit_tags)
