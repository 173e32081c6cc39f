"""The normalised value of an amount as written: "$1.3bn" is ("num", 1.3e9, "usd", "").

Keys are ``("num", value, unit, qualifier)`` for amounts and ``("freq" | "mult" |
"quant" | "ord", value, qualifier)`` for frequencies, multiples, vague quantities and
ordinals; facts_number_match decides when two keys state one amount.
"""

from __future__ import annotations

import re
from functools import lru_cache

from viewer.engine.facts_cyrillic import CYRILLIC_FREQUENCIES, CYRILLIC_TIMES_WORDS, in_english
from viewer.engine.facts_lexicon import (
    FRACTIONS,
    FREQUENCIES,
    MULTIPLES,
    NUMBER_QUALIFIERS,
    ORDINALS,
    QUANTIFIERS,
    SCALES,
    SPAN_WORDS,
    TENS,
    TIMES_WORDS,
    UNIT_PARTS,
    UNITS_SMALL,
    table,
)
from viewer.engine.facts_number_match import METRES_OR_MILLION
from viewer.engine.facts_units import (
    CURRENCY_PREFIXES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    PREFIX_ALTERNATION,
    UNIT_WORDS,
)

__all__ = [
    "CLOCK_DURATION",
    "CYRILLIC_CASE_AFTER_DIGITS",
    "CYRILLIC_FRACTIONS",
    "DIGITS",
    "FRACTION_COUNTS",
    "MORE_BEFORE_TIME",
    "ONE_OF_UNITS",
    "TIME_KEY_UNITS",
    "TIME_UNIT_WORDS",
    "number_key",
    "word_value",
]

# Digits of an amount: "1,200", "13.7", "3,5" (a decimal comma), "1,87,000" (grouped in
# lakhs, as Indian outlets write).
DIGITS = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\w-]|[.,]\d)"  # "1 240" (Ukrainian, French)
    r"|\d+[ \u00a0]+[1-3]/[234](?![\d/])"  # "7 1/2" is 7.5, as "7½" is
    r"|\d+(?:[.,]\d+|[½¼¾⅓⅔])?"  # "7½" is 7.5
)
_MIXED = re.compile(r"(\d+)[ \u00a0]+([1-3])/([234])")
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
_GROUP_SPACE = re.compile(r"[ \u00a0\u202f]")  # between groups of thousands: "1 240"
_PREFIX = re.compile(rf"(?:{PREFIX_ALTERNATION})\s?(?=\d)")
FRACTION_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}
_PART_OF = {"quarter": 0.25, "half": 0.5}
# A race time or other duration in clock form ("2:00:35", "2:13:44.5"): hours, minutes,
# seconds; or minutes and seconds with their fraction ("14:00.21"), which no time of day has.
CLOCK_DURATION = r"\b\d{1,2}:[0-5]\d(?::[0-5]\d(?:\.\d+)?|\.\d{1,3})(?![\d:])"
_CLOCK_FORM = re.compile(CLOCK_DURATION)
_TO_SECONDS = {"d": 86400, "h": 3600, "min": 60, "s": 1}  # "48 hours" is "two days"
# "a day and a half": one and a half of a unit of time
_AND_A_HALF = re.compile(
    r"(?:an?|one) (second|minute|hour|day|week|month|year|mile|kilometre|kilometer) and a half"
)

_WORD = re.compile(r"[a-z]+")


_WORD_SCALES = frozenset(
    "hundred thousand lakh lakhs million crore crores billion trillion".split()
)


def word_value(words: str) -> float | None:
    """Value of a number written in words ("four and a half" -> 4.5, "one point two" ->
    1.2), or None."""
    total, current, seen = 0.0, 0.0, False
    place = 0.0  # after "point": the place of the next decimal digit ("one point two")
    for w in _WORD.findall(words.lower()):
        if w == "point" and seen and not place:
            place = 0.1
            continue
        if place and w in UNITS_SMALL and UNITS_SMALL[w] < 10:
            current, place = current + UNITS_SMALL[w] * place, place / 10
            continue
        if w in UNITS_SMALL:
            current += UNITS_SMALL[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "dozen":
            current = (current or 1) * 12
        elif w == "half":
            current += 0.5
        elif w == "quarter":  # "a quarter of a percentage point", "two and a quarter"
            current += 0.25
        elif w in UNIT_PARTS:  # "two-tenths of a percentage point" is 0.2
            current = (current or 1) * UNIT_PARTS[w]
        elif w == "quarters":  # "three quarters of a million"
            current *= 0.25
        elif w in _WORD_SCALES:
            place = 0.0
            current = (current or 1) * SCALES[w]
            if w != "hundred":
                total, current = total + current, 0.0
        elif w in ("a", "and", "of"):
            continue
        else:
            return None
        seen = True
    return total + current if seen else None


_DIGITS_RE = re.compile(DIGITS)
_DIGIT_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
_GROUPED = re.compile(r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def _digits_value(text: str) -> float | None:
    m = _DIGITS_RE.search(text)
    if not m:
        return None
    mixed = _MIXED.fullmatch(m.group())
    if mixed is not None:  # "7 1/2"
        whole, num, den = (int(g) for g in mixed.groups())
        return whole + num / den if num < den else None
    raw = _GROUP_SPACE.sub("", m.group())
    part = _VULGAR.get(raw[-1], 0.0)
    raw = raw.rstrip("".join(_VULGAR))
    if _GROUPED.fullmatch(raw):
        raw = raw.replace(",", "")
    return float(raw.replace(",", ".")) + part


# A scale written against its digits ("$5m", "€2.5bn", "300k") is a word of its own.
# "20-year" and "three-day" are "20 year" and "three day" (number words keep their own
# hyphens: "twenty-five" reads the same with a space).
# A case ending after digits in Ukrainian and Russian: "на 112-му кілометрі" is at km 112.
CYRILLIC_CASE_AFTER_DIGITS = r"-(?:ий|ій|ого|ому|им|ої|ою|го|му|й|ю)(?!\w)"
_CASE_AFTER_DIGITS = re.compile(rf"(?<=\d){CYRILLIC_CASE_AFTER_DIGITS}")
_HYPHENED_UNIT = re.compile(r"(?<=[\da-z])-(?=[a-z])")
_GLUED_DEGREES = re.compile(r"(?<=\d)(?=°|[cf]$)")  # "40°C", "104F"
_GLUED_SCALE = re.compile(
    r"(?<=\d)(?=(?:thousand|million|billion|trillion|mln|bln|mn|bn|tn|k|m|b)\b)"
)
# "21 extra minutes", "two more days", "4.1 fewer days", "six consecutive days": a word of
# "more" (or "fewer", or of days in a row) between a count and its time unit.
MORE_BEFORE_TIME = r"(?:extra|more|additional|further|fewer|consecutive|straight|successive)"
# Units "a" counts one of ("about a mile from the runway" is one mile); not "a foot patrol",
# "a yard", "a pound" (money or weight) or "a ton of", which are rarely amounts.
ONE_OF_UNITS = frozenset(
    "mile kilometre kilometer kilogram litre liter gallon acre hectare".split()
)
TIME_UNIT_WORDS = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b"
_MORE_BEFORE_UNIT = re.compile(rf" {MORE_BEFORE_TIME} (?={TIME_UNIT_WORDS}$)")
_GLUED_SECONDS = re.compile(r"(?<=\.\d)s$|(?<=\.\d\d)s$")  # "1.8s" (a margin, a lap)
# A unit abbreviation written against its digits ("35km", "100mg", "6pct") is a word too.
_GLUED_UNIT = re.compile(
    r"(?<=\d)(?=(?:km|kg|mg|cm|mm|mph|kph|ft|lbs?|bpd|bps?|[kmg]w|[kmgt]wh|ha|pct|pc|hrs?|mins?|secs?)\b"
    r"|g$)"  # "200g" (of gold: the number pattern takes no other)
)


_FREQUENCIES = FREQUENCIES | CYRILLIC_FREQUENCIES
_TIMES = re.compile(rf"(.+?) (?:{'|'.join(TIMES_WORDS + CYRILLIC_TIMES_WORDS)})")


def _times_key(count: str, qual: str) -> tuple | None:
    """The key of a count of times, as the frequencies table writes it: "3 times"."""
    key = number_key(count)
    if key is None or key[0] != "num" or key[2] != "":
        return None
    value = key[1]
    return ("freq", "1 time" if value == 1 else f"{value:g} times", qual)


# Roubles or hryvnias and their kopecks, once told in English: one amount.
_WITH_CENTS = re.compile(r"^(\d+) (roubles|hryvnias) (\d{1,2}) cents$")


# The units a number key counts lengths of time in: seconds, weeks, months, years.
TIME_KEY_UNITS = frozenset({"s", "wk", "mo", "yr"})
# Spans counted in years: "two decades" are 20 years, "three millennia" 3,000.
_IN_YEARS = {"dec": 10, "mil": 1000}
# Lengths of time a part is taken of ("a quarter of an hour", "half a year"), in the units
# number keys count them in.
_PART_OF_SPAN = {
    "hour": (3600.0, "s"),
    "day": (86400.0, "s"),
    "week": (604800.0, "s"),
    "month": (1.0, "mo"),
    "year": (12.0, "mo"),
    "century": (100.0, "yr"),
}


# Shares of a whole in Ukrainian and Russian, by the English word (their noun follows in
# the genitive, with no "of": "чверть видатків", "половина бюджета").
CYRILLIC_FRACTIONS = table(
    """
    half: половина, половину, половини, половины
    third: третина, третину, третини, треть, трети
    quarter: чверть, чверті, четверть, четверти
    """
)
# A match's minute told from its end or from the second half's start (facts_numbers).
_MATCH_MINUTE = re.compile(r"(?:(\S+) minutes? (from|after|into) .*|.*(?:final|last) minute .*)")
_FULL_TIME, _HALF_TIME = 90, 45


def _match_minute(m: re.Match[str]) -> int | None:
    """The minute a match phrase names: 90 less the count from time, 45 plus the count
    after the restart, 90 for the final minute of normal time. Keyed as "in the 78th
    minute" is, by the time played (facts_numbers)."""
    if m.group(1) is None:
        return _FULL_TIME
    count = int(m.group(1)) if m.group(1).isdigit() else word_value(m.group(1))
    if count is None:
        return None
    return int(_FULL_TIME - count if m.group(2) == "from" else _HALF_TIME + count)


_ONE_UNIT = re.compile(r"(?:(\w+)[- ]long|(?:another|a further|one more) (\w+))")
_PER_ONE = {"daily": "one day", "weekly": "one week", "monthly": "one month"}


@lru_cache(maxsize=4096)
def number_key(text: str) -> tuple | None:
    if _CLOCK_FORM.fullmatch(text):
        parts = [float(p) for p in text.split(":")]  # hours, minutes, seconds or the last two
        return ("num", round(sum(p * 60**k for k, p in enumerate(reversed(parts))), 6), "s", "")
    said = " ".join(text.lower().split())
    if (minute := _MATCH_MINUTE.fullmatch(said)) and (played := _match_minute(minute)):
        return ("num", played * 60.0, "s", "")  # "12 minutes from time": the 78th minute
    if one := _ONE_UNIT.fullmatch(said):  # "week-long", "a further year": one of the unit
        return number_key("one " + (one.group(1) or one.group(2)))
    if said in QUANTIFIERS:  # "тисячі" is "thousands", before it is read as 1,000
        return ("quant", QUANTIFIERS[said], "")
    if said in CYRILLIC_FRACTIONS:  # "чверті видатків" is "a quarter of spending"
        return ("num", FRACTIONS[CYRILLIC_FRACTIONS[said]], "share", "")
    low = _GLUED_SCALE.sub(" ", " ".join(in_english(text.lower()).split()))
    low = _WITH_CENTS.sub(lambda m: f"{m[1]}.{int(m[3]):02d} {m[2]}", low)  # "97 roubles 35 cents"
    low = _CASE_AFTER_DIGITS.sub("", low)  # "112-му кілометрі" is 112 km
    low = _HYPHENED_UNIT.sub(" ", low)
    low = _GLUED_DEGREES.sub(" ", low)
    low = _GLUED_UNIT.sub(" ", low)
    low = _GLUED_SECONDS.sub(" sec", low)
    low = _MORE_BEFORE_UNIT.sub(" ", low)  # "21 extra minutes" is 21 minutes
    qual = ""
    for q in sorted(NUMBER_QUALIFIERS, key=len, reverse=True):
        if low.startswith(q + " "):
            qual, low = NUMBER_QUALIFIERS[q], low[len(q) + 1 :]
            break
    if low in _FREQUENCIES:
        return ("freq", _FREQUENCIES[low], qual)
    if (seconds := _compound_duration(low)) is not None:  # "14 minutes 0.21 seconds"
        return ("num", seconds, "s", qual)
    if times := _TIMES.fullmatch(low):  # "5 times", "five times", "3 рази"
        return _times_key(times.group(1), qual)
    if low in MULTIPLES:
        return ("mult", MULTIPLES[low], qual)
    if low.startswith("single "):  # "single-day" (see facts_numbers) is "one-day"
        low = "one " + low[len("single ") :]
    elif low in _PER_ONE:  # "its steepest daily drop" is its steepest one-day drop
        low = _PER_ONE[low]
    first, last = low.split()[0], low.split()[-1]  # hyphens between words are spaces now
    part = _PART_OF.get(first) or _PART_OF.get(low.split()[1] if " " in low else "")
    if part is not None and last in _PART_OF_SPAN:  # "a quarter of an hour", "half a year"
        span, unit = _PART_OF_SPAN[last]
        return ("num", part * span, unit, qual)
    if part is not None and last == "point":  # "a quarter point" = 0.25 pp
        return ("num", part, "pp", qual)
    if half := _AND_A_HALF.fullmatch(low):
        unit = UNIT_WORDS[half.group(1)]
        return ("num", 1.5 * _TO_SECONDS.get(unit, 1), "s" if unit in _TO_SECONDS else unit, qual)
    if first in ("a", "an") and last in ONE_OF_UNITS and low.count(" ") == 1:  # "a mile"
        return ("num", 1.0, UNIT_WORDS[last], qual)
    if last in SPAN_WORDS and first in ("a", "one", "first"):  # "the first fortnight"
        span, unit = SPAN_WORDS[last]
        return ("num", span, unit, qual)
    if low in QUANTIFIERS:
        return ("quant", QUANTIFIERS[low], qual)
    fraction = _fraction_value(low)
    if fraction is not None:
        return ("num", round(fraction, 6), "share", qual)
    if low in ORDINALS:
        return ("ord", ORDINALS[low], qual)
    if last in ORDINALS and first in TENS:  # "twenty-first"
        return ("ord", TENS[first] + ORDINALS[last], qual)
    if _DIGIT_ORDINAL.fullmatch(low):
        return ("ord", int(low[:-2]), qual)
    unit = ""
    if prefix := _PREFIX.match(low):  # "UAH 500 billion", "EUR1.3bn", "A$1.2 billion"
        unit, low = CURRENCY_PREFIXES[prefix.group().strip()], low[prefix.end() :]
    for sym, code in CURRENCY_SYMBOLS.items():
        if sym in low:
            unit = code
    words = low.split()
    if money := _phrase_at_end(words, CURRENCY_WORDS):
        unit, words = CURRENCY_WORDS[" ".join(words[-money:])], words[:-money]
    elif n := _phrase_at_end(words, UNIT_WORDS):
        unit, words = UNIT_WORDS[" ".join(words[-n:])], words[:-n]
    elif low.endswith("%"):
        unit = "%"
    scale = 1.0
    # "Rs 1.87 lakh crore": a scale of a scale, 1.87 * 100,000 * 10 million
    while words and words[-1] in SCALES and words[-1] != "hundred" and any(map(str.isdigit, low)):
        scale, words = scale * SCALES[words[-1]], words[:-1]
    body = " ".join(words)
    value = _digits_value(body) if any(c.isdigit() for c in body) else word_value(body)
    if value is not None and unit in _TO_SECONDS:  # "2.5 hours" = "150 minutes"
        value, unit = value * _TO_SECONDS[unit], "s"
    if value is not None and unit == "bp":  # "25 basis points" = "0.25 percentage points"
        value, unit = value / 100, "pp"
    if value is not None and unit in _IN_YEARS:  # "two decades" = "20 years"
        value, unit = value * _IN_YEARS[unit], "yr"
    if value is None:
        return None
    if scale == 1e6 and not unit and low.endswith(" m"):  # the scale was the "m"
        return ("num", round(value, 6), METRES_OR_MILLION, qual)  # "5,000m", "a 10m fall"
    return ("num", round(value * scale, 6), unit, qual)


_DURATION_PART = re.compile(
    r"([^,]+?) (hours?|hrs?|minutes?|mins?|seconds?|secs?)(?:,? and |, | |$)"
)


def _compound_duration(low: str) -> float | None:
    """Seconds in a duration told in two units or more ("2 hours 3 minutes", "14 minutes
    0.21 seconds", "one hour and 15 minutes"); None for anything else."""
    parts, at = [], 0
    for m in _DURATION_PART.finditer(low):
        if m.start() != at:
            return None
        parts.append(f"{m[1]} {m[2]}")
        at = m.end()
    if len(parts) < 2 or at != len(low):
        return None  # one part is read as any amount with a unit
    keys = [number_key(part) for part in parts]
    if not all(k is not None and k[0] == "num" and k[2] == "s" and not k[3] for k in keys):
        return None
    return round(sum(k[1] for k in keys if k is not None), 6)


def _phrase_at_end(words: list[str], table: dict) -> int:
    """How many of the last words are the longest phrase of ``table`` there ("Canadian
    dollars" before "dollars", "miles per hour" before "hour", "per cent" before "cent"),
    when a figure stands before it; 0 when none is."""
    n = next((n for n in (4, 3, 2, 1) if " ".join(words[-n:]) in table), 0)
    return n if len(words) > n else 0


def _fraction_value(low: str) -> float | None:
    words = low.replace("-", " ").replace(" out of ", " in ").split()
    if len(words) == 3 and words[1] == "in":  # "one in three", "four in ten", "two out of 3"
        k, n = (int(w) if w.isdigit() else UNITS_SMALL.get(w, 0) for w in (words[0], words[2]))
        return k / n if k and n else None
    if not words or words[-1].rstrip("s") not in FRACTIONS or words[-1] == "halfs":
        return None
    if len(words) > 2 or (len(words) == 2 and words[0] not in FRACTION_COUNTS):
        return None
    if len(words) == 1 and words[0] != "half":
        return None  # "third" alone is an ordinal
    count = FRACTION_COUNTS[words[0]] if len(words) == 2 else 1
    return count * FRACTIONS[words[-1].rstrip("s")]
