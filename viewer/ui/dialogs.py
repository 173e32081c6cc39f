"""Dialogs of the main window: errors, unsaved changes, and choosing files."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

__all__ = [
    "SaveChoice",
    "ask_open_file",
    "ask_open_files",
    "ask_open_path",
    "ask_save_changes",
    "ask_save_path",
    "show_error",
]

FILE_FILTER = "Articles (*.txt *.text *.md *.markdown *.html *.htm);;All files (*)"


def _sentence(message: str) -> str:
    message = message.strip() or "Something went wrong."
    message = message[0].upper() + message[1:]
    return message if message.endswith((".", "!", "?")) else message + "."


def show_error(parent: QWidget | None, message: str, title: str = "Cannot compare") -> QMessageBox:
    """Tell the user what went wrong, without blocking the window.

    Opened window-modal with ``open()`` rather than ``exec()``: no nested event loop,
    so a comparison still running keeps reporting, and tests can find and close the box.
    """
    box = QMessageBox(QMessageBox.Icon.Warning, title, _sentence(message), parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setInformativeText("The comparison on screen has not changed.")
    box.setObjectName("errorDialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


class SaveChoice(Enum):
    """The answer to "Save changes?"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_save_changes(parent: QWidget | None, question: str, detail: str) -> SaveChoice:
    """Save, Discard or Cancel; Escape and closing the box mean Cancel.

    Unlike ``show_error`` this waits for the answer (``exec()``): closing the window, or
    replacing its work, cannot go on before it is known. Tests replace the function.
    """
    box = QMessageBox(QMessageBox.Icon.Question, "Unsaved notes", question, parent=parent)
    box.setObjectName("saveChangesDialog")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(detail)
    button = QMessageBox.StandardButton
    box.setStandardButtons(button.Save | button.Discard | button.Cancel)
    box.setDefaultButton(button.Save)
    box.setEscapeButton(button.Cancel)
    box.exec()
    clicked = box.standardButton(box.clickedButton()) if box.clickedButton() else None
    box.deleteLater()
    if clicked == button.Save:
        return SaveChoice.SAVE
    if clicked == button.Discard:
        return SaveChoice.DISCARD
    return SaveChoice.CANCEL


def ask_open_files(parent: QWidget | None, title: str = "Choose two articles") -> list[str]:
    """Let the user pick files; an empty list when they cancel."""
    paths, _ = QFileDialog.getOpenFileNames(parent, title, "", FILE_FILTER)
    return paths


def ask_open_file(parent: QWidget | None, title: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", FILE_FILTER)
    return path or None


def ask_open_path(parent: QWidget | None, title: str, file_filter: str) -> str | None:
    """One existing file of the kinds ``file_filter`` names; None when they cancel."""
    path, _ = QFileDialog.getOpenFileName(parent, title, "", file_filter)
    return path or None


def ask_save_path(
    parent: QWidget | None, title: str, file_filter: str, suggested: str = ""
) -> str | None:
    """Where to write a file (the dialog confirms overwriting); None when they cancel."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return path or None
