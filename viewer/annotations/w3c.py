"""Notes as a W3C Web Annotation collection (JSON-LD) that other annotation tools can read."""

# Vocabulary: https://www.w3.org/TR/annotation-model/

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from viewer import __version__
from viewer.annotations.comparison_file import SourceRecord
from viewer.annotations.model import Anchor, Note, Side, utc_timestamp
from viewer.annotations.storage import save_atomic

__all__ = ["ANNO_CONTEXT", "note_to_annotation", "source_iri", "to_jsonld", "write_jsonld"]

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
# Ids that are not UUIDs are mapped into this namespace, so they stay stable across exports.
_ID_NAMESPACE = uuid.UUID("6f1d4c1e-5a0b-4f43-9a55-63726f737363")


def annotation_id(note_id: str) -> str:
    """A ``urn:uuid:`` IRI for a note: its own id when it is a UUID, else one derived from it."""
    try:
        value = uuid.UUID(note_id)
    except ValueError:
        value = uuid.uuid5(_ID_NAMESPACE, note_id)
    return value.urn


def source_iri(src: SourceRecord) -> str:
    """An IRI for the annotated article: its URL, a ``file:`` URI, or a hash URN."""
    source = src.source.strip()
    if len(urlsplit(source).scheme) > 1:  # one letter is a Windows drive, not a scheme
        return source
    if source:
        return Path(source).absolute().as_uri()
    return f"urn:crosscheck:sha256:{src.sha256 or 'unknown'}"


def _target(anchor: Anchor, orphaned: bool, left: SourceRecord, right: SourceRecord):
    """A SpecificResource: the quote always; the offsets only while they are trustworthy."""
    quote = anchor.quote
    selectors: list[dict[str, Any]] = [
        {
            "type": "TextQuoteSelector",
            "exact": quote.exact,
            "prefix": quote.prefix,
            "suffix": quote.suffix,
        }
    ]
    if not orphaned:
        selectors.append(
            {
                "type": "TextPositionSelector",
                "start": anchor.position.start,
                "end": anchor.position.end,
            }
        )
    return {
        "source": source_iri(left if anchor.side is Side.LEFT else right),
        "selector": selectors,
    }


def note_to_annotation(note: Note, left: SourceRecord, right: SourceRecord) -> dict[str, Any]:
    """One Web Annotation: the note and its verdict tag as bodies, one target per anchor.

    A note on a link between paragraphs has two anchors, so it targets both articles.
    """
    bodies: list[dict[str, Any]] = []
    if note.body:
        bodies.append(
            {
                "type": "TextualBody",
                "value": note.body,
                "format": "text/markdown",
                "purpose": "commenting",
            }
        )
    if note.tag:
        bodies.append({"type": "TextualBody", "value": note.tag, "purpose": "tagging"})
    annotation: dict[str, Any] = {
        "id": annotation_id(note.id),
        "type": "Annotation",
        "motivation": "assessing" if note.tag else "commenting",
        "created": utc_timestamp(note.created),
        "modified": utc_timestamp(note.edited),
    }
    if note.author:
        annotation["creator"] = {"type": "Person", "name": note.author}
    if bodies:
        annotation["body"] = bodies
    annotation["target"] = [_target(a, note.orphaned, left, right) for a in note.anchors]
    return annotation


def to_jsonld(notes: Iterable[Note], left: SourceRecord, right: SourceRecord) -> dict[str, Any]:
    """An AnnotationCollection with every note on one AnnotationPage."""
    items = [note_to_annotation(n, left, right) for n in notes]
    label = f"Crosscheck notes: {left.title or left.source} / {right.title or right.source}"
    return {
        "@context": ANNO_CONTEXT,
        "type": "AnnotationCollection",
        "label": label,
        "total": len(items),
        "generator": {"type": "Software", "name": f"Crosscheck {__version__}"},
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def write_jsonld(
    path: str | os.PathLike[str], notes: Iterable[Note], left: SourceRecord, right: SourceRecord
) -> None:
    """Save the collection atomically as UTF-8 JSON-LD."""
    text = json.dumps(to_jsonld(notes, left, right), ensure_ascii=False, indent=2) + "\n"
    save_atomic(path, text.encode("utf-8"))
