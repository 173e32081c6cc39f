"""``crosscheck export FILE.crosscheck``: a saved comparison, with its notes, to PDF or HTML."""

from __future__ import annotations

import argparse
import sys

__all__ = ["run_export"]


def run_export(argv: list[str], parser: argparse.ArgumentParser) -> int:
    """Rebuild the comparison from the file's stored texts and export it with its notes.

    The stored texts are used, not the original files, so the evidence matches what the
    notes were written on even when the articles moved or changed since.
    """
    args = parser.parse_args(argv)
    if not (args.pdf or args.html):
        parser.error("say what to write: --pdf OUT.pdf and/or --html OUT.html")
    from viewer.annotations.anchoring import reanchor_notes
    from viewer.annotations.comparison_file import FileFormatError
    from viewer.annotations.storage import load_comparison_file
    from viewer.engine.compare import compare_documents
    from viewer.export.options import ExportError, ExportOptions

    try:
        saved = load_comparison_file(args.file)
    except (FileFormatError, OSError) as exc:
        print(f"crosscheck: {exc}", file=sys.stderr)
        return 2
    comparison = compare_documents(saved.left.to_document(), saved.right.to_document())
    notes = reanchor_notes(saved.notes, comparison.left.text, comparison.right.text)
    view = saved.view
    try:
        options = ExportOptions(
            page_size=args.page_size,
            show_cruft=bool(view.get("show_cruft", False)),
            hide_identical=bool(view.get("hide_identical", False)),
            only_one_sided=bool(view.get("only_one_sided", False)),
            loaded_at=saved.left.loaded,
        )
        if args.html:
            from viewer.export.html_export import export_html

            export_html(comparison, notes, args.html, options)
        if args.pdf:
            from viewer.export.pdf_export import export_pdf

            export_pdf(comparison, notes, args.pdf, options)
    except ExportError as exc:
        print(f"crosscheck: {exc}", file=sys.stderr)
        return 2
    return 0
