"""The panes' data worked out ahead, off the GUI thread: specs, segments, flags (no Qt).

Everything a pane shows that does not depend on the view filters is computed once per
comparison by ``prepare_view_data``, which the compare worker calls right after the
engine, in its own thread. The view then asks ``view_data`` for it (a look-up, or the same
work on the spot for a comparison the worker did not see) and only folds and renders.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from viewer.annotations.model import Side
from viewer.engine.model import Block, Comparison, Document
from viewer.engine.moved_facts import flagged_pairs
from viewer.ui.links import LinkIndex, link_index
from viewer.ui.pane_model import (
    FlagMark,
    PaneSpec,
    Segment,
    WordHighlight,
    block_at,
    block_infos,
    hidden_blocks,
    normalise,
    word_highlights,
)

__all__ = [
    "ViewData",
    "astral_block_ids",
    "block_segments",
    "complete_spec",
    "display_texts",
    "flag_marks",
    "pane_spec",
    "prepare_side",
    "prepare_view_data",
    "spec_with_filters",
    "view_data",
]

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_BREAKS = re.compile("[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2029]")
_KEEP = 2  # comparisons remembered: the one on screen and the one being opened


@dataclass(frozen=True, slots=True)
class ViewData:
    """Both sides' filter-independent specs (``hidden`` empty) and the links of one
    comparison."""

    left: PaneSpec
    right: PaneSpec
    links: LinkIndex

    def side(self, side: Side) -> PaneSpec:
        return self.left if side is Side.LEFT else self.right


def astral_block_ids(document: Document) -> frozenset[int]:
    """Blocks whose text has characters Qt counts twice (UTF-16 surrogate pairs)."""
    return frozenset(b.id for b in document.blocks if _ASTRAL.search(b.text))


def display_texts(document: Document) -> dict[int, str]:
    """Shown text of the blocks with line breaks: U+2028 instead, so one block stays one
    text block and every offset keeps its place (same length)."""
    return {b.id: _BREAKS.sub("\u2028", b.text) for b in document.blocks if _BREAKS.search(b.text)}


def flag_marks(comparison: Comparison, side: Side) -> tuple[FlagMark, ...]:
    """Every fact flag's span on one side, in text order."""
    marks = []
    for p, pair in enumerate(comparison.pairs):
        for i, flag in enumerate(pair.flags):
            span = flag.left if side is Side.LEFT else flag.right
            marks.append(FlagMark(span.start, span.end, flag.kind, p, i))
    return tuple(sorted(marks, key=lambda m: (m.start, m.end, m.pair, m.index)))


def block_segments(
    block: Block, words: Sequence[WordHighlight], flags: Sequence[FlagMark]
) -> tuple[Segment, ...]:
    """Cut a block into runs of one look. ``words`` (normalised) and ``flags`` are those
    touching the block; where flags overlap, the first keeps the words. Each flag start
    after the block's first character widens the character before it for a badge."""
    lo, hi = block.start, block.end
    badges: dict[int, int] = {}
    for f in flags:
        if lo < f.start <= hi:
            badges[f.start - 1] = badges.get(f.start - 1, 0) + 1
    cuts = {lo, hi}
    for a, b in [(w.start, w.end) for w in words] + [(f.start, f.end) for f in flags]:
        cuts.update((min(hi, max(lo, a)), min(hi, max(lo, b))))
    for at in badges:
        cuts.update((at, at + 1))
    points = sorted(cuts)
    lead = sum(1 for f in flags if f.start == lo)
    # Flags at the block's very start have no character before them: an empty first
    # segment asks for an indent instead.
    out: list[Segment] = [Segment(lo, lo, badges=lead)] if lead else []
    wi = 0
    for a, b in pairwise(points):
        if a == b:
            continue
        while wi < len(words) and words[wi].end <= a:
            wi += 1
        word = words[wi].kind if wi < len(words) and words[wi].start <= a else None
        flag = next((f.kind for f in flags if f.start <= a < f.end), None)
        gap = badges.get(a, 0) if b == a + 1 else 0
        last = out[-1] if out else None
        if last and not gap and not last.badges and (last.word, last.flag) == (word, flag):
            out[-1] = replace(out[-1], end=b)
        else:
            out.append(Segment(a, b, word, flag, gap))
    return tuple(out)


def _segments(
    document: Document,
    words: Sequence[WordHighlight],
    flags: Sequence[FlagMark],
    only: frozenset[int] | None = None,
) -> dict[int, tuple[Segment, ...]]:
    """Every block's segments (blocks without highlights or flags absent); of the blocks
    in ``only`` alone when given."""
    word_starts = [w.start for w in words]
    word_ends = [w.end for w in words]
    out: dict[int, tuple[Segment, ...]] = {}
    fi, carried = 0, []
    for block in document.blocks:
        # Flags reaching into this block: those carried over (a flag may cross blocks of
        # a merged pair) and those starting in it, empty ones at its end included.
        carried = [f for f in carried if f.end > block.start]
        while fi < len(flags) and flags[fi].start <= block.end:
            if flags[fi].end >= block.start:
                carried.append(flags[fi])
            fi += 1
        if only is not None and block.id not in only:
            continue
        touching = [f for f in carried if f.start >= block.start or f.end > block.start]
        w0 = bisect_right(word_ends, block.start)
        w1 = bisect_left(word_starts, block.end)
        if touching:
            out[block.id] = block_segments(block, words[w0:w1], touching)
        elif w1 > w0:  # the common case, words only: their runs, clipped to the block
            lo, hi = block.start, block.end
            runs = [(max(lo, w.start), min(hi, w.end), w.kind) for w in words[w0:w1]]
            out[block.id] = tuple(Segment(a, b, kind) for a, b, kind in runs if b > a)
    return out


def complete_spec(spec: PaneSpec, document: Document) -> PaneSpec:
    """A spec with its segments, astral blocks and display texts (worked out if missing)."""
    if spec.segments is not None and spec.astral is not None and spec.display is not None:
        return spec
    return replace(
        spec,
        segments=_segments(document, spec.words, spec.flags),
        astral=astral_block_ids(document),
        display=display_texts(document),
    )


def prepare_side(comparison: Comparison, side: Side) -> PaneSpec:
    """One side's spec with everything but the filters worked out."""
    doc = comparison.left if side is Side.LEFT else comparison.right
    words = tuple(normalise(word_highlights(comparison, side)))
    flags = flag_marks(comparison, side)
    return PaneSpec(
        side,
        block_infos(comparison, side),
        words,
        {},
        flags,
        _segments(doc, words, flags),
        astral_block_ids(doc),
        display_texts(doc),
    )


def spec_with_filters(
    spec: PaneSpec,
    document: Document,
    *,
    show_cruft: bool = False,
    hide_identical: bool = False,
    only_one_sided: bool = False,
    only_flagged: bool = False,
) -> PaneSpec:
    """A prepared spec with the blocks the filters fold."""
    hidden = hidden_blocks(
        document,
        spec.blocks,
        show_cruft=show_cruft,
        hide_identical=hide_identical,
        only_one_sided=only_one_sided,
        only_flagged=only_flagged,
    )
    return replace(spec, hidden=hidden)


def pane_spec(comparison: Comparison, side: Side, **filters: bool) -> PaneSpec:
    """The data one pane renders from, for the given view filters."""
    doc = comparison.left if side is Side.LEFT else comparison.right
    return spec_with_filters(view_data(comparison).side(side), doc, **filters)


_lock = threading.Lock()
_recent: list[tuple[Comparison, ViewData]] = []


def _remembered(comparison: Comparison) -> ViewData | None:
    with _lock:
        return next((data for c, data in _recent if c is comparison), None)


def prepare_view_data(comparison: Comparison) -> ViewData:
    """Work out and remember both sides' data (thread-safe; the worker calls this)."""
    data = _remembered(comparison)
    if data is None:
        data = ViewData(
            prepare_side(comparison, Side.LEFT),
            prepare_side(comparison, Side.RIGHT),
            link_index(comparison.pairs),
        )
        with _lock:
            _recent.insert(0, (comparison, data))
            del _recent[_KEEP:]
    return data


def view_data(comparison: Comparison) -> ViewData:
    """The comparison's data: remembered from the worker, derived from a remembered
    comparison that differs in its flags alone, or worked out now."""
    data = _remembered(comparison) or _derived(comparison)
    return data if data is not None else prepare_view_data(comparison)


def _derived(comparison: Comparison) -> ViewData | None:
    """The data of ``comparison`` from a remembered one with the same documents and pairs
    but for some pairs' flags (a fact change dismissed or restored: the reader waits on
    this). Links, word highlights and display texts stay; the flag marks, the blocks'
    flagged state and the segments of the changed pairs' blocks are redone."""
    with _lock:
        recent = list(_recent)
    for old, data in recent:
        changed = _flags_changed(old, comparison)
        if changed is None:
            continue
        derived = ViewData(
            _derived_side(comparison, data.left, changed),
            _derived_side(comparison, data.right, changed),
            data.links,
        )
        with _lock:
            _recent.insert(0, (comparison, derived))
            del _recent[_KEEP:]
        return derived
    return None


def _flags_changed(old: Comparison, new: Comparison) -> list[int] | None:
    """The pairs whose flags alone differ, if nothing else differs."""
    if (old.left, old.right, old.left_only, old.right_only) != (
        new.left,
        new.right,
        new.left_only,
        new.right_only,
    ) or len(old.pairs) != len(new.pairs):
        return None
    changed = []
    for index, (p, q) in enumerate(zip(old.pairs, new.pairs, strict=True)):
        if p is not q and p != q:
            if replace(p, flags=q.flags) != q:
                return None
            changed.append(index)
    return changed


def _derived_side(comparison: Comparison, spec: PaneSpec, changed: list[int]) -> PaneSpec:
    doc = comparison.left if spec.side is Side.LEFT else comparison.right
    flags = flag_marks(comparison, spec.side)
    blocks = dict(spec.blocks)
    redo = set()
    for index in changed:
        pair = comparison.pairs[index]
        redo.update(pair.left if spec.side is Side.LEFT else pair.right)
    # A flag across two pairs (a fact moved between paragraphs) marks a block of a pair
    # whose own flags did not change: every block where a mark came or went is redone.
    starts = [b.start for b in doc.blocks]
    marks = {(m.start, m.end) for m in flags} ^ {(m.start, m.end) for m in spec.flags or ()}
    for start, _ in marks:
        block_id = block_at(doc, starts, start)
        if block_id is not None:
            redo.add(block_id)
    flagged = flagged_pairs(comparison)
    for block_id, info in spec.blocks.items():
        if info.pair >= 0 and (info.pair in flagged) != info.flagged:
            blocks[block_id] = replace(info, flagged=not info.flagged)
            redo.add(block_id)
    segments = {k: v for k, v in (spec.segments or {}).items() if k not in redo}
    segments.update(_segments(doc, spec.words, flags, frozenset(redo)))
    return replace(spec, blocks=blocks, flags=flags, segments=segments)
