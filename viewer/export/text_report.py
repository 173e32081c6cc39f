"""A readable terminal report of a comparison: colour on a TTY, plain text when piped."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator

from viewer.engine.model import AlignedPair, ChangeKind, Comparison, Document

_RESET = "\033[0m"
_STYLES = {
    "del": "\033[9;31m",  # strike-through red: only on the left
    "ins": "\033[4;34m",  # underline blue: only on the right
    "head": "\033[1m",
    "dim": "\033[2m",
}

__all__ = ["render_report"]


def _style(text: str, style: str, colour: bool) -> str:
    return f"{_STYLES[style]}{text}{_RESET}" if colour and text else text


def _marked(pair: AlignedPair, doc: Document, side: str, colour: bool) -> str:
    """A pair's side with its changed words marked: [-deleted-] and {+inserted+} when plain."""
    ids = pair.left if side == "left" else pair.right
    parts = []
    for bid in ids:
        block = doc.blocks[bid]
        pos = block.start
        out = []
        for ch in pair.changes:
            span = ch.left if side == "left" else ch.right
            if span.start == span.end or not block.start <= span.start < block.end:
                continue
            out.append(doc.text[pos : span.start])
            if side == "left":
                out.append(_style(span.text, "del", colour) if colour else f"[-{span.text}-]")
            else:
                out.append(_style(span.text, "ins", colour) if colour else f"{{+{span.text}+}}")
            pos = span.end
        out.append(doc.text[pos : block.end])
        parts.append("".join(out))
    return "\n\n".join(parts)


def _summary(c: Comparison) -> str:
    reworded = sum(1 for p in c.pairs if p.kind.value == "reworded")
    moved = sum(1 for p in c.pairs if p.moved)
    words = sum(
        len(ch.left.text.split()) + len(ch.right.text.split())
        for p in c.pairs
        for ch in p.changes
        if ch.kind in (ChangeKind.INSERT, ChangeKind.DELETE, ChangeKind.REPLACE)
    )
    flags = sum(len(p.flags) for p in c.pairs)
    return (
        f"{len(c.pairs)} linked ({reworded} reworded, {moved} moved), "
        f"{len(c.left_only)} only on the left, {len(c.right_only)} only on the right, "
        f"{words} changed words, {flags} fact flags"
    )


def _indent(text: str, width: int) -> str:
    return "\n".join(
        textwrap.fill(para, width, initial_indent="    ", subsequent_indent="    ")
        for para in text.split("\n\n")
    )


def render_report(c: Comparison, colour: bool = False, width: int = 100) -> str:
    """The whole report as one string."""
    return "\n".join(_lines(c, colour, width)) + "\n"


def _lines(c: Comparison, colour: bool, width: int) -> Iterator[str]:
    yield _style(f"Left:  {c.left.source}  ({c.left.title or 'untitled'})", "head", colour)
    yield _style(f"Right: {c.right.source}  ({c.right.title or 'untitled'})", "head", colour)
    cruft_l = sum(b.boilerplate for b in c.left.blocks)
    cruft_r = sum(b.boilerplate for b in c.right.blocks)
    yield _style(f"Page cruft set aside: {cruft_l} blocks left, {cruft_r} right", "dim", colour)
    yield _summary(c)
    if not colour:
        yield "Marks: [-only on the left-]  {+only on the right+}"
    for n, p in enumerate(c.pairs, 1):
        ids_l = ",".join(f"L{i}" for i in p.left)
        ids_r = ",".join(f"R{j}" for j in p.right)
        moved = ", moved" if p.moved else ""
        yield ""
        yield _style(
            f"#{n} {ids_l} ~ {ids_r}: {p.kind.value} {p.similarity:.2f}{moved}", "head", colour
        )
        if p.kind.value == "same":
            yield _indent(_marked(p, c.left, "left", colour), width)
            continue
        yield _indent(_marked(p, c.left, "left", colour), width)
        yield "    " + _style("---", "dim", colour)
        yield _indent(_marked(p, c.right, "right", colour), width)
        for f in p.flags:
            yield f"    ! {f.kind.value}: {f.note}"
    for side, ids, doc in (("left", c.left_only, c.left), ("right", c.right_only, c.right)):
        for i in ids:
            yield ""
            yield _style(f"Only on the {side}: {side[0].upper()}{i}", "head", colour)
            yield _indent(doc.blocks[i].text, width)
