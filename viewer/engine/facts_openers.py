"""Whether a capitalised word opening a sentence is a name: the evidence around it.

A sentence's first word is capitalised whatever it is, so facts_names takes it for a name
only on evidence: the pair writes it capitalised mid-sentence too (``KnownNames``), or,
read here, a speech verb follows it ("Biden said", "Сирський заявив"), a possessive
follows it ("Argentina's central bank"), or it opens a longer name ("North Korea").
"""

from __future__ import annotations

import re

from viewer.engine.facts_cyrillic import CYRILLIC_SOURCE_HEADS, CYRILLIC_SPEECH_VERBS, has_cyrillic
from viewer.engine.facts_lexicon import (
    MONTHS,
    QUANTIFIERS,
    SPEECH_VERBS,
    STOP,
    WEEKDAYS,
    alternation,
)
from viewer.engine.facts_source_words import SOURCE_HEADS

__all__ = ["JOINERS", "names_a_speaker", "opens_a_longer_name", "possessive_name"]

JOINERS = "’'-_"
_DAYS_AND_MONTHS = frozenset(MONTHS) | frozenset(WEEKDAYS)

# One capitalised word opening a sentence names the speaker when a speech verb follows it
# ("Biden said", "Reuters reported"), unless it is a common word ("Sources said").
_SPEAKER_VERB = re.compile(
    rf"[ \u00a0]+(?:{alternation({*SPEECH_VERBS, *CYRILLIC_SPEECH_VERBS})})\b"
)
_POSSESSIVE_WORD = re.compile(r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:['’]s\b|(?<=s)['’](?!\w))")
_NOT_POSSESSORS = frozenset(
    "today yesterday tomorrow tonight everyone everybody nobody somebody someone anyone one "
    "women men children people let year week month day world nation country city".split()
)
_COMMON_OPENERS = (
    STOP
    | frozenset(SOURCE_HEADS)
    | frozenset(w for q in QUANTIFIERS for w in q.split())
    | frozenset("everyone nobody somebody someone people others critics".split())
    | frozenset(CYRILLIC_SOURCE_HEADS)
    | frozenset("він вона воно вони она оно они это це також также".split())
    # Ukrainian and Russian function words that open a sentence before a speech verb ("Як
    # повідомило джерело", "Как сообщил"): no speaker
    | frozenset(
        "як как що что так але но а і и та й про по за коли когда де где хто кто тому "
        "потому вже уже ще еще всі все цей этот той тот там тут".split()
    )
    # Prepositions that open a sentence before a name ("Крім Гордієнка", "Кроме Иванова",
    # "Despite Moscow's denials"): never part of it, so "Окрім Гордієнка" names him too
    | frozenset(
        "в у з із зі с со во из на до від от під под при після после перед через серед "
        "среди для без біля около між между поміж проти против крім окрім кроме помимо "
        "попри незважаючи несмотря згідно согласно щодо завдяки благодаря навколо вокруг".split()
    )
    | frozenset(
        "among amid amidst despite except besides beside unlike against across toward "
        "towards upon within throughout following including regarding concerning".split()
    )
)


# A capitalised word before "-based" or "-born" names a place: "Guangzhou-based", and so
# does a city before its state or country there: "Dallas, Texas-based".
_PLACE_COMPOUND = re.compile(
    r"[A-Z][a-z]+(?:,[ \u00a0][A-Z][a-z]+)?-(?:based|born|headquartered)\b"
)


def possessive_name(text: str, start: int) -> bool:
    """Whether a word opening a sentence is a name by its possessive ("Argentina's central
    bank", "Siemens' shares") or by the place compound it opens ("Guangzhou-based"):
    common words take an article first ("The bank's"), save a few ("Today's",
    "Everyone's", "Women's") and contractions ("It's", "That's")."""
    if _PLACE_COMPOUND.match(text, start):
        return True  # "Guangzhou-based developer": where a company sits, named
    found = _POSSESSIVE_WORD.match(text, start)
    if found is None:
        return False
    low = found[1].lower()
    return low not in _NOT_POSSESSORS and low not in _COMMON_OPENERS and low not in _DAYS_AND_MONTHS


def names_a_speaker(text: str, start: int, frag: str) -> bool:
    """Whether a one-word run opening a sentence is the name of who says something."""
    return (
        " " not in frag
        and frag.lower() not in _COMMON_OPENERS
        and _SPEAKER_VERB.match(text, start + len(frag)) is not None
    )


# An acronym right after the first word of a run: two to six capitals, a word of its own.
_PLURAL_ENDS = ("и", "і", "ы")
_ACRONYM_NEXT = re.compile(r"[ \u00a0]+[А-ЯЁЄІЇҐA-Z]{2,6}(?![\w'’])")


def opens_a_longer_name(text: str, frag: str, first: str) -> bool:
    """Whether the first word of a run of several opening a sentence belongs to the name.

    "Wall Street", "North Korea", "New York" open sentences whole; a common word does not
    ("On Monday", "Both Russia"), nor a word for who says something ("Experts", "Аналітики"),
    nor one the text also writes in lower case.
    """
    low = first.lower()
    if " " not in frag or low in _COMMON_OPENERS:
        return False
    if low in SOURCE_HEADS or low in CYRILLIC_SOURCE_HEADS:
        return False  # "Експерти Центру Разумкова": experts of the centre, not a name
    if has_cyrillic(first) and low.endswith(_PLURAL_ENDS) and _ACRONYM_NEXT.match(frag, len(first)):
        # "Рятувальники ДСНС", "Сотрудники ФСБ": people of the body (a plural), where a
        # name's later words are lower case ("Національний банк"); "Матч УПЛ" stays whole
        return False
    i = text.find(low)
    while i >= 0:
        j = i + len(low)
        if (i == 0 or not _joins(text[i - 1])) and (j == len(text) or not _joins(text[j])):
            return False  # written in lower case too: a common word
        i = text.find(low, j)
    return True


def _joins(char: str) -> bool:
    return char.isalnum() or char in JOINERS
