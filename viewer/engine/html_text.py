"""HTML to plain text: every visible paragraph kept, main content located by trafilatura."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser

from lxml import etree
from lxml import html as lxml_html

__all__ = ["BULLET", "HtmlText", "MainContent", "find_main_content", "html_to_text"]

BULLET = "• "
_SEPARATOR = "\n\n"

# Content nobody sees on the page.
_INVISIBLE = frozenset(
    {"head", "script", "style", "noscript", "template", "svg", "iframe", "object"}
)
# Elements that start a new paragraph; inline elements (a, b, em, span...) do not.
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd",
        "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html",
        "legend", "li", "main", "menu", "nav", "ol", "option", "p", "pre", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# Paragraphs at least this long may match inside a longer extracted line (a table row,
# a paragraph trafilatura merged); shorter ones ("Share", "5") must match a whole line.
_MIN_CONTAINED = 25


@dataclass(frozen=True, slots=True)
class HtmlText:
    """A page's visible text, one paragraph per block, and where each paragraph sits.

    Members: ``text`` is the paragraphs joined by blank lines; ``spans[i]`` is the
    ``(start, end)`` of paragraph ``i`` in ``text``; ``tags[i]`` the block element it came
    from ("p", "h1", "li"...); ``page_title`` the ``<title>``, whitespace folded.
    """

    text: str
    spans: tuple[tuple[int, int], ...]
    tags: tuple[str, ...]
    page_title: str | None


@dataclass(frozen=True, slots=True)
class MainContent:
    """What trafilatura judged to be the article: paragraph ranges and metadata."""

    spans: tuple[tuple[int, int], ...] | None
    title: str | None
    byline: str | None
    date: str | None


def html_to_text(markup: str) -> HtmlText:
    """Every visible paragraph of an HTML document or fragment, in page order.

    Nothing the reader could see is dropped (cruft is flagged later, not here): script,
    style, template, ``hidden`` and ``display:none`` content is skipped, list items get
    a bullet, whitespace inside a paragraph is folded, entities are decoded.
    """
    root, truncated = _parse(markup)
    if root is None:
        return HtmlText("", (), (), None)
    paragraphs = _flat_paragraphs(markup) if truncated else list(_paragraphs(root))
    spans, pieces, position = [], [], 0
    for text, _tag in paragraphs:
        spans.append((position, position + len(text)))
        pieces.append(text)
        position += len(text) + len(_SEPARATOR)
    title = root.find(".//title")
    page_title = _fold(title.text_content()) if title is not None else ""
    return HtmlText(
        text=_SEPARATOR.join(pieces),
        spans=tuple(spans),
        tags=tuple(tag for _text, tag in paragraphs),
        page_title=page_title or None,
    )


def _parse(markup: str) -> tuple[etree._Element | None, bool]:
    """The parsed page, and whether libxml2 silently cut it short (nesting over 2048)."""
    markup = _XML_DECLARATION.sub("", markup, count=1)  # lxml refuses it in a str
    if not markup.strip():
        return None, False
    parser = lxml_html.HTMLParser(huge_tree=True, remove_pis=True)
    try:
        root = lxml_html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError):
        return None, False
    truncated = any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log)
    return root, truncated


def _paragraphs(root: etree._Element) -> Iterator[tuple[str, str]]:
    """Yield ``(folded text, block tag)``; an explicit stack, as pages nest very deep."""
    buffer: list[str] = []
    blocks: list[str] = ["body"]  # enclosing block tags, innermost last
    bullet = False  # the next paragraph starts a list item

    def flush() -> Iterator[tuple[str, str]]:
        nonlocal bullet
        text = _fold("".join(buffer))
        buffer.clear()
        if text:
            yield (BULLET + text if bullet else text), blocks[-1]
            bullet = False

    stack: list[tuple[etree._Element, bool]] = [(root, False)]
    while stack:
        element, closing = stack.pop()
        tag = element.tag.lower() if isinstance(element.tag, str) else None
        if closing:
            if tag in _BLOCKS:
                yield from flush()
                blocks.pop()
                if tag == "li":
                    bullet = False
            if element.tail:
                buffer.append(element.tail)
            continue
        if tag is None or tag in _INVISIBLE or _hidden(element):
            if element.tail:  # comments and skipped elements keep their tail text
                buffer.append(element.tail)
            continue
        if tag in _BLOCKS:
            yield from flush()
            blocks.append(tag)
            if tag == "li":
                bullet = True
        if element.text:
            buffer.append(element.text)
        stack.append((element, True))
        stack.extend((child, False) for child in reversed(element))
    yield from flush()


class _FlatReader(HTMLParser):
    """Stream reader for pages too deep for libxml2: no tree, so no depth limit.

    Rougher than the tree walk (no ``hidden`` handling), but it loses no visible text.
    """

    _SKIPPED = frozenset({"script", "style", "template", "noscript", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[tuple[str, str]] = []
        self._buffer: list[str] = []
        self._skipping = 0
        self._bullet = False
        self._block = "body"

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self._SKIPPED:
            self._skipping += 1
        elif tag in _BLOCKS:
            self.flush()
            self._block, self._bullet = tag, tag == "li" or self._bullet

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS:
            self.flush()

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._buffer.append(data)

    def flush(self) -> None:
        text = _fold("".join(self._buffer))
        self._buffer.clear()
        if text:
            self.paragraphs.append((BULLET + text if self._bullet else text, self._block))
            self._bullet = False


def _flat_paragraphs(markup: str) -> list[tuple[str, str]]:
    reader = _FlatReader()
    reader.feed(markup)
    reader.close()
    reader.flush()
    return reader.paragraphs


def _hidden(element: etree._Element) -> bool:
    if element.get("hidden") is not None:
        return True
    style = element.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def _fold(text: str) -> str:
    return " ".join(text.split())


def find_main_content(markup: str, page: HtmlText) -> MainContent:
    """Ask trafilatura for the article body and map it back onto ``page``'s paragraphs.

    A paragraph is main content when its normalised text is a line of the extraction, or
    (if long enough) lies inside one. ``spans`` is None when trafilatura finds nothing.
    """
    document = _extract(markup)
    if document is None:
        return MainContent(None, page.page_title, None, None)
    keys = [_normalise(page.text[start:end]) for start, end in page.spans]
    lines = {_normalise(line) for line in (document.text or "").split("\n")} - {""}
    # Lines that are no paragraph of ours (merged or reshaped by trafilatura) are the
    # only ones worth a substring search; usually there are none.
    composite = "\n".join(lines.difference(keys))
    spans = []
    for span, key in zip(page.spans, keys, strict=True):
        if key in lines or (composite and len(key) >= _MIN_CONTAINED and key in composite):
            spans.append(span)
    return MainContent(
        spans=tuple(spans) if spans else None,
        title=_clean(document.title) or page.page_title,
        byline=_clean(document.author),
        date=_clean(document.date),
    )


def _extract(markup: str):  # -> trafilatura.settings.Document | None
    """trafilatura's bare extraction, imported late: it costs 0.4 s of start-up."""
    import trafilatura
    from trafilatura.settings import set_date_params

    try:
        return trafilatura.bare_extraction(
            markup,
            include_comments=False,
            with_metadata=True,
            # No extensive date search: it turns "© 2019" into a publication date.
            date_extraction_params=set_date_params(False),
        )
    except Exception:  # a third-party failure must not lose the page already read
        return None


def _normalise(text: str) -> str:
    """Compare paragraphs despite bullets, case, compatibility forms and spacing."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(text.split()).removeprefix("• ").removeprefix("- ").strip()


def _clean(value: str | None) -> str | None:
    folded = _fold(value) if value else ""
    return folded or None
