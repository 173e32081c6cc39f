"""The header above a pane's text: the article's title, and its source, byline and date."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from viewer.engine.model import Document

__all__ = ["PaneHeader"]


class PaneHeader(QWidget):
    """Two plain-text lines; the full source is in the tooltip when the line is cut."""

    def __init__(self, indent: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.source = QLabel(self)
        self.title.setObjectName("paneTitle")
        self.source.setObjectName("paneSource")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.source.setTextFormat(Qt.TextFormat.PlainText)
        title_font = QFont(self.title.font())
        title_font.setBold(True)
        self.title.setFont(title_font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(indent, 6, 8, 6)
        layout.setSpacing(1)
        layout.addWidget(self.title)
        layout.addWidget(self.source)
        self.set_document(None)

    def set_document(self, document: Document | None) -> None:
        if document is None:
            self.title.setText("No article")
            self.source.setText("")
            return
        self.title.setText(document.title or document.source.rsplit("/", 1)[-1] or "Untitled")
        details = [document.source, document.byline or "", document.date or ""]
        self.source.setText(" \u00b7 ".join(d for d in details if d))
        self.title.setToolTip(self.title.text())
        self.source.setToolTip(document.source)
