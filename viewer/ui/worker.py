"""Runs the comparison engine off the GUI thread and hands back only the newest result."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from viewer.engine.loading import LoadError
from viewer.engine.model import Comparison, Document
from viewer.ui.pane_prep import prepare_view_data

__all__ = ["CompareFn", "CompareWorker", "Source"]

log = logging.getLogger(__name__)

# A side is a path to load, or a Document already loaded (a saved comparison's stored text).
Source = str | Document
CompareFn = Callable[[Source, Source], Comparison]
FinishFn = Callable[[Comparison], Comparison]


def _engine_compare(left: Source, right: Source) -> Comparison:
    """The engine's entry point, without fact flags: the alignment is shown first."""
    from viewer.engine.compare import compare_documents, compare_paths
    from viewer.engine.document import load_document

    if isinstance(left, str) and isinstance(right, str):
        return compare_paths(left, right, flags=False)  # one process: this is a thread
    return compare_documents(
        left if isinstance(left, Document) else load_document(left),
        right if isinstance(right, Document) else load_document(right),
        flag_finder=None,
    )


def _engine_finish(comparison: Comparison) -> Comparison:
    """The same comparison with its fact flags, which take about as long as the alignment."""
    from viewer.engine.compare import add_flags

    return add_flags(comparison)


def describe_failure(exc: BaseException) -> str:
    """A one-line message for the error dialog.

    The engine's LoadError already reads as one line ("cannot open 'x': it is a binary
    file, not text"); anything else is a bug or an environment problem, so its type is
    kept for the bug report.
    """
    if isinstance(exc, LoadError | OSError):
        text = str(exc).strip()
        return text.splitlines()[0] if text else type(exc).__name__
    return f"The comparison failed unexpectedly ({type(exc).__name__}: {exc})."


def _name(source: Source) -> str:
    return source.source if isinstance(source, Document) else source


class _Relay(QObject):
    """Lives in the GUI thread; its signals carry results across threads (queued)."""

    done = Signal(int, object)
    completed = Signal(int, object)
    failed = Signal(int, str)


class _CompareTask(QRunnable):
    """One engine run; never lets an exception escape into the thread pool."""

    def __init__(
        self,
        request_id: int,
        left: Source,
        right: Source,
        compare: CompareFn,
        finish: FinishFn | None,
        relay: _Relay,
    ) -> None:
        super().__init__()
        self._request_id = request_id
        self._left = left
        self._right = right
        self._compare = compare
        self._finish = finish
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._compare(self._left, self._right)
            prepare_view_data(result)  # the panes' data, worked out here, off the GUI thread
        except Exception as exc:  # reported to the user, never raised into Qt
            if not isinstance(exc, LoadError):
                log.exception(
                    "comparison of %s and %s failed", _name(self._left), _name(self._right)
                )
            self._relay.failed.emit(self._request_id, describe_failure(exc))
        else:
            self._relay.done.emit(self._request_id, result)
            self._relay.completed.emit(self._request_id, self._finished(result))

    def _finished(self, result: Comparison) -> Comparison:
        """The second phase (fact flags); if it fails, the alignment still stands."""
        if self._finish is None:
            return result
        try:
            full = self._finish(result)
            prepare_view_data(full)
        except Exception:
            log.exception("fact flags for %s and %s failed", _name(self._left), _name(self._right))
            return result
        return full


class CompareWorker(QObject):
    """Compares two files on a private thread pool; a newer request makes older ones stale.

    The engine is pure Python and cannot be interrupted, so a stale run finishes in the
    background and its result is dropped; requests still queued are taken back.
    ``finished``, ``failed`` and ``busy_changed`` are emitted in the GUI thread.
    """

    finished = Signal(object)  # Comparison of the newest request, shown at once
    completed = Signal(object)  # the same comparison with its fact flags, when ready
    failed = Signal(str)  # one-line message for the newest request
    busy_changed = Signal(bool)

    def __init__(
        self,
        compare: CompareFn | None = None,
        parent: QObject | None = None,
        finish: FinishFn | None = None,
    ) -> None:
        super().__init__(parent)
        self._compare = compare or _engine_compare
        # The engine runs in two phases: alignment and word changes, then fact flags.
        self._finish = finish or (_engine_finish if compare is None else None)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.completed.connect(self._on_completed)
        self._relay.failed.connect(self._on_failed)
        self._latest = 0
        self._busy = False

    def is_busy(self) -> bool:
        return self._busy

    def request(self, left: Source, right: Source) -> int:
        """Start comparing ``left`` with ``right``; returns the request's id."""
        self._latest += 1
        self._pool.clear()  # queued, not yet started: never needed now
        task = _CompareTask(self._latest, left, right, self._compare, self._finish, self._relay)
        self._pool.start(task)
        self._set_busy(True)
        return self._latest

    def cancel(self) -> None:
        """Forget the running request: its result, when it comes, is dropped."""
        self._latest += 1
        self._pool.clear()
        self._set_busy(False)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every run has ended (tests and shutdown); False on timeout."""
        return self._pool.waitForDone(msecs)

    @Slot(int, object)
    def _on_done(self, request_id: int, comparison: Comparison) -> None:
        if request_id != self._latest:
            return
        self._set_busy(False)
        self.finished.emit(comparison)

    @Slot(int, object)
    def _on_completed(self, request_id: int, comparison: Comparison) -> None:
        if request_id == self._latest:
            self.completed.emit(comparison)

    @Slot(int, str)
    def _on_failed(self, request_id: int, message: str) -> None:
        if request_id != self._latest:
            return
        self._set_busy(False)
        self.failed.emit(message)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
