"""A speaker told by nationality points back to a person (facts_demonyms)."""

from __future__ import annotations

import pytest

from viewer.engine.facts_countries import DEMONYMS
from viewer.engine.facts_demonyms import told_by_nationality
from viewer.engine.facts_numbers import Item
from viewer.engine.model import FlagKind


def _source(text: str, word: str) -> Item:
    start = text.index(word)
    return Item(FlagKind.ATTRIBUTION, start, start + len(word), word, ("name", (word,), ()))


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ('"I was better," the Russian said.', "Russian", True),
        ('"I was better," the Spaniard said.', "Spaniard", True),
        ('"I was better," The Briton said.', "Briton", True),
        ('"I was better," Russian said.', "Russian", False),  # no "the": a name
        ('"I was better," the Kremlin said.', "Kremlin", False),  # a body, no nationality
        ('"I was better," the Taliban said.', "Taliban", False),
        ('"We will act," the French said.', "French", False),  # a people, not one person
        ('"I was better," the Serbian said.', "Serbian", True),
    ],
)
def test_a_nationality_after_the_describes_a_speaker(text: str, word: str, expected: bool):
    assert told_by_nationality(text, _source(text, word)) is expected


def test_the_demonyms_are_lower_case_single_words() -> None:
    assert all(w.islower() and w.isalpha() for w in DEMONYMS)
