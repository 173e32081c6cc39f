"""One export run in a child process, talking to the window over its standard streams.

The window writes PDFs in a separate process, not on a thread of its own: Qt's text
layout on a second thread shares Qt's pooled mutexes with the GUI thread, and with the
GIL held on both sides the two can deadlock (seen as a rare hang on export). A process
shares nothing, and a crash in it cannot take the window and its unsaved notes down.

Protocol. The parent starts the child with its own ``sys.path`` as ``PYTHONPATH`` (so
this module and the job's function import as they did there) and writes one pickled
``Job`` to the child's standard input. It may later write ``cancel`` (or close the
stream): the job stops at its next progress step and writes nothing. The child answers
on standard output, one line per message: ``progress DONE TOTAL``, then exactly one of
``done``, ``cancelled`` or ``failed MESSAGE``.

Run as ``python -m viewer.export.child``; ``viewer.ui.export_actions`` starts it.
"""

from __future__ import annotations

import logging
import os
import pickle
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO, TextIO

from viewer.export.options import ExportError, ExportOptions

if TYPE_CHECKING:
    from collections.abc import Sequence

    from viewer.annotations.model import Note
    from viewer.engine.model import Comparison

__all__ = [
    "CANCEL",
    "Job",
    "Message",
    "launch",
    "main",
    "parse_message",
    "run",
    "write_html",
    "write_pdf",
]

CANCEL = b"cancel\n"
Progress = Callable[[int, int], None]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Job:
    """What to run: ``function(*args, progress)``, with a module-level function (it is
    pickled by name and imported in the child)."""

    function: Callable[..., object]
    args: tuple[object, ...]


@dataclass(frozen=True, slots=True)
class Message:
    """One line from the child: ``kind`` is progress, done, cancelled or failed."""

    kind: str
    done: int = 0
    total: int = 0
    text: str = ""


def launch() -> tuple[list[str], dict[str, str]]:
    """How a parent starts the child: the command line, and the environment variables to
    set (this process's ``sys.path``, so the child imports what the parent imports from
    the same places; no display, since it shows nothing)."""
    command = [sys.executable, "-m", "viewer.export.child"]
    return command, {
        "PYTHONPATH": os.pathsep.join(p for p in sys.path if p),
        "QT_QPA_PLATFORM": "offscreen",
    }


def write_pdf(
    comparison: Comparison,
    notes: Sequence[Note],
    target: str,
    options: ExportOptions,
    progress: Progress,
) -> None:
    """The window's PDF export, as a job (Qt loads only in the child)."""
    from viewer.export.pdf_export import export_pdf

    export_pdf(comparison, notes, target, options, progress)


def write_html(
    comparison: Comparison,
    notes: Sequence[Note],
    target: str,
    options: ExportOptions,
    progress: Progress,
) -> None:
    """The window's HTML export, as a job: one step, so it is cancelled only before it
    (a cancel that comes later finds the page written, and "done" says so)."""
    from viewer.export.html_export import export_html

    progress(0, 1)
    export_html(comparison, notes, target, options)


def parse_message(line: str) -> Message | None:
    """The message a line of the child's output carries (None: not one of ours)."""
    kind, _, rest = line.rstrip("\n").partition(" ")
    if kind == "progress":
        parts = rest.split()
        if len(parts) == 2 and all(p.isdigit() for p in parts):
            return Message("progress", int(parts[0]), int(parts[1]))
        return None
    if kind in ("done", "cancelled") and not rest:
        return Message(kind)
    if kind == "failed":
        return Message("failed", text=rest)
    return None


class _CancelledError(Exception):
    """Raised from the progress callback to stop a job the parent cancelled."""


def _watch(stream: BinaryIO, stop: threading.Event) -> None:
    """Set ``stop`` when the parent cancels or goes away (its end of the pipe closes)."""
    try:
        while line := stream.readline():
            if line == CANCEL:
                break
    except (OSError, ValueError):
        pass
    stop.set()


def run(job: Job, out: TextIO, stop: threading.Event) -> int:
    """Run ``job``, reporting on ``out``; the exit status for the process."""

    def say(line: str) -> None:
        out.write(line + "\n")
        out.flush()

    def progress(done: int, total: int) -> None:
        if stop.is_set():
            raise _CancelledError
        say(f"progress {int(done)} {int(total)}")

    try:
        job.function(*job.args, progress)
    except _CancelledError:
        say("cancelled")
    except ExportError as exc:
        say("failed " + " ".join(str(exc).split()))
    except Exception as exc:  # reported to the window, never a silent death
        log.exception("export failed")
        message = f"the export failed unexpectedly ({type(exc).__name__}: {exc})"
        say("failed " + " ".join(message.split()))
        return 1
    else:
        say("done")
    return 0


def main() -> int:
    # Nothing here is ever shown: no display connection, even on a desktop.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    stdin = sys.stdin.buffer
    job = pickle.load(stdin)
    if not isinstance(job, Job):
        print(f"failed not an export job: {type(job).__name__}", flush=True)
        return 2
    stop = threading.Event()
    threading.Thread(target=_watch, args=(stdin, stop), daemon=True).start()
    status = run(job, sys.stdout, stop)
    # Leave at once: the file is written and closed, and an ordinary exit would wait on
    # the watcher, which holds standard input's lock while it reads.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


if __name__ == "__main__":
    # Run the module's own copy, not this __main__ one: a Job unpickles as
    # viewer.export.child.Job, which is not this module's class.
    from viewer.export.child import main as module_main

    sys.exit(module_main())
