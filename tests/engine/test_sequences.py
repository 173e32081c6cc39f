"""longest_increasing: the agreed order of anchors, strict or allowing equal neighbours."""

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from viewer.engine.sequences import longest_increasing


@pytest.mark.parametrize(
    ("values", "strict", "expected"),
    [
        ([], True, []),
        ([7], True, [0]),
        ([3, 1, 2, 5, 4], True, [1, 2, 4]),
        ([1, 2, 3], True, [0, 1, 2]),
        ([3, 2, 1], True, [2]),
        ([1, 1, 2], True, [1, 2]),
        ([1, 1, 2], False, [0, 1, 2]),
        ([0.5, 0.25, 0.75, 0.75], False, [1, 2, 3]),
    ],
)
def test_longest_increasing(values, strict, expected):
    assert longest_increasing(values, strict=strict) == expected


def _longest_by_brute_force(values: list[int], strict: bool) -> int:
    best = [1] * len(values)
    for i in range(len(values)):
        for j in range(i):
            if values[j] < values[i] or (not strict and values[j] == values[i]):
                best[i] = max(best[i], best[j] + 1)
    return max(best, default=0)


@given(st.lists(st.integers(0, 20), max_size=40), st.booleans())
def test_a_longest_run_that_really_increases(values, strict):
    run = longest_increasing(values, strict=strict)
    picked = [values[i] for i in run]
    assert run == sorted(run)
    assert all(a < b if strict else a <= b for a, b in pairwise(picked))
    assert len(run) == _longest_by_brute_force(values, strict)
