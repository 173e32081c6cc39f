"""What a drag and drop onto the window carries: local files, or plain text."""

from __future__ import annotations

from PySide6.QtCore import QMimeData

__all__ = ["droppable", "local_files"]


def local_files(mime: QMimeData) -> list[str]:
    """Paths of the local files dropped, in order (URLs of other schemes are ignored)."""
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]


def droppable(mime: QMimeData) -> bool:
    """Whether the window can open what is dragged: a file to compare, or text to paste."""
    return bool(local_files(mime)) or mime.hasText()
