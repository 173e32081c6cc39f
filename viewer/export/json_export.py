"""The comparison JSON contract ("crosscheck/comparison", version 1), documented in docs/."""

from __future__ import annotations

import json
from typing import Any

from viewer.engine.model import AlignedPair, Change, Comparison, Document, Flag, Span

FORMAT = "crosscheck/comparison"
VERSION = 1

__all__ = ["FORMAT", "VERSION", "comparison_to_dict", "comparison_to_json"]


def _span(s: Span) -> dict[str, Any]:
    return {"start": s.start, "end": s.end, "text": s.text}


def _change(c: Change) -> dict[str, Any]:
    return {"op": c.kind.value, "left": _span(c.left), "right": _span(c.right)}


def _flag(f: Flag) -> dict[str, Any]:
    return {
        "kind": f.kind.value,
        "left": _span(f.left),
        "right": _span(f.right),
        "held": f.held.value,
        "note": f.note,
    }


def _document(d: Document) -> dict[str, Any]:
    return {
        "source": d.source,
        "title": d.title,
        "byline": d.byline,
        "date": d.date,
        "sha256": d.sha256,
        "encoding": d.encoding,
        "format": d.format,
        "text": d.text,
        "blocks": [
            {
                "id": b.id,
                "start": b.start,
                "end": b.end,
                "text": b.text,
                "kind": b.kind.value,
                "boilerplate": b.boilerplate,
                "cruft_reason": b.cruft_reason,
            }
            for b in d.blocks
        ],
    }


def _pair(p: AlignedPair) -> dict[str, Any]:
    return {
        "left": list(p.left),
        "right": list(p.right),
        "kind": p.kind.value,
        "similarity": p.similarity,
        "moved": p.moved,
        "changes": [_change(c) for c in p.changes],
        "flags": [_flag(f) for f in p.flags],
    }


def comparison_to_dict(c: Comparison) -> dict[str, Any]:
    """The JSON-ready dict of a comparison, field names as in docs/comparison-format.md."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "left": _document(c.left),
        "right": _document(c.right),
        "pairs": [_pair(p) for p in c.pairs],
        "left_only": list(c.left_only),
        "right_only": list(c.right_only),
    }


def comparison_to_json(c: Comparison, indent: int | None = None) -> str:
    """The comparison as JSON text (UTF-8 safe, non-ASCII kept readable)."""
    return json.dumps(comparison_to_dict(c), ensure_ascii=False, indent=indent)
