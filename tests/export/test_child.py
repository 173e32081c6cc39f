"""The export child process: its line protocol, its job runner, and a real run end to end."""

from __future__ import annotations

import io
import os
import pickle
import subprocess
import threading
import time
from pathlib import Path

import pytest

from viewer.export import ExportError
from viewer.export.child import CANCEL, Job, Message, launch, parse_message, run, write_html

from .builders import news_comparison
from .conftest import FIXED

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("progress 3 10\n", Message("progress", 3, 10)),
        ("done\n", Message("done")),
        ("cancelled", Message("cancelled")),
        ("failed the folder does not exist\n", Message("failed", text="the folder does not exist")),
        ("failed\n", Message("failed", text="")),
        ("progress 3\n", None),
        ("progress three 10\n", None),
        ("done twice\n", None),
        ("Qt says hello\n", None),
        ("", None),
    ],
)
def test_parse_message(line: str, message: Message | None) -> None:
    assert parse_message(line) == message


def _steps(count: int, progress) -> None:
    for k in range(count + 1):
        progress(k, count)


def _refuses(progress) -> None:
    raise ExportError("the folder\ndoes not exist")


def _breaks(progress) -> None:
    raise KeyError("oops")


def _slow_steps(marker: str, progress) -> None:
    """A job of many short steps that writes ``marker`` only when it gets through them."""
    for k in range(400):
        progress(k, 400)
        time.sleep(0.025)
    Path(marker).write_text("written", "utf-8")


@pytest.mark.parametrize(
    ("job", "cancelled", "lines", "status"),
    [
        (Job(_steps, (2,)), False, ["progress 0 2", "progress 1 2", "progress 2 2", "done"], 0),
        (Job(_steps, (2,)), True, ["cancelled"], 0),
        (Job(_refuses, ()), False, ["failed the folder does not exist"], 0),
        (Job(_breaks, ()), False, ["failed the export failed unexpectedly (KeyError: 'oops')"], 1),
    ],
    ids=["done", "cancelled-before-the-first-step", "export-error-on-one-line", "bug"],
)
def test_run_reports_each_step_and_one_ending(
    job: Job, cancelled: bool, lines: list[str], status: int
) -> None:
    out = io.StringIO()
    stop = threading.Event()
    if cancelled:
        stop.set()
    assert run(job, out, stop) == status
    assert out.getvalue().splitlines() == lines


def _child(
    job: object, *, cancel: bool = False, leave: bool = False
) -> subprocess.CompletedProcess:
    """Run the child on ``job`` as the window does: standard input stays open until the
    child has answered (closing it is how a parent that went away cancels)."""
    command, variables = launch()
    proc = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, **variables},
        cwd=REPO.parent,  # not the repository: the child must find viewer on PYTHONPATH
    )
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    proc.stdin.write(pickle.dumps(job) + (CANCEL if cancel else b""))
    proc.stdin.flush()
    if leave:
        proc.stdin.close()  # the window went away
    out = proc.stdout.read().decode()  # to the end: the child has exited
    if not leave:
        proc.stdin.close()
    err = proc.stderr.read().decode()
    return subprocess.CompletedProcess(proc.args, proc.wait(timeout=60), out, err)


def test_child_writes_the_html_export(tmp_path: Path) -> None:
    target = tmp_path / "page.html"
    done = _child(Job(write_html, (news_comparison(), [], str(target), FIXED)))
    assert done.stdout.splitlines() == ["progress 0 1", "done"], done.stderr
    assert done.returncode == 0
    assert "Rescuers searched the rubble" in target.read_text("utf-8")


@pytest.mark.parametrize("how", ["cancel", "leave"])
def test_child_stops_at_the_next_step_once_cancelled(tmp_path: Path, how: str) -> None:
    marker = tmp_path / "never"
    done = _child(Job(_slow_steps, (str(marker),)), cancel=how == "cancel", leave=how == "leave")
    lines = done.stdout.splitlines()
    assert lines[-1] == "cancelled" and len(lines) < 100, done.stderr
    assert not marker.exists()


def test_child_refuses_what_is_not_a_job() -> None:
    done = _child({"not": "a job"})
    assert done.stdout.splitlines() == ["failed not an export job: dict"]
    assert done.returncode == 2
