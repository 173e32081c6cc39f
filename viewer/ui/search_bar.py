"""The find bar under the panes: one query searched across both articles."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QStyle, QToolButton, QWidget

__all__ = ["SearchBar"]


class _QueryEdit(QLineEdit):
    """Enter finds the next match, Shift+Enter the previous one."""

    submitted = Signal(bool)  # backwards

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit(bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
            return
        super().keyPressEvent(event)


class SearchBar(QWidget):
    """Asks for searches and shows whether they found anything; it never searches itself.

    The window connects ``search_requested`` to the view's ``find`` and feeds the answer
    back with ``show_result``; Escape or the close button hide the bar and emit ``closed``.
    """

    search_requested = Signal(str, bool)  # text, backwards
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = _QueryEdit(self)
        self.edit.setPlaceholderText("Find in both articles")
        self.edit.setClearButtonEnabled(True)
        self.edit.submitted.connect(self.search)
        self.edit.textEdited.connect(lambda _text: self._set_message(""))
        style = self.style()
        self.previous_button = self._button(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp), "Previous match (Shift+Enter)"
        )
        self.previous_button.clicked.connect(lambda: self.search(True))
        self.next_button = self._button(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown), "Next match (Enter)"
        )
        self.next_button.clicked.connect(lambda: self.search(False))
        close = self._button(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton), "Close (Escape)"
        )
        close.clicked.connect(self.close_bar)
        self.message = QLabel(self)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(QLabel("Find:", self))
        self.edit.setMaximumWidth(480)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.message)
        layout.addStretch()
        layout.addWidget(close)

        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_bar)

    def _button(self, icon: QIcon, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        return button

    def text(self) -> str:
        return self.edit.text()

    def activate(self) -> None:
        """Show the bar with its query selected, ready to type over."""
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def search(self, backwards: bool = False) -> None:
        if self.text():
            self.search_requested.emit(self.text(), backwards)

    def show_result(self, found: bool) -> None:
        self._set_message("" if found else "Not found")

    def _set_message(self, text: str) -> None:
        self.message.setText(text)

    def close_bar(self) -> None:
        self.hide()
        self._set_message("")
        self.closed.emit()
