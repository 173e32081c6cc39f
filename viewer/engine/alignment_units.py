"""TF-IDF units of sentences and paragraphs, and the pairs of them worth a cosine.

Long articles find their candidates in an inverted index of each unit's rarest terms and
term pairs, so the work grows with the text, not with its square; articles of a usual
length compare every pair that shares a term, so swapping them finds the same pairs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from viewer.engine.similarity import (
    TermVector,
    cosine,
    document_frequencies,
    inverse_frequencies,
    weigh,
)

if TYPE_CHECKING:
    from viewer.engine.alignment import AlignmentParams

__all__ = ["Best", "Unit", "best_partners", "similar_pairs", "unit_vectors"]


@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence or a paragraph as weighted terms: its block, vector and lookup keys."""

    block: int
    vector: TermVector
    keys: frozenset[str]


def unit_vectors(
    left: list[tuple[int, list[str]]],
    right: list[tuple[int, list[str]]],
    population: list[tuple[int, list[str]]] | None = None,
    pairs: bool = True,
) -> tuple[list[Unit], list[Unit]]:
    """TF-IDF units; IDF comes from ``population`` (default: both sides' units)."""
    idf = inverse_frequencies(*document_frequencies(u for _, u in (population or left + right)))
    keys = _keys if pairs else set

    def make(units: list[tuple[int, list[str]]]) -> list[Unit]:
        return [Unit(b, weigh(u, idf), frozenset(keys(u))) for b, u in units]

    return make(left), make(right)


def _keys(terms_: list[str]) -> set[str]:
    """Lookup keys of a unit: its terms and its adjacent term pairs (far rarer in big texts)."""
    return set(terms_) | {f"{a} {b}" for a, b in pairwise(terms_)}


def similar_pairs(
    left: list[Unit],
    right: list[Unit],
    params: AlignmentParams,
    skip_left: AbstractSet[int] = frozenset(),
    skip_right: AbstractSet[int] = frozenset(),
    max_cap: int | None = None,
) -> dict[tuple[int, int], float]:
    """Cosines of each unit with its most promising units on the other side.

    Candidates share one of the unit's rarest lookup keys (a term or a pair of adjacent
    terms); the ``candidates_per_unit`` with most shared keys get an exact cosine. The
    cost grows with the text, not with the number of unit pairs. Articles of a usual
    length are compared pair by pair (``exhaustive_pairs``), so swapping them finds the
    same pairs; a long one's candidates are sought from its left side.
    """
    n = len(left) + len(right)
    ceiling = params.max_key_cap if max_cap is None else max_cap
    cap = max(params.min_key_cap, min(ceiling, int(params.common_term_share * n)))
    if len(left) * len(right) <= params.exhaustive_pairs:
        found = {
            (i, j)
            for i in range(len(left))
            if i not in skip_left
            for j in range(len(right))
            if j not in skip_right and left[i].keys & right[j].keys
        }
    else:
        found = _candidates(left, right, skip_left, skip_right, cap, params)
    sims: dict[tuple[int, int], float] = {}
    for i, j in sorted(found):
        s = cosine(left[i].vector, right[j].vector)
        if s >= params.candidate_floor:
            sims[i, j] = s
    return sims


def _candidates(
    units: list[Unit],
    others: list[Unit],
    skip: AbstractSet[int],
    skip_others: AbstractSet[int],
    cap: int,
    params: AlignmentParams,
) -> set[tuple[int, int]]:
    """Each unit's most promising partners among ``others``, as (unit, other) pairs."""
    index: dict[str, list[int]] = defaultdict(list)
    for j, unit in enumerate(others):
        if j in skip_others:
            continue
        for key in unit.keys:
            index[key].append(j)
    found: set[tuple[int, int]] = set()
    for i, unit in enumerate(units):
        if i in skip:
            continue
        hits: dict[int, int] = defaultdict(int)
        # Sorted with the key itself as tie-breaker: results never depend on hash order.
        lists = sorted(
            (len(p), key) for key in unit.keys if (p := index.get(key)) and len(p) <= cap
        )[: params.lookup_keys]
        for _, key in lists:
            for j in index[key]:
                hits[j] += 1
        top = sorted(hits, key=lambda j: (-hits[j], j))[: params.candidates_per_unit]
        found.update((i, j) for j in top)
    return found


@dataclass(frozen=True, slots=True)
class Best:
    """Each unit's best partner and score, on both sides."""

    left: dict[int, tuple[float, int]]
    right: dict[int, tuple[float, int]]

    def mutual(self, i: int, j: int) -> bool:
        return self.left[i][1] == j and self.right[j][1] == i

    def near_best(self, i: int, j: int, s: float, ratio: float, both: bool = False) -> bool:
        """Whether s is close to the best score of one end of the link (or of both ends)."""
        pick = max if both else min
        return s >= ratio * pick(self.left[i][0], self.right[j][0])


def best_partners(sims: dict[tuple[int, int], float]) -> Best:
    """Best partner of every unit on each side."""
    best_l: dict[int, tuple[float, int]] = {}
    best_r: dict[int, tuple[float, int]] = {}
    for (i, j), s in sims.items():
        if s > best_l.get(i, (-1.0, -1))[0]:
            best_l[i] = (s, j)
        if s > best_r.get(j, (-1.0, -1))[0]:
            best_r[j] = (s, i)
    return Best(best_l, best_r)
