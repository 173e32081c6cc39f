"""File > Export from the window: PDF in a child process with progress, HTML, JSON-LD, CSV."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from viewer.annotations.model import Side
from viewer.export.child import Job
from viewer.ui import dialogs
from viewer.ui.main_window import MainWindow

from . import export_jobs
from .notes_fixtures import TIMEOUT, add_note, make_window, open_pair

pytestmark = pytest.mark.gui

NOTE = "Reuters says three sources, not two"
WORDS = "secretly held a series of unofficial meetings in Switzerland"


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    window = make_window(qtbot, tmp_path)
    open_pair(qtbot, window)
    add_note(window, Side.RIGHT, WORDS, NOTE, "Misquote")
    return window


def _choose(monkeypatch, path: Path) -> list[str]:
    asked: list[str] = []

    def ask(_parent, title, _filter, _suggested=""):
        asked.append(title)
        return str(path)

    monkeypatch.setattr(dialogs, "ask_save_path", ask)
    return asked


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_export_pdf_writes_the_notes_in_a_child_process(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "evidence.pdf"
    asked = _choose(monkeypatch, tmp_path / "evidence")  # the suffix is added
    exports = window.notes.exports
    progress: list[tuple[int, int]] = []
    exports._child.progress.connect(lambda d, t: progress.append((d, t)))
    with qtbot.waitSignal(exports.finished, timeout=TIMEOUT) as blocker:
        exports.pdf.trigger()
        assert exports.is_running() and not exports.pdf.isEnabled()
        assert exports.child_pid() not in (None, 0, os.getpid())
    assert asked == ["Export PDF"]
    assert blocker.args == [str(target)]
    assert progress and progress[-1][0] == progress[-1][1]
    assert exports.progress is None and exports.pdf.isEnabled()
    assert not exports.is_running() and exports.child_pid() is None
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert NOTE in " ".join(text.split())
    assert window.errors == []


def test_export_pdf_follows_the_view_settings(qtbot, window: MainWindow) -> None:
    from dataclasses import replace

    window.session.set_options(replace(window.session.options, show_cruft=True))
    window.notes.controller.preferences.page_size = "Letter"
    options = window.notes.exports.options()
    assert options.show_cruft and options.page_size == "Letter"
    assert options.loaded_at is not None


def test_export_to_a_missing_folder_reports_and_writes_nothing(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    _choose(monkeypatch, tmp_path / "missing" / "x.pdf")
    with qtbot.waitSignal(window.notes.exports.failed, timeout=TIMEOUT):
        window.notes.exports.pdf.trigger()
    assert "does not exist" in window.errors[-1]
    assert not (tmp_path / "missing").exists()


def _start_endless_export(qtbot, window: MainWindow, tmp_path: Path) -> Path:
    """Start an export that reports progress until cancelled; the file it would write."""
    exports = window.notes.exports
    marker = tmp_path / "never.pdf"
    with qtbot.waitSignal(exports._child.progress, timeout=TIMEOUT):
        exports._start(Job(export_jobs.report_until_cancelled, (str(marker),)), str(marker), "…")
    return marker


def test_cancelling_stops_at_the_next_progress_step(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    exports = window.notes.exports
    marker = _start_endless_export(qtbot, window, tmp_path)
    assert exports.progress is not None
    with qtbot.waitSignal(exports.failed, timeout=TIMEOUT) as blocker:
        exports.progress.canceled.emit()  # what its Cancel button sends
    assert blocker.args == ["cancelled"]
    assert not marker.exists()
    assert not exports.is_running() and exports.pdf.isEnabled()
    assert window.errors == []


@pytest.mark.parametrize(
    ("job", "message"),
    [
        (Job(export_jobs.die, (3,)), "the export process exited (3) before it finished"),
        (Job(export_jobs.fail_unexpectedly, ()), "ZeroDivisionError: a bug in the exporter"),
    ],
    ids=["child-dies", "child-raises"],
)
def test_a_failing_child_is_reported_and_the_window_goes_on(
    qtbot, window: MainWindow, job: Job, message: str
) -> None:
    exports = window.notes.exports
    with qtbot.waitSignal(exports.failed, timeout=TIMEOUT) as blocker:
        exports._start(job, "x.pdf", "…")
    assert message in blocker.args[0]
    assert message in window.errors[-1]
    assert not exports.is_running() and exports.pdf.isEnabled() and exports.progress is None


def test_closing_the_window_stops_a_running_export(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    exports = window.notes.exports
    marker = _start_endless_export(qtbot, window, tmp_path)
    pid = exports.child_pid()
    window.close()
    assert not exports.is_running()
    assert not marker.exists()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_export_html(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    _choose(monkeypatch, tmp_path / "page.html")
    with qtbot.waitSignal(window.notes.exports.finished, timeout=TIMEOUT):
        window.notes.exports.html.trigger()
    page = (tmp_path / "page.html").read_text("utf-8")
    assert NOTE in page and "Misquote" in page


def test_export_notes_as_jsonld_and_csv(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    _choose(monkeypatch, tmp_path / "notes.jsonld")
    window.notes.exports.jsonld.trigger()
    collection = json.loads((tmp_path / "notes.jsonld").read_text("utf-8"))
    assert collection["type"] == "AnnotationCollection" and collection["total"] == 1
    annotation = collection["first"]["items"][0]
    assert annotation["body"][0]["value"] == NOTE
    assert annotation["target"][0]["selector"][0]["exact"] == WORDS

    _choose(monkeypatch, tmp_path / "notes.csv")
    window.notes.exports.csv.trigger()
    with (tmp_path / "notes.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(r["side"], r["quote"], r["tag"], r["note"]) for r in rows] == [
        ("right", WORDS, "Misquote", NOTE)
    ]
    assert rows[0]["author"] == "Ann Tester"


def test_cancelled_file_dialog_does_nothing(qtbot, window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_a, **_k: None)
    assert not window.notes.exports.export_pdf()
    assert not window.notes.exports.is_running()
