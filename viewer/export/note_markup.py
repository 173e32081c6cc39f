"""A note's Markdown as safe HTML, through the annotations package when it offers it."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from xml.etree.ElementTree import Element

import markdown
from markdown.treeprocessors import Treeprocessor

_SAFE_SCHEMES = ("http://", "https://", "mailto:", "#")


class _DropUnsafeLinks(Treeprocessor):
    """Remove links and images whose target could run script (javascript:, data:...)."""

    def run(self, root: Element) -> None:
        for element in root.iter():
            for attribute in ("href", "src"):
                value = element.get(attribute)
                if value is not None and not value.strip().lower().startswith(_SAFE_SCHEMES):
                    del element.attrib[attribute]


def _fallback_render(markdown_text: str) -> str:
    """Markdown to HTML with raw HTML shown as text, never passed through.

    Used only while ``viewer.annotations.rendering`` is missing: removing the raw-HTML
    handlers makes Markdown escape ``<script>`` like any other text.
    """
    md = markdown.Markdown(extensions=["sane_lists"])
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    md.treeprocessors.register(_DropUnsafeLinks(md), "drop_unsafe_links", 0)
    return md.convert(markdown_text)


def _pick_renderer() -> Callable[[str], str]:
    try:
        from viewer.annotations.rendering import render_note_html
    except ImportError:
        return _fallback_render
    return render_note_html


def render_note(markdown_text: str) -> str:
    """Safe HTML for a note body; plain escaped text if Markdown itself fails."""
    try:
        return _pick_renderer()(markdown_text)
    except Exception:  # a note must never stop an export: show it unformatted instead
        return "<p>" + re.sub(r"\n", "<br>", html.escape(markdown_text)) + "</p>"
