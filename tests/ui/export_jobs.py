"""Export jobs for the child-process tests: each is imported by name in the child."""

from __future__ import annotations

import os
import time
from pathlib import Path


def report_until_cancelled(marker: str, progress) -> None:
    """Reports progress for up to a minute; writes ``marker`` only if never cancelled."""
    for step in range(1200):
        progress(step, 1200)
        time.sleep(0.05)
    Path(marker).write_text("written", "utf-8")


def die(code: int, progress) -> None:
    """Stops the child without a word, as a crash in Qt or an out-of-memory kill would."""
    progress(0, 1)
    os._exit(code)


def fail_unexpectedly(progress) -> None:
    raise ZeroDivisionError("a bug in the exporter")
