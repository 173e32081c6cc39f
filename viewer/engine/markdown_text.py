"""Markdown to plain text: paragraphs, headings and bulleted items, markup stripped."""

from __future__ import annotations

from viewer.engine.html_text import html_to_text

__all__ = ["markdown_to_text"]

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def markdown_to_text(source: str) -> tuple[str, str | None]:
    """Return ``(plain text, title)``: Markdown rendered to HTML, then read as a page.

    Going through HTML reuses the page reader, so both formats give the same shape:
    one paragraph per block, blank lines between, "• " before list items. The title is
    the first top-level heading (else the first heading), or None.
    """
    import markdown  # imported late: plain-text loads must start fast

    rendered = markdown.markdown(source, extensions=["extra", "sane_lists"])
    page = html_to_text(f"<html><body>{rendered}</body></html>")
    headings = [
        (_HEADINGS.index(tag), page.text[start:end])
        for (start, end), tag in zip(page.spans, page.tags, strict=True)
        if tag in _HEADINGS
    ]
    title = min(headings, key=lambda h: h[0])[1] if headings else None
    return page.text, title
