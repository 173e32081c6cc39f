"""The note dialog: Markdown text with a live, safe preview, a verdict tag and the author."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from viewer.annotations.rendering import SAFE_SCHEMES, render_note_html

__all__ = ["NoteEditor", "SafeBrowser", "open_link"]

_QUOTE_SHOWN = 400


def open_link(url: QUrl) -> bool:
    """Open a web or mail link in the user's browser; anything else is refused."""
    if url.scheme().lower() not in SAFE_SCHEMES:
        return False
    return QDesktopServices.openUrl(url)


class SafeBrowser(QTextBrowser):
    """Shows rendered note HTML and never fetches anything.

    Links are not followed by the browser itself: a click emits ``anchorClicked`` and
    only web and mail links are handed to the desktop. ``loadResource`` refuses every
    resource (the renderer turns images into links, this is the second lock).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(open_link)

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        return None

    def show_markdown(self, text: str) -> None:
        self.setHtml(render_note_html(text))


class NoteEditor(QDialog):
    """Edit one note; read ``body()`` and ``tag()`` once it is accepted.

    The tag box is editable: a new tag typed here joins the user's list (the controller
    stores it). The author is shown, not edited: it comes from the preferences.
    """

    def __init__(
        self,
        quote: str,
        tags: Sequence[str],
        author: str,
        body: str = "",
        tag: str | None = None,
        title: str = "Add Note",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("noteEditor")
        self.resize(640, 460)

        shown = quote if len(quote) <= _QUOTE_SHOWN else quote[: _QUOTE_SHOWN - 1] + "…"
        self.quote = QLabel(f"“{shown}”")
        self.quote.setTextFormat(Qt.TextFormat.PlainText)
        self.quote.setWordWrap(True)
        self.quote.setToolTip("The annotated words")
        self.tag_box = QComboBox()
        self.tag_box.setEditable(True)
        self.tag_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.tag_box.addItems(list(tags))
        if tag is not None:
            if self.tag_box.findText(tag) < 0:
                self.tag_box.addItem(tag)
            self.tag_box.setCurrentText(tag)
        self.author = QLabel(author or "(no name: set one in Preferences)")
        self.author.setTextFormat(Qt.TextFormat.PlainText)

        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(
            "What is wrong or notable here? Markdown works: **bold**, lists, [links](https://…)"
        )
        self.editor.setPlainText(body)
        self.editor.moveCursor(QTextCursor.MoveOperation.End)  # type on after what is there
        self.preview = SafeBrowser()
        self.preview.setObjectName("notePreview")
        splitter = QSplitter()
        splitter.addWidget(self.editor)
        splitter.addWidget(self.preview)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow("Quote:", self.quote)
        form.addRow("Verdict:", self.tag_box)
        form.addRow("Author:", self.author)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self.editor.textChanged.connect(self._update_preview)
        self._update_preview()
        self.editor.setFocus()

    def _update_preview(self) -> None:
        self.preview.show_markdown(self.editor.toPlainText())

    def body(self) -> str:
        return self.editor.toPlainText().strip()

    def tag(self) -> str:
        return self.tag_box.currentText().strip()
