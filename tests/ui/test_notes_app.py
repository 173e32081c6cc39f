"""``crosscheck FILE.crosscheck`` opens a saved comparison, also with ``--screenshot``."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.ui.widgets import run_crosscheck
from viewer.annotations.anchoring import make_anchor
from viewer.annotations.comparison_file import ComparisonFile, SourceRecord
from viewer.annotations.model import Note, Side
from viewer.annotations.storage import save_comparison_file
from viewer.assets import sample_pair
from viewer.engine.document import load_document
from viewer.ui.app import parse_args
from viewer.ui.screenshot import is_blank

WORDS = "secretly held a series of unofficial meetings in Switzerland"


def _saved(tmp_path: Path, moved: bool) -> Path:
    left, right = (load_document(str(p)) for p in sample_pair())
    start = right.text.index(WORDS)
    note = Note(
        "Three sources, says Reuters.",
        "Misquote",
        (make_anchor(Side.RIGHT, right.text, start, start + len(WORDS)),),
        author="Ann",
    )
    records = [SourceRecord.from_document(d) for d in (left, right)]
    if moved:  # the originals are gone: the stored texts must do
        records = [
            SourceRecord(**{**{f: getattr(r, f) for f in r.__dataclass_fields__}, "source": s})
            for r, s in zip(records, ("/nowhere/a.txt", "/nowhere/b.txt"), strict=True)
        ]
    path = tmp_path / "work.crosscheck"
    save_comparison_file(path, ComparisonFile(*records, notes=(note,)))
    return path


def test_one_saved_file_is_parsed_as_saved() -> None:
    args = parse_args(["work.crosscheck"])
    assert (args.saved, args.left, args.right) == ("work.crosscheck", None, None)


@pytest.mark.slow
@pytest.mark.parametrize("moved", [False, True], ids=["originals", "stored-text"])
def test_screenshot_of_a_saved_comparison(tmp_path: Path, moved: bool) -> None:
    saved = _saved(tmp_path, moved)
    before = saved.read_bytes()
    out = tmp_path / "shot.png"
    result = run_crosscheck(tmp_path, str(saved), "--screenshot", str(out), "--size", "1200x700")
    assert result.returncode == 0, result.stderr
    assert not is_blank(QImage(str(out)))
    assert saved.read_bytes() == before  # opening never writes the file
    assert not (tmp_path / "config").exists()
    assert not (tmp_path / "data").exists()  # no recovery file outside the scratch folder


@pytest.mark.slow
def test_a_damaged_saved_file_fails_with_a_message(tmp_path: Path) -> None:
    bad = tmp_path / "bad.crosscheck"
    bad.write_text('{"format": "crosscheck/comparison-file", "version": 1, "left": 3}')
    result = run_crosscheck(tmp_path, str(bad), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 1
    assert "left should be an object" in result.stderr
    assert not (tmp_path / "x.png").exists()
