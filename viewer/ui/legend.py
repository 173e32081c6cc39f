"""A one-line legend of the highlight styles, drawn with the very formats the panes use."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from viewer.engine.model import FlagKind
from viewer.ui.highlighting import char_format, flag_format
from viewer.ui.pane_model import WordKind
from viewer.ui.theme import LIGHT, Theme

_SEP = "     "


class Legend(QWidget):
    """Explains every colour and mark; each entry also shows its non-colour cue."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = LIGHT
        self._doc = QTextDocument(self)
        self._doc.setDocumentMargin(4)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        self._doc.setDefaultTextOption(option)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._build()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._build()

    def text(self) -> str:
        return self._doc.toPlainText()

    def _build(self) -> None:
        theme = self._theme
        self._doc.clear()
        self._doc.setDefaultFont(self.font())
        cursor = QTextCursor(self._doc)
        plain = QTextCharFormat()
        plain.setForeground(self.palette().color(QPalette.ColorRole.WindowText))

        def mark(glyph: str, color: QColor) -> None:
            fmt = QTextCharFormat(plain)
            fmt.setForeground(color)
            fmt.setFontWeight(700)
            cursor.insertText(glyph, fmt)

        entries = [
            (WordKind.REMOVED, "struck", "only on the left"),
            (WordKind.ADDED, "underlined", "only on the right"),
            (WordKind.REWORDED_RIGHT, "dotted", "reworded"),
        ]
        for kind, sample, label in entries:
            cursor.insertText(sample, char_format(kind, theme))
            cursor.insertText(f" {label}{_SEP}", plain)
        mark("\u2212\u258e", theme.removed_mark)
        mark("+\u258e", theme.added_mark)
        cursor.insertText(" paragraph on one side only" + _SEP, plain)
        mark("\u258e", theme.reworded_mark)
        cursor.insertText(" reworded paragraph" + _SEP, plain)
        mark("\u21c5", theme.moved_mark)
        cursor.insertText(" moved" + _SEP, plain)
        mark("!", theme.flag_mark)
        badge = QTextCharFormat(plain)
        badge.setForeground(theme.flag_text)
        badge.setBackground(theme.flag_mark)
        badge.setFontWeight(700)
        cursor.insertText(" ", plain)
        cursor.insertText("\u2009#\u2009", badge)
        cursor.insertText(" ", plain)
        cursor.insertText("fact", flag_format(FlagKind.NUMBER, theme))
        cursor.insertText(
            " changed (# number, D date, N name, \u201c quote, A source, ? certainty)", plain
        )
        cursor.insertText(_SEP, plain)
        strip = QTextCharFormat(plain)
        strip.setForeground(theme.strip_text)
        strip.setBackground(theme.strip_back)
        strip.setFontItalic(True)
        cursor.insertText(" \u22ef folded: click to show ", strip)
        self._relayout()

    def _relayout(self) -> None:
        self._doc.setTextWidth(max(100, self.width()))
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """The legend wraps onto more lines when narrow; layouts ask for its height."""
        old = self._doc.textWidth()
        self._doc.setTextWidth(max(100, width))
        height = round(self._doc.size().height())
        self._doc.setTextWidth(old)
        return height

    def sizeHint(self) -> QSize:
        return QSize(round(self._doc.idealWidth()), self.heightForWidth(max(100, self.width())))

    def minimumSizeHint(self) -> QSize:
        return QSize(100, self.heightForWidth(max(100, self.width())))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._doc.setTextWidth(max(100, self.width()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._build()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self._doc.drawContents(painter)
        painter.end()
