"""Split a text into paragraph, heading and bullet blocks, and blocks into sentences.

Three layouts must all come out as real paragraphs: paragraphs separated by blank lines,
one paragraph per line, and hard-wrapped text (press releases wrapped at about 70
columns with no blank lines). Every non-space character of the text lands in exactly one
block; blocks never overlap and keep offsets into the text as given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from viewer.engine.model import BlockKind

_LINE = re.compile(r"[^\n]*\n?")
_BULLET = re.compile(r"\s*(?:[•●▪◦‣∙·*+–—-]|\d{1,3}[.)])\s+\S")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Gen|Col|Lt|Sgt|Rep|Sen|Gov|Inc|Ltd|Co|Corp|No|"
    r"vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|e\.g|i\.e))\.$"
)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"'”’»)\]]*\s+(?=[\"'“‘«(\[]?[A-ZА-ЯЁІЇЄҐ0-9])")

__all__ = ["RawBlock", "is_bullet", "segment", "split_sentences"]


@dataclass(frozen=True, slots=True)
class RawBlock:
    """A block before cruft detection: offsets into the text and its layout kind."""

    start: int
    end: int
    kind: BlockKind


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int  # without the newline
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()


def _lines(text: str) -> list[_Line]:
    out = []
    for m in _LINE.finditer(text):
        if m.start() == m.end():
            break
        raw = m.group()
        body = raw[:-1] if raw.endswith("\n") else raw
        out.append(_Line(m.start(), m.start() + len(body), body))
    return out


def _wrap_width(lines: list[_Line]) -> int:
    """The column a hard-wrapped text was wrapped at, or 0 when lines are not wrapped.

    Wrapped prose has most of its lines within a few columns of one width between 40 and
    100; free-flowing paragraphs (one per line) have widths all over the place. A line
    between blank lines (a headline) was never wrapped, so it does not count.
    """
    lengths = sorted(
        len(ln.stripped)
        for k, ln in enumerate(lines)
        if ln.stripped and not _stands_alone(lines, k)
    )
    if len(lengths) < 4:
        return 0
    width = lengths[int(len(lengths) * 0.9) - 1] if len(lengths) >= 10 else lengths[-1]
    # The longest line near that: a few lines a bit longer than the rest are still wrapped
    # lines (the 90th percentile of a short text may fall below its wrap column).
    width = max(n for n in lengths if n <= width + 10)
    if not 40 <= width <= 100:
        return 0
    near = sum(1 for n in lengths if width - 15 <= n <= width)
    return width if near / len(lengths) >= 0.5 else 0


def _stands_alone(lines: list[_Line], k: int) -> bool:
    """Whether line ``k`` has a blank line (or the text's edge) on both sides."""
    before = k == 0 or not lines[k - 1].stripped
    after = k + 1 == len(lines) or not lines[k + 1].stripped
    return before and after


def is_bullet(line: str) -> bool:
    """Whether a line is a list item ("• ...", "- ...", "1. ...")."""
    return bool(_BULLET.match(line))


def _joins_next(line: _Line, nxt: _Line, width: int) -> bool:
    """Whether a hard-wrapped line continues on the next one.

    A wrapper breaks a line only when the next word does not fit; when it would have
    fitted, the short line ended a paragraph. Unless the sentence runs on: a line that
    ends without a stop before one that opens in lower case was wrapped by hand, a little
    early ("built for the climate" / "we are facing today").
    """
    indented = nxt.text[:1].isspace() and not line.text[:1].isspace()
    if not width or indented or is_bullet(nxt.text):
        return False
    first_word = nxt.stripped.split(maxsplit=1)[0]
    if len(line.stripped) + 1 + len(first_word) > width:
        return True
    return first_word[:1].islower() and not _SENTENCE_END.search(line.stripped)


def segment(text: str) -> list[RawBlock]:
    """Blocks covering every non-space character of ``text`` exactly once, in order."""
    lines = _lines(text)
    width = _wrap_width(lines)
    blocks: list[RawBlock] = []
    run: list[_Line] = []
    for line in lines:
        if not line.stripped:
            blocks.extend(_chunk_blocks(run, width))
            run = []
        else:
            run.append(line)
    blocks.extend(_chunk_blocks(run, width))
    return blocks


def _chunk_blocks(lines: list[_Line], width: int) -> list[RawBlock]:
    """Blocks of one run of non-blank lines: joined where hard-wrapped, else one per line."""
    out: list[RawBlock] = []
    group: list[_Line] = []
    for i, line in enumerate(lines):
        group.append(line)
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is not None and _joins_next(line, nxt, width):
            continue
        out.append(_make_block(group))
        group = []
    return out


def _make_block(group: list[_Line]) -> RawBlock:
    first, last = group[0], group[-1]
    start = first.start + (len(first.text) - len(first.text.lstrip()))
    end = last.end - (len(last.text) - len(last.text.rstrip()))
    text = " ".join(ln.stripped for ln in group)
    if is_bullet(first.text):
        kind = BlockKind.BULLET
    elif _looks_like_heading(text):
        kind = BlockKind.HEADING
    else:
        kind = BlockKind.PARAGRAPH
    return RawBlock(start, end, kind)


def _looks_like_heading(text: str) -> bool:
    """A short line without closing punctuation, e.g. a title or a section name."""
    words = text.split()
    return (
        0 < len(words) <= 16
        and not _SENTENCE_END.search(text)
        and not text.endswith((",", ";", ":"))
        and text.lstrip("«\"“„‘'(")[:1].isupper()  # «Динамо» обіграло «Шахтар»
    )


@lru_cache(maxsize=65536)
def split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence of a block's text, skipping common abbreviations.

    Cached: cruft reconciliation and alignment both ask for the same blocks.

    >>> split_sentences("U.S. talks began. Two sources said so.")
    ((0, 17), (18, 38))
    """
    spans = []
    start = 0
    for m in _SENTENCE_BREAK.finditer(text):
        head = text[start : m.start()].rstrip("\"'”’»)]")
        if _ABBREVIATION.search(head):
            continue
        end = m.start() + len(m.group().rstrip())
        spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return tuple(spans)
