"""Turn loaded text into a Document: blocks with offsets, each flagged body or cruft."""

from __future__ import annotations

import hashlib
import re

from viewer.engine.cruft import detect_cruft
from viewer.engine.loading import LoadedText, load_source
from viewer.engine.model import Block, BlockKind, Document
from viewer.engine.segmentation import segment

# Lines above a body that are no headline: a byline, a share or listen bar, a reading time,
# a dateline with its clock ("Wed 12 Mar 2025 16.00 GMT"), a section path ("World | Europe",
# "Sport > Football"; a "»" closing a quotation in a headline is no separator).
_NOT_A_HEADLINE = re.compile(
    r"^(?:by|from our|share|listen|read|updated|published|posted|advertisement|sign up"
    r"|subscribe)\b"
    r"|[|·•]| [›»>] |\bmin(?:ute)?s? read\b|\b(?:GMT|BST|UTC|EST|EDT|CET|CEST)\b"
    r"|\b\d{1,2}[.:]\d{2}\b",
    re.IGNORECASE,
)

__all__ = ["build_document", "document_from_text", "load_document"]


def _in_main(start: int, end: int, spans: tuple[tuple[int, int], ...]) -> bool:
    """Whether most of a block lies in the spans an HTML extractor called main text."""
    covered = sum(max(0, min(end, e) - max(start, s)) for s, e in spans)
    return covered * 2 >= end - start


def build_document(loaded: LoadedText) -> Document:
    """Segment the loaded text and judge each block; the text itself is kept as loaded."""
    text = loaded.text
    raw = segment(text)
    texts = [text[b.start : b.end] for b in raw]
    mask = None
    if loaded.main_spans:
        mask = [_in_main(b.start, b.end, loaded.main_spans) for b in raw]
    verdicts = detect_cruft(texts, mask)
    blocks = tuple(
        Block(
            id=i,
            start=b.start,
            end=b.end,
            text=t,
            kind=b.kind,
            boilerplate=v.boilerplate,
            cruft_reason=v.reason,
        )
        for i, (b, t, v) in enumerate(zip(raw, texts, verdicts, strict=True))
    )
    return Document(
        source=loaded.source,
        text=text,
        blocks=blocks,
        sha256=loaded.sha256,
        title=loaded.title or _first_line_title(blocks),
        byline=loaded.byline,
        date=loaded.date,
        encoding=loaded.encoding,
        format=loaded.format,
    )


def _first_line_title(blocks: tuple[Block, ...]) -> str | None:
    """A plain-text copy has no title field: take the headline nearest above the body.

    Pages often list other headlines first, so the nearest one wins; lines flagged for a
    pattern (bylines with dates, view counters), bylines, share and listen bars, datelines
    with a clock and lines of fewer than five words are not headlines.
    """
    title = None
    for b in blocks:
        if not b.boilerplate:
            break
        words = b.text.split()
        positional = b.cruft_reason is not None and b.cruft_reason.endswith("article body")
        meta = _NOT_A_HEADLINE.search(b.text) is not None
        if b.kind is BlockKind.HEADING and positional and not meta and 5 <= len(words) <= 30:
            title = " ".join(words)
    return title


def load_document(source: str) -> Document:
    """Load a file (or ``-`` for stdin) and build its Document; raises LoadError."""
    return build_document(load_source(source))


def document_from_text(text: str, source: str = "pasted text") -> Document:
    """A Document from text that never was a file, e.g. pasted from the clipboard."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return build_document(
        LoadedText(source=source, text=text, sha256=digest, encoding="utf-8", format="text")
    )
