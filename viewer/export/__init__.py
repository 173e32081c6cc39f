"""Exports of a comparison: highlighted HTML and PDF (issue 5), JSON and the text report.

Public API::

    ExportOptions, ExportError
    export_html(comparison, notes, path, options) -> Path
    export_pdf(comparison, notes, path, options, progress) -> Path

Importing this package does not import Qt: ``export_pdf`` loads the PDF writer on first
use, so the command line stays fast when it only prints text or JSON.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from viewer.export.html_export import export_html
from viewer.export.options import ExportError, ExportOptions

if TYPE_CHECKING:
    from viewer.annotations.model import Note
    from viewer.engine.model import Comparison

__all__ = ["ExportError", "ExportOptions", "export_html", "export_pdf"]

_DEFAULT = ExportOptions()


def export_pdf(
    comparison: Comparison,
    notes: Sequence[Note],
    path: str | Path,
    options: ExportOptions = _DEFAULT,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Write the highlighted side-by-side PDF; see ``viewer.export.pdf_export``."""
    from viewer.export.pdf_export import export_pdf as _export_pdf

    return _export_pdf(comparison, notes, path, options, progress)
