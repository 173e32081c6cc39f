"""Exports of a comparison: highlighted HTML and PDF, the JSON contract and the text report.

Public API::

    ExportOptions, ExportError
    export_html(comparison, notes, path, options) -> Path
    export_pdf(comparison, notes, path, options, progress) -> Path

Nothing heavy is imported with the package: the HTML layout and Markdown rendering load on
first use, Qt only when a PDF is written, so ``crosscheck compare`` starts fast.
"""

from __future__ import annotations

from typing import Any

from viewer.export.options import ExportError, ExportOptions

__all__ = ["ExportError", "ExportOptions", "export_html", "export_pdf"]


def __getattr__(name: str) -> Any:
    """Load ``export_html`` and ``export_pdf`` from their modules when first asked for."""
    if name == "export_html":
        from viewer.export.html_export import export_html

        return export_html
    if name == "export_pdf":
        from viewer.export.pdf_export import export_pdf

        return export_pdf
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
