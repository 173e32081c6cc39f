"""Year-like digits that count something: "2000 soldiers", "2000 грн", "2000 людей".

"2000" is a year in "in 2000" and "2000 року", and a count before a plural noun, a word of
an amount, or (in Ukrainian and Russian, where a year stands after a preposition or before
a word for a year) any other word.
"""

from __future__ import annotations

import re

from viewer.engine.facts_cyrillic import (
    CYRILLIC_AMOUNT_WORDS,
    CYRILLIC_LETTERS,
)
from viewer.engine.facts_cyrillic_times import (
    CYRILLIC_MONTHS,
    CYRILLIC_YEAR_WORDS,
)
from viewer.engine.facts_lexicon import alternation

__all__ = ["AMOUNT_WORD_AFTER", "year_is_a_count"]

# "2000 грн", "18.05 гривні": digits before a word of an amount are an amount, no date
AMOUNT_WORD_AFTER = (
    rf"\s+(?i:{alternation(set(CYRILLIC_AMOUNT_WORDS) - set(CYRILLIC_YEAR_WORDS))})(?!\w)"
)
# A plural noun after a year makes it a count ("2000 soldiers"); not "gross", "census", nor
# a verb or a word that only ends like one ("2027 was proposed", "by 2027 this").
_COUNTED_NOUN = re.compile(
    r"\s*(?!(?:was|has|does|this|thus|plus|unless|across|always|perhaps)\b)"
    r"(?:[a-z]+[^\Wsu]s|people|troops)\b"
)
_AMOUNT_AFTER = re.compile(AMOUNT_WORD_AFTER)
# A Ukrainian or Russian year stands after a preposition ("у 2024", "з 2000 року") or
# before a word for a year; digits with neither before a word are a count ("Евакуювали
# 2000 людей"; "до 2000 кіловат-годин" stays a year, a known limit).
_CYRILLIC_WORD_AFTER = re.compile(rf"[ \u00a0]+([{CYRILLIC_LETTERS}][{CYRILLIC_LETTERS}'’-]*)")
_YEAR_PREPOSITION_BEFORE = re.compile(
    r"(?i)(?:^|[\s(])(?:у|в|во|з|із|зі|с|со|до|від|от|після|после|по|на|між|между|к|о|об"
    r"|протягом|течение|кінця|конца|початку|начала|середини|середины)[ \u00a0]+$"
)
_YEAR_WORD_STEMS = ("рок", "рік", "році", "год", "лет", "літ")  # "року", "роках", "году"


def _cyrillic_count(text: str, start: int, end: int) -> bool:
    """Whether year-like digits are a count in Ukrainian or Russian: a word other than a
    year's follows them and no preposition of time stands before them."""
    word = _CYRILLIC_WORD_AFTER.match(text, end)
    if word is None:
        return False
    low = word.group(1).lower()
    if low.startswith(_YEAR_WORD_STEMS) or low in ("р", "г") or low in CYRILLIC_MONTHS:
        return False
    return _YEAR_PREPOSITION_BEFORE.search(text, max(0, start - 20), start) is None


def year_is_a_count(text: str, start: int, end: int) -> bool:
    """Whether the year-like digits at ``start:end`` count something."""
    return bool(
        _COUNTED_NOUN.match(text[end : end + 12])
        or _AMOUNT_AFTER.match(text, end)
        or _cyrillic_count(text, start, end)
    )
