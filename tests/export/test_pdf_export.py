"""The PDF export, checked the way a reader would: pdftotext, pdftoppm, pixel colours."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from viewer.engine.model import AlignedPair, Comparison, LinkKind
from viewer.export import ExportError, ExportOptions, export_pdf
from viewer.export.styles import HIGHLIGHT, Mark

from .builders import (
    UKRAINIAN_LEFT,
    UKRAINIAN_RIGHT,
    make_doc,
    news_comparison,
    ukrainian_comparison,
)
from .conftest import FIXED, LEFT_SENTENCE, NOTE_LEFT, NOTE_RIGHT, RIGHT_SENTENCE, needs_poppler

REPO = Path(__file__).resolve().parents[2]
pytestmark = [needs_poppler, pytest.mark.gui, pytest.mark.usefixtures("qapp")]
LIGATURES = "ﬀﬁﬂﬃﬄﬅﬆ"


def pdf_text(path: Path) -> str:
    """Extracted text with all whitespace runs (line and column breaks) made single spaces."""
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


def page_count(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(
        next(line.split()[1] for line in out.stdout.splitlines() if line.startswith("Pages:"))
    )


def read_ppm(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and RGB bytes of a binary PPM (P6), as pdftoppm writes it."""
    fields, position = [], 0
    while len(fields) < 4:
        while data[position : position + 1].isspace():
            position += 1
        end = position
        while not data[end : end + 1].isspace():
            end += 1
        fields.append(data[position:end])
        position = end
    assert fields[0] == b"P6"
    return int(fields[1]), int(fields[2]), data[position + 1 :]


def count_near(rgb: bytes, colour: str, tolerance: int = 12) -> int:
    target = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return sum(
        1
        for pixel in zip(rgb[0::3], rgb[1::3], rgb[2::3], strict=True)
        if all(abs(a - b) <= tolerance for a, b in zip(pixel, target, strict=True))
    )


@pytest.fixture(scope="module")
def sample_pdf(sample, sample_notes, tmp_path_factory) -> Path:
    return export_pdf(sample, sample_notes, tmp_path_factory.mktemp("pdf") / "sample.pdf", FIXED)


def test_text_of_both_sides_and_both_notes_extracts(sample_pdf: Path) -> None:
    text = pdf_text(sample_pdf)
    assert LEFT_SENTENCE in text and RIGHT_SENTENCE in text
    assert NOTE_LEFT in text and NOTE_RIGHT in text
    assert "Exported 2026-03-01 09:30 UTC with Crosscheck" in text
    assert "not in the other article" in text


def test_pages_are_numbered_x_of_y_and_all_render(sample_pdf: Path, tmp_path: Path) -> None:
    pages = page_count(sample_pdf)
    text = pdf_text(sample_pdf)
    assert all(f"page {n} of {pages}" in text for n in range(1, pages + 1))
    subprocess.run(
        ["pdftoppm", "-r", "20", "-png", str(sample_pdf), str(tmp_path / "p")], check=True
    )
    rendered = sorted(tmp_path.glob("p-*.png"))
    assert len(rendered) == pages and all(p.stat().st_size > 500 for p in rendered)


def test_highlight_colours_are_on_page_one(sample_pdf: Path) -> None:
    ppm = subprocess.run(
        ["pdftoppm", "-r", "50", "-f", "1", "-l", "1", str(sample_pdf)],
        capture_output=True, check=True,
    ).stdout  # fmt: skip
    width, height, rgb = read_ppm(ppm)
    assert len(rgb) == width * height * 3
    # At 50 dpi a highlighted word is a few dozen pixels: any real highlight clears these.
    assert count_near(rgb, HIGHLIGHT[Mark.DELETED]) > 40
    assert count_near(rgb, HIGHLIGHT[Mark.REPLACED_OLD]) > 40


def test_no_ligature_glyphs_and_fonts_embedded(sample_pdf: Path) -> None:
    text = pdf_text(sample_pdf)
    assert not set(text) & set(LIGATURES)
    assert "unofficial" in text
    fonts = subprocess.run(["pdffonts", str(sample_pdf)], capture_output=True, text=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all(row[-5] == "yes" for row in rows)  # the "emb" column


def test_ukrainian_text_extracts_letter_for_letter(tmp_path: Path) -> None:
    out = export_pdf(ukrainian_comparison(), [], tmp_path / "uk.pdf", FIXED)
    text = pdf_text(out)
    for paragraph in (*UKRAINIAN_LEFT, *UKRAINIAN_RIGHT):
        assert paragraph in text


def test_letter_size_and_bold_fact_text_without_ligatures(tmp_path: Path) -> None:
    out = export_pdf(news_comparison(), [], tmp_path / "n.pdf", ExportOptions(page_size="Letter"))
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "612 x 792 pts (letter)" in info
    text = pdf_text(out)
    assert "The official said" in text and "Fact changes" in text and "casualty count" in text


def test_progress_runs_up_to_its_total(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    export_pdf(
        news_comparison(), [], tmp_path / "p.pdf", progress=lambda d, t: calls.append((d, t))
    )
    assert calls and calls[-1][0] == calls[-1][1]
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert len({t for _, t in calls}) == 1


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"folder .*nowhere does not exist"):
        export_pdf(news_comparison(), [], tmp_path / "nowhere" / "x.pdf")
    assert list(tmp_path.iterdir()) == []


def test_unwritable_folder_is_a_clear_error(tmp_path: Path) -> None:
    if os.geteuid() == 0:  # root writes anywhere chmod allows: use a folder no one can write
        folder = Path("/proc")
        with pytest.raises(ExportError, match=r"cannot write /proc/x\.pdf"):
            export_pdf(news_comparison(), [], folder / "x.pdf")
        assert not (folder / "x.pdf").exists()
        return
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o500)
    try:
        with pytest.raises(ExportError, match="not writable"):
            export_pdf(news_comparison(), [], folder / "x.pdf")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_a_failure_while_painting_leaves_no_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "x.pdf"
    target.write_bytes(b"%PDF previous export")

    def broken(*_args, **_kwargs):
        raise ExportError("the PDF writer could not finish the file")

    monkeypatch.setattr("viewer.export.pdf_export.paint_pages", broken)
    with pytest.raises(ExportError):
        export_pdf(news_comparison(), [], target)
    assert target.read_bytes() == b"%PDF previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["x.pdf"]


def test_command_line_process_exports_without_a_display(tmp_path: Path) -> None:
    """No QApplication and no display: the exporter makes its own, offscreen."""
    code = (
        "import sys\n"
        "from tests.export.builders import news_comparison\n"
        "from viewer.export import export_pdf\n"
        "export_pdf(news_comparison(), [], sys.argv[1])\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    target = tmp_path / "cli.pdf"
    subprocess.run(
        [sys.executable, "-c", code, str(target)], check=True, env=env, cwd=REPO, timeout=60
    )
    assert "Police closed the road" in pdf_text(target)


def test_a_row_taller_than_a_page_is_cut_at_line_ends_and_loses_nothing(tmp_path: Path) -> None:
    words = [f"w{n:04d}" for n in range(2500)]
    long_left = " ".join(words)
    left = make_doc("l.txt", [long_left, "Closing line on the left."])
    right = make_doc("r.txt", ["Short right side.", "Closing line on the right."])
    pairs = (
        AlignedPair((0,), (0,), LinkKind.REWORDED, 0.1),
        AlignedPair((1,), (1,), LinkKind.REWORDED, 0.8),
    )
    out = export_pdf(Comparison(left, right, pairs, (), ()), [], tmp_path / "long.pdf", FIXED)
    text = pdf_text(out)
    assert page_count(out) >= 3
    tokens = [t for t in text.split() if t.startswith("w") and t[1:].isdigit()]
    body = [t for t in tokens if int(t[1:]) >= 100]  # titles and footers hold the first few
    assert body == words[100:]  # each line on exactly one page, in order
    assert "Closing line on the left. Closing line on the right." in text


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_the_longest_fact_kind_fits_its_column(tmp_path: Path, page_size: str) -> None:
    """ "attribution" in the fact table stays one word, not "attributio" over "n"."""
    from viewer.assets import sample_pair
    from viewer.engine.compare import compare_paths

    comparison = compare_paths(*(str(p) for p in sample_pair()))
    assert any(f.kind.value == "attribution" for p in comparison.pairs for f in p.flags)
    out = export_pdf(comparison, [], tmp_path / "f.pdf", ExportOptions(page_size=page_size))
    raw = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, check=True)
    lines = [line.strip() for line in raw.stdout.decode("utf-8").splitlines()]
    assert "attribution" in lines
