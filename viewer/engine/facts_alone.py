"""Whether a fact added or dropped on its own is worth a flag, or says nothing by itself.

A number, time or hedge with no partner on the other side is flagged as added or dropped
(facts_pairing), unless it is a vague quantity ("many"), a frequency that counts nothing
("repeatedly", "once a fishing village"), a count that only says who ("the two sides"),
or the future tense ("will").
"""

from __future__ import annotations

import re
from functools import lru_cache

from viewer.engine.facts_context import Side, lowered, sentence_around, whole_word_places
from viewer.engine.facts_cyrillic import has_cyrillic
from viewer.engine.facts_lexicon import MONTHS, STOP, UNITS_SMALL, alternation
from viewer.engine.facts_number_keys import number_key
from viewer.engine.facts_numbers import QUALIFIERS_OF_AMOUNTS, Item
from viewer.engine.model import FlagKind

__all__ = ["stated_elsewhere", "told_otherwise", "worth_flagging_alone"]

_VAGUE_FREQUENCIES = frozenset({("freq", "several times"), ("freq", "many times")})
# "once" before these says "formerly" or "again", not how many times ("once a fishing
# village", "once part of", "once known as", "once again").
_ONCE_NO_COUNT = re.compile(
    r"\s+(?:a|an|the|part|home|known|again|more|considered|seen|dubbed|called|among|one|its"
    r"|his|her|their)\b"
    # "once debt is counted", "once the deal closes": "when", no count
    r"|(?:\s+[\w’'-]+){1,3}?\s+(?:is|are|was|were|has|have|had|closes|ends|begins)\b",
    re.IGNORECASE,
)
# A reporting period closed by its last day: "the three months to 30 September", "the six
# months ended June 30", "the nine months through September".
_TIME_UNITS = frozenset({"s", "wk", "mo", "yr"})
_MONTH = rf"(?:{alternation(MONTHS)})\b"  # "september", "sept", "sep"
_PERIOD_END = re.compile(
    rf"\s+(?:to|ended|ending|through|until)\s+(?:the\s+end\s+of\s+)?(?:\d|{_MONTH})",
    re.IGNORECASE,
)
_ONE_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these|which|whom)\b", re.IGNORECASE)
_NEVER_ALONE = frozenset({"will", "won't", "would", "declined to", "refused to"})
_PLURAL_NOUN = re.compile(r"\s+[a-z]+[^\Wsu]s\b")  # "cities", not "gross" or "census"
_THE_BEFORE = re.compile(r"\b(?:the|both|all)\s+$", re.IGNORECASE)
_REFERS_BACK = re.compile(
    r"\s*[,;:)]"  # "The four, two Malians and two Nigeriens,": the count names them
    r"|\s+(?:sides|parties|countries|nations|leaders|men|women|delegations|governments"
    r"|companies|teams|presidents|ministers)\b",
    re.IGNORECASE,
)


def worth_flagging_alone(item: Item, side: Side) -> bool:
    """Vague quantities and times ("many", "recently") or a "will" added or dropped are no fact."""
    if item.kind is FlagKind.NUMBER:
        if item.key[0] in ("quant", "ord") or item.key[:2] in _VAGUE_FREQUENCIES:
            return False  # "He first said", "has repeatedly said": no fact of their own
        if item.key[0] in QUALIFIERS_OF_AMOUNTS:
            return False  # "$82 a barrel" shortened to "$82" says less, not something else
        if item.key[:2] == ("freq", "1 time") and _ONCE_NO_COUNT.match(side.text, item.end):
            return False
        if item.key[0] == "num" and item.key[1] == 1 and item.key[-1] == ">=":
            return False  # "at least one meeting took place": that there was one
        if item.key[:3] == ("num", 1, "") and _ONE_OF_THEM.match(side.text, item.end):
            return False  # "The paintings, one of them a portrait": which, not how many
        if item.key[:3] == ("num", 1, "") and has_cyrillic(item.text):
            return False  # no article in Ukrainian or Russian: "одного судна" is "a ship"
        if (
            item.key[0] == "num"
            and item.key[2] in _TIME_UNITS
            and _PERIOD_END.match(side.text, item.end)
        ):
            return False  # "in the three months to 30 September" says when: a date's job
        # "the two sides", "both countries", "between the two cities" say who, not how many
        names_them = _REFERS_BACK.match(side.text, item.end) or (
            item.key[:2] == ("num", 2) and _PLURAL_NOUN.match(side.text, item.end)
        )
        refers_back = names_them and _THE_BEFORE.search(
            side.text, max(0, item.start - 6), item.start
        )
        return not refers_back
    if item.kind is FlagKind.CERTAINTY:
        # "will" is mostly the future tense ("will rise" / "are going to rise"), and "declined
        # to" mostly says no comment was given: flagged only when another class stands in
        # their place ("may" becomes "will"); as negations they match "would not comment".
        if item.key[1] == "scheduled":
            return False  # "is set to", "is due": a plan stated, not a hedge
        return " ".join(item.text.lower().replace("’", "'").split()) not in _NEVER_ALONE
    if item.kind is FlagKind.DATE:
        return item.key[0] == "rel" or (item.key[0] in ("span", "ago") and item.key[-1] != "vague")
    return True


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
_OF_WHICH = r"(?:the|its|his|her|their|our|a|an)\s+"
_ONE_OF = re.compile(rf"\s+of\s+(?:{_OF_WHICH})?([^\W\d_]+)", re.IGNORECASE)
_ONE_NOUN = re.compile(r"[ \u00a0]+([^\W\d_]+)")
_SUPERLATIVE = re.compile(r"(?i)\b(?:most|least|\w{2,}est)\b")
# The plural noun a few words into "one of ...": "the union's key demands" -> "demands".
_PLURAL_HEAD = re.compile(r"(?:[^\W\d_]+['’]s\s+|[^\W\d_]+\s+){0,3}?([^\W\d_]{3,}s)\b")
_ONE_MORE = re.compile(r"\b(?:another|a\s+further|an\s+additional|one\s+further)\b", re.I)


def told_otherwise(item: Item, side: Side, other: Side, index: int) -> bool:
    """Whether an added or dropped fact stands in ``other``'s sentence ``index`` (the most
    similar one) in a form its kind does not read as the same.

    "one" is an article or "among" there ("one point ahead" / "a point above"), a "не" is
    a prefix there ("не змінилися" / "незмінними"), three or six months are a quarter or a
    half there ("the first six months" / "the first half"), "yet to" is "still" there ("have yet
    to be counted" / "were still being counted"), a forecast in the passive is told in
    the active there ("was expected by Tuesday" / "the commission expects ... by Tuesday"),
    what "could" happen is what someone faces at most there ("could get up to 20 years" /
    "faces up to 20 years"),
    and a time between two events ("20 years after talks began", a date) is an amount of
    time there ("more than two decades of talks", a number), or the other way round.
    """
    if item.kind is FlagKind.NUMBER and item.key[:3] == ("num", 1, ""):
        start, end = other.sentence_span(index)
        return _one_told_otherwise(side.text, item.end, other.text[start:end])
    if item.kind is FlagKind.CERTAINTY and item.text.lower() == "не":
        start, end = other.sentence_span(index)
        return _not_written_together(side.text, item.end, other.text[start:end])
    if item.kind is FlagKind.CERTAINTY and _YET_TO.search(item.text):
        # "ballots have yet to be tallied" / "ballots were still being tallied"
        start, end = other.sentence_span(index)
        return _STILL.search(other.text, start, end) is not None
    if item.kind is FlagKind.CERTAINTY and item.key[1] == "possible":
        # "could receive as many as 20 years" / "faces up to 20 years": a penalty one faces
        start, end = other.sentence_span(index)
        return _FACES_AT_MOST.search(other.text, start, end) is not None
    if item.kind is FlagKind.CERTAINTY and _PASSIVE_EXPECTED.search(item.text):
        # "a result was expected by Tuesday" / "the commission expects a result by Tuesday"
        start, end = other.sentence_span(index)
        return _EXPECTS.search(other.text, start, end) is not None
    months = _months(item.key)
    if months in _PART_OF_YEAR:  # "the first three months" / "the first quarter"
        start, end = other.sentence_span(index)
        return _PART_OF_YEAR[months].search(other.text, start, end) is not None
    duration = _duration(item.key)
    if duration is None or other.extract is None:
        return False
    kind = FlagKind.NUMBER if item.kind is FlagKind.DATE else FlagKind.DATE
    return any(_duration(f.key) == duration for f in other.found_in(kind, index))


def _one_told_otherwise(text: str, after: int, there: str) -> bool:
    of = _ONE_OF.match(text, after)
    if of is not None:  # "one of the last readings" / "among the last readings"
        among = rf"\bamong\s+(?:{_OF_WHICH})?{re.escape(of.group(1))}\b"
        # "one of its engines" / "an engine"
        single = rf"\ban?\s+{re.escape(of.group(1).lower().removesuffix('s'))}\b"
        if re.search(f"{among}|{single}", there, re.IGNORECASE) is not None:
            return True
        # "one of the union's key demands" / "a key union demand": its plural head noun
        head = _PLURAL_HEAD.match(text, of.start(1))
        if head is None or _SUPERLATIVE.search(head.group()):
            return False  # "one of the biggest lenders" is more than "a big lender"
        noun = re.escape(head.group(1).lower().removesuffix("s"))
        return re.search(rf"\ban?\s+(?:[\w'’-]+\s+){{0,3}}{noun}\b", there, re.I) is not None
    noun = _ONE_NOUN.match(text, after)
    if noun is None:
        return False
    if noun.group(1).lower() == "more":  # "one more reduction" / "a further cut"
        return _ONE_MORE.search(there) is not None
    single = rf"\b(?:an?|an?\s+single|single)\s+{re.escape(noun.group(1))}\b"
    return re.search(single, there, re.IGNORECASE) is not None


# A possible outcome told as one that somebody faces: "faces up to 20 years in prison",
# "facing a maximum sentence of life", "face as much as $1 million in fines".
_FACES_AT_MOST = re.compile(
    r"(?i)\bfac(?:e|es|ed|ing)\s+(?:a\s+|an\s+)?"
    r"(?:up\s+to|maximum|possible|potential|as\s+(?:many|much|long)\s+as)\b"
)
# Something not done yet, told with "still": "have yet to be counted" / "still being counted".
_YET_TO = re.compile(r"(?i)^(?:has|have|had)\s+yet\s+to$")
_STILL = re.compile(r"(?i)\bstill\b")
# A forecast told in the passive, and the verb that tells it in the active.
_PASSIVE_EXPECTED = re.compile(r"(?i)^(?:is|are|was|were|be|been)\s+expected\b")
# Not "expects to collect": the subject's own plan, no forecast about it.
_EXPECTS = re.compile(r"(?i)\bexpect(?:s|ed|ing)?\b(?!\s+to\b)")


# The first letters of the word a Ukrainian or Russian "не" denies.
_DENIED = re.compile(r"\s+([^\W\d_]{4})")


def _not_written_together(text: str, after: int, there: str) -> bool:
    """Whether a "не" before a word ("майже не змінилися") stands written together with
    that word's stem there ("майже незмінними"): one denial, spelled as a prefix."""
    denied = _DENIED.match(text, after)
    if denied is None:
        return False
    return re.search(rf"\bне{re.escape(denied.group(1).lower())}", there.lower()) is not None


# A part of a year named as such: three months are a quarter, six a half.
_PART_OF_YEAR = {
    3: re.compile(
        r"(?i)\b(?:first|second|third|fourth|final|last|latest|previous|current)\s+quarter\b"
        r"|\bQ[1-4]\b"
    ),
    6: re.compile(r"(?i)\b(?:first|second|latter|last)\s+half\b|\bH[12]\b"),
}


def _months(key: tuple) -> float | None:
    """A number of months told as an amount ("six months") or a period ("the past six
    months"), or None."""
    if key[0] == "num" and key[2] == "mo":
        return key[1]
    if key[0] == "span" and key[2] == "month" and isinstance(key[3], int | float):
        return key[3]
    return None


def _duration(key: tuple) -> tuple[float, str] | None:
    """A time between events ("four hours before") or an amount of time ("four hours") as
    (value, unit) in the units of amounts; None for anything else."""
    if key[0] == "rel" and len(key) == 4 and isinstance(key[3], int | float):
        # "four hours before" is read as the amount "four hours" is (a night is a day)
        unit = "day" if key[1] == "night" else key[1]
        amount = number_key(f"{key[3]:g} {unit}s")
        return _duration(amount) if amount is not None else None
    if key[0] == "num" and key[2] in ("s", "wk", "mo", "yr"):
        return (round(key[1], 6), key[2])
    return None
