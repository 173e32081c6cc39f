"""The PDF's fact marker: a small flag drawn before a changed fact, never part of its text.

A "⚑" character in front of the fact ("killed ⚑14 dead") got into everything a reader
does with the evidence: a search for "killed 14" in the PDF found nothing, and a quote
copied out of it carried the flag. The marker is therefore an inline text object: it
takes room in the line like a character, but Qt paints it with a path, so the PDF's text
layer reads "killed 14 dead".
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from viewer.export.styles import FACT_MARKER

MARKER_OBJECT = int(QTextFormat.ObjectTypes.UserObject) + 1
OBJECT_CHARACTER = "\ufffc"  # what an inline object is in a document's text
# The flag's width and the gap after it, in ems; its pole is as tall as a capital letter.
_WIDTH = 0.55
_GAP = 0.12


class FactMarker(QPyTextObject):
    """Sizes and paints the marker objects of one document (it is the document's child)."""

    def intrinsicSize(self, doc: QTextDocument, _position: int, fmt: QTextFormat) -> QSizeF:  # noqa: N802
        metrics = _metrics(doc, fmt)
        return QSizeF(metrics.height() * (_WIDTH + _GAP), metrics.capHeight())

    def drawObject(  # noqa: N802
        self,
        painter: QPainter,
        rect: QRectF,
        doc: QTextDocument,
        _position: int,
        fmt: QTextFormat,
    ) -> None:
        em = _metrics(doc, fmt).height()
        brush = fmt.toCharFormat().foreground()
        if brush.style() == Qt.BrushStyle.NoBrush:  # no colour of its own: the text's
            brush = QBrush(painter.pen().color())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(brush)
        painter.drawPath(flag_path(rect.adjusted(0, 0, -em * _GAP, 0), em / 12))
        painter.restore()


def flag_path(box: QRectF, pole: float) -> QPainterPath:
    """A pennant on a pole filling ``box``: the pole on the left, the cloth in the top half."""
    path = QPainterPath()
    path.addRect(QRectF(box.left(), box.top(), pole, box.height()))
    path.moveTo(box.left() + pole, box.top())
    path.lineTo(box.right(), box.top() + box.height() * 0.27)
    path.lineTo(box.left() + pole, box.top() + box.height() * 0.55)
    path.closeSubpath()
    return path


def _metrics(doc: QTextDocument, fmt: QTextFormat) -> QFontMetricsF:
    """The marker's font measured on the device the document is laid out for (the PDF
    writer's 200 dpi once attached), so the flag matches the letters beside it."""
    device = doc.documentLayout().paintDevice()
    font = fmt.toCharFormat().font()
    return QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)


def insert_marker(cursor: QTextCursor, fmt: QTextCharFormat) -> None:
    """Insert a marker at the cursor in ``fmt`` (the fact's own format, so its highlight
    runs on under the flag), registering the painter on first use in the document."""
    document = cursor.document()
    layout = document.documentLayout()
    if layout.handlerForObject(MARKER_OBJECT) is None:
        layout.registerHandler(MARKER_OBJECT, FactMarker(document))
    marker = QTextCharFormat(fmt)
    marker.setObjectType(MARKER_OBJECT)
    cursor.insertText(OBJECT_CHARACTER, marker)


def draw_markers(document: QTextDocument) -> QTextDocument:
    """Replace every "⚑" of a document filled from HTML (the legend's sample) by the
    drawn marker, so the legend shows what the rows show."""
    cursor = document.find(FACT_MARKER)
    while not cursor.isNull():
        fmt = cursor.charFormat()
        cursor.removeSelectedText()
        insert_marker(cursor, fmt)
        cursor = document.find(FACT_MARKER, cursor)
    return document
