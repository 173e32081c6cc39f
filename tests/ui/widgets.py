"""Shown widgets and the real command for the UI tests: one way to set each up."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings

from viewer.engine.model import Comparison
from viewer.ui.comparison_view import ComparisonView
from viewer.ui.main_window import MainWindow
from viewer.ui.preferences import Preferences
from viewer.ui.session import Session
from viewer.ui.worker import CompareWorker

REPO = Path(__file__).resolve().parents[2]


def show_view(
    qtbot, comparison: Comparison | None, size: tuple[int, int] = (1000, 600), **options: bool
) -> ComparisonView:
    """A shown, exposed view of ``comparison``, with view ``options`` (filters) set."""
    view = ComparisonView()
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    view.set_comparison(comparison)
    if options:
        view.set_options(replace(view.options(), **options))
    return view


def run_crosscheck(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the real command with no display; its settings and data stay in ``tmp_path``."""
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"))
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env.pop("QT_QPA_PLATFORM", None)  # --screenshot must choose offscreen by itself
    env.pop("DISPLAY", None)
    return subprocess.run(
        [sys.executable, "-m", "viewer", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def show_window(qtbot, ini: Path, compare=None, size: tuple[int, int] = (1200, 800)) -> MainWindow:
    """A shown main window with its settings in ``ini``; ``compare`` stands in for the
    engine in its worker (the real engine when None)."""
    session = Session(CompareWorker(compare))
    prefs = Preferences(QSettings(str(ini), QSettings.Format.IniFormat))
    window = MainWindow(session, prefs)
    session.setParent(window)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window
