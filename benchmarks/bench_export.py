"""Time the highlighted PDF and HTML exports (issue 5) on the sample and make_pair.py pairs.

usage: python benchmarks/bench_export.py [--runs N] [--big-dir DIR]

Compares each pair once (timed separately: that is the engine's cost), then times
``export_pdf`` and ``export_html`` with two notes, best of N runs, in-process with the
Qt application already up (the command line adds Qt's start-up, about 0.2 s), and the
PDF as the window writes it: in a child process (viewer.export.child), start-up and
pickling included. Prints pages and sizes too. Goals: sample pair under 1 s, the
make_pair.py pair (about 620 KB a side, made in DIR if missing) under 20 s.
"""

from __future__ import annotations

import argparse
import os
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from big_pair import big_pair  # noqa: E402

from viewer.annotations.model import (  # noqa: E402
    Anchor,
    Note,
    Side,
    TextPositionSelector,
    TextQuoteSelector,
)
from viewer.assets import sample_pair  # noqa: E402
from viewer.engine.compare import compare_paths  # noqa: E402
from viewer.engine.model import Comparison  # noqa: E402
from viewer.export import ExportOptions, export_html, export_pdf  # noqa: E402
from viewer.export.child import Job, launch, write_pdf  # noqa: E402
from viewer.export.pdf_export import ensure_gui_application  # noqa: E402


def note_on(doc, side: Side, quote: str, body: str, tag: str) -> Note:
    start = doc.text.index(quote)
    position = TextPositionSelector(start, start + len(quote))
    return Note(body, tag, (Anchor(side, TextQuoteSelector(quote), position),), "bench")


def _notes(comparison: Comparison) -> list[Note]:
    """One note on the first body paragraph of each side."""
    left = comparison.left.body_blocks()[0].text[:40]
    right = comparison.right.body_blocks()[-1].text[:40]
    return [
        note_on(comparison.left, Side.LEFT, left, "**Check** the left.", "Unsupported"),
        note_on(comparison.right, Side.RIGHT, right, "Right adds this.", "Added claim"),
    ]


def _timed(runs: int, action) -> str:
    """First (cold: fonts, caches) and best of ``runs`` timings."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return f"{times[0]:.2f} s first, {min(times):.2f} s best"


def _pages(pdf: Path) -> str:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True)
    return next((ln.split()[1] for ln in out.stdout.splitlines() if ln.startswith("Pages:")), "?")


def _through_child(comparison: Comparison, notes: list[Note], pdf: Path) -> None:
    """The window's way: one child process, the job pickled to it, its answer read back."""
    command, variables = launch()
    child = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env={**os.environ, **variables},
    )
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(pickle.dumps(Job(write_pdf, (comparison, notes, str(pdf), ExportOptions()))))
    child.stdin.flush()
    answer = child.stdout.read().splitlines()
    child.stdin.close()
    if child.wait() != 0 or answer[-1:] != [b"done"]:
        raise SystemExit(f"the export child failed: {answer[-1:]}")


def bench(name: str, left: Path, right: Path, runs: int, out: Path) -> None:
    start = time.perf_counter()
    comparison = compare_paths(str(left), str(right))
    compared = time.perf_counter() - start
    notes = _notes(comparison)
    pdf, html = out / f"{name}.pdf", out / f"{name}.html"
    pdf_time = _timed(runs, lambda: export_pdf(comparison, notes, pdf))
    html_time = _timed(runs, lambda: export_html(comparison, notes, html))
    child_time = _timed(runs, lambda: _through_child(comparison, notes, pdf))
    kb = left.stat().st_size // 1024, right.stat().st_size // 1024
    print(
        f"| {name} ({kb[0]} KB / {kb[1]} KB) | {compared:.2f} s | {pdf_time} "
        f"({_pages(pdf)} pages, {pdf.stat().st_size // 1024} KB) | {child_time} | {html_time} "
        f"({html.stat().st_size // 1024} KB) |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--big-dir", type=Path, default=Path(tempfile.gettempdir()) / "bigpair")
    args = parser.parse_args()
    big_left, big_right = big_pair(args.big_dir)
    ensure_gui_application()
    print("| pair | compare | export_pdf | PDF from the window (child process) | export_html |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        bench("sample pair", *sample_pair(), args.runs, Path(folder))
        bench("make_pair.py pair", big_left, big_right, args.runs, Path(folder))


if __name__ == "__main__":
    main()
