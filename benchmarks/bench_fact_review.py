"""How long the window takes to dismiss a fact change, and to undo that, on a large pair.

usage: python benchmarks/bench_fact_review.py [LEFT RIGHT] [--times N]

Without paths it writes the 2,000-paragraph pair of ``../shared/tools/make_pair.py`` to a
temporary folder. The real main window (offscreen, its settings and recovery files in a
temporary folder) opens the pair and waits for the fact flags; then each round goes to
the next fact change, dismisses it (Ctrl+Alt+D: a note is added, autosaved, and the
panes, the list and the overview show the comparison without that flag) and undoes it.
Times are from the command to the end of the event processing it caused, in the GUI
thread, which is what the reader waits on.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from big_pair import big_pair
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from viewer.ui.main_window import MainWindow
from viewer.ui.preferences import Preferences
from viewer.ui.session import Session
from viewer.ui.worker import CompareWorker


def _pair(args: argparse.Namespace) -> tuple[str, str]:
    if args.left and args.right:
        return args.left, args.right
    left, right = big_pair()
    return str(left), str(right)


def _timed(app: QApplication, action) -> float:
    t0 = time.perf_counter()
    action()
    app.processEvents()
    return (time.perf_counter() - t0) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("left", nargs="?")
    parser.add_argument("right", nargs="?")
    parser.add_argument("--times", type=int, default=7)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    left, right = _pair(args)
    folder = Path(tempfile.mkdtemp(prefix="crosscheck-bench-settings-"))
    prefs = Preferences(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    session = Session(CompareWorker())
    window = MainWindow(session, prefs)
    window.resize(1400, 900)
    window.show()
    times: dict[str, list[float]] = {"dismiss": [], "undo": []}

    def rounds() -> None:
        facts, undo = window.facts, window.notes.controller.undo
        for _ in range(args.times):
            facts.next_fact.trigger()
            app.processEvents()
            times["dismiss"].append(_timed(app, facts.review.dismiss_fact.trigger))
            times["undo"].append(_timed(app, undo.trigger))
        app.quit()

    session.comparison_completed.connect(lambda _c: QTimer.singleShot(200, rounds))
    session.open_pair(left, right)
    app.exec()
    flags = window.facts.dock.list.row_count()
    print(f"{Path(left).name} / {Path(right).name}: {flags} fact changes listed")
    for what, values in times.items():
        print(
            f"{what}: median {statistics.median(values):.0f} ms, "
            f"max {max(values):.0f} ms ({len(values)} times)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
