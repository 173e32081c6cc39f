"""``crosscheck export FILE.crosscheck``: the saved texts and notes end up in the PDF."""

import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from viewer.annotations.anchoring import make_anchor
from viewer.annotations.comparison_file import ComparisonFile, SourceRecord
from viewer.annotations.model import Note, Side
from viewer.annotations.storage import save_comparison_file
from viewer.assets import sample_pair
from viewer.engine.document import load_document

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def _crosscheck(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "viewer", *args], capture_output=True, text=True, env=env, cwd=REPO
    )


def _saved_file(folder: Path) -> Path:
    left, right = (load_document(str(p)) for p in sample_pair())
    quote = "second track"
    start = left.text.index(quote)
    note = Note(
        body="Paraphrase presented as a **quote**.",
        tag="Misquote",
        anchors=(make_anchor(Side.LEFT, left.text, start, start + len(quote)),),
        author="Desk",
    )
    # The articles no longer exist where they were loaded from: the file carries their text.
    cf = ComparisonFile(
        left=replace(SourceRecord.from_document(left), source="gone/left.txt"),
        right=replace(SourceRecord.from_document(right), source="gone/right.txt"),
        notes=(note,),
    )
    path = folder / "story.crosscheck"
    save_comparison_file(path, cf)
    return path


def test_export_saved_comparison_with_its_notes(tmp_path: Path) -> None:
    saved = _saved_file(tmp_path)
    pdf = tmp_path / "evidence.pdf"
    run = _crosscheck("export", str(saved), "--pdf", str(pdf))
    assert run.returncode == 0, run.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Paraphrase presented as a" in text
    assert "Misquote" in text
    assert "second track" in text


def test_export_of_a_broken_file_is_one_clear_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.crosscheck"
    broken.write_text("{not json", encoding="utf-8")
    run = _crosscheck("export", str(broken), "--pdf", str(tmp_path / "x.pdf"))
    assert run.returncode == 2
    assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()
