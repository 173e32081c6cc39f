"""QTextDocuments for each piece of the PDF: header, fact table, row cells and endnotes.

Every document is laid out on the PDF writer itself (not the screen), so sizes measured
here are the sizes printed. Ligatures are switched off in the one base font: pdftotext
must read "official", not the U+FB03 ligature glyph.
"""

from __future__ import annotations

from html import escape

from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPagedPaintDevice,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from viewer.engine.model import BlockKind
from viewer.export import styles
from viewer.export.layout import Cell, Endnote, ExportLayout, FactRow
from viewer.export.pdf_marker import insert_marker
from viewer.export.styles import FACT_MARKER, HIGHLIGHT, LEGEND, STRUCK, UNDERLINED, Mark

BODY_POINTS = 9.0
CAPTION_POINTS = 7.0
_SOURCE_FIELDS = (
    ("Title", "title"),
    ("Source", "source"),
    ("SHA-256", "sha256"),
    ("Loaded", "loaded"),
    ("Paragraphs", "paragraphs"),
    ("Words", "words"),
)


def base_font(points: float = BODY_POINTS) -> QFont:
    """DejaVu Sans (Latin and Cyrillic) with ligatures off; Qt falls back if it is missing."""
    font = QFont("DejaVu Sans")
    font.setPointSizeF(points)
    font.setFeature(QFont.Tag("liga"), 0)
    font.setFeature(QFont.Tag("clig"), 0)
    return font


class DocumentFactory:
    """Makes documents sized for one writer: text width in device pixels, fonts in points."""

    def __init__(self, device: QPagedPaintDevice, dpi: int) -> None:
        self.device = device
        self.dpi = dpi
        self.font = base_font()
        self.padding = dpi * 0.05
        self._formats: dict[tuple[Mark | None, bool], QTextCharFormat] = {}
        self._caption = QTextCharFormat()
        self._caption.setFontPointSize(CAPTION_POINTS)
        self._caption.setForeground(QBrush(QColor(styles.CAPTION_COLOUR)))
        self._note = QTextCharFormat()
        self._note.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
        self._note.setForeground(QBrush(QColor(styles.NOTE_COLOUR)))
        self._note.setFontWeight(QFont.Weight.Bold)

    def new(self, margin: float = 0.0) -> QTextDocument:
        """An empty document with the base font; fill it, then ``lay_out`` it."""
        document = QTextDocument()
        document.setDefaultFont(self.font)
        document.setDocumentMargin(margin)
        return document

    def lay_out(self, document: QTextDocument, width: float) -> QTextDocument:
        """Attach a filled document to the writer at its width: one layout pass.

        Done last because every change to a laid-out document (an inserted run, a new
        margin or font) lays it out again: 60 s instead of 10 s on a 600 KB article.
        """
        document.documentLayout().setPaintDevice(self.device)
        document.setTextWidth(width)
        return document

    def html(self, width: float, body: str, margin: float = 0.0) -> QTextDocument:
        document = self.new(margin)
        document.setHtml(body)
        return self.lay_out(document, width)

    def _format(self, mark: Mark | None, fact: bool, grey: bool) -> QTextCharFormat:
        key = (mark, fact, grey)
        if key not in self._formats:
            fmt = QTextCharFormat()
            if mark is not None:
                fmt.setBackground(QBrush(QColor(HIGHLIGHT[mark])))
                fmt.setFontStrikeOut(mark in STRUCK)
                fmt.setFontUnderline(mark in UNDERLINED)
            if fact:
                fmt.setFontWeight(QFont.Weight.Bold)
            if grey:
                fmt.setForeground(QBrush(QColor(styles.CRUFT_COLOUR)))
            self._formats[key] = fmt
        return self._formats[key]

    def cell(self, cell: Cell, width: float) -> QTextDocument:
        """One side of a row: a grey caption line, then each block as its own paragraph."""
        document = self.new(self.padding)
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        cursor.insertText(cell.caption, self._caption)
        spaced = QTextBlockFormat()
        spaced.setTopMargin(self.dpi * 0.03)
        for paragraph in cell.paragraphs:
            cursor.insertBlock(spaced, QTextCharFormat())
            heading = paragraph.kind is BlockKind.HEADING
            if paragraph.kind is BlockKind.BULLET:
                cursor.insertText("• ", self._format(None, False, paragraph.cruft))
            in_fact = False
            for segment in paragraph.segments:
                if segment.note is not None:
                    cursor.insertText(segment.text, self._note)
                    continue
                fmt = self._format(segment.mark, segment.fact or heading, paragraph.cruft)
                if segment.fact and not in_fact:
                    insert_marker(cursor, fmt)
                in_fact = segment.fact
                cursor.insertText(segment.text, fmt)
        cursor.endEditBlock()
        return self.lay_out(document, width)


def header_html(layout: ExportLayout) -> str:
    """The first page's header: sources, time stamp, version, legend and summary counts."""
    left, right = layout.sources
    rows = "".join(
        f"<tr><td><b>{label}</b></td><td>{escape(str(getattr(left, key)))}</td>"
        f"<td>{escape(str(getattr(right, key)))}</td></tr>"
        for label, key in _SOURCE_FIELDS
    )
    legend = []
    for mark, label in LEGEND:
        word, rest = label.split(":", 1)
        sample = _sample(mark, "old") + " " + _sample(Mark.REPLACED_NEW, "new")
        if mark is not Mark.REPLACED_OLD:
            sample = _sample(mark, word)
        legend.append(f"{sample}:{escape(rest)}")
    legend.append(f"<b>{FACT_MARKER}fact</b>: a changed fact")
    legend.append(f'<sup><b style="color:{styles.NOTE_COLOUR}">[1]</b></sup> a note (see Notes)')
    counts = " &nbsp; ".join(f"<b>{n}</b> {escape(label)}" for label, n in layout.summary)
    return (
        f'<p style="font-size:15pt"><b>{escape(layout.title)}</b></p>'
        f'<p style="color:{styles.CAPTION_COLOUR}">Exported {escape(layout.exported_at)} '
        f"with Crosscheck {escape(layout.version)}</p>"
        '<table width="100%" cellspacing="0" cellpadding="3" style="border-collapse:collapse">'
        f'<tr><td width="14%"></td><td width="43%"><b>Left</b></td>'
        f'<td width="43%"><b>Right</b></td></tr>{rows}</table>'
        f"<p><b>Legend:</b> {' &nbsp; '.join(legend)}</p>"
        f"<p><b>Summary:</b> {counts}</p>"
    )


def _sample(mark: Mark, word: str) -> str:
    decoration = "line-through" if mark in STRUCK else "underline"
    return (
        f'<span style="background-color:{HIGHLIGHT[mark]}; text-decoration:{decoration}">'
        f"{escape(word)}</span>"
    )


def fact_row_html(fact: FactRow, heading: bool) -> str:
    """One fact change as a one-row table, so the table can break between facts."""
    cells = (fact.kind, fact.left, fact.right, fact.note, fact.where)
    widths = (14, 24, 24, 20, 18)  # "attribution" fits on one line in the kind column
    tds = "".join(
        f'<td width="{w}%">{"<b>" if heading else ""}{escape(c)}{"</b>" if heading else ""}</td>'
        for w, c in zip(widths, cells, strict=True)
    )
    return f'<table width="100%" cellspacing="0" cellpadding="3" border="0"><tr>{tds}</tr></table>'


def endnote_html(note: Endnote, pages: dict[int, int]) -> str:
    """A note with its tag, author, time, back-references (side, ¶, page) and body."""
    meta = [f"<b>[{note.number}]</b>", f"<b>{escape(note.tag)}</b>"]
    meta += [escape(x) for x in (note.author, note.when) if x]
    for side, pilcrow, row in note.refs:
        where = f"¶{pilcrow}" if pilcrow else "cruft"
        page = pages.get(row)
        meta.append(f"↩ {side} {where}" + (f", page {page}" if page else ""))
    if note.orphaned:
        meta.append("orphaned: its text was not found again")
    elif not note.refs:
        meta.append("its text is not shown in this export")
    quote = f'<p style="color:#333333"><i>“{escape(note.quote)}”</i></p>' if note.quote else ""
    return f'<p style="margin-top:6pt">{" · ".join(meta)}</p>{quote}{note.body_html}'
