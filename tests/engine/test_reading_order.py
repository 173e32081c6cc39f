"""Reading order: left order for pairs and left-only blocks, right-only slotted by position."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.builders import make_doc
from viewer.engine.model import AlignedPair, Comparison, LinkKind
from viewer.engine.reading_order import Entry, EntryKind, known_blocks, reading_order

PairSpec = tuple[Sequence[int], Sequence[int], bool]  # left ids, right ids, moved
_SHORT = {
    EntryKind.PAIR: "p",
    EntryKind.LEFT_ONLY: "L",
    EntryKind.RIGHT_ONLY: "R",
    EntryKind.LEFT_CRUFT: "cL",
    EntryKind.RIGHT_CRUFT: "cR",
}


def _comparison(
    n_left: int,
    n_right: int,
    pairs: Sequence[PairSpec],
    left_only: Sequence[int],
    right_only: Sequence[int],
    left_cruft: Sequence[int] = (),
    right_cruft: Sequence[int] = (),
) -> Comparison:
    left = make_doc("l", [f"l{i}" for i in range(n_left)], cruft=left_cruft)
    right = make_doc("r", [f"r{i}" for i in range(n_right)], cruft=right_cruft)
    built = tuple(
        AlignedPair(tuple(lb), tuple(rb), LinkKind.SAME, 1.0, moved) for lb, rb, moved in pairs
    )
    return Comparison(left, right, built, tuple(left_only), tuple(right_only))


def _short(entries: list[Entry]) -> list[str]:
    return [f"{_SHORT[e.kind]}{e.index}" for e in entries]


# Each case: (n_left, n_right, pairs, left_only, right_only, left_cruft, right_cruft),
# the order without cruft, and the order with it.
CASES = {
    "navigation sample: split, omitted, moved, added twice": (
        (6, 8, [([0], [0], False), ([1], [1], False), ([2], [3, 4], False),
                ([4], [7], True), ([5], [5], False)], [3], [2, 6], (), ()),
        "p0 p1 R2 p2 L3 p3 p4 R6", "p0 p1 R2 p2 L3 p3 p4 R6",
    ),
    "right-only above every pair comes first": (
        (2, 3, [([0], [1], False), ([1], [2], False)], [], [0], (), ()),
        "R0 p0 p1", "R0 p0 p1",
    ),
    "right-only skips a moved pair above it": (
        (3, 3, [([0], [0], False), ([2], [1], True)], [1], [2], (), ()),
        "p0 R2 L1 p1", "p0 R2 L1 p1",
    ),
    "every pair moved: moved pairs anchor": (
        (2, 3, [([0], [1], True), ([1], [0], True)], [], [2], (), ()),
        "p0 R2 p1", "p0 R2 p1",
    ),
    "right-only blocks on one anchor keep right order": (
        (1, 3, [([0], [0], False)], [], [2, 1], (), ()),
        "p0 R1 R2", "p0 R1 R2",
    ),
    "pair with no left block slots in by its right block": (
        (2, 3, [([0], [0], False), ([], [1], False), ([1], [2], False)], [], [], (), ()),
        "p0 p1 p2", "p0 p1 p2",
    ),
    "overlapping pairs opening on one block keep list order": (
        (3, 2, [([0, 1], [1], False), ([0], [0], False)], [], [], (), ()),
        "p0 p1 L2", "p0 p1 L2",
    ),
    "unknown left id: placed by its right block; nothing known: last": (
        (1, 2, [([9], [1], False), ([7], [8], False), ([0], [0], False)], [], [], (), ()),
        "p2 p0 p1", "p2 p0 p1",
    ),
    "listed ids the documents lack are dropped": (
        (1, 1, [([0], [0], False)], [5], [6], (), ()),
        "p0", "p0",
    ),
    "listed cruft is one-sided, unlisted cruft only with cruft": (
        (3, 3, [([1], [1], False)], [0], [], (0, 2), (0, 2)),
        "L0 p0", "cR0 L0 p0 cR2 cL2",
    ),
    "body block in no pair and no list still shows": (
        (2, 2, [([0], [0], False)], [], [], (), ()),
        "p0 R1 L1", "p0 R1 L1",
    ),
}  # fmt: skip


@pytest.mark.parametrize(("spec", "plain", "with_cruft"), CASES.values(), ids=list(CASES))
def test_reading_order_cases(spec: tuple, plain: str, with_cruft: str) -> None:
    comparison = _comparison(*spec)
    assert _short(reading_order(comparison)) == plain.split()
    assert _short(reading_order(comparison, with_cruft=True)) == with_cruft.split()


@pytest.mark.parametrize(
    ("ids", "expected"), [((2, 0, 9), (2, 0)), ((), ()), ((7,), ())]
)  # fmt: skip
def test_known_blocks_keeps_present_ids_in_order(ids: tuple[int, ...], expected) -> None:
    assert known_blocks(make_doc("d", ["a", "b", "c"]), ids) == expected


@st.composite
def engine_like(draw: st.DrawFn) -> Comparison:
    """Comparisons keeping the engine's invariants: 1:n / n:1 pairs, some moved, some cruft."""
    n_left, n_right = draw(st.integers(0, 9)), draw(st.integers(0, 9))
    left_ids = list(draw(st.permutations(range(n_left))))
    right_ids = list(draw(st.permutations(range(n_right))))
    pairs = []
    while left_ids and right_ids and draw(st.booleans()):
        take_left = draw(st.integers(1, min(2, len(left_ids))))
        take_right = 1 if take_left > 1 else draw(st.integers(1, min(2, len(right_ids))))
        lb, left_ids = sorted(left_ids[:take_left]), left_ids[take_left:]
        rb, right_ids = sorted(right_ids[:take_right]), right_ids[take_right:]
        pairs.append((lb, rb, draw(st.booleans())))
    left_cruft = draw(st.lists(st.sampled_from(left_ids), unique=True)) if left_ids else []
    right_cruft = draw(st.lists(st.sampled_from(right_ids), unique=True)) if right_ids else []
    left_only = sorted(set(left_ids) - set(left_cruft))
    right_only = sorted(set(right_ids) - set(right_cruft))
    return _comparison(
        n_left, n_right, pairs, left_only, right_only, left_cruft, right_cruft
    )  # fmt: skip


@st.composite
def broken(draw: st.DrawFn) -> Comparison:
    """Anything goes: overlapping pairs, unknown ids, lists that disagree with the pairs."""
    n_left, n_right = draw(st.integers(0, 6)), draw(st.integers(0, 6))
    ids = st.lists(st.integers(0, 8), max_size=3)
    pairs = draw(st.lists(st.tuples(ids, ids, st.booleans()), max_size=5))
    cruft_left = draw(st.lists(st.integers(0, max(n_left - 1, 0)), max_size=3))
    cruft_right = draw(st.lists(st.integers(0, max(n_right - 1, 0)), max_size=3))
    return _comparison(
        n_left, n_right, pairs, draw(ids), draw(ids), cruft_left, cruft_right
    )  # fmt: skip


@given(engine_like())
def test_every_pair_and_one_sided_block_appears_exactly_once(comparison: Comparison) -> None:
    entries = reading_order(comparison)
    assert len(entries) == len(set(entries))
    pairs = sorted(e.index for e in entries if e.kind is EntryKind.PAIR)
    assert pairs == list(range(len(comparison.pairs)))
    lefts = [e.index for e in entries if e.kind is EntryKind.LEFT_ONLY]
    assert lefts == list(comparison.left_only)  # left order, which is id order here
    rights = [e.index for e in entries if e.kind is EntryKind.RIGHT_ONLY]
    assert sorted(rights) == list(comparison.right_only)
    assert not {e.kind for e in entries} & {EntryKind.LEFT_CRUFT, EntryKind.RIGHT_CRUFT}


@given(engine_like())
def test_non_moved_pairs_and_left_only_blocks_keep_left_order(comparison: Comparison) -> None:
    entries = reading_order(comparison, with_cruft=True)
    firsts = [
        min(comparison.pairs[e.index].left) if e.kind is EntryKind.PAIR else e.index
        for e in entries
        if e.kind in (EntryKind.LEFT_ONLY, EntryKind.LEFT_CRUFT)
        or (e.kind is EntryKind.PAIR and not comparison.pairs[e.index].moved)
    ]
    assert firsts == sorted(firsts)


@given(engine_like())
def test_with_cruft_every_block_of_both_sides_shows_once(comparison: Comparison) -> None:
    shown: dict[str, list[int]] = {"left": [], "right": []}
    for e in reading_order(comparison, with_cruft=True):
        if e.kind is EntryKind.PAIR:
            shown["left"].extend(comparison.pairs[e.index].left)
            shown["right"].extend(comparison.pairs[e.index].right)
        else:
            shown["left" if e.kind.name.startswith("LEFT") else "right"].append(e.index)
    assert sorted(shown["left"]) == [b.id for b in comparison.left.blocks]
    assert sorted(shown["right"]) == [b.id for b in comparison.right.blocks]


@given(broken())
def test_broken_comparisons_keep_every_pair_and_unpaired_block(comparison: Comparison) -> None:
    entries = reading_order(comparison, with_cruft=True)
    pairs = sorted(e.index for e in entries if e.kind is EntryKind.PAIR)
    assert pairs == list(range(len(comparison.pairs)))
    for side, doc in (("LEFT", comparison.left), ("RIGHT", comparison.right)):
        paired = {b for p in comparison.pairs for b in getattr(p, side.lower())}
        alone = sorted(e.index for e in entries if e.kind.name.startswith(side))
        assert alone == sorted(b.id for b in doc.blocks if b.id not in paired)
