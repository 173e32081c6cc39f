"""The open comparison: its two paths, the engine's result and the view options."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, SignalInstance, Slot

from viewer.annotations.model import Side
from viewer.engine.model import Comparison
from viewer.ui.view_options import ViewOptions
from viewer.ui.worker import CompareWorker, Source

__all__ = ["Session"]


def _other(side: Side) -> Side:
    return Side.RIGHT if side is Side.LEFT else Side.LEFT


class Session(QObject):
    """State of one window, changed only through requests that may fail.

    A request (open, swap, reload, paste) runs on the worker; only its success replaces
    ``sources``, ``left_path``, ``right_path`` and ``comparison``, so a failed request
    leaves the current comparison exactly as it was and is reported through ``error``.

    Members:
        sources: what each side was made from, a path or a Document (a saved comparison's
            stored text); ``None`` before the first comparison.
        left_path, right_path: files of the comparison on screen (``None`` before the first,
            or for a side shown from stored text).
        comparison: the engine's result for them, less the flags ``flag_filter`` takes out
            (the fact changes the reader dismissed); ``found`` keeps them all.
        options: how the view shows it (filters, font size, cruft).
    """

    comparison_changed = Signal(object)  # Comparison | None
    # The comparison on screen again, now with its fact flags (same documents and pairs).
    flags_added = Signal(object)
    # The comparison is final: flags added, or there were none to wait for.
    comparison_completed = Signal(object)
    busy_changed = Signal(bool)
    error = Signal(str)
    options_changed = Signal(object)  # ViewOptions
    opened = Signal(str, str)  # a comparison of two real files succeeded: for the recent list

    def __init__(self, worker: CompareWorker | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.left_path: str | None = None
        self.right_path: str | None = None
        self.comparison: Comparison | None = None
        self.found: Comparison | None = None
        self.flag_filter: Callable[[Comparison], Comparison] | None = None
        self._announcing = False
        self._refilter_pending = False
        self.sources: tuple[Source, Source] | None = None
        self.options = ViewOptions()
        self._pending: tuple[Source, Source] | None = None
        self._temp: tempfile.TemporaryDirectory[str] | None = None
        self._pasted = 0
        self.worker = worker or CompareWorker(parent=self)
        self.worker.finished.connect(self._on_finished)
        self.worker.completed.connect(self._on_completed)
        self.worker.failed.connect(self._on_failed)
        self.worker.busy_changed.connect(self.busy_changed)

    def is_busy(self) -> bool:
        return self.worker.is_busy()

    def path(self, side: Side) -> str | None:
        return self.left_path if side is Side.LEFT else self.right_path

    def source(self, side: Side) -> Source | None:
        return None if self.sources is None else self.sources[side is Side.RIGHT]

    def open_pair(self, left: str, right: str) -> None:
        """Compare two files; the result replaces the current comparison when it is ready."""
        self.open_sources(str(left), str(right))

    def open_sources(self, left: Source, right: Source) -> None:
        """Compare two paths or loaded Documents (a saved comparison reopened)."""
        self._pending = (left, right)
        self.worker.request(left, right)

    def open_side(self, side: Side, path: str) -> bool:
        """Replace one side; False (and nothing started) when the other side is not open."""
        other = self.source(_other(side))
        if other is None:
            return False
        if side is Side.LEFT:
            self.open_sources(str(path), other)
        else:
            self.open_sources(other, str(path))
        return True

    def swap_sides(self) -> None:
        if self.sources is not None:
            self.open_sources(self.sources[1], self.sources[0])

    def reload(self) -> None:
        """Read both files again, e.g. after they were edited on disk (stored text stays)."""
        if self.sources is not None:
            self.open_sources(*self.sources)

    def paste_side(self, side: Side, text: str) -> bool:
        """Use ``text`` as one side, saved to this session's temporary folder.

        A file (not an in-memory document) keeps Reload and Swap working like for any
        other side. False, with an ``error``, when there is no text or no other side.
        """
        if not text.strip():
            self.error.emit("The clipboard holds no text to compare.")
            return False
        if self.source(_other(side)) is None:
            self.error.emit("Open a comparison first: pasted text replaces one of its sides.")
            return False
        self._pasted += 1
        path = self.temp_dir() / f"clipboard-{side.value}-{self._pasted}.txt"
        path.write_text(text, encoding="utf-8")
        return self.open_side(side, str(path))

    def set_options(self, options: ViewOptions) -> None:
        if options != self.options:
            self.options = options
            self.options_changed.emit(options)

    def temp_dir(self) -> Path:
        """This session's scratch folder, removed by ``close()``."""
        if self._temp is None:
            self._temp = tempfile.TemporaryDirectory(prefix="crosscheck-")
        return Path(self._temp.name)

    def is_temporary(self, path: str) -> bool:
        return self._temp is not None and Path(path).parent == Path(self._temp.name)

    def close(self) -> None:
        """Drop any running request and remove pasted files."""
        self.worker.cancel()
        if self._temp is not None:
            self._temp.cleanup()
            self._temp = None

    @Slot(object)
    def _on_finished(self, comparison: Comparison) -> None:
        if self._pending is None:
            return
        self.sources = self._pending
        self.left_path, self.right_path = (s if isinstance(s, str) else None for s in self.sources)
        self._pending = None
        self.found = comparison
        self.comparison = self._shown(comparison)
        self._announce(self.comparison_changed, self.comparison)
        left, right = self.left_path, self.right_path
        if left and right and not (self.is_temporary(left) or self.is_temporary(right)):
            self.opened.emit(left, right)

    @Slot(object)
    def _on_completed(self, comparison: Comparison) -> None:
        """Flags arrived for the comparison on screen: swap it in without a fresh start."""
        current = self.found
        if current is None or (comparison.left, comparison.right) != (current.left, current.right):
            return
        if comparison is not current:
            self.found = comparison
            self.comparison = self._shown(comparison)
            self._announce(self.flags_added, self.comparison)
        self.comparison_completed.emit(self.comparison)

    def refilter(self) -> None:
        """Apply ``flag_filter`` again (a fact change was dismissed or restored).

        Asked for while a new comparison is being announced (the notes of a new work
        arrive then), it runs once every listener has the comparison, so none of them
        gets an older one after the newer.
        """
        if self._announcing:
            self._refilter_pending = True
            return
        if self.found is None or self.comparison is None:
            return
        shown = self._shown(self.found)
        if shown.pairs != self.comparison.pairs:
            self.comparison = shown
            self.flags_added.emit(shown)

    def _shown(self, comparison: Comparison) -> Comparison:
        return comparison if self.flag_filter is None else self.flag_filter(comparison)

    def _announce(self, signal: SignalInstance, comparison: Comparison) -> None:
        self._announcing, self._refilter_pending = True, False
        try:
            signal.emit(comparison)
        finally:
            self._announcing = False
        if self._refilter_pending:
            self._refilter_pending = False
            self.refilter()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._pending = None
        self.error.emit(message)
