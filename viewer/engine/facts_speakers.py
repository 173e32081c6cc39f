"""The titles an article gives a speaker it names: "Tusk said" is "the prime minister said".

A named source is compared with a source phrase by the titles it carries ("Foreign Minister
Sergei Lavrov" / "the foreign minister", facts_claims). A speaker named alone carries none,
but the article gave them their titles elsewhere, often in another paragraph.
"""

from __future__ import annotations

import re
from functools import lru_cache

from viewer.engine.facts_context import lowered, whole_word_places
from viewer.engine.facts_lexicon import TITLES
from viewer.engine.facts_numbers import Item
from viewer.engine.facts_source_words import SOURCE_HEADS

__all__ = ["document_titles", "with_document_titles"]

_TITLES_BEFORE = re.compile(
    r"\b((?:(?:former|ex-|vice|deputy|prime|foreign|defen[cs]e|chief|interior|finance)"
    r"[ \u00a0]*)*(?:president|minister|chancellor|senator|governor|mayor|king|queen|general"
    r"|secretary|spokes(?:man|woman|person)|leader|premier|judge|archbishop|bishop|cardinal))"
    r"(?:[ \u00a0]+of[ \u00a0]+[\w'’.-]+,)?[ \u00a0]+"  # "the Archbishop of Canterbury, Justin"
    r"((?:[\w'’.-]+[ \u00a0]+){0,2}"
    r"(?:(?:von|van|der|den|de|da|di|du|dos|la|le|al|bin|ibn)[ \u00a0]+){0,2})$"  # "von der"
)
_FIRST_NAME_BEFORE = re.compile(r"([A-Z][\w'’-]+)[ \u00a0]+$")
# Capitalised words right before a title say whose title it is ("European Commission
# President Ursula von der Leyen": "the European Commission president said").
_BODY_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]*[ \u00a0]+){1,3})$")
_MAX_MENTIONS = 200  # mentions of a surname looked at for its titles


@lru_cache(maxsize=2048)
def document_titles(document: str, name: tuple[str, ...]) -> frozenset[str]:
    """The titles an article gives a speaker anywhere ("tusk": prime, minister).

    A speaker named alone ("Tusk said") is the same source as the title the article gave
    them elsewhere ("Prime Minister Donald Tusk"; "the prime minister said"), even in
    another paragraph. Only a title they hold: not a past one ("Former Prime Minister"), and
    not a namesake's ("President Lech Kaczynski" is not "Jaroslaw Kaczynski"); a surname
    the article gives two first names is left alone.
    """
    surname, first = name[-1], name[-2] if len(name) > 1 else None
    low = lowered(document)
    titles: set[str] = set()
    firsts: set[str] = set()
    for at in whole_word_places(document, surname, limit=_MAX_MENTIONS):
        before = _FIRST_NAME_BEFORE.search(document, max(0, at - 30), at)
        mention_first = before.group(1).lower() if before else None
        if mention_first is not None and mention_first not in TITLES:
            firsts.add(mention_first)
        m = _TITLES_BEFORE.search(low, max(0, at - 60), at)
        if m is None or "former" in m.group(1) or "ex-" in m.group(1):
            continue  # no title there, or a past one
        if first is None or mention_first in (None, first):
            titles.update(w for w in m.group(1).split() if w in TITLES or w in SOURCE_HEADS)
            body = _BODY_BEFORE.search(document, max(0, m.start(1) - 40), m.start(1))
            if body is not None:
                titles.update(w.strip(".").lower() for w in body.group(1).split())
    if first is None and len(firsts) > 1:
        return frozenset()  # two people of one surname: which one speaks is not known
    return frozenset(titles)


def with_document_titles(source: Item, document: str) -> Item:
    """A named source with no title of its own, given the titles its article gives it."""
    if source.key[0] != "name" or source.key[2] or not source.key[1]:
        return source
    titles = document_titles(document, tuple(source.key[1]))
    if not titles:
        return source
    return source._replace(key=(*source.key[:2], titles))
