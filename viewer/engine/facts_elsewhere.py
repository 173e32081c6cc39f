"""Whether a number missing from a pair stands elsewhere in the other article.

Pairs are flagged one by one, and an outlet that moves a clause into a paragraph the
aligner linked apart has not dropped its number: "a mining hub of about 120,000 people"
said in paragraph 3, not 2. The number is looked for in the other whole article, as
written or another way, counting the same thing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from viewer.engine.facts_context import Side, lowered, sentence_around, whole_word_places
from viewer.engine.facts_lexicon import MONTHS, STOP, UNITS_SMALL, alternation
from viewer.engine.facts_numbers import Item

__all__ = ["stated_elsewhere"]

_MONTH = rf"(?:{alternation(MONTHS)})\b"  # "september", "sept", "sep"
# Digits as written, thousands grouped with a space kept whole ("2 000", not "000").
_DIGITS = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\S*\d\S*")
# Words next to a number: what it counts, the word after, the words before it.
# A person's age set off after their name: "Mehta, " before "21, ".
_AGE_OF = re.compile(r"\b([A-Z][\w’'-]+), $")
_WORD_AFTER = re.compile(r"[ \u00a0,-]*([^\W\d_]+)")
# Skipped after the counted word: "312 homes were damaged" tells what "312 homes damaged" does.
_AUXILIARIES = frozenset({"was", "were", "is", "are", "had", "have", "has", "been", "be"})
_BEFORE_WORDS = re.compile(r"[^\W\d_]{3,}")
_BEFORE = 40
_IN_A_DATE = re.compile(rf"\b{_MONTH}\.?\s+$")  # lower-cased text
_WORD_OF = {n: w for w, n in UNITS_SMALL.items() if w not in ("a", "an") and 2 <= n <= 20}
_SMALL_WORDS = frozenset(_WORD_OF.values())
# Values too particular to recur by chance: shares, amounts of money, decimals.
_DISTINCT = re.compile(r"\d[.,]\d|%|percent|[$€£¥₹]|\b(?:dollars?|euros?|pounds?)\b", re.I)
_STOP_STEMS = frozenset(w[:5] for w in STOP)
# A decimal point, or a decimal comma ("50,89": one or two digits after it, not thousands).
_DECIMAL = re.compile(r"\d+\.\d+|\d+,\d{1,2}(?!\d)")
# What a number counts where it stands: the word after it, the word after that, and the
# content words just before it (see _counted).
_Counted = tuple[str, str | None, frozenset[str]]


def stated_elsewhere(item: Item, side: Side, other: Side) -> bool:
    """Whether the number stands in the other article outside this pair, counting the same
    thing in the same place: moved into a paragraph the aligner linked apart, not dropped.

    Pairs are flagged one by one; an outlet that moves a clause into the next paragraph
    ("a mining hub of about 120,000 people" said in paragraph 3, not 2) has not dropped it.
    Only numbers are looked for ("not" or "could" stand everywhere), written as here or
    another way ("six counts" / "6 counts", "£3.2 million" / "£3,200,000"). There, the
    same number must count the same word ("12 people", not "12 hours") with the word after
    that ("12 people died", not "12 people were injured") or two words just before it ("a
    mining hub of about 120,000"); worded another way, the words around it must say the
    same subject ("a 16% rise in quarterly revenue" / "quarterly revenue climbed 16%"):
    two content words for a share or an amount of money, three for a plain count ("Helen
    Marsh, 52, of Stockport" / "Helen Marsh, a 52-year-old ... from Stockport"). A decimal
    of three significant digits ("82.9%") found anywhere there is the same figure. A number
    in a date ("on Feb. 21") or inside a decimal ("2" in "2.5%") is no count.
    """
    if other.document is None:
        return False
    written = _written(item)
    if written is None:
        return False  # "not", "could": words too common to say where they went
    needle, at = written
    mine = _counted(side.text, at, len(needle))
    mine_around = _around(side.text, at, len(needle))
    distinct = _DISTINCT.search(item.text) is not None
    exact = _DECIMAL.search(needle)
    if exact is not None and _specific(exact.group()) and _mentions(other.document, exact.group()):
        return True  # "82.9%" / "82.9 per cent": a figure this exact is the same fact
    if needle.isdigit() and _age_told_there(side.text, at, needle, other.document):
        return True
    for form in (needle, *(f for f in _other_forms(item.key) if f != needle)):
        for place, theirs, a_day in _mentions(other.document, form):
            if mine is not None and theirs is not None and theirs[0] == mine[0]:
                # counting the same word: the same statement only with more of it
                same_next = theirs[1] == mine[1] and mine[1] is not None
                if same_next or len(theirs[2] & mine[2]) >= 2:
                    return True
            elif not a_day and _same_subject(
                _around(lowered(other.document), place, len(form)), mine_around, distinct
            ):
                return True  # worded another way: the same subject around it
    return False


def _age_told_there(text: str, at: int, needle: str, document: str) -> bool:
    """Whether a number set off after a name ("Mehta, 21, told reporters") stands so after
    that name in ``document`` ("Mehta, 21, won"), or an age that names someone ("the
    21-year-old") is told there: a person's age, told of them there."""
    age = _AGE_OF.search(text, max(0, at - 40), at)
    after = text[at + len(needle) : at + len(needle) + 1]
    if age is not None and after == "," and f"{age.group(1)}, {needle}," in document:
        return True
    # "The 22-year-old scored" names someone by an age told of them elsewhere ("Mendonça,
    # 22,", "aged 22", "a 22-year-old striker"): the pair retold as "He scored" lost nothing
    return text.startswith("-year-old", at + len(needle)) and any(
        form in document for form in (f", {needle},", f"aged {needle}", f"{needle}-year-old")
    )


@lru_cache(maxsize=4096)
def _mentions(document: str, form: str) -> tuple[tuple[int, _Counted | None, bool], ...]:
    """Where a number written as ``form`` stands in a whole article (not inside a decimal),
    what it counts there, and whether it is a day of a date ("on Feb. 21" is no count of
    21). Cached: the same numbers are looked up for many pairs, in an article of many
    pages."""
    low, n = lowered(document), len(form)
    return tuple(
        (
            at,
            _counted(low, at, n),
            n <= 2 and _IN_A_DATE.search(low, max(0, at - 12), at) is not None,
        )
        for at in whole_word_places(document, form)
        if not _part_of_a_decimal(low, at, n)
    )


def _part_of_a_decimal(text: str, at: int, length: int) -> bool:
    """Whether digits at ``at`` continue or begin a decimal ("2" in "2.5" or in "3.2")."""
    before, after = text[max(0, at - 2) : at], text[at + length : at + length + 2]
    return (len(before) == 2 and before[0].isdigit() and before[1] in ".,") or (
        len(after) == 2 and after[0] in ".," and after[1].isdigit()
    )


def _same_subject(theirs: frozenset[str], mine: frozenset[str], distinct: bool) -> bool:
    """Whether the words around two numbers say one subject: two content words in common
    for a share or an amount of money, three and half of them for a plain count."""
    shared = len(theirs & mine)
    return shared >= 2 if distinct else shared >= 3 and 2 * shared >= len(mine)


def _specific(decimal: str) -> bool:
    """A decimal of three significant digits or more ("82.9", "1.25", "50,89", not "2.5"):
    two such figures in one article are one fact."""
    return len(decimal.replace(".", "").replace(",", "").strip("0")) >= 3


def _written(item: Item) -> tuple[str, int] | None:
    """The number as written here (its digits, or its words) and where, lower case."""
    digits = _DIGITS.findall(item.text)
    if digits:
        needle = max(digits, key=len).strip(".,;:").lower()
        return needle, item.start + item.text.lower().find(needle)
    if item.key[0] == "num" and item.text.lower() in _SMALL_WORDS:
        return item.text.lower(), item.start
    return None


def _other_forms(key: tuple) -> tuple[str, ...]:
    """The number's value written other ways: "6" for "six", "3,200,000" and "3.2
    million" for "£3.2 million", "six" for "6"."""
    if key[0] != "num" or not isinstance(key[1], int | float) or key[1] <= 0:
        return ()
    value = key[1]
    if not float(value).is_integer():
        return ()
    n = int(value)
    forms = [str(n)]
    if n in _WORD_OF:
        forms.append(_WORD_OF[n])
    if n >= 1000:
        forms.append(f"{n:,}")
    for scale, words in ((10**9, ("billion", "bn")), (10**6, ("million", "m"))):
        if n >= scale and n % (scale // 100) == 0:
            short = f"{n / scale:g}"
            forms += [f"{short} {words[0]}", f"{short}{words[1]}"]
            break
    return tuple(dict.fromkeys(forms))


def _around(text: str, at: int, length: int) -> frozenset[str]:
    """Content words within ``_BEFORE`` characters on either side of a number and in its
    sentence, by their first five letters, lower case."""
    lo, hi = sentence_around(text, at, at + length, reach=_BEFORE)
    words = _BEFORE_WORDS.findall(text, lo, hi)
    return frozenset(w[:5].lower() for w in words) - _STOP_STEMS


def _counted(text: str, at: int, length: int) -> _Counted | None:
    """The word a number at ``at`` counts, the word after that (an auxiliary skipped), and
    the content words just before the number (all by their first five letters, lower
    case); None if it counts none."""
    noun = _WORD_AFTER.match(text, at + length)
    if noun is None:
        return None
    then = _WORD_AFTER.match(text, noun.end())
    if then is not None and then.group(1).lower() in _AUXILIARIES:  # "312 homes were damaged"
        then = _WORD_AFTER.match(text, then.end()) or then
    before = (
        frozenset(w.lower()[:5] for w in _BEFORE_WORDS.findall(text, max(0, at - _BEFORE), at))
        - _STOP_STEMS
    )
    return noun.group(1).lower()[:5], then.group(1).lower()[:5] if then else None, before


# "one" told another way in a similar sentence: "one point ahead" is "a point above", "one
# of the last readings" is "among the last readings".
