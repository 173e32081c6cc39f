"""Whether two names name one entity: stems, initials, held words, and surnames alike."""

from __future__ import annotations

import pytest

from viewer.engine.facts_name_match import name_buckets, names_equivalent, spells
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
        ("Centers for Disease Control", "CDC", True),  # "for" gives no letter
        ("Державна служба з надзвичайних ситуацій", "ДСНС", True),  # nor does "з"
        ("Министерство по чрезвычайным ситуациям", "МЧС", True),  # nor "по"
        ("Centers for Disease Control", "CFDC", True),  # unless the acronym takes it
        ("Centers for Disease Control", "FDA", False),
        ("Служба безпеки України", "ДСНС", False),
    ],
)
def test_names_equivalent(a: str, b: str, same: bool) -> None:
    ka, kb = name_key(a), name_key(b)
    assert names_equivalent(ka, kb) is same
    assert names_equivalent(kb, ka) is same

    if same:  # names that may be one share a bucket, so they are ever compared
        assert set(name_buckets(ka)) & set(name_buckets(kb))


@pytest.mark.parametrize(
    ("letters", "words", "spelled"),
    [
        ("who", "world health organization", True),
        ("bcb", "banco central do brasil", True),  # a connector of names
        ("gm", "general motors", True),
        ("упл", "українська прем'єр-ліга", True),  # a hyphenated word gives two
        ("нбу", "національний банк україни", True),
        ("дснс", "державна служба з надзвичайних ситуацій", True),
        ("мчс", "министерство по чрезвычайным ситуациям", True),
        ("cdc", "centers for disease control", True),
        ("cfdc", "centers for disease control", True),  # the acronym spells "for"
        ("nbu", "national bank", False),  # too many letters
        ("cd", "centers for disease control", False),  # too few
        ("dcd", "centers for disease control", False),  # out of order
    ],
)
def test_spells(letters: str, words: str, spelled: bool) -> None:
    assert spells(letters, words.split()) is spelled
