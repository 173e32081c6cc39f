"""An export running in a child process (viewer.export.child), seen from the GUI thread.

QProcess reads the child's messages through the event loop, so no Python thread of the
window ever runs export code: the GUI thread only unpickles nothing and reads short lines.
"""

from __future__ import annotations

import logging
import pickle

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal, Slot

from viewer.export.child import CANCEL, Job, launch, parse_message

__all__ = ["ExportProcess"]

log = logging.getLogger(__name__)

# How long a cancelled or abandoned child may take to stop before it is killed.
_STOP_MSECS = 5_000


class ExportProcess(QObject):
    """Runs one ``Job`` in a fresh Python process and relays what it says.

    Exactly one of ``done``, ``failed(message)`` or ``cancelled`` follows ``start``, once
    the child has exited (so ``is_running`` is false by then), also when the child cannot
    start or dies without a word.
    """

    progress = Signal(int, int)
    done = Signal()
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: QProcess | None = None
        self._buffer = b""
        self._final: tuple[str, str] | None = None

    def is_running(self) -> bool:
        return self._process is not None

    def pid(self) -> int | None:
        """The child's process id while it runs."""
        return int(self._process.processId()) if self._process is not None else None

    def start(self, job: Job) -> None:
        if self._process is not None:
            raise RuntimeError("an export is already running")
        payload = pickle.dumps(job)  # may raise: before any child is started
        process = QProcess(self)
        command, variables = launch()
        env = QProcessEnvironment.systemEnvironment()
        for name, value in variables.items():
            env.insert(name, value)
        process.setProcessEnvironment(env)
        process.setProgram(command[0])
        process.setArguments(command[1:])
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._on_finished)
        process.errorOccurred.connect(self._on_error)
        self._process, self._buffer, self._final = process, b"", None
        process.start()
        process.write(payload)

    def cancel(self) -> None:
        """Ask the child to stop at its next progress step (it then writes nothing)."""
        if self._process is not None:
            self._process.write(CANCEL)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the child has ended and its last message is relayed."""
        process = self._process
        if process is None:
            return True
        process.waitForFinished(msecs)
        return self._process is None

    def stop(self) -> None:
        """Cancel and wait (closing the window): a child that does not stop is killed."""
        process = self._process
        if process is None:
            return
        self.cancel()
        if not self.wait(_STOP_MSECS) and self._process is process:
            process.kill()
            self.wait(_STOP_MSECS)

    @Slot()
    def _read(self) -> None:
        if self._process is None:
            return
        self._buffer += bytes(self._process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            message = parse_message(line.decode("utf-8", "replace"))
            if message is None:
                log.warning("export child said: %r", line[:200])
            elif message.kind == "progress":
                self.progress.emit(message.done, message.total)
            elif self._final is None:
                self._final = (message.kind, message.text)

    @Slot(int, QProcess.ExitStatus)
    def _on_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        self._read()
        errors = self._errors()
        if errors:
            log.warning("export child stderr:\n%s", errors)
        final = self._final
        if final is None:
            how = "crashed" if status == QProcess.ExitStatus.CrashExit else f"exited ({code})"
            detail = f": {errors.splitlines()[-1]}" if errors else ""
            final = ("failed", f"the export process {how} before it finished{detail}")
        self._release()
        self._end(*final)

    @Slot(QProcess.ProcessError)
    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and self._process is not None:
            reason = self._process.errorString()
            self._release()
            self._end("failed", f"cannot start the export process ({reason})")

    def _errors(self) -> str:
        assert self._process is not None
        return bytes(self._process.readAllStandardError().data()).decode("utf-8", "replace").strip()

    def _end(self, kind: str, text: str) -> None:
        if kind == "done":
            self.done.emit()
        elif kind == "cancelled":
            self.cancelled.emit()
        else:
            self.failed.emit(text)

    def _release(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.deleteLater()
