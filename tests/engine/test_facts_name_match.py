"""Whether two names name one entity: stems, initials, held words, and surnames alike."""

from __future__ import annotations

import pytest

from viewer.engine.facts_name_match import names_equivalent
from viewer.engine.facts_names import name_key


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Russia", "Russian", True),  # words compare by stem
        ("Donald Trump", "Trump", True),  # one name held in the other
        ("World Health Organization", "WHO", True),  # initials
        ("North Korea", "South Korea", False),  # one shared word is not enough
        ("Bill Clinton", "Hillary Clinton", False),
        ("Japan", "Japan Meteorological Agency", False),  # a place inside a body's name
        ("Volodymyr Zelensky", "Volodymyr Zelenskiy", True),  # a transliteration
        ("Peter Szijjarto", "Peter Szijjártó", True),  # accents
        ("Marta Kowalczyk", "Marta Kowalczik", True),  # a letter spelled otherwise
        ("Dr. Marta Kowalczyk", "Dr Marta Kowalska", False),  # another surname, alike at first
        ("Marta Kowalczyk", "Marta Kowalska", False),
        ("Kenya's President William Ruto", "William Ruto of Kenya", True),
    ],
)
def test_names_equivalent(a: str, b: str, same: bool) -> None:
    ka, kb = name_key(a), name_key(b)
    assert names_equivalent(ka, kb) is same
    assert names_equivalent(kb, ka) is same
