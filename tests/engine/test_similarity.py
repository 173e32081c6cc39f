"""Lexical similarity: terms, TF-IDF weights, cosine and containment."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from viewer.engine.similarity import (
    containment,
    cosine,
    document_frequencies,
    inverse_frequencies,
    terms,
    weigh,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. talks were held in Geneva", ["US", "talk", "held", "genev"]),
        ("Fourteen aftershocks", ["14", "after"]),
        ("14 aftershocks", ["14", "after"]),
        ("forty-one people", ["40", "1", "peopl"]),
        ("said the NATO official", ["NATO", "offic"]),
        ("adviser advisor", ["advis", "advis"]),
        ("Переговори у Женеві", ["перег", "женев"]),
        ("a I of", []),
    ],
    ids=[
        "acronym",
        "number-word",
        "digits",
        "hyphened",
        "stopwords",
        "variants",
        "ukrainian",
        "nothing",
    ],
)
def test_terms(text: str, expected: list[str]) -> None:
    assert terms(text) == expected


def _vectors(*units: list[str]) -> list[dict[str, float]]:
    idf = inverse_frequencies(*document_frequencies(units))
    return [weigh(u, idf) for u in units]


def test_shared_rare_terms_weigh_more_than_common_ones() -> None:
    a, b, c, d = _vectors(
        ["geneva", "talk", "minist"], ["geneva", "talk", "offic"], ["talk", "vote"], ["talk"]
    )
    assert cosine(a, b) > cosine(a, c) > 0
    assert math.isclose(cosine(a, a), 1.0)
    assert cosine(c, d) > 0


def test_containment_is_asymmetric() -> None:
    part, whole = _vectors(["geneva", "talk"], ["geneva", "talk", "vote", "minist", "offic"])
    assert math.isclose(containment(part, whole), 1.0)
    assert containment(whole, part) < 1.0
    assert containment({}, whole) == 0.0


words = st.lists(st.sampled_from(["geneva", "talk", "vote", "minist", "offic", "14"]), max_size=8)


@given(words, words)
def test_cosine_is_symmetric_and_bounded(a: list[str], b: list[str]) -> None:
    va, vb = _vectors(a, b)
    assert math.isclose(cosine(va, vb), cosine(vb, va))
    assert -1e-9 <= cosine(va, vb) <= 1 + 1e-9


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fell 0.6 percent to $1.2380", ["fell", "06", "perce", "12380"]),
        ("dropped 0.6% to $1.2380", ["drop", "06", "perce", "12380"]),
        ("about 1,500 people", ["1500", "peopl"]),
        ("Fourteen aftershocks, 14 in all", ["14", "after", "14"]),
    ],
)
def test_figures_are_whole_terms_and_percent_is_one_word(text: str, expected: list[str]) -> None:
    """A decimal was two pieces ("0.6" lost, "$1.2380" became "2380"), so a retold market
    paragraph shared no figure with its source."""
    assert terms(text) == expected
