"""Names an acronym on the other side spells out: lower-case inner words, words after."""

from __future__ import annotations

import pytest

from viewer.engine.facts_acronyms import spell_out_acronyms
from viewer.engine.facts_claims import extract_attributions
from viewer.engine.facts_cyrillic_claims import cyrillic_sources, cyrillic_speakers
from viewer.engine.facts_names import extract_names
from viewer.engine.facts_scan import Scan
from viewer.engine.model import FlagKind


def _facts(text: str) -> dict:
    """Names and sources of ``text``, names that say something counted as sources only."""
    scan = Scan(text)
    names = extract_names(scan, frozenset())
    sources = (
        extract_attributions(scan, names) + cyrillic_sources(scan) + cyrillic_speakers(scan, names)
    )
    spans = {(z.start, z.end) for z in sources}
    return {
        FlagKind.NAME: [n for n in names if (n.start, n.end) not in spans],
        FlagKind.ATTRIBUTION: sources,
    }


def _texts(facts: dict) -> set[tuple[str, str]]:
    return {(kind.value, x.text) for kind, items in facts.items() for x in items}


@pytest.mark.parametrize(
    ("text", "other", "grown"),
    [
        # lower-case inner words, the capitalised place last
        (
            "Національний банк України у четвер залишив ставку.",
            "НБУ у четвер залишив ставку.",
            {("name", "Національний банк України")},
        ),
        # a source opening the name, the words after it lower-case
        (
            "Об этом сообщила Федеральная служба безопасности.",
            "Об этом сообщила ФСБ.",
            {("attribution", "Федеральная служба безопасности")},
        ),
        # a source inside the grown name becomes the whole name ("Служба" said it)
        (
            "Про це повідомила Служба безпеки України у п'ятницю.",
            "Про це повідомила СБУ.",
            {("attribution", "Служба безпеки України")},
        ),
        # joining words are no initials (the run holds them already: nothing to grow)
        (
            "It was announced by the Banco Central do Brasil on Wednesday.",
            "The BCB said so.",
            {("name", "Banco Central do Brasil")},
        ),
    ],
)
def test_a_name_grows_into_what_the_acronym_abbreviates(
    text: str, other: str, grown: set[tuple[str, str]]
) -> None:
    facts = _facts(text)
    spell_out_acronyms(facts, text, _facts(other), other)
    assert _texts(facts) >= grown
    for kind, items in facts.items():
        for x in items:
            assert text[x.start : x.end] == x.text, kind  # spans still say their text


@pytest.mark.parametrize(
    ("text", "other"),
    [
        # not these initials
        ("Національний банк України у четвер залишив ставку.", "СБУ у четвер залишила ставку."),
        # an acronym that is a name of its own; "The BJP" is no spelling of "BJP"
        ("The BJP defeated the Congress in Madhya Pradesh.", "The Congress defeated the BJP."),
        # a phrase holding an acronym spells none: "US and States" is no "US"
        ("The US and States delegations met in Riyadh.", "The US and Russian delegations met."),
        # no acronym on the other side
        ("Національний банк України у четвер залишив ставку.", "Нацбанк залишив ставку."),
    ],
)
def test_nothing_grows_without_an_acronym_it_spells(text: str, other: str) -> None:
    facts = _facts(text)
    before = _texts(facts)
    spell_out_acronyms(facts, text, _facts(other), other)
    assert _texts(facts) == before
