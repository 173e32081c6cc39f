"""Note Markdown to safe HTML: raw HTML shown as text, no images fetched, only web links."""

# Notes quote articles written by strangers, so a note must never run script, load a
# tracking image or point a link at javascript:; the UI opens links only on a click.

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

__all__ = ["SAFE_SCHEMES", "render_note_html", "summary_line"]

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})


def _safe_href(href: str | None) -> bool:
    return bool(href) and urlsplit(href.strip()).scheme.lower() in SAFE_SCHEMES


class _DefangTree(Treeprocessor):
    """Turn every image into a link to it (or its text) and unsafe links into plain text."""

    def run(self, root: ET.Element) -> None:
        for parent in root.iter():
            for child in parent:
                if child.tag == "img":
                    self._image_to_link(child)
                elif child.tag == "a" and not _safe_href(child.get("href")):
                    child.tag = "span"
                    child.attrib.clear()

    @staticmethod
    def _image_to_link(img: ET.Element) -> None:
        src, alt = img.get("src") or "", img.get("alt") or ""
        img.attrib.clear()
        if _safe_href(src):
            img.tag = "a"
            img.set("href", src)
            img.text = alt or src
        else:
            img.tag = "span"
            img.text = alt or "[image]"


class _SafeNotes(Extension):
    """Drop Python-Markdown's raw-HTML passes, so ``<tag>`` input is escaped as text."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (library API)
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        # After the inline pass (priority 20), which is where images and links appear.
        md.treeprocessors.register(_DefangTree(md), "crosscheck_defang", 1)


def render_note_html(markdown_text: str) -> str:
    """HTML fragment for a note; a fresh converter each call, as converters keep state."""
    md = markdown.Markdown(extensions=[_SafeNotes(), "sane_lists", "nl2br"])
    return md.convert(markdown_text)


_MARKUP = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)+")


def summary_line(markdown_text: str, width: int = 80) -> str:
    """The first non-blank line without its list, quote or heading marker, for note lists."""
    for line in markdown_text.splitlines():
        line = _MARKUP.sub("", line).strip()
        if line:
            return line if len(line) <= width else line[: width - 1].rstrip() + "…"
    return ""
