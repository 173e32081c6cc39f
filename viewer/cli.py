"""Command line: ``crosscheck compare``, ``crosscheck export``, or the window.

Qt is imported only when something has to be drawn (the window, a PDF), so comparing
on the command line starts fast.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from viewer import __version__

if TYPE_CHECKING:
    from viewer.engine.model import Comparison

EXIT_BAD_INPUT = 2

__all__ = ["main"]


def _compare_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="crosscheck compare",
        description="Compare two articles: aligned paragraphs, word changes and fact flags.",
    )
    p.add_argument("left", help="left article (.txt, .md, .html; - for stdin)")
    p.add_argument("right", help="right article")
    p.add_argument(
        "--format",
        choices=("text", "json"),
        help="report format (default: text, unless only exporting)",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE")
    p.add_argument(
        "--no-flags", action="store_true", help="skip fact-change flags (faster on long articles)"
    )
    _add_export_options(p)
    return p


def _export_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="crosscheck export",
        description="Export a saved comparison (.crosscheck) with its notes to PDF or HTML.",
    )
    p.add_argument("file", help="a .crosscheck comparison file")
    _add_export_options(p)
    return p


def _add_export_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--pdf", metavar="OUT.pdf", help="write a highlighted PDF")
    p.add_argument("--html", metavar="OUT.html", help="write a self-contained HTML page")
    p.add_argument("--page-size", choices=("A4", "Letter"), default="A4", help="PDF page size")


def _fail(message: str) -> int:
    print(f"crosscheck: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _write_output(text: str, output: str | None) -> None:
    if output is None or output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from viewer.annotations.storage import save_atomic

    save_atomic(Path(output), text.encode("utf-8"))


def run_compare(argv: list[str]) -> int:
    """``crosscheck compare LEFT RIGHT``: print or write the comparison."""
    args = _compare_parser().parse_args(argv)
    from viewer.engine.compare import compare_paths
    from viewer.engine.fork_map import available_workers
    from viewer.engine.loading import LoadError

    try:
        comparison = compare_paths(
            args.left, args.right, flags=not args.no_flags, workers=available_workers()
        )
    except LoadError as exc:
        return _fail(str(exc))
    exporting_only = (args.pdf or args.html) and args.format is None and args.output is None
    if exporting_only:
        return _export(comparison, args)
    if args.format == "json":
        from viewer.export.json_export import comparison_to_json

        text = comparison_to_json(comparison) + "\n"
    else:
        from viewer.export.text_report import render_report

        to_tty = args.output is None and sys.stdout.isatty()
        text = render_report(comparison, colour=to_tty)
    try:
        _write_output(text, args.output)
        return _export(comparison, args)
    except OSError as exc:
        return _fail(f"cannot write {exc.filename or args.output}: {exc.strerror or exc}")


def _export(comparison: Comparison, args: argparse.Namespace) -> int:
    """Write the PDF and HTML the command line asked for (no notes: nothing was annotated)."""
    if not (args.pdf or args.html):
        return 0
    from viewer.export.options import ExportError, ExportOptions

    try:
        options = ExportOptions(page_size=args.page_size)
        if args.html:
            from viewer.export.html_export import export_html

            export_html(comparison, (), args.html, options)
        if args.pdf:
            from viewer.export.pdf_export import export_pdf

            export_pdf(comparison, (), args.pdf, options)
    except ExportError as exc:
        return _fail(str(exc))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Dispatch: ``compare`` and ``export`` subcommands; anything else opens the window."""
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "compare":
        return run_compare(argv[1:])
    if argv and argv[0] == "export":
        from viewer.export.saved import run_export

        return run_export(argv[1:], _export_parser())
    if argv and argv[0] in ("--version", "-V"):
        print(f"crosscheck {__version__}")
        return 0
    from viewer.ui.app import run

    return run(argv)
