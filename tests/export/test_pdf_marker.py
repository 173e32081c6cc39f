"""The PDF's fact marker: drawn before each changed fact, never part of the text layer."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter

from viewer.engine.model import BlockKind
from viewer.export import export_pdf
from viewer.export.layout import Cell, Paragraph
from viewer.export.pdf_documents import DocumentFactory
from viewer.export.pdf_marker import MARKER_OBJECT, OBJECT_CHARACTER, draw_markers
from viewer.export.segments import Segment
from viewer.export.styles import FACT_MARKER, Mark

from .builders import news_comparison
from .conftest import FIXED, needs_poppler

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("qapp")]
WIDTH = 1500.0


@pytest.fixture
def factory(tmp_path: Path) -> DocumentFactory:
    writer = QPdfWriter(str(tmp_path / "unused.pdf"))
    writer.setResolution(200)
    return DocumentFactory(writer, 200)


def cell(*segments: Segment) -> Cell:
    return Cell("¶1", (Paragraph(1, BlockKind.PARAGRAPH, segments),))


def dark_pixels(image: QImage, left: float, right: float) -> int:
    """Pixels darker than mid-grey between two x positions, over the whole height."""
    return sum(
        1
        for x in range(int(left), int(right) + 1)
        for y in range(image.height())
        if QColor(image.pixel(x, y)).lightness() < 100
    )


@pytest.mark.parametrize(
    ("segments", "expected"),
    [
        (
            (Segment("killed "), Segment("14", Mark.REPLACED_OLD, fact=True), Segment(" dead")),
            f"killed {OBJECT_CHARACTER}14 dead",
        ),
        (  # one marker for a fact run cut into segments by its highlighting
            (Segment("fell "), Segment("by", fact=True), Segment(" 3%", Mark.DELETED, fact=True)),
            f"fell {OBJECT_CHARACTER}by 3%",
        ),
        (  # two facts apart, two markers
            (Segment("40", fact=True), Segment(" and "), Segment("45", fact=True)),
            f"{OBJECT_CHARACTER}40 and {OBJECT_CHARACTER}45",
        ),
        ((Segment("no fact here"),), "no fact here"),
    ],
)
def test_a_marker_object_opens_each_run_of_fact_words(
    factory: DocumentFactory, segments: tuple[Segment, ...], expected: str
) -> None:
    document = factory.cell(cell(*segments), WIDTH)
    body = document.toPlainText().split("\n", 1)[1]  # after the caption
    assert body == expected
    assert FACT_MARKER not in document.toPlainText()
    for index, character in enumerate(document.toPlainText()):
        if character == OBJECT_CHARACTER:
            block = document.findBlock(index)
            fragment = next(
                f for f in _fragments(block) if f.position() <= index < f.position() + f.length()
            )
            assert fragment.charFormat().objectType() == MARKER_OBJECT


def _fragments(block):
    iterator = block.begin()
    while not iterator.atEnd():
        yield iterator.fragment()
        iterator += 1


def test_the_marker_is_painted_as_ink_before_the_fact(factory: DocumentFactory) -> None:
    """The room the object takes in the line (and only a flag stands there) has ink."""
    segments = (Segment("killed "), Segment("14", fact=True), Segment(" dead"))
    document = factory.cell(cell(*segments), WIDTH)
    image = QImage(int(WIDTH), int(document.size().height()) + 1, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    document.drawContents(painter)
    painter.end()
    lines = document.lastBlock().layout()
    line = lines.lineForTextPosition(len("killed "))
    origin = lines.position().x()  # the document's margin
    start = origin + line.cursorToX(len("killed "))[0]
    end = origin + line.cursorToX(len("killed ") + 1)[0]
    assert end - start > 5  # the marker takes room, like a letter
    assert dark_pixels(image, start + 1, end - 1) > 20


def test_the_legend_sample_gets_the_drawn_marker(factory: DocumentFactory) -> None:
    document = draw_markers(factory.html(WIDTH, f"<p><b>{FACT_MARKER}fact</b>: a changed fact</p>"))
    assert document.toPlainText() == f"{OBJECT_CHARACTER}fact: a changed fact"


@needs_poppler
def test_pdf_text_reads_the_fact_sentence_whole(tmp_path: Path) -> None:
    """A search of the PDF for the words around a fact finds them: no marker between."""
    out = export_pdf(news_comparison(), [], tmp_path / "n.pdf", FIXED)
    raw = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, check=True)
    text = " ".join(raw.stdout.decode("utf-8").split())
    assert "The official said 40 people were hurt" in text
    assert "The official said 45 people were injured" in text
    assert FACT_MARKER not in text and OBJECT_CHARACTER not in text
    assert "fact: a changed fact" in text
