"""Countries, capitals and nationality words (facts_countries)."""

from __future__ import annotations

import pytest

from viewer.engine.facts_countries import COUNTRY_WORDS, DEMONYMS, capital_for_country


@pytest.mark.parametrize(
    ("x", "y", "expected"),
    [
        ("Beijing", "China", True),
        ("China", "Beijing", True),
        ("Washington", "the United States", True),
        ("Washington", "the U.S.", True),
        ("London", "Britain", True),
        ("London", "England", True),  # one capital of two
        ("Kyiv", "Ukrainian", False),  # "the Ukrainian side" / "Kyiv's allies"
        ("New Delhi", "India", True),
        ("Kiev", "Ukraine", True),
        ("The Hague", "the Netherlands", True),
        ("Moscow", "Minsk", False),  # two capitals
        ("London", "France", False),
        ("Lyon", "France", False),  # a city, not the capital
        ("China", "Japan", False),
    ],
)
def test_a_capital_stands_for_its_country(x: str, y: str, expected: bool) -> None:
    assert capital_for_country(x, y) is expected


@pytest.mark.parametrize(
    ("word", "in_demonyms"),
    [
        ("russian", True),
        ("spaniard", True),
        ("briton", True),
        ("korean", True),
        ("french", False),  # "the French": a people; one of them is a Frenchman
        ("frenchman", True),
        ("spain", False),
    ],
)
def test_demonyms_name_one_person(word: str, in_demonyms: bool) -> None:
    assert (word in DEMONYMS) is in_demonyms


def test_country_words_are_single_lower_case_words() -> None:
    assert all(w == w.lower() and " " not in w for w in COUNTRY_WORDS)
    assert {"japan", "warsaw", "polish", "spaniard"} <= COUNTRY_WORDS
    assert "male" not in COUNTRY_WORDS  # the Maldives' capital is an English word
