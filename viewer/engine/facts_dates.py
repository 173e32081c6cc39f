"""Dates, years, weekdays, times and relative times found in a text, keyed to compare loosely.

"5 November" and "November 5" get equal keys; "November 5" and "November 2024" do not
contradict each other, "2023" and "2024" do; "in recent months" and "over the past few
months" are the same vague span, "over the past three months" is not.
"""

from __future__ import annotations

import re

from viewer.engine.facts_cyrillic import (
    CYRILLIC_NUMBER_WORDS,
)
from viewer.engine.facts_cyrillic_times import (
    CYRILLIC_AGO_UNITS,
    CYRILLIC_MONTH_PARTS,
    CYRILLIC_MONTHS,
    CYRILLIC_QUARTER_ORDINALS,
    CYRILLIC_QUARTERS,
    CYRILLIC_TIMES,
    CYRILLIC_YEAR_WORDS,
)
from viewer.engine.facts_date_keys import DAY_WORDS, TWO_DAYS, date_keys
from viewer.engine.facts_date_misreads import no_time
from viewer.engine.facts_joining import join_adjacent
from viewer.engine.facts_lexicon import (
    MONTHS,
    WEEKDAYS,
    alternation,
)
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
_CYRILLIC_PART_WORDS = list(CYRILLIC_MONTH_PARTS)
_CYRILLIC_DAYS = [
    w for w, e in CYRILLIC_TIMES.items() if e in WEEKDAYS or e in DAY_WORDS or e in TWO_DAYS
]
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
    # "14 March", "14-16 March", "14, 15 and 16 March"
    "dmy": rf"\b{_DAY}(?:\s*[-–]\s*{_DAY}|(?:,\s*{_DAY})*,?\s+(?:to|and)\s+{_DAY})?\s+(?:of\s+)?"
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
    # a part of a month: "на початку березня", "в середине марта", "наприкінці березня"
    "cmpart": rf"(?i:(?<!\w)(?:{alternation(_CYRILLIC_PART_WORDS)})\s+"
    rf"(?:{alternation(CYRILLIC_MONTHS)})(?!\w))",
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
    rf"|(?:a|an|one)\s+{_TUNIT}\s+ago"  # "a week ago", "a day later", never "a year earlier"
    r"|(?:a|one)\s+(?:day|week|month)\s+(?:earlier|later))\b)",
    # "три дні тому", "неделю назад", "3 дні тому": a count of a unit, then "ago" (words and
    # digits apart: each part of the alternation compiles alone, see _DATE)
    "cago": rf"(?i:(?<!\w)(?:(?:{alternation(CYRILLIC_NUMBER_WORDS)})\s+)?"
    rf"(?:{alternation(CYRILLIC_AGO_UNITS)})\s+(?:тому|назад)(?!\w))",
    "cagodigits": rf"(?i:(?<!\w)\d+\s+(?:{alternation(CYRILLIC_AGO_UNITS)})\s+"
    r"(?:тому|назад)(?!\w))",
    "ref": r"(?i:\b(?:(?:as\s+recently\s+as|just|only|as\s+early\s+as)\s+)?(?:last|this|next|past)"
    r"\s+(?:week|month|year|weekend|night|summer|winter|spring|autumn|fall)(?:['’]s)?\b)",
    "later": r"(?i:\b(?:earlier|later)\s+(?:this|that|last|next)\s+(?:week|month|year)\b)",
    "day": r"(?i:\b(?:yesterday|today|tomorrow|tonight)\b)",
    # "two days before the vote": a count belongs to the time, as in "two days later"
    "rel": rf"(?i:\b(?:immediately|shortly|soon|just|right|long"
    rf"|(?:{_QTY}\s+)?(?:hours|days|weeks|months|years)|(?:a|one)\s+(?:day|week)"
    # "the week after the vote" (not "the week after next")
    r"|the\s+week(?=\s+(?:before|after|following|preceding)\s+(?:the|his|her|their|its)\b))"
    # "leading up to" and "ahead of": before
    r"\s+(?:after|before|following|preceding|leading\s+up\s+to|ahead\s+of)\b)",
    "recent": r"(?i:\brecently\b)",
    # "earlier in the day" (the same day) is no "the previous day"
    "dayrel": r"(?i:\b(?:(?:earlier|later)\s+in\s+the\s+day"
    r"|the\s+(?:previous|next|following)\s+day|the\s+day\s+(?:before|after))\b)",
    # a part of a month: "mid-July", "late July", "early in March"
    "mpart": rf"(?i:\b(?:early|mid|late)[- ](?:in[- ])?{_MONTH})",
    # the year's end: "by the end of the year" is this year
    "yearend": r"(?i:\b(?:the\s+)?end\s+of\s+(?:the|this)\s+year\b)",
    # the year's start: "since the start of the year" is since January 1
    "yearstart": r"(?i:\b(?:the\s+)?(?:start|beginning)\s+of\s+(?:the|this)\s+year\b)",
    "season": r"(?i:\bin\s+the\s+(?:spring|summer|autumn|fall|winter)\b)",
    "noon": r"(?i:\b(?:noon|midday|midnight)\b)",
    "part": rf"(?i:\b(?:early|mid|late)[- ](?:in[- ])?{_YEAR}\b)",
    # a quarter or a half of a (fiscal) year: "Q1 2025", "the first quarter", "H2", "the
    # second half of 2025" (a half only of a year: "the second half" of a match is none)
    "quarter": rf"(?i:\b(?:q[1-4]|h[12]|(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter"
    r"|(?:first|second)\s+half(?=\s+of\s+(?:the\s+|this\s+|last\s+|next\s+)?(?:year|\d{4}))"
    rf"|{CYRILLIC_QUARTERS})"
    rf"(?:\s+(?:of\s+)?(?:the\s+)?(?:{_YEAR}|fy\s?\d{{2,4}}))?\b)",
    "dayparts": rf"(?i:\b(?:early|late|dawn|dusk)\s+(?:on\s+)?{_WEEKDAY}\b)",
    # a part of the day with no day named: "in the afternoon", "this morning"
    "daypart": r"(?i:\b(?:(?:early|late)\s+)?(?:in\s+the|this)\s+(?:morning|afternoon|evening)\b"
    r"|(?<=\bat\s)(?:dawn|daybreak|dusk|nightfall)\b)",
}


def _part(*names: str) -> re.Pattern[str]:
    return re.compile(_joined(names))


def _joined(names: tuple[str, ...]) -> str:
    return "|".join(f"(?P<{k}>{_DATE_PARTS[k]})" for k in names)


_WEEKDAY_WORDS = frozenset(WEEKDAYS) | {d + "s" for d in WEEKDAYS}
_MONTH_PART = _part("mdy", "my", "month")
_WEEKDAY_PART = _part("weekday")
_OTHER_PARTS = (
    "cmpart",
    "cmonth",
    "cday",
    "span",
    "for",
    "ago",
    "cago",
    "ref",
    "later",
    "day",
    "rel",
    "recent",
    "dayrel",
    "mpart",
    "yearend",
    "yearstart",
    "season",
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
    digit=_part(
        "iso", "numeric", "dm", "dmy", "range", "decade", "year", "time", "ago", "cagodigits", "rel"
    ),
    other=Folded.of(_joined(_OTHER_PARTS)),
    words=_DATE_WORDS,
)
_UNITS = frozenset({"hours", "days", "weeks", "months", "years", "decades"})
_QUARTERS = frozenset({"quarter", "quarters"})
_CYRILLIC_QUARTER_WORDS = frozenset(w for words in CYRILLIC_QUARTER_ORDINALS for w in words.split())
_PART_OF_YEAR_WORDS = frozenset(
    "q1 q2 q3 q4 h1 h2 first second third fourth 1st 2nd 3rd 4th half".split()
)
_DATE_ANCHORS = Anchors(
    starts=frozenset(MONTHS)
    | frozenset(CYRILLIC_MONTHS)
    | {w.split()[0] for w in CYRILLIC_MONTH_PARTS}
    | frozenset(CYRILLIC_AGO_UNITS)
    | frozenset(CYRILLIC_NUMBER_WORDS)
    | frozenset(_CYRILLIC_DAYS)
    | frozenset(_CYRILLIC_WHICH)
    | _WEEKDAY_WORDS
    | _UNITS
    | _QUARTERS
    | _CYRILLIC_QUARTER_WORDS
    | _PART_OF_YEAR_WORDS
    | NUMBER_WORDS
    | frozenset(
        "in over during for within throughout the past last recent previous coming next"
        " following as just only a an few several some many this earlier later yesterday today"
        " tomorrow tonight immediately shortly soon right long recently early mid late noon"
        " midday midnight end dawn daybreak dusk nightfall".split()
    ),
    cores=frozenset(MONTHS)
    | frozenset(CYRILLIC_MONTHS)
    | frozenset(CYRILLIC_AGO_UNITS)
    | frozenset(_CYRILLIC_DAYS)
    | frozenset(_CYRILLIC_PERIODS)
    | _WEEKDAY_WORDS
    | _UNITS
    | _QUARTERS
    | _CYRILLIC_QUARTER_WORDS
    | _PART_OF_YEAR_WORDS
    | frozenset(
        "past last recent previous coming next following hour week fortnight fortnights month"
        " year decade"
        " weekend night morning afternoon evening day dawn daybreak dusk nightfall end summer"
        " winter spring autumn fall earlier later yesterday today tomorrow tonight after before"
        " recently noon midday midnight".split()
    ),
    digits=True,
)


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
        for key in date_keys(kind, frag):
            end = m.end()
            if kind == "rel" and len(key) == 4 and _NO_OBJECT.match(text, end):
                key = ("ago", key[1], _ADVERB[key[2]], key[3])  # "four years before." = "earlier"
            elif key[0] == "time":
                end, key = with_zone(text, end, key)  # "10 a.m. ET" is no "10 a.m. PT"
            out.append(Item(FlagKind.DATE, m.start(), end, text[m.start() : end], key))
    return _months_as_parts(text, out) if len(out) > 1 else out


_MONTHS_JOINED = re.compile(r"\s*(?:[-–—]|to|through|until)\s*", re.IGNORECASE)


def _months_as_parts(text: str, items: list[Item]) -> list[Item]:
    """A run of months that is a quarter or a half of a year, as one date: "January-March
    2025" and "у січні–березні 2025 року" are "the first quarter of 2025"."""

    def join(prev: Item, item: Item) -> Item | None:
        if not (
            prev.key[0] == item.key[0] == "abs"
            and prev.key[2] is not None
            and item.key[2] is not None
            and prev.key[3] is None
            and item.key[3] is None
            and _MONTHS_JOINED.fullmatch(text, prev.end, item.start)
        ):
            return None
        first, last = prev.key[2], item.key[2]
        size = last - first + 1
        if size not in (3, 6) or (first - 1) % size:
            return None
        which = (first - 1) // size + 1  # the first quarter, the second half
        key = ("quarter" if size == 3 else "half", item.key[1] or prev.key[1], which)
        return Item(FlagKind.DATE, prev.start, item.end, text[prev.start : item.end], key)

    return join_adjacent(items, join)
