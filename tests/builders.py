"""Hand-built documents for any test package: paragraphs joined by blank lines, offsets computed."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from viewer.engine.model import Block, BlockKind, Document

__all__ = ["make_doc"]


def make_doc(
    source: str, paragraphs: Sequence[str], cruft: Sequence[int] = (), title: str | None = None
) -> Document:
    """Paragraphs joined by blank lines; blocks at ``cruft`` indexes are boilerplate."""
    text = "\n\n".join(paragraphs)
    blocks, offset = [], 0
    for index, paragraph in enumerate(paragraphs):
        blocks.append(
            Block(
                index, offset, offset + len(paragraph), paragraph,
                BlockKind.PARAGRAPH, index in cruft, "navigation" if index in cruft else None,
            )
        )  # fmt: skip
        offset += len(paragraph) + 2
    digest = hashlib.sha256(text.encode()).hexdigest()
    return Document(source, text, tuple(blocks), digest, title)
