"""Next/previous difference and one-sided paragraph follow the reading order."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.builders import make_doc
from viewer.annotations.model import Side
from viewer.engine.model import (
    AlignedPair,
    Change,
    ChangeKind,
    Comparison,
    LinkKind,
    Span,
)
from viewer.ui.navigation import Cursor, Route, Stop, StopKind, is_difference


def _pair(left, right, kind=LinkKind.SAME, moved=False, changes=()) -> AlignedPair:
    similarity = 1.0 if kind is LinkKind.SAME else 0.8
    return AlignedPair(tuple(left), tuple(right), kind, similarity, moved, tuple(changes))


def sample_comparison() -> Comparison:
    """Left L0..L5, right R0..R7; reading order p0 p1 R2 p2 L3 p3 p4 R6.

    p0 L0-R0 identical, p1 L1-R1 reworded, R2 added, p2 L2-R3+R4 split, L3 omitted,
    p3 L4-R7 moved, p4 L5-R5 identical, R6 added below p4.
    """
    left = make_doc("left.txt", [f"Left paragraph {i}." for i in range(6)])
    right = make_doc("right.txt", [f"Right paragraph {i}." for i in range(8)])
    change = Change(
        ChangeKind.REPLACE,
        Span(left.blocks[1].start, left.blocks[1].start + 4, "Left"),
        Span(right.blocks[1].start, right.blocks[1].start + 5, "Right"),
    )
    pairs = (
        _pair([0], [0]),
        _pair([1], [1], LinkKind.REWORDED, changes=[change]),
        _pair([2], [3, 4], LinkKind.REWORDED),
        _pair([4], [7], moved=True),
        _pair([5], [5]),
    )
    return Comparison(left, right, pairs, left_only=(3,), right_only=(2, 6))


P = StopKind.PAIR
READING_ORDER = [
    Stop(P, 0),
    Stop(P, 1),
    Stop(StopKind.RIGHT_ONLY, 2),
    Stop(P, 2),
    Stop(StopKind.LEFT_ONLY, 3),
    Stop(P, 3),
    Stop(P, 4),
    Stop(StopKind.RIGHT_ONLY, 6),
]


def test_reading_order_interleaves_right_only_blocks_by_position() -> None:
    assert list(Route(sample_comparison()).stops) == READING_ORDER


@pytest.mark.parametrize(
    ("start", "backwards", "expected"),
    [
        (None, False, Stop(P, 1)),  # p0 is identical: skipped
        (Stop(P, 0), False, Stop(P, 1)),
        (Stop(P, 1), False, Stop(StopKind.RIGHT_ONLY, 2)),
        (Stop(StopKind.RIGHT_ONLY, 2), False, Stop(P, 2)),
        (Stop(P, 2), False, Stop(StopKind.LEFT_ONLY, 3)),
        (Stop(StopKind.LEFT_ONLY, 3), False, Stop(P, 3)),  # moved counts
        (Stop(P, 3), False, Stop(StopKind.RIGHT_ONLY, 6)),  # p4 is identical: skipped
        (Stop(StopKind.RIGHT_ONLY, 6), False, None),  # no wrap at the end
        (None, True, Stop(StopKind.RIGHT_ONLY, 6)),
        (Stop(StopKind.RIGHT_ONLY, 6), True, Stop(P, 3)),
        (Stop(P, 4), True, Stop(P, 3)),
        (Stop(P, 2), True, Stop(StopKind.RIGHT_ONLY, 2)),
        (Stop(P, 1), True, None),  # no wrap at the start
    ],
)
def test_next_difference(start: Stop | None, backwards: bool, expected: Stop | None) -> None:
    route = Route(sample_comparison())
    position = None if start is None else route.position_of(start)
    found = route.next_difference(position, backwards)
    assert (None if found is None else route.stops[found]) == expected


@pytest.mark.parametrize(
    ("start", "backwards", "expected"),
    [
        (None, False, Stop(StopKind.RIGHT_ONLY, 2)),
        (Stop(StopKind.RIGHT_ONLY, 2), False, Stop(StopKind.LEFT_ONLY, 3)),
        (Stop(StopKind.LEFT_ONLY, 3), False, Stop(StopKind.RIGHT_ONLY, 6)),
        (Stop(StopKind.RIGHT_ONLY, 6), False, None),
        (None, True, Stop(StopKind.RIGHT_ONLY, 6)),
        (Stop(P, 4), True, Stop(StopKind.LEFT_ONLY, 3)),
        (Stop(P, 0), True, None),
    ],
)
def test_next_one_sided(start: Stop | None, backwards: bool, expected: Stop | None) -> None:
    route = Route(sample_comparison())
    position = None if start is None else route.position_of(start)
    found = route.next_one_sided(position, backwards)
    assert (None if found is None else route.stops[found]) == expected


@pytest.mark.parametrize(
    ("side", "block_id", "expected"),
    [
        (Side.LEFT, 2, Stop(P, 2)),
        (Side.RIGHT, 4, Stop(P, 2)),  # second block of a split pair
        (Side.RIGHT, 7, Stop(P, 3)),
        (Side.LEFT, 3, Stop(StopKind.LEFT_ONLY, 3)),
        (Side.RIGHT, 6, Stop(StopKind.RIGHT_ONLY, 6)),
        (Side.RIGHT, 99, None),
    ],
)
def test_stop_for_block(side: Side, block_id: int, expected: Stop | None) -> None:
    assert Route(sample_comparison()).stop_for_block(side, block_id) == expected


def test_right_only_block_before_every_pair_comes_first() -> None:
    left = make_doc("l", ["A.", "B."])
    right = make_doc("r", ["New.", "A.", "B."])
    comparison = Comparison(left, right, (_pair([0], [1]), _pair([1], [2])), (), (0,))
    assert Route(comparison).stops[0] == Stop(StopKind.RIGHT_ONLY, 0)


@pytest.mark.parametrize(
    ("pair", "expected"),
    [
        (_pair([0], [0]), False),
        (_pair([0], [0], moved=True), True),
        (_pair([0], [0], LinkKind.REWORDED), True),
    ],
)
def test_is_difference(pair: AlignedPair, expected: bool) -> None:
    assert is_difference(pair) is expected


@st.composite
def comparisons(draw) -> Comparison:
    """Random monotone-or-moved links between two short documents."""
    n_left = draw(st.integers(0, 8))
    n_right = draw(st.integers(0, 8))
    left_ids = draw(st.permutations(range(n_left)))
    right_ids = draw(st.permutations(range(n_right)))
    n_pairs = draw(st.integers(0, min(n_left, n_right)))
    pairs = tuple(
        _pair([left_ids[i]], [right_ids[i]], moved=draw(st.booleans())) for i in range(n_pairs)
    )
    left = make_doc("l", [f"l{i}" for i in range(n_left)])
    right = make_doc("r", [f"r{i}" for i in range(n_right)])
    return Comparison(
        left, right, pairs, tuple(sorted(left_ids[n_pairs:])), tuple(sorted(right_ids[n_pairs:]))
    )


@given(comparisons())
def test_every_pair_and_one_sided_block_is_one_stop(comparison: Comparison) -> None:
    stops = Route(comparison).stops
    assert len(stops) == len(set(stops))
    assert sorted(s.index for s in stops if s.kind is P) == list(range(len(comparison.pairs)))
    assert [s.index for s in stops if s.kind is StopKind.LEFT_ONLY] == list(comparison.left_only)
    right_only = [s.index for s in stops if s.kind is StopKind.RIGHT_ONLY]
    assert sorted(right_only) == list(comparison.right_only)


@given(comparisons())
def test_walking_forward_then_back_visits_the_same_differences(comparison: Comparison) -> None:
    route = Route(comparison)
    forward, position = [], None
    while (position := route.next_difference(position)) is not None:
        forward.append(position)
    backward, position = [], None
    while (position := route.next_difference(position, backwards=True)) is not None:
        backward.append(position)
    assert forward == backward[::-1]
    assert forward == [i for i, s in enumerate(route.stops) if route.is_difference(s)]


def test_cursor_steps_from_the_clicked_block_and_stops_at_the_end() -> None:
    cursor = Cursor(Route(sample_comparison()))
    cursor.follow_block(Side.RIGHT, 4)  # inside the split pair p2
    assert cursor.step() == Stop(StopKind.LEFT_ONLY, 3)
    assert cursor.step(one_sided=True) == Stop(StopKind.RIGHT_ONLY, 6)
    assert cursor.step() is None
    assert cursor.route.stops[cursor.position] == Stop(StopKind.RIGHT_ONLY, 6)  # stays put
    cursor.follow_pair(1)
    assert cursor.step(backwards=True) is None
    cursor.follow_pair(-1)  # "no current pair" from the view: ignored
    assert cursor.step() == Stop(StopKind.RIGHT_ONLY, 2)
