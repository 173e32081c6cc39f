"""The engine's one entry point: two documents in, a Comparison out."""

from __future__ import annotations

import bisect
import heapq
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial

from viewer.engine.alignment import AlignmentParams, Link, align_blocks
from viewer.engine.document import load_document
from viewer.engine.early_pairs import likely_pairs
from viewer.engine.fork_map import HeadStart, fork_map
from viewer.engine.model import (
    AlignedPair,
    Block,
    Change,
    ChangeKind,
    Comparison,
    Document,
    Flag,
    LinkKind,
    Span,
)
from viewer.engine.moved_facts import FlagFinder, settle_moved_facts
from viewer.engine.reconcile import reconcile_cruft
from viewer.engine.sequences import longest_increasing
from viewer.engine.worddiff import text_changes

SEPARATOR = "\n\n"

__all__ = ["SEPARATOR", "add_flags", "compare_documents", "compare_paths", "pair_side_text"]


def find_flags(
    left: str, right: str, changes: Sequence[Change], documents: tuple[str, str]
) -> tuple[Flag, ...]:
    """The engine's fact-flag finder, loaded on first use (``--no-flags`` never loads it)."""
    from viewer.engine.facts import find_flags as finder

    return finder(left, right, changes, documents)


def _load_finder() -> None:
    """Import the fact finder now: its regexes take as long to compile as a file to load."""
    import viewer.engine.facts  # noqa: F401


# Below this many pairs a second process costs more than it saves (fork, pickling).
_MIN_PAIRS_TO_FORK = 200


def compare_paths(left: str, right: str, *, flags: bool = True, workers: int = 1) -> Comparison:
    """Load both files and compare them; raises LoadError with a one-line message.

    ``workers`` processes load the two files and diff the pairs (see fork_map; the
    command line passes ``available_workers()``); the result is the same with one.
    Forking a threaded program is unsafe, so the window keeps the default.
    """
    paths = [left, right]
    # Standard input can be read once only, so a child never reads it. With flags, two
    # children load the files while this process loads the fact finder (its regexes take
    # as long to compile as a file to load): the three share the cores, where one child
    # would have finished its file and waited for this process to finish both.
    loaders = workers + 1 if flags and workers > 1 else workers
    if "-" in paths:
        loaders = 1
    docs = fork_map(load_document, paths, loaders, first=_load_finder if flags else None)
    return compare_documents(
        docs[0], docs[1], flag_finder=find_flags if flags else None, workers=workers
    )


def compare_documents(
    left: Document,
    right: Document,
    params: AlignmentParams | None = None,
    flag_finder: FlagFinder | None = find_flags,
    workers: int = 1,
) -> Comparison:
    """Align the body blocks of two documents and diff every aligned pair word by word.

    With ``workers`` > 1 and long articles, a second process diffs (and flags) the pairs
    sure to be linked while the alignment runs (HeadStart), and the rest are shared out
    to that many processes (fork_map); a threaded caller keeps the default of one.
    """
    left, right = reconcile_cruft(left, right)
    lb, rb = left.body_blocks(), right.body_blocks()
    diff = partial(_diffed, left, right, flag_finder=flag_finder)
    # While this process aligns, a second one diffs (and flags) the pairs it is sure to
    # link; what it finished is not done again below.
    big = min(len(lb), len(rb)) >= _MIN_PAIRS_TO_FORK
    with HeadStart(diff, partial(_likely_pairs, lb, rb), workers if big else 1) as head:
        links = align_blocks([b.text for b in lb], [b.text for b in rb], params)
        early = head.results()
    id_links = [Link(lb[k.left].id, rb[k.right].id, k.similarity) for k in links]
    groups = _group(id_links)
    moved = _moved([(g.left[0], g.right[0]) for g in groups])
    todo = [(g.left, g.right) for g in groups if (g.left, g.right) not in early]
    n = workers if len(todo) >= _MIN_PAIRS_TO_FORK else 1
    early.update(zip(todo, fork_map(diff, todo, n, warm_up=True), strict=True))
    pairs = tuple(
        _pair(g, is_moved, early[g.left, g.right])
        for g, is_moved in zip(groups, moved, strict=True)
    )
    if flag_finder is not None:  # a fact moved to a paragraph linked elsewhere
        pairs = settle_moved_facts(left, right, pairs, flag_finder)
    linked_l = {i for g in groups for i in g.left}
    linked_r = {j for g in groups for j in g.right}
    return Comparison(
        left=left,
        right=right,
        pairs=pairs,
        left_only=tuple(b.id for b in lb if b.id not in linked_l),
        right_only=tuple(b.id for b in rb if b.id not in linked_r),
    )


def _likely_pairs(
    lb: Sequence[Block], rb: Sequence[Block]
) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """Pairs of body blocks (by id) sure to be linked, surest first (early_pairs)."""
    found = likely_pairs([b.text for b in lb], [b.text for b in rb])
    return [((lb[i].id,), (rb[j].id,)) for i, j in found]


@dataclass(frozen=True, slots=True)
class _Group:
    left: tuple[int, ...]
    right: tuple[int, ...]
    similarity: float


def _group(links: Sequence[Link]) -> list[_Group]:
    """Links gathered into one-to-many and many-to-one stars.

    A star (one paragraph and all its partners) becomes one pair. Chains of splits and
    merges are cut into stars around their best-connected paragraphs, so no pair ever
    claims that every left block of it matches every right block.
    """
    edges = {(k.left, k.right): k.similarity for k in links}
    by_l: dict[int, set[int]] = defaultdict(set)
    by_r: dict[int, set[int]] = defaultdict(set)
    for i, j in edges:
        by_l[i].add(j)
        by_r[j].add(i)

    def strength(node: int, side: str) -> float:
        """The star's summed similarity: equal degrees are ranked by it, whichever side."""
        if side == "l":
            return round(sum(edges[(node, p)] for p in by_l[node]), 6)
        return round(sum(edges[(p, node)] for p in by_r[node]), 6)

    # A heap of (most-first negated degree, strongest star first, left before right,
    # reading order); entries whose degree has changed since they were pushed are skipped
    # when popped. Ranking equal degrees by strength before side keeps the grouping the
    # same when the two articles are swapped.
    heap = [(-len(v), -strength(i, "l"), 0, i, "l") for i, v in by_l.items()]
    heap += [(-len(v), -strength(j, "r"), 1, j, "r") for j, v in by_r.items()]
    heapq.heapify(heap)
    groups = []
    while heap:
        neg_degree, _, _, node, side = heapq.heappop(heap)
        mine = by_l if side == "l" else by_r
        if not mine[node] or len(mine[node]) != -neg_degree:
            continue
        partners = sorted(mine[node])
        keys = [(node, p) for p in partners] if side == "l" else [(p, node) for p in partners]
        sims = [edges.pop(k) for k in keys]
        for i, j in keys:
            by_l[i].discard(j)
            by_r[j].discard(i)
        for i, j in keys:
            other, rank, key = (by_r, 1, j) if side == "l" else (by_l, 0, i)
            if other[key]:
                other_side = "r" if side == "l" else "l"
                entry = (-len(other[key]), -strength(key, other_side), rank, key, other_side)
                heapq.heappush(heap, entry)
        left, right = ((node,), tuple(partners)) if side == "l" else (tuple(partners), (node,))
        groups.append(_Group(left, right, round(sum(sims) / len(sims), 4)))
    groups.sort(key=lambda g: (g.left[0], g.right[0]))
    return groups


def _moved(positions: Sequence[tuple[int, int]]) -> list[bool]:
    """Pairs outside the longest run kept in the same order on both sides moved.

    ``positions`` are (left, right) anchors sorted by left; the longest increasing
    subsequence of right anchors is the order both articles agree on.
    """
    keep = set(longest_increasing([r for _, r in positions]))
    return [k not in keep for k in range(len(positions))]


@dataclass(frozen=True, slots=True)
class _SideMap:
    """Maps offsets in a pair's joined side text back to the document's text."""

    blocks: tuple[Block, ...]
    starts: tuple[int, ...]  # where each block begins in the joined text

    @classmethod
    def of(cls, blocks: Sequence[Block]) -> _SideMap:
        starts, pos = [], 0
        for b in blocks:
            starts.append(pos)
            pos += len(b.text) + len(SEPARATOR)
        return cls(tuple(blocks), tuple(starts))

    def point(self, offset: int) -> int:
        k = max(0, bisect.bisect_right(self.starts, offset) - 1)
        block = self.blocks[k]
        return block.start + min(offset - self.starts[k], len(block.text))

    def pieces(self, start: int, end: int) -> list[tuple[int, int]]:
        """Document ranges of a joined-text range, one per block it touches."""
        if start == end:
            p = self.point(start)
            return [(p, p)]
        out = []
        for block, base in zip(self.blocks, self.starts, strict=True):
            lo, hi = max(start, base), min(end, base + len(block.text))
            if lo < hi:
                out.append((block.start + lo - base, block.start + hi - base))
        return out or [(self.point(start), self.point(start))]


def pair_side_text(doc: Document, ids: Sequence[int]) -> str:
    """The text a pair's side is diffed as: its blocks joined by a blank line."""
    return SEPARATOR.join(doc.blocks[i].text for i in ids)


def _to_doc_changes(
    changes: Sequence[Change], lmap: _SideMap, rmap: _SideMap, left: Document, right: Document
) -> tuple[Change, ...]:
    out = []
    for ch in changes:
        lp = lmap.pieces(ch.left.start, ch.left.end)
        rp = rmap.pieces(ch.right.start, ch.right.end)
        # A change across a block boundary becomes one change per block touched.
        for n in range(max(len(lp), len(rp))):
            l0, l1 = lp[n] if n < len(lp) else (lp[-1][1], lp[-1][1])
            r0, r1 = rp[n] if n < len(rp) else (rp[-1][1], rp[-1][1])
            if l0 == l1 and r0 == r1:
                continue
            kind = ch.kind
            if l0 == l1:
                kind = ChangeKind.INSERT
            elif r0 == r1:
                kind = ChangeKind.DELETE
            out.append(Change(kind, Span.of(left.text, l0, l1), Span.of(right.text, r0, r1)))
    return tuple(out)


def _to_doc_flags(
    flags: Sequence[Flag], lmap: _SideMap, rmap: _SideMap, left: Document, right: Document
) -> tuple[Flag, ...]:
    out = []
    for f in flags:
        l0, l1 = lmap.pieces(f.left.start, f.left.end)[0]
        r0, r1 = rmap.pieces(f.right.start, f.right.end)[0]
        out.append(
            Flag(f.kind, Span.of(left.text, l0, l1), Span.of(right.text, r0, r1), f.note, f.held)
        )
    return tuple(out)


@dataclass(frozen=True, slots=True)
class _PairSides:
    """A pair's two sides as diffed: joined texts, their word changes, offset maps."""

    a: str
    b: str
    changes: tuple[Change, ...]
    lmap: _SideMap
    rmap: _SideMap

    @classmethod
    def of(
        cls, left: Document, right: Document, lids: Sequence[int], rids: Sequence[int]
    ) -> _PairSides:
        a, b = pair_side_text(left, lids), pair_side_text(right, rids)
        return cls(
            a,
            b,
            text_changes(a, b),
            _SideMap.of([left.blocks[i] for i in lids]),
            _SideMap.of([right.blocks[j] for j in rids]),
        )

    def flags(self, finder: FlagFinder, left: Document, right: Document) -> tuple[Flag, ...]:
        if not self.changes:
            return ()
        found = finder(self.a, self.b, self.changes, (left.text, right.text))
        return _to_doc_flags(found, self.lmap, self.rmap, left, right)


@dataclass(frozen=True, slots=True)
class _Diffed:
    """What a pair's blocks give, whatever the link: word changes, flags, and whether the
    two sides have the same words (all in document offsets). Differences of layout only
    (line breaks, a word hyphenated at a line end: ``layout_only``) are no changes."""

    changes: tuple[Change, ...]
    flags: tuple[Flag, ...]
    same: bool


def _diffed(
    left: Document,
    right: Document,
    ids: tuple[tuple[int, ...], tuple[int, ...]],
    flag_finder: FlagFinder | None,
) -> _Diffed:
    sides = _PairSides.of(left, right, ids[0], ids[1])
    return _Diffed(
        changes=_to_doc_changes(sides.changes, sides.lmap, sides.rmap, left, right),
        flags=sides.flags(flag_finder, left, right) if flag_finder else (),
        same=not sides.changes,
    )


def _pair(g: _Group, moved: bool, d: _Diffed) -> AlignedPair:
    return AlignedPair(
        left=g.left,
        right=g.right,
        kind=LinkKind.SAME if d.same else LinkKind.REWORDED,
        similarity=1.0 if d.same else g.similarity,
        moved=moved,
        changes=d.changes,
        flags=d.flags,
    )


def add_flags(c: Comparison, flag_finder: FlagFinder = find_flags) -> Comparison:
    """The comparison with its fact flags filled in.

    For callers that show a comparison made without flags first (the window paints the
    alignment at once and adds flags a moment later). Flags need each pair's changes in
    the pair's own coordinates, so the pair is diffed again: cheap next to the finder.
    """
    pairs = tuple(
        replace(
            p,
            flags=_PairSides.of(c.left, c.right, p.left, p.right).flags(
                flag_finder, c.left, c.right
            ),
        )
        for p in c.pairs
    )
    return replace(c, pairs=settle_moved_facts(c.left, c.right, pairs, flag_finder))
