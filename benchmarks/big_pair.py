"""The make_pair.py article pair every benchmark measures, made once where it is asked for."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

MAKE_PAIR = Path(__file__).resolve().parents[2] / "shared" / "tools" / "make_pair.py"


def big_pair(folder: Path | None = None, paragraphs: int | None = None) -> tuple[Path, Path]:
    """``left.txt`` and ``right.txt`` of the make_pair.py pair in ``folder`` (a new
    temporary folder when none is given), generated when they are not there yet.

    One place knows where the shared tool lives and what it writes, so every benchmark
    times the same pair: its default size unless ``paragraphs`` says otherwise.
    """
    folder = Path(tempfile.mkdtemp(prefix="crosscheck-bench-")) if folder is None else folder
    left, right = folder / "left.txt", folder / "right.txt"
    if not (left.exists() and right.exists()):
        size = [] if paragraphs is None else ["--paragraphs", str(paragraphs)]
        subprocess.run(
            [sys.executable, str(MAKE_PAIR), str(folder), *size], check=True, capture_output=True
        )
    return left, right
