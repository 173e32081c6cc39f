"""The worker compares off the GUI thread, reports failures and drops stale results."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from viewer.assets import sample_pair
from viewer.engine.model import Comparison
from viewer.ui.worker import CompareWorker

from .test_navigation import sample_comparison

pytestmark = pytest.mark.gui


def test_compares_the_sample_pair_off_the_gui_thread(qtbot) -> None:
    gui_thread = threading.get_ident()
    threads = []

    def compare(left: str, right: str) -> Comparison:
        threads.append(threading.get_ident())
        from viewer.engine.compare import compare_paths

        return compare_paths(left, right)

    worker = CompareWorker(compare)
    left, right = map(str, sample_pair())
    with qtbot.waitSignal(worker.finished, timeout=10_000) as blocker:
        worker.request(left, right)
    assert blocker.args[0].left.source.endswith("closest-copy.txt")
    assert threads and threads[0] != gui_thread
    assert not worker.is_busy()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (bytes(range(256)) * 4, "binary"),
        (b"", "empty"),
        (None, "missing.txt"),
    ],
    ids=["binary", "empty", "missing"],
)
def test_bad_input_is_reported_in_one_line(qtbot, tmp_path: Path, content, expected) -> None:
    bad = tmp_path / "missing.txt"
    if content is not None:
        bad = tmp_path / "bad.txt"
        bad.write_bytes(content)
    worker = CompareWorker()
    with qtbot.waitSignal(worker.failed, timeout=10_000) as blocker:
        worker.request(str(sample_pair()[0]), str(bad))
    message = blocker.args[0]
    assert expected in message and "\n" not in message


def test_an_unexpected_exception_is_reported_not_raised(qtbot, caplog) -> None:
    def broken(left: str, right: str) -> Comparison:
        raise ZeroDivisionError("boom")

    worker = CompareWorker(broken)
    with qtbot.waitSignal(worker.failed, timeout=5_000) as blocker:
        worker.request("a", "b")
    assert "ZeroDivisionError: boom" in blocker.args[0]
    assert "failed" in caplog.text  # the traceback is logged for the bug report


def test_a_newer_request_makes_the_older_result_stale(qtbot) -> None:
    release = threading.Event()
    slow_result, fast_result = sample_comparison(), sample_comparison()

    def compare(left: str, right: str) -> Comparison:
        if left == "slow":
            release.wait(5)
            return slow_result
        return fast_result

    worker = CompareWorker(compare)
    busy = []
    worker.busy_changed.connect(busy.append)
    results = []
    worker.finished.connect(results.append)
    worker.request("slow", "x")
    with qtbot.waitSignal(worker.finished, timeout=5_000):
        worker.request("fast", "x")
    release.set()
    assert worker.wait(5_000)
    qtbot.wait(50)  # let the stale result's queued signal arrive, to be dropped
    assert results == [fast_result] and results[0] is fast_result
    assert busy == [True, False]


def test_cancel_drops_the_running_request(qtbot) -> None:
    worker = CompareWorker(lambda left, right: sample_comparison())
    results = []
    worker.finished.connect(results.append)
    worker.request("a", "b")
    worker.cancel()
    assert not worker.is_busy()
    assert worker.wait(5_000)
    qtbot.wait(50)
    assert results == []
