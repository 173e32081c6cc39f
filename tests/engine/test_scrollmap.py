"""Pane-to-pane scroll mapping: piecewise-linear between monotone anchors."""

import doctest

import pytest
from hypothesis import given
from hypothesis import strategies as st

from viewer.engine import scrollmap
from viewer.engine.scrollmap import ScrollMap, build_scroll_map, linear_scale, monotone_chain


def test_doctests() -> None:
    assert doctest.testmod(scrollmap).failed == 0


@pytest.mark.parametrize(
    ("value", "segment", "expected"),
    [
        (0, (0, 10, 0, 100), 0.0),
        (10, (0, 10, 0, 100), 100.0),
        (2.5, (0, 10, 100, 140), 110.0),
        (7, (7, 7, 30, 90), 30.0),  # zero-length source segment maps to its start
        (4, (0, 8, 50, 50), 50.0),  # zero-length target segment
    ],
)
def test_linear_scale(value: float, segment: tuple[float, ...], expected: float) -> None:
    assert linear_scale(value, *segment) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("points", "expected"),
    [
        ([], []),
        ([(1, 1)], [(1, 1)]),
        ([(0, 0), (1, 9), (2, 1), (3, 2)], [(0, 0), (2, 1), (3, 2)]),
        ([(3, 3), (1, 1), (2, 2)], [(1, 1), (2, 2), (3, 3)]),
        ([(0, 0), (1, 1), (1, 1), (2, 2)], [(0, 0), (1, 1), (1, 1), (2, 2)]),
        ([(0, 5), (1, 4), (2, 3)], [(2, 3)]),
    ],
)
def test_monotone_chain(
    points: list[tuple[float, float]], expected: list[tuple[float, float]]
) -> None:
    assert monotone_chain(points) == expected


@pytest.mark.parametrize(
    ("anchors", "extents", "probe", "left_to_right"),
    [
        ([], (100, 200), 50, 100.0),  # no anchors: the whole range scales
        ([(100, 300)], (200, 400), 50, 150.0),
        ([(100, 300)], (200, 400), 100, 300.0),
        ([(100, 300)], (200, 400), 150, 350.0),
        # A moved paragraph's anchor (back to 20 on the right) is dropped, not folded in.
        ([(50, 60), (60, 70), (80, 20), (120, 130)], (200, 200), 100, 110.0),
        # Paragraph only on the right (right 100..160): the left pane stands still.
        ([(100, 100), (100, 160)], (200, 260), 150, 210.0),
        ([(500, 10)], (200, 200), 100, 100.0),  # out-of-range anchor ignored
    ],
)
def test_left_to_right(
    anchors: list[tuple[float, float]],
    extents: tuple[float, float],
    probe: float,
    left_to_right: float,
) -> None:
    assert build_scroll_map(anchors, *extents).left_to_right(probe) == pytest.approx(left_to_right)


def test_one_sided_paragraph_is_scrolled_through_on_its_own_side() -> None:
    m = build_scroll_map([(100, 100), (100, 160)], 200, 260)
    assert [m.right_to_left(y) for y in (100, 130, 160, 200)] == [100.0, 100.0, 100.0, 140.0]


def test_clamps_outside_the_range() -> None:
    m = build_scroll_map([(10, 20)], 100, 50)
    assert (m.left_to_right(-5), m.left_to_right(1e9)) == (0.0, 50.0)
    assert (m.right_to_left(-5), m.right_to_left(1e9)) == (0.0, 100.0)


def test_rejects_mismatched_anchor_lists() -> None:
    with pytest.raises(ValueError):
        ScrollMap((0.0, 1.0), (0.0,))


coords = st.floats(min_value=0, max_value=10_000, allow_nan=False)


@given(st.lists(st.tuples(coords, coords), max_size=40), coords, coords)
def test_map_is_monotone_and_keeps_its_end_points(
    anchors: list[tuple[float, float]], left_extent: float, right_extent: float
) -> None:
    m = build_scroll_map(anchors, left_extent, right_extent)
    assert list(m.left) == sorted(m.left) and list(m.right) == sorted(m.right)
    assert (m.left[0], m.right[0], m.left[-1], m.right[-1]) == (
        0.0,
        0.0,
        left_extent,
        right_extent,
    )
    probes = sorted({0.0, left_extent / 3, left_extent / 2, left_extent, *m.left})
    mapped = [m.left_to_right(y) for y in probes]
    assert mapped == sorted(mapped)
    assert all(0.0 <= y <= right_extent for y in mapped)


@given(st.lists(st.tuples(coords, coords), max_size=40))
def test_kept_anchors_map_onto_each_other(anchors: list[tuple[float, float]]) -> None:
    m = build_scroll_map(anchors, 10_000, 10_000)
    for a, b in zip(m.left, m.right, strict=True):
        # An anchor sharing its left position with a later one maps to the later one.
        if m.left.count(a) == 1:
            assert m.left_to_right(a) == pytest.approx(b)
