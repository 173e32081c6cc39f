"""Whether a fact added or dropped on its own is worth a flag, or says nothing by itself.

A number, time or hedge with no partner on the other side is flagged as added or dropped
(facts_pairing), unless it is a vague quantity ("many"), a frequency that counts nothing
("repeatedly", "once a fishing village"), a count that only says who ("the two sides"),
or the future tense ("will").
"""

from __future__ import annotations

import re

from viewer.engine.facts_context import Side
from viewer.engine.facts_cyrillic import has_cyrillic
from viewer.engine.facts_lexicon import MONTHS, alternation
from viewer.engine.facts_number_keys import TIME_KEY_UNITS, number_key
from viewer.engine.facts_number_names import DESIGNATION
from viewer.engine.facts_numbers import QUALIFIERS_OF_AMOUNTS, Item
from viewer.engine.model import FlagKind

__all__ = ["told_otherwise", "worth_flagging_alone"]

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
_MONTH = rf"(?:{alternation(MONTHS)})\b"  # "september", "sept", "sep"
_PERIOD_END = re.compile(
    rf"\s+(?:to|ended|ending|through|until)\s+(?:the\s+end\s+of\s+)?(?:\d|{_MONTH})",
    re.IGNORECASE,
)
# A time of day right after "shortly before": the phrase says when, and a time of day
# left out alone is no flag either ("at a rally shortly before midnight").
_CLOCK_AFTER = re.compile(
    r"\s+(?:noon|midday|midnight|dawn|dusk|\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\b|GMT|UTC))",
    re.IGNORECASE,
)
# A count whose noun the names after it spell out: "Two members, Catherine Mann and ...".
_NAMED_AFTER = re.compile(r"[ \u00a0]+[a-z]+,[ \u00a0]+[A-Z][a-z]+[ \u00a0]+[A-Z]")
_ONE_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these|which|whom)\b", re.IGNORECASE)
# "linked to" names a link ("a man linked to the gang") more often than it hedges one,
# unless a risk or a rate follows ("was linked to a higher risk of diabetes").
_LINKED_TO = frozenset({"is linked to", "are linked to", "was linked to", "were linked to"})
_RISK_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:risks?|rates?|higher|lower|increased|reduced|greater|rise|fall)\b",
    re.IGNORECASE,
)
_NEVER_ALONE = frozenset(
    {"will", "won't", "would", "declined to", "refused to", "ruled out", "rules out"}
    | {"ruling out", "rule out"}
)
# A superlative right after an ordinal makes it a rank: "second-largest", "third biggest".
_RANKED = re.compile(
    r"[- ](?:largest|biggest|highest|lowest|most|least|best|worst|richest|poorest|busiest"
    r"|longest|oldest|deadliest|strongest|fastest|smallest|greatest|heaviest|wettest|hottest)\b",
    re.IGNORECASE,
)
_PLURAL_NOUN = re.compile(r"\s+[a-z]+[^\Wsu]s\b")  # "cities", not "gross" or "census"
_THE_BEFORE = re.compile(r"\b(?:the|both|all)\s+$", re.IGNORECASE)
_REFERS_BACK = re.compile(
    r"\s*[,;:)]"  # "The four, two Malians and two Nigeriens,": the count names them
    r"|\s+(?:sides|parties|countries|nations|leaders|men|women|delegations|governments"
    r"|companies|teams|presidents|ministers)\b"
    # "The three will appear in court": the count is the subject, naming those told of
    r"|\s+(?:will|would|are|were|was|have|had|remain|remained|face|faced|appeared|deny|denied"
    r"|could|can|must)\b",
    re.IGNORECASE,
)


def worth_flagging_alone(item: Item, side: Side) -> bool:
    """Vague quantities and times ("many", "recently") or a "will" added or dropped are no fact."""
    if item.kind is FlagKind.NUMBER:
        if item.key[0] == "ord" and _RANKED.match(side.text, item.end):
            return True  # "the second-largest chain" cut to "the largest chain": a rank
        if item.key[0] in ("quant", "ord") or item.key[:2] in _VAGUE_FREQUENCIES:
            return False  # "He first said", "has repeatedly said": no fact of their own
        if item.key[0] == DESIGNATION:
            return False  # "Group of Seven" / "G7": a name told another way
        if item.key[0] in QUALIFIERS_OF_AMOUNTS:
            return False  # "$82 a barrel" shortened to "$82" says less, not something else
        if item.key[:2] == ("freq", "1 time") and _ONCE_NO_COUNT.match(side.text, item.end):
            return False
        if item.key[0] == "num" and item.key[1] == 1 and item.key[-1] == ">=":
            return False  # "at least one meeting took place": that there was one
        if item.key[:3] == ("num", 1, "") and (
            _ONE_OF_THEM.match(side.text, item.end) or _one_of_a_group(side.text, item.end)
        ):
            return False  # "one of them a portrait", "one of the organisers": which, not how many
        if item.key[:3] == ("num", 1, "") and has_cyrillic(item.text):
            return False  # no article in Ukrainian or Russian: "одного судна" is "a ship"
        if (
            item.key[0] == "num"
            and item.key[2] in TIME_KEY_UNITS
            and _PERIOD_END.match(side.text, item.end)
        ):
            return False  # "in the three months to 30 September" says when: a date's job
        if _NAMED_AFTER.match(side.text, item.end):
            return False  # "Two members, Catherine Mann and Jonathan Haskel,": the names count
        # "the two sides", "both countries", "between the two cities" say who, not how many
        names_them = _REFERS_BACK.match(side.text, item.end) or (
            item.key[:2] == ("num", 2) and _PLURAL_NOUN.match(side.text, item.end)
        )
        refers_back = names_them and _THE_BEFORE.search(
            side.text, max(0, item.start - 6), item.start
        )
        return not refers_back
    if item.kind is FlagKind.CERTAINTY:
        # "will" is mostly the future tense ("will rise" / "are going to rise"), "declined
        # to" mostly says no comment was given, and "ruled out" is "rejected" too: flagged
        # only when another class stands in their place ("may" becomes "will", "ruled out"
        # becomes "not ruled out"); as negations they match "would not comment", "would
        # not join".
        if item.key[1] == "scheduled":
            return False  # "is set to", "is due": a plan stated, not a hedge
        said = " ".join(item.text.lower().replace("’", "'").split())
        if said in _LINKED_TO:  # "was linked to a higher risk" hedges what "raises" asserts
            return _RISK_AFTER.match(side.text, item.end) is not None
        return said not in _NEVER_ALONE
    if item.kind is FlagKind.DATE:
        if item.key[0] == "rel":  # "began immediately after": said how soon, not "at 11 p.m."
            return not _CLOCK_AFTER.match(side.text, item.end)
        return item.key[0] in ("span", "ago") and item.key[-1] != "vague"
    return True


_OF_WHICH = r"(?:the|its|his|her|their|our|a|an)\s+"
_ONE_UNIT_ALONE = re.compile(r"(?i)one\s+([a-z]+)")  # "one month", "one mile"
_COUNT_OF_ONE = re.compile(r"(?i)(?:[^\W\d_]+\s+)*?(?:one|1)\b")  # "about one" of "about one point"
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
    "faces up to 20 years"), an amount of time is one of a larger unit there ("in its first
    seven days" / "in its first week", "within 12 months" / "within a year"),
    and a time between two events ("20 years after talks began", a date) is an amount of
    time there ("more than two decades of talks", a number), or the other way round, as a
    year may be ("Євро-2024" read as a year on one side and as a count on the other).
    """
    if item.kind is FlagKind.NUMBER and (one := _ONE_LARGER_UNIT.get(item.key[1:3])):
        # "in its first seven days" / "in its first week", "within 12 months" / "a year"
        start, end = other.sentence_span(index)
        if one.search(other.text, start, end):
            return True
    if item.kind is FlagKind.DATE and _larger_unit_later(item.key, other, index):
        return True  # "12 months later" / "a year later" ("a year later" is read as no time)
    if item.kind is FlagKind.NUMBER and (one_unit := _ONE_UNIT_ALONE.fullmatch(item.text)):
        # "for one month" / "for a month"
        start, end = other.sentence_span(index)
        unit = re.escape(one_unit.group(1))
        if re.search(rf"(?i)\ban?\s+{unit}\b", other.text[start:end]):
            return True
    if item.kind is FlagKind.NUMBER and item.key[:2] == ("num", 1) and item.key[2] in ("", "pt"):
        # "one survivor" / "a survivor", "one point behind" / "a point behind"
        start, end = other.sentence_span(index)
        count = _COUNT_OF_ONE.match(item.text) if item.key[2] else None
        after = item.start + count.end() if count else item.end  # the noun after "one"
        return _one_told_otherwise(side.text, after, other.text[start:end])
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
        # "a result was expected by Tuesday" / "the commission expects a result by Tuesday";
        # a sentence merged or split may hold it ("had expected 94 cents." / "the 94 cents
        # that had been expected"), so the sentences beside count too
        start = other.sentence_span(max(0, index - 1))[0]
        end = other.sentence_span(min(len(other.starts) - 1, index + 1))[1]
        return _EXPECTS.search(other.text, start, end) is not None
    months = _months(item.key)
    if months is not None and months in _PART_OF_YEAR:  # "the first quarter"
        start, end = other.sentence_span(index)
        which = _WHICH_MONTHS.search(side.text, max(0, item.start - 12), item.start)
        if any(
            _same_part(which, part)
            for part in _PART_OF_YEAR[int(months)].finditer(other.text, start, end)
        ):
            return True
    year = _year(item.key)
    if year is not None and other.extract is not None:  # "Євро-2024": a year, read as a count
        kind = FlagKind.DATE if item.kind is FlagKind.NUMBER else FlagKind.NUMBER
        return any(_year(f.key) == year for f in other.found_in(kind, index))
    duration = _duration(item.key)
    if duration is None or other.extract is None:
        return False
    kind = FlagKind.NUMBER if item.kind is FlagKind.DATE else FlagKind.DATE
    return any(_duration(f.key) == duration for f in other.found_in(kind, index))


def _year(key: tuple) -> int | None:
    """The year a plain count of four digits or a year alone states ("2024"), else None."""
    if key[0] == "num" and key[2:] == ("", "") and 1000 <= key[1] <= 2100 and key[1] % 1 == 0:
        return int(key[1])
    if key[0] == "abs" and key[2:] == (None, None):
        return int(key[1])
    return None


def _one_of_a_group(text: str, after: int) -> bool:
    """Whether "one" says which member ("one of the organisers"), not a rank ("one of the
    biggest lenders" says more than "a big lender")."""
    of = _ONE_OF.match(text, after)
    if of is None:
        return False
    head = _PLURAL_HEAD.match(text, of.start(1))
    return head is not None and not _SUPERLATIVE.search(head.group())


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
        plural = re.escape(head.group(1).lower().removesuffix("s"))
        return re.search(rf"\ban?\s+(?:[\w'’-]+\s+){{0,3}}{plural}\b", there, re.I) is not None
    noun = _ONE_NOUN.match(text, after)
    if noun is None:
        return False
    if noun.group(1).lower() == "more":  # "one more reduction" / "a further cut"
        return _ONE_MORE.search(there) is not None
    # "one survivor" / "a survivor", "a 19-year-old survivor", "a single survivor"
    single = rf"\b(?:an?|single)\s+(?:[\w’'-]+\s+){{0,2}}{re.escape(noun.group(1))}\b"
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


# A part of a year named as such: three months are a quarter, six a half (also before
# a noun: "first-half profit").
_PART_OF_YEAR = {
    3: re.compile(
        r"(?i)\b(?:first|second|third|fourth|final|last|latest|previous|current)[\s-]+quarter\b"
        r"|\bQ[1-4]\b|\bthe\s+quarter\s+(?:to|ended|ending|through)\b"  # "the quarter to June"
    ),
    6: re.compile(
        r"(?i)\b(?:first|second|latter|last)[\s-]+half\b|\bH[12]\b"
        r"|\bthe\s+half(?:[\s-]+year)?\s+(?:to|ended|ending|through)\b"  # "the half to 31 December"
    ),
}


# Which months of a year: "the first six months" are the first half, not the second.
_WHICH_MONTHS = re.compile(r"(?i)\b(first|last|final)\s+$")
_FIRST_PART = re.compile(r"(?i)first|Q1|H1")
_LAST_PART = re.compile(r"(?i)fourth|final|last|latter|second\s+half|second-half|Q4|H2")


def _same_part(which: re.Match[str] | None, part: re.Match[str]) -> bool:
    """Whether the months a count names ("the first three months") may be this part of the
    year ("the second quarter" may not); months not said to be first or last may be any."""
    if which is None:
        return True
    wanted = _FIRST_PART if which.group(1).lower() == "first" else _LAST_PART
    return wanted.match(part.group()) is not None


# What stands before a unit's word when it counts one: "a week", "its first week".
_ONE_BEFORE = r"(?:a|an|one|first|past|last|next|this|whole|entire|full|single)"
# An amount of time that is one of a larger unit (as number keys give it: days, hours
# and minutes count in seconds), and that unit counted once: "seven days" is "a week".
_ONE_LARGER_UNIT = {
    number_key(amount)[1:3]: re.compile(rf"(?i)\b{_ONE_BEFORE}\s+{unit}\b")  # type: ignore[index]
    for amount, unit in (
        ("24 hours", "day"),
        ("60 minutes", "hour"),
        ("seven days", "week"),
        ("14 days", "fortnight"),
        ("12 months", "year"),
        ("52 weeks", "year"),
        ("ten years", "decade"),
    )
}


def _larger_unit_later(key: tuple, other: Side, index: int) -> bool:
    """Whether a time counted from an event ("12 months later": ("ago", "month", "later",
    12)) stands in ``other``'s sentence as one larger unit the same way ("a year later")."""
    if key[0] != "ago" or len(key) != 4 or not isinstance(key[3], int | float):
        return False
    amount = number_key(f"{key[3]:g} {key[1]}s")
    one = _ONE_LARGER_UNIT.get(amount[1:3]) if amount is not None else None
    if one is None:
        return False
    start, end = other.sentence_span(index)
    way = re.compile(rf"\s+{key[2]}\b", re.IGNORECASE)
    return any(way.match(other.text, m.end()) for m in one.finditer(other.text, start, end))


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
    if key[0] in ("rel", "span") and len(key) == 4 and isinstance(key[3], int | float):
        # "four hours before" is read as the amount "four hours" is (a night is a day), and
        # so is "over the next six months" ("to run for six months")
        unit = key[2] if key[0] == "span" else key[1]
        unit = "day" if unit == "night" else unit
        amount = number_key(f"{key[3]:g} {unit}s")
        return _duration(amount) if amount is not None else None
    if key[0] == "num" and len(key) > 2 and key[2] in TIME_KEY_UNITS:
        return (round(key[1], 6), key[2])  # (a date read two ways, "05/11/2024", has two)
    return None
