"""Units and the pairs of them worth a cosine (alignment_units)."""

from __future__ import annotations

import pytest

from viewer.engine.alignment import AlignmentParams
from viewer.engine.alignment_units import best_partners, similar_pairs, unit_vectors
from viewer.engine.similarity import terms

_LEFT = [
    "The minister said the bridge would reopen on Friday after repairs.",
    "Repairs to the damaged pillar will cost 25 million, the road service estimated.",
    "Residents complained about the detour through the industrial zone.",
]
_RIGHT = [
    "Repairs will cost about 25 million, according to the road service.",
    "The bridge reopens on Friday, the minister said.",
    "A new detour runs through the industrial zone, angering residents.",
]


def _units(texts: list[str]) -> list[tuple[int, list[str]]]:
    return [(i, terms(t)) for i, t in enumerate(texts)]


@pytest.mark.parametrize("exhaustive", [2500, 0], ids=["pair-by-pair", "index"])
def test_each_paragraph_finds_its_retelling(exhaustive: int) -> None:
    params = AlignmentParams(exhaustive_pairs=exhaustive)
    left, right = unit_vectors(_units(_LEFT), _units(_RIGHT))
    best = best_partners(similar_pairs(left, right, params))
    assert {i: j for i, (_, j) in best.left.items()} == {0: 1, 1: 0, 2: 2}


def test_short_articles_give_the_same_pairs_both_ways_round() -> None:
    params = AlignmentParams()
    left, right = unit_vectors(_units(_LEFT), _units(_RIGHT))
    there = similar_pairs(left, right, params)
    back = similar_pairs(right, left, params)
    assert there == {(i, j): s for (j, i), s in back.items()}


def test_units_that_share_no_term_get_no_cosine() -> None:
    left, right = unit_vectors(_units(["Floods hit the valley."]), _units(["Markets rallied."]))
    assert similar_pairs(left, right, AlignmentParams()) == {}
