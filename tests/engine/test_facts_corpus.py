"""Fact flags on 9,195 small news pairs written apart from the rules: each kind, both ways.

``data/fact_cases.json`` holds single sentences for every kind and form the rules claim
(digits and words, currencies, units, ordinals, dates in many formats, names with titles
and acronyms, straight and curly quotes, sources, hedges) and whole paragraphs rewritten
the way wire copy is, with one fact change or none. ``expect`` lists the kinds that must be
flagged (none: no flag at all); ``only`` says no other kind may be; ``not_kind`` names
the one kind that must not flag (a claim of docs/fact-flags.md about that kind, checked
case by case: the ``doc-`` cases, with the ``claim`` they check). Cases the finder does
not handle yet carry a ``limit``: they are strict expected failures, so fixing one fails
the suite until its ``limit`` is removed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from viewer.engine.facts import find_flags
from viewer.engine.worddiff import word_changes

CASES = json.loads((Path(__file__).parent / "data" / "fact_cases.json").read_text("utf-8"))


def _params() -> list:
    out = []
    for case in CASES:
        for swap in (False, True):
            marks = (
                [pytest.mark.xfail(strict=True, reason=case["limit"])] if "limit" in case else []
            )
            out.append(
                pytest.param(case, swap, id=f"{case['id']}-{'RL' if swap else 'LR'}", marks=marks)
            )
    return out


@pytest.mark.parametrize(("case", "swap"), _params())
def test_fact_case(case: dict, swap: bool) -> None:
    left, right = (case["right"], case["left"]) if swap else (case["left"], case["right"])
    found = find_flags(left, right, word_changes(left, right))
    kinds = {f.kind.value for f in found}
    notes = [f.note for f in found]
    if "not_kind" in case:  # a claim about one kind: another may flag the same change
        assert case["not_kind"] not in kinds, notes
    elif not case["expect"]:
        assert not found, notes
    elif case["only"]:
        assert kinds == set(case["expect"]), notes
    else:
        assert kinds & set(case["expect"]), notes


def test_the_corpus_covers_every_kind_both_ways_and_clean_rewrites() -> None:
    expected = {k for case in CASES for k in case["expect"]}
    assert expected == {"number", "date", "name", "quote", "attribution", "certainty"}
    assert sum(1 for case in CASES if not case["expect"]) >= 100
    assert len({case["id"] for case in CASES}) == len(CASES)
