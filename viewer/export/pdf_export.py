"""The PDF export: the layout's rows painted page by page onto a QPdfWriter."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageSize, QPainter, QPdfWriter

from viewer.annotations.model import Note
from viewer.engine.model import Comparison
from viewer.export import styles
from viewer.export.files import atomic_output, checked_target
from viewer.export.layout import ExportLayout, FactRow, build_layout
from viewer.export.options import ExportError, ExportOptions
from viewer.export.pdf_documents import DocumentFactory, endnote_html, fact_row_html, header_html
from viewer.export.pdf_marker import draw_markers
from viewer.export.pdf_pages import FlowItem, Geometry, Paginator, RowItem, paint_pages

DPI = 300
_DEFAULT = ExportOptions()
_PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
_APP: list[QGuiApplication] = []
Progress = Callable[[int, int], None]


def ensure_gui_application() -> None:
    """PDF writing needs a QGuiApplication: make one, offscreen when there is no display.

    The window already has its QApplication; the command line has none, and a machine
    without a display would abort in Qt's platform plugin unless told to go offscreen.
    A widgets QApplication is made when QtWidgets is there, so a window opened later in
    the same process (or a widget test after an export test) still works.
    """
    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        return
    if existing is not None:
        raise ExportError("PDF export needs a GUI application, but a console one is running")
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtWidgets import QApplication as Application
    except ImportError:
        Application = QGuiApplication  # noqa: N806 - a class, named as the one it stands for
    _APP.append(Application([sys.argv[0] if sys.argv and sys.argv[0] else "crosscheck"]))


class _Steps:
    """Progress over two phases of equal weight: building documents, then painting."""

    def __init__(self, progress: Progress | None, units: int) -> None:
        self.progress, self.units, self.done = progress, max(units, 1), 0

    def build_one(self) -> None:
        self.done += 1
        if self.progress is not None and (self.done % 16 == 0 or self.done == self.units):
            self.progress(min(self.done, self.units), 2 * self.units)

    def painter_tick(self, pieces: int) -> Callable[[], None]:
        painted = [0]

        def tick() -> None:
            painted[0] += 1
            if self.progress is not None and (painted[0] % 16 == 0 or painted[0] == pieces):
                self.progress(
                    self.units + painted[0] * self.units // max(pieces, 1), 2 * self.units
                )

        return tick


def _grey(text: str) -> str:
    return f'<p style="color:{styles.CAPTION_COLOUR}">{escape(text)}</p>'


def _heading(text: str) -> str:
    return f'<p style="font-size:12pt; margin-top:10pt"><b>{escape(text)}</b></p>'


def _paginate(
    layout: ExportLayout, factory: DocumentFactory, g: Geometry, steps: _Steps
) -> Paginator:
    left, right = layout.sources
    header = RowItem(
        factory.html(
            g.column_width, f"<b>Left:</b> {escape(_short(left.title, 80))}", factory.padding
        ),
        factory.html(
            g.column_width, f"<b>Right:</b> {escape(_short(right.title, 80))}", factory.padding
        ),
    )
    pages = Paginator(g, header)
    title_page = draw_markers(factory.html(g.body_width, header_html(layout)))
    pages.add(FlowItem(title_page, keep=True))
    if layout.facts:
        pages.add(FlowItem(factory.html(g.body_width, _heading("Fact changes")), keep=True))
        titles = FactRow("Kind", "Left", "Right", "Why", "Where")
        pages.add(FlowItem(factory.html(g.body_width, fact_row_html(titles, True)), keep=True))
        for fact in layout.facts:
            pages.add(FlowItem(factory.html(g.body_width, fact_row_html(fact, False)), keep=True))
    for note in (layout.cruft_note, layout.filter_note):
        if note:
            pages.add(FlowItem(factory.html(g.body_width, _grey(note)), keep=True))
    if not layout.rows:
        pages.add(FlowItem(factory.html(g.body_width, _grey("No paragraphs to show."))))
    for index, row in enumerate(layout.rows):
        pages.add(
            RowItem(
                factory.cell(row.left, g.column_width) if row.left else None,
                factory.cell(row.right, g.column_width) if row.right else None,
                row.kind,
                row.flagged,
                index,
            )
        )
        steps.build_one()
    if layout.endnotes:
        pages.add(FlowItem(factory.html(g.body_width, _heading("Notes")), keep=True))
    for note in layout.endnotes:
        pages.add(FlowItem(factory.html(g.body_width, endnote_html(note, pages.row_pages))))
        steps.build_one()
    return pages


def _write(layout: ExportLayout, file: Path, options: ExportOptions, steps: _Steps) -> None:
    writer = QPdfWriter(str(file))
    writer.setResolution(DPI)
    writer.setPageSize(QPageSize(_PAGE_SIZES[options.page_size]))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setCreator(f"Crosscheck {layout.version}")
    left, right = layout.sources
    writer.setTitle(f"Crosscheck: {left.title} / {right.title}")
    geometry = Geometry(writer.width(), writer.height(), DPI)
    pages = _paginate(layout, DocumentFactory(writer, DPI), geometry, steps)
    footer = f"Crosscheck {layout.version} · {_short(left.title)} / {_short(right.title)}"
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(f"cannot write {file.name}: the PDF writer could not open it")
    try:
        pieces = sum(map(len, pages.pages))
        paint_pages(painter, writer, pages.pages, geometry, footer, steps.painter_tick(pieces))
    finally:
        finished = painter.end()
    if not finished:
        raise ExportError("the PDF writer could not finish the file")


def _short(title: str, limit: int = 45) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def export_pdf(
    comparison: Comparison,
    notes: Sequence[Note],
    path: str | Path,
    options: ExportOptions = _DEFAULT,
    progress: Progress | None = None,
) -> Path:
    """Write the highlighted side-by-side PDF; returns the path written.

    ``progress(done, total)`` is called now and then from the calling thread. Raises
    ExportError (one readable line) when the folder is missing or not writable; the
    file appears under its final name only once complete.
    """
    target = checked_target(path)
    ensure_gui_application()
    layout = build_layout(comparison, notes, options)
    steps = _Steps(progress, len(layout.rows) + len(layout.endnotes))
    with atomic_output(target) as temporary:
        _write(layout, temporary, options, steps)
        if temporary.stat().st_size == 0:
            raise ExportError(f"cannot write {target}: the PDF writer produced nothing")
    return target
