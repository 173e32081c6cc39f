"""The keys of the date fragments facts_dates finds: what time each one states.

"24.02.2022" is ("abs", 2022, 2, 24), "last week" ("ref", "last", "week"), "three days
ago" ("ago", "day", "earlier", 3), "10:30 p.m." ("time", 1350); facts_date_match compares
them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from viewer.engine.facts_cyrillic import (
    CYRILLIC_LETTERS,
    in_english,
)
from viewer.engine.facts_cyrillic_times import (
    CYRILLIC_AGO_UNITS,
    CYRILLIC_MONTH_PARTS,
    CYRILLIC_MONTHS,
    CYRILLIC_QUARTER_ORDINALS,
    CYRILLIC_TIMES,
)
from viewer.engine.facts_lexicon import (
    MONTHS,
    TENS,
    TIME_UNITS,
    UNITS_SMALL,
    WEEKDAYS,
)
from viewer.engine.facts_number_keys import word_value

__all__ = ["DAY_WORDS", "TWO_DAYS", "date_keys"]

DAY_WORDS = ("yesterday", "today", "tomorrow")
# The day before yesterday and the day after tomorrow, as Ukrainian and Russian name them.
TWO_DAYS = ("daybefore", "dayafter")
_ORDINAL_OF = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3}
# The same ordinals before a quarter in Ukrainian and Russian ("у першому кварталі").
_ORDINAL_OF |= {
    w: n for n, words in enumerate(CYRILLIC_QUARTER_ORDINALS, start=1) for w in words.split()
}

# Stretches told in a larger unit: a quarter is three months, a fortnight two weeks.
_COUNTED_IN = {"quarter": ("months", 3), "fortnight": ("weeks", 2), "decade": ("years", 10)}
# "the week following" is "after"; "the weeks leading up to" (its last word) and "six
# months ahead of" "before"
_SAME_SIDE = {"following": "after", "preceding": "before", "to": "before", "of": "before"}
_SAME_ADVERB = {"soon": "shortly", "just": "shortly", "right": "immediately"}

_INT = re.compile(r"\d+")
_WORD = re.compile(r"[a-z]+")
_CYRILLIC_WORD = re.compile(rf"[{CYRILLIC_LETTERS}]+")
_CYRILLIC_TIME_WORD = re.compile(rf"[{CYRILLIC_LETTERS}'’]+")
_TOKEN = re.compile(r"[a-z]+|\d+")  # a count in digits is a word of a relative time
_CLOCK = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?\s*(?:([ap])\.?m\.?)?")  # "10:30 p.m.", "9.30am"
_VAGUE = frozenset({"few", "several", "some", "many", "couple"})
# Parts of a day: "early on Tuesday" is Tuesday morning, "late on Tuesday" its evening.
_DAYPARTS = {
    "early": "morning",
    "morning": "morning",
    "afternoon": "afternoon",
    "late": "evening",
    "evening": "evening",
    "night": "evening",
    "dawn": "morning",
    "daybreak": "morning",
    "dusk": "evening",
    "nightfall": "evening",
}


@lru_cache(maxsize=4096)
def date_keys(kind: str, frag: str) -> tuple[tuple, ...]:
    """The keys of a date fragment (a range of years has one per year)."""
    return tuple(_date_key(kind, frag))


def _date_key(kind: str, frag: str) -> list[tuple]:
    low = frag.lower()
    ints = [int(x) for x in _INT.findall(frag)]
    month = next((MONTHS[w] for w in _WORD.findall(low) if w in MONTHS), None)
    if month is None and not low.isascii():  # "3 березня"
        words = _CYRILLIC_WORD.findall(low)
        month = next((CYRILLIC_MONTHS[w] for w in words if w in CYRILLIC_MONTHS), None)
    year = next((i for i in ints if i >= 1800), None)
    day = next((i for i in ints if i < 32), None) if kind in ("dmy", "mdy") else None
    if kind == "iso":
        return [("abs", ints[0], ints[1], ints[2])]
    if kind == "numeric":
        return [_numeric_date(frag, ints)]
    if kind == "dm":
        return [("abs", None, ints[1], ints[0])]
    if kind == "cday":  # "у п'ятницю" is "on Friday", "минулого тижня" "last week"
        english = [CYRILLIC_TIMES[w] for w in _CYRILLIC_TIME_WORD.findall(low)]
        if english[0] in WEEKDAYS:
            return [("weekday", english[0], None)]
        if english[0] in DAY_WORDS:
            return [("day", english[0])]
        if english[0] in TWO_DAYS:  # "позавчора": two days ago
            return [("ago", "day", "earlier" if english[0] == "daybefore" else "later", 2)]
        return [("ref", english[0], TIME_UNITS[english[-1]])]
    if kind in ("dmy", "mdy", "my", "month", "cmonth"):
        days = [i for i in ints if i < 32] if kind in ("dmy", "mdy") else []
        if len(days) > 2 and days == list(range(days[0], days[-1] + 1)):
            days = [days[0], days[-1]]  # "14, 15 and 16 March" is "14 to 16 March"
        if len(days) >= 2:  # "Nov. 6-7": both days, so "Nov. 6-8" differs
            return [("abs", year, month, d) for d in days]
        return [("abs", year, month, day)]
    if kind in ("year", "part"):
        part = next((w for w in ("early", "mid", "late") if low.startswith(w)), None)
        return [("abs", year, None, None)] if part is None else [("part", year, part)]
    if kind == "quarter":  # "Q1 2025" is "the first quarter of 2025"
        which = low.replace("-", " ").split()[0]  # "second-quarter revenue"
        if which[0] in "qh" and which[1:2].isdigit():
            n, unit = int(which[1]), "quarter" if which[0] == "q" else "half"
        else:
            n = _ORDINAL_OF.get(which, 4)
            unit = "half" if "half" in low else "quarter"
        return [(unit, year, n)]
    if kind == "decade":
        return [("decade", ints[0])]
    if kind == "range":
        first, last = ints[0], ints[-1]
        if last < 100:
            last += first // 100 * 100
        return [("range", first, max(first, last))]
    if kind in ("weekday", "dayparts"):
        words = low.split()
        weekday = next(d for d in WEEKDAYS if any(w.startswith(d) for w in words))
        return [("weekday", weekday, next((_DAYPARTS[w] for w in words if w in _DAYPARTS), None))]
    if kind == "time":
        return [("time", _minutes(low))]
    if kind == "daypart":
        return [("daypart", _DAYPARTS[low.split()[-1]])]
    if kind == "noon":
        return [("time", 0 if low == "midnight" else 720)]
    words = _TOKEN.findall(low)
    unit = next((TIME_UNITS[w] for w in reversed(words) if w in TIME_UNITS), "")
    qty = _qty(words)
    if kind in ("span", "for"):
        ahead = any(w in ("coming", "next", "following") for w in words)
        counted = _COUNTED_IN.get(words[-1].removesuffix("s"))
        if counted is not None:  # "the past decade" is "the last ten years"
            unit, per = TIME_UNITS[counted[0]], counted[1]
            if not words[-1].endswith("s"):
                qty = per  # "the past quarter": one
            elif isinstance(qty, int | float):
                qty = per * qty  # "the past two decades"; "the past few decades" stays vague
        return [("span", "future" if ahead else "past", unit, qty)]
    if kind == "ago":
        # "three days ago" and "three days earlier" lie before, "three days later" after
        if words[-2].startswith("fortnight"):
            if words[-3:-2] == ["a"]:  # "a fortnight ago"
                qty = 1
            unit, qty = TIME_UNITS["weeks"], 2 * qty if isinstance(qty, int | float) else qty
        elif unit == "decade" and isinstance(qty, int | float):  # "two decades ago": 20 years
            unit, qty = TIME_UNITS["years"], 10 * qty
        return [("ago", unit, "later" if words[-1] == "later" else "earlier", qty)]
    if kind == "cmpart":  # "наприкінці березня" is "late March": ("mpart", 3, "late")
        part, month = low.rsplit(None, 1)
        return [("mpart", CYRILLIC_MONTHS[month], CYRILLIC_MONTH_PARTS[" ".join(part.split())])]
    if kind in ("cago", "cagodigits"):  # "три дні тому": three days ago; "неделю назад"
        parts = low.split()
        count = in_english(parts[0]) if len(parts) == 3 else "one"
        qty = int(parts[0]) if parts[0].isdigit() else word_value(count) if count else None
        return [("ago", TIME_UNITS[CYRILLIC_AGO_UNITS[parts[-2]]], "earlier", qty or "vague")]
    if kind == "dayrel":  # "the previous day" is "a day earlier"; "later in the day" the same day
        if words[1] == "in":
            return [("sameday", words[0])]
        later = words[1] in ("next", "following") or words[-1] == "after"
        return [("ago", unit, "later" if later else "earlier", 1)]
    if kind == "mpart":  # "mid-July": ("mpart", 7, "mid")
        return [("mpart", next(MONTHS[w] for w in words if w in MONTHS), words[0])]
    if kind == "yearend":  # "by the end of the year": this year, and late in a year
        return [("ref", "this", TIME_UNITS["year"]), ("part", None, "late")]
    if kind == "yearstart":  # "since the start of the year": since January 1
        return [("abs", None, 1, 1)]
    if kind == "season":
        return [("season", "autumn" if words[-1] == "fall" else words[-1])]
    if kind in ("ref", "later"):
        which = next(w for w in words if w in ("last", "this", "next", "past", "that"))
        return [("ref", "last" if which == "past" else which, unit)]
    if kind == "rel":
        side = _SAME_SIDE.get(words[-1], words[-1])  # "the week following" is "after"
        if unit:  # "(two) days after": the time between two events, from the first
            return [("rel", unit, side, qty)]
        first = _SAME_ADVERB.get(words[0], words[0])  # "soon after" is "shortly after"
        return [("rel", first, side)]
    return [(kind, low)]


def _numeric_date(frag: str, ints: list[int]) -> tuple:
    """A date in digits: "24.02.2022" is day, month, year (the order dots are written in,
    in Europe and in Ukrainian outlets); with slashes only a day above 12 tells the order
    ("24/02/2022", "02/24/2022"), so "05/03/2024" stays its three numbers."""
    first, second, year = ints
    if year < 100:
        return ("num", frozenset(ints))  # "24.02.22": which century is left open
    if second <= 12 and ("." in frag or first > 12):
        return ("abs", year, second, first)
    if first <= 12 < second and "/" in frag:
        return ("abs", year, first, second)
    return ("num", frozenset(ints))


def _minutes(low: str) -> int | str:
    """A clock time in minutes after midnight: "3pm", "3 p.m." and "15:00" are one time."""
    if len(low) == 4 and low.isdigit():  # "1015 GMT", wire style
        return int(low[:2]) * 60 + int(low[2:])
    m = _CLOCK.match(low)
    if m is None:
        return low
    hours, minutes = int(m.group(1)), int(m.group(2) or 0)
    if m.group(3) == "p" and hours < 12:
        hours += 12
    elif m.group(3) == "a" and hours == 12:
        hours = 0
    return hours * 60 + minutes


def _qty(words: list[str]) -> object:
    for w in words:
        if w in _VAGUE:
            return "vague"
        if w.isdigit():
            return int(w)
    value = word_value(" ".join(w for w in words if w in UNITS_SMALL or w in TENS))
    if value is None and ("a" in words or "an" in words):
        return 1  # "a week ago"
    return value if value is not None else "vague"
