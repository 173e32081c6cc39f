"""Saving the window as an image for ``--screenshot``, and checking it is not blank."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QSize, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

__all__ = ["DEFAULT_SIZE", "is_blank", "parse_size", "save_screenshot", "when_settled"]

DEFAULT_SIZE = QSize(1400, 900)
_SIZE = re.compile(r"^\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*$")


def parse_size(text: str) -> QSize:
    """``"1400x900"`` to a QSize; ValueError for anything else, or below 200×150."""
    match = _SIZE.match(text)
    if not match:
        raise ValueError(f"size must look like 1400x900, not {text!r}")
    width, height = int(match.group(1)), int(match.group(2))
    if width < 200 or height < 150:
        raise ValueError(f"size {width}x{height} is too small (at least 200x150)")
    return QSize(width, height)


def when_settled(
    is_settled: Callable[[], bool],
    then: Callable[[bool], None],
    timeout_ms: int,
    step_ms: int = 25,
) -> None:
    """Call ``then(True)`` from the event loop once ``is_settled()`` holds, or
    ``then(False)`` when ``timeout_ms`` pass first.

    Polled rather than signalled: a long article is laid out in Qt's own timer steps,
    and the view's geometry follows after its own short timer; the loop must keep
    turning meanwhile, so this never blocks.
    """
    clock = QElapsedTimer()
    clock.start()

    def check() -> None:
        if is_settled():
            then(True)
        elif clock.elapsed() >= timeout_ms:
            then(False)
        else:
            QTimer.singleShot(step_ms, check)

    QTimer.singleShot(0, check)


def is_blank(image: QImage, step: int = 7) -> bool:
    """True when a grid of sampled pixels is all one colour (nothing was painted)."""
    if image.isNull():
        return True
    first = image.pixel(0, 0)
    return all(
        image.pixel(x, y) == first
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
    )


def save_screenshot(widget: QWidget, path: str | Path) -> QImage:
    """Render ``widget`` and write it to ``path`` (format from the suffix).

    Written to a temporary name and renamed, so a failed save never leaves a truncated
    image behind; OSError when the folder is missing, the format unknown or the image blank.
    """
    target = Path(path)
    if not target.parent.is_dir():
        raise OSError(f"cannot save {target}: folder {target.parent} does not exist")
    image = widget.grab().toImage()
    if is_blank(image):
        raise OSError("the window rendered blank; nothing saved")
    partial = target.with_name(f".{target.name}.partial")
    fmt = target.suffix.lstrip(".").upper() or "PNG"
    if not image.save(str(partial), fmt):
        partial.unlink(missing_ok=True)
        raise OSError(f"cannot save {target} as {fmt}")
    os.replace(partial, target)
    return image
