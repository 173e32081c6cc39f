"""Cut one block's text into runs of equal highlighting, with note markers between them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from viewer.engine.model import Block
from viewer.export.styles import Mark

_BREAKS = re.compile(r"[\r\n\t\f\v\u2028\u2029]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text drawn one way; a segment with ``note`` set is that note's marker."""

    text: str
    mark: Mark | None = None
    fact: bool = False
    note: int | None = None


def display_text(text: str) -> str:
    """Text as a paragraph shows it: each line break a space, control characters dropped.

    Character by character, so cutting a text into segments first changes nothing.
    """
    return _CONTROLS.sub("", _BREAKS.sub(" ", text))


def block_segments(
    doc_text: str,
    block: Block,
    marks: Sequence[tuple[int, int, Mark]],
    facts: Sequence[tuple[int, int]],
    markers: Sequence[tuple[int, int]],
) -> tuple[Segment, ...]:
    """Segments covering ``block`` in order; offsets are into ``doc_text``.

    ``marks`` must not overlap each other (the engine's changes never do); ``facts``
    may. A marker ``(offset, number)`` goes after the text that ends at ``offset``.
    """
    start, end = block.start, block.end
    marks = sorted(
        ((max(s, start), min(e, end), m) for s, e, m in marks if s < end and e > start),
        key=lambda mark: mark[:2],
    )
    facts = [(max(s, start), min(e, end)) for s, e in facts if s < end and e > start]
    markers = sorted((min(max(o, start), end), n) for o, n in markers)
    cuts = sorted(
        {start, end}
        | {p for s, e, _ in marks for p in (s, e)}
        | {p for s, e in facts for p in (s, e)}
        | {o for o, _ in markers}
    )
    out: list[Segment] = []
    next_marker = 0
    next_mark = 0
    for index, here in enumerate(cuts):
        while next_marker < len(markers) and markers[next_marker][0] <= here:
            number = markers[next_marker][1]
            out.append(Segment(f"[{number}]", note=number))
            next_marker += 1
        if index + 1 == len(cuts):
            break
        after = cuts[index + 1]
        while next_mark < len(marks) and marks[next_mark][1] <= here:
            next_mark += 1
        mark = None
        if next_mark < len(marks) and marks[next_mark][0] <= here:
            mark = marks[next_mark][2]
        fact = any(s <= here < e for s, e in facts)
        text = display_text(doc_text[here:after])
        if text:
            out.append(Segment(text, mark, fact))
    return tuple(out)
