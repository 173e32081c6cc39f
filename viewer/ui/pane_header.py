"""The header above a pane's text: the article's title, and its source, byline and date."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from viewer.engine.model import Document

__all__ = ["ElidedLabel", "PaneHeader"]


class ElidedLabel(QLabel):
    """One line of plain text, cut with an ellipsis to the width it is given.

    A plain QLabel asks for its whole text's width as its minimum: one long headline
    would make the window wider than the screen. ``full_text`` keeps what was set.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        self.setText(metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, self.width()))


class PaneHeader(QWidget):
    """Two plain-text lines, cut to the pane's width; the full text is in their tooltips."""

    def __init__(self, indent: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ElidedLabel(self)
        self.source = ElidedLabel(self)
        self.title.setObjectName("paneTitle")
        self.source.setObjectName("paneSource")
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
            self.title.set_full_text("No article")
            self.source.set_full_text("")
            return
        title = document.title or document.source.rsplit("/", 1)[-1] or "Untitled"
        self.title.set_full_text(title)
        details = [document.source, document.byline or "", document.date or ""]
        self.source.set_full_text(" \u00b7 ".join(d for d in details if d))
        self.title.setToolTip(title)
        self.source.setToolTip(document.source)
