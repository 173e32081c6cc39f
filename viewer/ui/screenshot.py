"""Saving the window as an image for ``--screenshot``, and checking it is not blank."""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

__all__ = ["DEFAULT_SIZE", "is_blank", "parse_size", "save_screenshot"]

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
