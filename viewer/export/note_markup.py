"""A note's Markdown as safe HTML for the exports; a broken note prints as plain text."""

from __future__ import annotations

from html import escape

from viewer.annotations.rendering import render_note_html


def render_note(markdown_text: str) -> str:
    """Safe HTML for a note body (raw HTML escaped, only web links kept).

    A note must never stop an export: if rendering fails, its text is shown escaped.
    """
    try:
        return render_note_html(markdown_text)
    except Exception:
        return "<p>" + escape(markdown_text).replace("\n", "<br>") + "</p>"
