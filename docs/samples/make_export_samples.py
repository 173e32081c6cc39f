"""Regenerate docs/samples/sample-pair.pdf and sample-pair-page1.png from the sample pair.

usage: python docs/samples/make_export_samples.py   (needs pdftoppm from poppler-utils)

Compares the bundled sample pair with the real engine, adds two example notes (one per
side, with Markdown) and exports the PDF, then renders its first page to PNG.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from viewer.annotations.model import (  # noqa: E402
    Anchor,
    Note,
    Side,
    TextPositionSelector,
    TextQuoteSelector,
)
from viewer.assets import sample_pair  # noqa: E402
from viewer.engine.compare import compare_paths  # noqa: E402
from viewer.export import export_pdf  # noqa: E402

NOTES = (
    (Side.LEFT, "secret talks with Russians", "Omitted context",
     "The left cites **NBC** for talks in 2023; the rewrite drops this paragraph."),
    (Side.RIGHT, "Munich Conference on Safety of Last Week", "Unsupported",
     "Garbled: the *Munich Security Conference* was not held in Geneva."),
)  # fmt: skip


def main() -> None:
    comparison = compare_paths(*map(str, sample_pair()))
    notes = []
    for side, quote, tag, body in NOTES:
        doc = comparison.left if side is Side.LEFT else comparison.right
        start = doc.text.index(quote)
        anchor = Anchor(
            side, TextQuoteSelector(quote), TextPositionSelector(start, start + len(quote))
        )
        notes.append(Note(body, tag, (anchor,), "Sample Checker"))
    pdf = export_pdf(comparison, notes, HERE / "sample-pair.pdf")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
         str(pdf), str(HERE / "sample-pair-page1")],
        check=True,
    )  # fmt: skip
    print(pdf, HERE / "sample-pair-page1.png")


if __name__ == "__main__":
    main()
