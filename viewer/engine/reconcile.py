"""Settle cruft verdicts across the two articles: text both outlets print is the story.

The cruft detector judges each article alone, and a prose paragraph that sits outside
the main run of prose (after a long list of short lines, say) is flagged for its
position only. When the other article carries one of its sentences word for word, the
paragraph is article text after all; pattern-based verdicts (view counters, teasers,
credits) are never overturned.
"""

from __future__ import annotations

import dataclasses

from viewer.engine.model import Block, Document
from viewer.engine.segmentation import split_sentences

_POSITIONAL = ("before the article body", "after the article body", "between the article body")
_MIN_WORDS = 6  # a shared sentence this long is no coincidence

__all__ = ["reconcile_cruft"]


def _sentences(block: Block) -> set[str]:
    out = set()
    for s, e in split_sentences(block.text):
        words = block.text[s:e].casefold().split()
        if len(words) >= _MIN_WORDS:
            out.add(" ".join(words))
    return out


def _promote(doc: Document, other: Document) -> Document:
    suspects = [
        k for k, b in enumerate(doc.blocks) if b.boilerplate and b.cruft_reason in _POSITIONAL
    ]
    if not suspects:  # the common case: the other side's sentences are never needed
        return doc
    shared = set().union(*(_sentences(b) for b in other.blocks)) if other.blocks else set()
    promoted = [k for k in suspects if _sentences(doc.blocks[k]) & shared]
    if not promoted:
        return doc
    blocks = list(doc.blocks)
    for k in promoted:
        blocks[k] = dataclasses.replace(blocks[k], boilerplate=False, cruft_reason=None)
    return dataclasses.replace(doc, blocks=tuple(blocks))


def reconcile_cruft(left: Document, right: Document) -> tuple[Document, Document]:
    """Both documents with positional cruft verdicts lifted where the other shares the text."""
    return _promote(left, right), _promote(right, left)
