"""Dialogs of the main window: errors, and choosing files to compare."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

__all__ = ["ask_open_file", "ask_open_files", "ask_open_path", "ask_save_path", "show_error"]

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
