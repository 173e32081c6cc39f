"""The longest increasing run of a sequence: the order two articles agree on."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

__all__ = ["longest_increasing"]


def longest_increasing(values: Sequence[float], *, strict: bool = True) -> list[int]:
    """Indices of a longest increasing subsequence of ``values`` (patience sorting).

    O(n log n), so it serves thousands of paragraph anchors. ``strict=False`` allows equal
    neighbours (scroll anchors may share a position; paragraph anchors never do). Of
    several longest runs, the one ending at the latest smallest tail is returned.

    >>> longest_increasing([3, 1, 2, 5, 4])
    [1, 2, 4]
    >>> longest_increasing([1, 1, 2], strict=False)
    [0, 1, 2]
    """
    place = bisect_left if strict else bisect_right
    tails: list[float] = []  # smallest tail value of a run of each length
    tail_index: list[int] = []
    parent = [-1] * len(values)
    for i, v in enumerate(values):
        k = place(tails, v)
        if k == len(tails):
            tails.append(v)
            tail_index.append(i)
        else:
            tails[k] = v
            tail_index[k] = i
        parent[i] = tail_index[k - 1] if k else -1
    run: list[int] = []
    i = tail_index[-1] if tail_index else -1
    while i >= 0:
        run.append(i)
        i = parent[i]
    run.reverse()
    return run
