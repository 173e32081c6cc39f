"""Regenerate the README's screenshots: the sample pair (light, dark), the notes view and a
Ukrainian pair (``ukrainian/``: two retellings of one invented story, the right one saved
in cp1251, with one planted change of scale).

usage: python docs/screenshots/make_screenshots.py

Runs the real ``crosscheck --screenshot`` (offscreen, 1400x900). The notes view opens a
comparison file of the sample pair with three example notes, a note written on a fact
change and a fact change dismissed, written to a temporary folder.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from viewer.annotations.comparison_file import ComparisonFile, SourceRecord  # noqa: E402
from viewer.annotations.fact_notes import dismissal_note, draft_for_flag  # noqa: E402
from viewer.annotations.model import (  # noqa: E402
    Anchor,
    Note,
    Side,
    TextPositionSelector,
    TextQuoteSelector,
)
from viewer.annotations.storage import save_comparison_file  # noqa: E402
from viewer.assets import sample_pair  # noqa: E402
from viewer.engine.compare import compare_documents  # noqa: E402
from viewer.engine.document import load_document  # noqa: E402

SIZE = "1400x900"
NOTES = (
    (Side.RIGHT, "secretly held a series of unofficial meetings in Switzerland",
     "Omitted context", "Reuters cites **three sources**; the rewrite drops them."),
    (Side.LEFT, "Two sources said at least one meeting took place in Geneva", "Fine",
     "Geneva meeting: both versions agree."),
    (Side.RIGHT, "It remains unclear who has just sent them", "Unsupported",
     "Was this in the original? The source says it was *unclear whether* governments sent them."),
)  # fmt: skip


def _shoot(out: Path, *args: str) -> None:
    command = [sys.executable, "-m", "viewer", *args, "--screenshot", str(out), "--size", SIZE]
    subprocess.run(command, check=True)
    print(out)


def _notes_file(folder: Path) -> Path:
    left, right = (load_document(str(p)) for p in sample_pair())
    notes = []
    for side, quote, tag, body in NOTES:
        start = (left if side is Side.LEFT else right).text.index(quote)
        anchor = Anchor(
            side, TextQuoteSelector(quote), TextPositionSelector(start, start + len(quote))
        )
        notes.append(Note(body, tag, (anchor,), "Sample Checker"))
    flags = {f.note.split(":")[0]: f for p in compare_documents(left, right).pairs for f in p.flags}
    texts = left.text, right.text
    draft = draft_for_flag(flags["'unclear' dropped"], *texts, ["Unsupported"])
    verdict = "The source says it is unclear whether governments sent them."
    notes.append(Note(draft.body + verdict, "Unsupported", draft.anchors, "Sample Checker"))
    notes.append(dismissal_note(flags["quotation no longer quoted"], *texts, "Sample Checker"))
    path = folder / "sample-notes.crosscheck"
    records = SourceRecord.from_document(left), SourceRecord.from_document(right)
    save_comparison_file(path, ComparisonFile(*records, tuple(notes)))
    return path


def main() -> None:
    _shoot(HERE / "sample-light.png")
    _shoot(HERE / "sample-dark.png", "--dark")
    with tempfile.TemporaryDirectory() as folder:
        _shoot(HERE / "notes.png", str(_notes_file(Path(folder))))
    pair = HERE / "ukrainian"
    _shoot(HERE / "ukrainian.png", str(pair / "left.txt"), str(pair / "right.txt"))


if __name__ == "__main__":
    main()
