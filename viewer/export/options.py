"""What an export shows (options) and how it fails (one user-facing error type)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

PAGE_SIZES: tuple[str, ...] = ("A4", "Letter")


class ExportError(Exception):
    """An export that could not be written; ``str()`` is one line fit to show the user."""


@dataclass(frozen=True)
class ExportOptions:
    """The window's view settings carried into a file, so the export shows what was seen.

    ``exported_at`` fixes the time stamped in the header (tests, reproducible samples);
    ``loaded_at`` is when the two articles were loaded: the window knows it, the command
    line loads right before exporting, so it defaults to the export time.
    """

    page_size: str = "A4"
    show_cruft: bool = False
    hide_identical: bool = False
    only_one_sided: bool = False
    exported_at: datetime | None = None
    loaded_at: datetime | None = None

    def __post_init__(self) -> None:
        if self.page_size not in PAGE_SIZES:
            raise ExportError(
                f"unknown page size {self.page_size!r}: use {' or '.join(PAGE_SIZES)}"
            )
