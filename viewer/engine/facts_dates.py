"""Dates, years, weekdays, times and relative times found in a text, keyed to compare loosely.

"5 November" and "November 5" get equal keys; "November 5" and "November 2024" do not
contradict each other, "2023" and "2024" do; "in recent months" and "over the past few
months" are the same vague span, "over the past three months" is not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from viewer.engine.facts_cyrillic import (
    CYRILLIC_LETTERS,
    CYRILLIC_MONTHS,
    CYRILLIC_TIMES,
    CYRILLIC_YEAR_WORDS,
)
from viewer.engine.facts_date_misreads import no_time
from viewer.engine.facts_lexicon import (
    MONTHS,
    TENS,
    TIME_UNITS,
    UNITS_SMALL,
    WEEKDAYS,
    alternation,
)
from viewer.engine.facts_number_keys import word_value
from viewer.engine.facts_numbers import NUM_WORD, NUMBER_WORDS, Item
from viewer.engine.facts_scan import Anchors, Dispatch, Folded, Scan, Touching
from viewer.engine.facts_time_zones import with_zone, zone_end
from viewer.engine.facts_year_counts import AMOUNT_WORD_AFTER
from viewer.engine.model import FlagKind

__all__ = ["dates_touch", "extract_dates"]

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
# A date in Ukrainian or Russian names its month after the day ("3 березня 2025 року").
_MONTH_OR_CYRILLIC = rf"(?:{_MONTH}|(?i:{alternation(CYRILLIC_MONTHS)})(?!\w))"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|-(?:го|е|є))?"  # "4-го грудня"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_YEAR_WORD = rf"(?:\s+(?i:{alternation(CYRILLIC_YEAR_WORDS)})(?!\w))?"  # "2025 року"
# Ukrainian and Russian weekdays and days ("у п'ятницю", "вчора"), and "last", "this" or
# "next" week, month or year ("минулого тижня")
_DAY_WORDS = ("yesterday", "today", "tomorrow")
_CYRILLIC_DAYS = [w for w, e in CYRILLIC_TIMES.items() if e in WEEKDAYS or e in _DAY_WORDS]
_CYRILLIC_WHICH = [w for w, e in CYRILLIC_TIMES.items() if e in ("last", "this", "next")]
_CYRILLIC_PERIODS = [w for w, e in CYRILLIC_TIMES.items() if e in ("week", "month", "year")]
_QTY = rf"(?:a\s+few|few|several|some|a\s+couple\s+of|many|\d+|{NUM_WORD})"
_TUNITS = r"(?:hours|days|weeks|months|years|decades)"
_TUNIT = r"(?:hour|day|week|month|year|decade)"  # one of them: "a week after"
_WEEKDAY = rf"(?:{'|'.join(d.title() for d in WEEKDAYS)})"
# "May" alone is a month only after a word that opens a time ("in May", "early May"):
# elsewhere it may be the verb, capitalised to open a sentence.
_TIME_OPENERS = "in by until since from early late mid of through before after last next this"
_MAY_AS_MONTH = "(?:{}|(?<=\\bmid-))May\\b".format(
    "|".join(rf"(?<=\b{w} )" for w in _TIME_OPENERS.split())
)
_DATE_PARTS = {
    "iso": rf"\b{_YEAR}-\d\d-\d\d\b",
    "numeric": r"\b\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})\b",
    # a day and month in digits, "17.03": a date only in Ukrainian or Russian text, where a
    # decimal is written with a comma (see extract_dates)
    "dm": r"(?<![\d.,$€£₴])\b(?:[12]\d|3[01]|0?[1-9])\.(?:0[1-9]|1[0-2])\b"
    rf"(?![.,]?\d|\s*%|\s*[ap]\.?m|{AMOUNT_WORD_AFTER})",
    # a range of days is told by its first ("6-7 November" = "Nov. 6-7")
    # "6-7 November", "from 18 to 20 July", "between 18 and 20 July"
    "dmy": rf"\b{_DAY}(?:\s*[-–]\s*{_DAY}|\s+(?:to|and)\s+{_DAY})?\s+(?:of\s+)?"
    rf"{_MONTH_OR_CYRILLIC}(?:,?\s+{_YEAR}{_YEAR_WORD})?(?!\w)",
    "mdy": rf"\b{_MONTH}\s+{_DAY}\b(?:\s*[-–]\s*{_DAY}\b|\s+(?:to|and)\s+{_DAY}\b)?"
    rf"(?:,?\s+{_YEAR}\b)?",
    "my": rf"\b{_MONTH},?\s+{_YEAR}\b",
    "range": rf"(?:\b|(?<=[Ff][Yy])){_YEAR}\s*[-–—/]\s*(?:{_YEAR}|\d\d)\b",  # "FY2024-25"
    "decade": r"(?<![\d.,])(?:1[89]\d0|20\d0)['’]?s\b",
    # "1800 GMT" is a time of day, no year
    "year": rf"(?<![\d.,]){_YEAR}\b(?![.,]?\d|\s*(?:GMT|UTC|local\s+time)\b)",
    "month": r"\b(?:January|February|March|April|June|July|August|September|October|November"
    rf"|December)\b|{_MAY_AS_MONTH}",
    # a month named in Ukrainian or Russian with no day: "у вересні 2025 року", "до березня"
    "cmonth": rf"(?i:\b(?:{alternation(CYRILLIC_MONTHS)})(?:\s+{_YEAR}{_YEAR_WORD})?(?!\w))",
    "cday": rf"(?i:\b(?:{alternation(_CYRILLIC_DAYS)}"
    rf"|(?:{alternation(_CYRILLIC_WHICH)})\s+(?:{alternation(_CYRILLIC_PERIODS)}))(?!\w))",
    "weekday": rf"\b{_WEEKDAY}s?\b"
    r"(?:\s+(?:morning|afternoon|evening|night)\b)?",
    # a clock time; "2:13:44" and "14:00.21" are durations (numbers of seconds), not times
    "time": r"(?<![\d:])\d{1,2}:\d{2}(?:\s*[ap]\.?m\b\.?|\b(?![:.]\d))"  # "10:30pm" too
    r"|(?<![\d.])\b\d{1,2}\.\d{2}\s*(?:[ap]\.m\.|[ap]m\b)"  # "9.30am", British style
    r"|(?<![:.])\b\d{1,2}\s*(?:[ap]\.m\.|[ap]m\b)|\b[0-2]\d[0-5]\d(?=\s*(?:GMT|UTC|local\s+time)\b)"
    # "о 14.00", "об 11.30", "в 9.15", "з 17.00 до 22.00": hours and minutes with a dot
    # after a Ukrainian or Russian "at", "from", "to" (not an amount: "до 41.25 грн"); or
    # before a time zone ("14.30 GMT")
    r"|(?:(?<=\b[оОвВзЗсС] )|(?<=\b[оО]б )|(?<=\b[дД]о )|(?<=\b[вВ]ід )|(?<=\bпісля ))"
    r"(?:[01]?\d|2[0-3])\.[0-5]\d\b(?![.,]?\d|\s*(?:раз|%|грн|гривен|гривн|дол|євро|евро|руб))"
    r"|(?<![\d.])\b(?:[01]?\d|2[0-3])\.[0-5]\d(?=\s*(?:GMT|UTC|CET|BST|local\s+time)\b)",
    # "the previous quarter" is "the previous three months": a quarter counts as 3 months,
    # and "the past decade" as ten years
    "span": rf"(?i:\b(?:(?:in|over|during|for|within|throughout)\s+)?(?:the\s+)?"
    rf"(?:past|last|recent|previous|preceding|coming|next|following)\s+"
    rf"(?:(?:{_QTY}\s+)?(?:{_TUNITS}|quarters|fortnights)|quarter|decade|fortnight)\b)",
    # "for weeks", "for several days"; a counted duration ("for three days", "for 18
    # years") is a number with a unit, as "a three-day strike" and "eight years" are.
    "for": r"(?i:\bfor\s+(?:(?:several|a\s+few|some|many)\s+)?(?:days|weeks|months|years)\b)",
    # a fortnight is two weeks ("a fortnight ago" = "two weeks ago"); "a year earlier" is
    # left out on purpose: after an amount it is what the amount is measured against
    "ago": rf"(?i:\b(?:(?:as\s+recently\s+as|just|only)\s+)?"
    rf"(?:(?:(?:{_QTY}\s+)?(?:{_TUNITS}|fortnights)|(?:a|one)\s+fortnight)\s+(?:ago|earlier|later)"
    rf"|(?:a|an|one)\s+{_TUNIT}\s+ago)\b)",  # "a week ago", never "a year earlier"
    "ref": r"(?i:\b(?:(?:as\s+recently\s+as|just|only|as\s+early\s+as)\s+)?(?:last|this|next|past)"
    r"\s+(?:week|month|year|weekend|night|summer|winter|spring|autumn|fall)(?:['’]s)?\b)",
    "later": r"(?i:\b(?:earlier|later)\s+(?:this|that|last|next)\s+(?:week|month|year)\b)",
    "day": r"(?i:\b(?:yesterday|today|tomorrow|tonight)\b)",
    # "two days before the vote": a count belongs to the time, as in "two days later"
    "rel": rf"(?i:\b(?:immediately|shortly|soon|just|right|long"
    rf"|(?:{_QTY}\s+)?(?:hours|days|weeks|months|years)|(?:a|one)\s+(?:day|week))"
    r"\s+(?:after|before)\b)",
    "recent": r"(?i:\brecently\b)",
    "noon": r"(?i:\b(?:noon|midday|midnight)\b)",
    "part": rf"(?i:\b(?:early|mid|late)[- ](?:in[- ])?{_YEAR}\b)",
    # a quarter or a half of a (fiscal) year: "Q1 2025", "the first quarter", "H2", "the
    # second half of 2025" (a half only of a year: "the second half" of a match is none)
    "quarter": rf"(?i:\b(?:q[1-4]|h[12]|(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter"
    r"|(?:first|second)\s+half(?=\s+of\s+(?:the\s+|this\s+|last\s+|next\s+)?(?:year|\d{4})))"
    rf"(?:\s+(?:of\s+)?(?:the\s+)?(?:{_YEAR}|fy\s?\d{{2,4}}))?\b)",
    "dayparts": rf"(?i:\b(?:early|late)\s+(?:on\s+)?{_WEEKDAY}\b)",
    # a part of the day with no day named: "in the afternoon", "this morning"
    "daypart": r"(?i:\b(?:(?:early|late)\s+)?(?:in\s+the|this)\s+(?:morning|afternoon|evening)\b)",
}


def _part(*names: str) -> re.Pattern[str]:
    return re.compile(_joined(names))


def _joined(names: tuple[str, ...]) -> str:
    return "|".join(f"(?P<{k}>{_DATE_PARTS[k]})" for k in names)


_WEEKDAY_WORDS = frozenset(WEEKDAYS) | {d + "s" for d in WEEKDAYS}
_MONTH_PART = _part("mdy", "my", "month")
_WEEKDAY_PART = _part("weekday")
_OTHER_PARTS = (
    "cmonth",
    "cday",
    "span",
    "for",
    "ago",
    "ref",
    "later",
    "day",
    "rel",
    "recent",
    "part",
    "quarter",
    "dayparts",
    "daypart",
    "noon",
)
# The parts keep the order of _DATE_PARTS; each holds every branch that can start with
# its first character or word.
_DATE_WORDS: dict[str, re.Pattern[str] | Folded] = {w: _MONTH_PART for w in MONTHS}
_DATE_WORDS |= {w: _WEEKDAY_PART for w in _WEEKDAY_WORDS}
_DATE = Dispatch(
    digit=_part("iso", "numeric", "dm", "dmy", "range", "decade", "year", "time", "ago", "rel"),
    other=Folded.of(_joined(_OTHER_PARTS)),
    words=_DATE_WORDS,
)
_UNITS = frozenset({"hours", "days", "weeks", "months", "years", "decades"})
_QUARTERS = frozenset({"quarter", "quarters"})
_PART_OF_YEAR_WORDS = frozenset(
    "q1 q2 q3 q4 h1 h2 first second third fourth 1st 2nd 3rd 4th half".split()
)
_ORDINAL_OF = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3}
_DATE_ANCHORS = Anchors(
    starts=frozenset(MONTHS)
    | frozenset(CYRILLIC_MONTHS)
    | frozenset(_CYRILLIC_DAYS)
    | frozenset(_CYRILLIC_WHICH)
    | _WEEKDAY_WORDS
    | _UNITS
    | _QUARTERS
    | _PART_OF_YEAR_WORDS
    | NUMBER_WORDS
    | frozenset(
        "in over during for within throughout the past last recent previous coming next"
        " following as just only a few several some many this earlier later yesterday today"
        " tomorrow tonight immediately shortly soon right long recently early mid late noon"
        " midday midnight".split()
    ),
    cores=frozenset(MONTHS)
    | frozenset(CYRILLIC_MONTHS)
    | frozenset(_CYRILLIC_DAYS)
    | frozenset(_CYRILLIC_PERIODS)
    | _WEEKDAY_WORDS
    | _UNITS
    | _QUARTERS
    | _PART_OF_YEAR_WORDS
    | frozenset(
        "past last recent previous coming next following week fortnight fortnights month year"
        " weekend night morning afternoon evening summer"
        " winter spring autumn fall earlier later yesterday today tomorrow tonight after before"
        " recently noon midday midnight".split()
    ),
    digits=True,
)
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
}


@lru_cache(maxsize=4096)
def _date_keys(kind: str, frag: str) -> tuple[tuple, ...]:
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
        if english[0] in _DAY_WORDS:
            return [("day", english[0])]
        return [("ref", english[0], TIME_UNITS[english[-1]])]
    if kind in ("dmy", "mdy", "my", "month", "cmonth"):
        days = [i for i in ints if i < 32] if kind in ("dmy", "mdy") else []
        if len(days) == 2:  # "Nov. 6-7": both days, so "Nov. 6-8" differs
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
        return [("ago", unit, "later" if words[-1] == "later" else "earlier", qty)]
    if kind in ("ref", "later"):
        which = next(w for w in words if w in ("last", "this", "next", "past", "that"))
        return [("ref", "last" if which == "past" else which, unit)]
    if kind == "rel":
        if unit:  # "(two) days after": the time between two events, from the first
            return [("rel", unit, words[-1], qty)]
        first = _SAME_ADVERB.get(words[0], words[0])  # "soon after" is "shortly after"
        return [("rel", first, words[-1])]
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


def dates_touch(scan: Scan, touching: Touching) -> bool:
    """Whether some time expression may touch a change (never a wrong no), its time zone
    included ("10 a.m. ET" / "10 a.m. PT")."""
    if scan.touches(_DATE, _DATE_ANCHORS, touching, 80):
        return True
    for p in scan.candidates(_DATE_ANCHORS):
        m = scan.match(_DATE, p)
        if m is not None and m.lastgroup == "time":
            end = zone_end(scan.text, m.end())
            if end > m.end() and touching(m.end(), end):
                return True
    return False


# "four years before" with nothing after it tells the time from the story's own moment,
# as "four years earlier" does.
_NO_OBJECT = re.compile(r"\s*(?:[.,;:)]|$)")
_ADVERB = {"before": "earlier", "after": "later"}
# Stretches told in a larger unit: a quarter is three months, a fortnight two weeks.
_COUNTED_IN = {"quarter": ("months", 3), "fortnight": ("weeks", 2), "decade": ("years", 10)}
_SAME_ADVERB = {"soon": "shortly", "just": "shortly", "right": "immediately"}


def extract_dates(scan: Scan) -> list[Item]:
    """Calendar dates, years, weekdays, times and relative times ("last week", "days ago")."""
    out, text = [], scan.text
    for m in scan.finditer(_DATE, _DATE_ANCHORS):
        kind = m.lastgroup or ""
        frag = text[m.start() : m.end()]
        if kind == "dm" and not scan.has_cyrillic():
            continue  # "17.03" in English is a decimal
        if no_time(kind, frag, text, m.start(), m.end()):
            continue
        for key in _date_keys(kind, frag):
            end = m.end()
            if kind == "rel" and len(key) == 4 and _NO_OBJECT.match(text, end):
                key = ("ago", key[1], _ADVERB[key[2]], key[3])  # "four years before." = "earlier"
            elif key[0] == "time":
                end, key = with_zone(text, end, key)  # "10 a.m. ET" is no "10 a.m. PT"
            out.append(Item(FlagKind.DATE, m.start(), end, text[m.start() : end], key))
    return out
