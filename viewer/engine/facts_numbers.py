"""Numbers, amounts, quantifiers and dates found in a text, with values that compare across forms.

"three" and "3", "5 November" and "November 5", "$13.7bn" and "13.7 billion dollars" get
equal keys; "a small number" and "several" do not. Dates are matched loosely: "November 5"
and "November 2024" do not contradict each other, "2023" and "2024" do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.engine.facts_lexicon import (
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    FREQUENCIES,
    MONTHS,
    NUMBER_QUALIFIERS,
    QUANTIFIERS,
    SCALES,
    TENS,
    TIME_UNITS,
    UNIT_WORDS,
    UNITS_SMALL,
    WEEKDAYS,
)
from viewer.engine.facts_scan import Anchors, Scan
from viewer.engine.model import FlagKind

__all__ = ["Item", "dates_equivalent", "extract_dates", "extract_numbers", "numbers_equivalent"]


@dataclass(frozen=True, slots=True)
class Item:
    """One fact found in a text: where it is, and a normalised value to compare."""

    kind: FlagKind
    start: int
    end: int
    text: str
    key: tuple


def _alt(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


_NUM_WORD = (
    rf"(?:(?:{_alt(TENS)})(?:[- ](?:{_alt(k for k in UNITS_SMALL if UNITS_SMALL[k] < 10)}))?"
    rf"|{_alt(UNITS_SMALL)}|a\s+dozen|dozen|a\s+hundred|a\s+thousand)"
)
_NUM_WORDS = (
    rf"{_NUM_WORD}(?:\s+(?:and\s+)?(?:a\s+half|hundred|thousand|million|billion|{_NUM_WORD}))*"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?"
_QUAL = rf"(?:(?:{_alt(NUMBER_QUALIFIERS)})\s+)?"
_SCALE = r"(?:\s?(?:thousand|million|billion|trillion|mln|bln|mn|bn|tn|k|m|b)\b)?"
_UNIT = rf"(?:\s?(?:%|(?:{_alt(w for w in UNIT_WORDS if w != '%')}|{_alt(CURRENCY_WORDS)})\b))?"
_CUR = r"(?:US\$|[$€£¥₴₽]\s?|(?:USD|EUR|UAH|GBP)\s)?"
_NUMBER = re.compile(
    rf"(?i:\b{_QUAL}(?:{_alt(FREQUENCIES)}|{_alt(QUANTIFIERS)})\b)"
    rf"|(?i:(?<![\w.,])(?:{_QUAL})?{_CUR}(?:(?:{_DIGITS})|\b(?:{_NUM_WORDS})\b){_SCALE}{_UNIT})"
)
_FUNCTION = frozenset({"a", "an", "the", "of", "for", "very", "no"})
_NUMBER_WORDS = frozenset(UNITS_SMALL) | frozenset(TENS) | {"dozen", "hundred", "thousand"}
_VAGUE_WORDS = frozenset(w for p in [*QUANTIFIERS, *FREQUENCIES] for w in p.split()) - _FUNCTION
_NUMBER_ANCHORS = Anchors(
    starts=frozenset(p.split()[0] for p in [*NUMBER_QUALIFIERS, *QUANTIFIERS, *FREQUENCIES])
    | {"a", "us", "usd", "eur", "uah", "gbp"},
    cores=_NUMBER_WORDS | _VAGUE_WORDS,
    digits=True,
    marks=tuple(CURRENCY_SYMBOLS),
)
_NOT_A_NUMBER = re.compile(r"(?i)^(?:no one|one another|one of the most|all|most|some)$")

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_QTY = rf"(?:a\s+few|few|several|some|a\s+couple\s+of|many|\d+|{_NUM_WORD})"
_TUNITS = r"(?:hours|days|weeks|months|years|decades)"
_DATE_PARTS = {
    "iso": rf"\b{_YEAR}-\d\d-\d\d\b",
    "numeric": r"\b\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})\b",
    "dmy": rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?(?!\w)",
    "mdy": rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?",
    "my": rf"\b{_MONTH},?\s+{_YEAR}\b",
    "range": rf"\b{_YEAR}\s*[-–—/]\s*(?:{_YEAR}|\d\d)\b",
    "year": rf"(?<![\d.,]){_YEAR}\b(?![.,]?\d)",
    "month": r"\b(?:January|February|March|April|June|July|August|September|October|November"
    r"|December)\b",
    "weekday": r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b",
    "time": r"\b\d{1,2}:\d{2}\b(?:\s*[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.m\.",
    "span": rf"(?i:\b(?:(?:in|over|during|for|within|throughout)\s+)?(?:the\s+)?"
    rf"(?:past|last|recent|previous|coming|next|following)\s+(?:{_QTY}\s+)?{_TUNITS}\b)",
    "for": rf"(?i:\bfor\s+(?:(?:several|a\s+few|some|many|\d+|{_NUM_WORD})\s+)?"
    r"(?:days|weeks|months|years)\b)",
    "ago": rf"(?i:\b(?:(?:as\s+recently\s+as|just|only)\s+)?(?:{_QTY}\s+)?{_TUNITS}\s+"
    r"(?:ago|earlier|later)\b)",
    "ref": r"(?i:\b(?:(?:as\s+recently\s+as|just|only|as\s+early\s+as)\s+)?(?:last|this|next|past)"
    r"\s+(?:week|month|year|weekend|night|summer|winter|spring|autumn|fall)(?:['’]s)?\b)",
    "later": r"(?i:\b(?:earlier|later)\s+(?:this|that|last|next)\s+(?:week|month|year)\b)",
    "day": r"(?i:\b(?:yesterday|today|tomorrow|tonight)\b)",
    "rel": r"(?i:\b(?:immediately|shortly|soon|right|long|(?:hours|days|weeks|months|years))"
    r"\s+(?:after|before)\b)",
    "recent": r"(?i:\brecently\b)",
}
_DATE = re.compile("|".join(f"(?P<{k}>{v})" for k, v in _DATE_PARTS.items()))
_UNITS = {"hours", "days", "weeks", "months", "years", "decades"}
_DATE_ANCHORS = Anchors(
    starts=frozenset(
        "in over during for within throughout the as just only a few several some many this"
        " earlier later immediately shortly soon right long".split()
    )
    | _NUMBER_WORDS,
    cores=frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | {d + "s" for d in WEEKDAYS}
    | _UNITS
    | frozenset(
        "past last recent previous coming next following week month year weekend night summer"
        " winter spring autumn fall earlier later yesterday today tomorrow tonight after before"
        " recently".split()
    ),
    digits=True,
)
_INT = re.compile(r"\d+")
_WORD = re.compile(r"[a-z]+")
_VAGUE = frozenset({"few", "several", "some", "many", "couple"})


def _word_value(words: str) -> float | None:
    """Value of a number written in words ("four and a half" -> 4.5), or None."""
    total, current, seen = 0.0, 0.0, False
    for w in _WORD.findall(words.lower()):
        if w in UNITS_SMALL:
            current += UNITS_SMALL[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "dozen":
            current = (current or 1) * 12
        elif w == "half":
            current += 0.5
        elif w in ("hundred", "thousand", "million", "billion"):
            current = (current or 1) * SCALES[w]
            if w != "hundred":
                total, current = total + current, 0.0
        elif w in ("a", "and"):
            continue
        else:
            return None
        seen = True
    return total + current if seen else None


_DIGITS_RE = re.compile(_DIGITS)
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_COUNTED_NOUN = re.compile(r"\s*(?:[a-z]+s|people|troops)\b")


def _digits_value(text: str) -> float | None:
    m = _DIGITS_RE.search(text)
    if not m:
        return None
    raw = m.group()
    if _GROUPED.fullmatch(raw):
        raw = raw.replace(",", "")
    return float(raw.replace(",", "."))


def _number_key(text: str) -> tuple | None:
    low = " ".join(text.lower().split())
    qual = ""
    for q in sorted(NUMBER_QUALIFIERS, key=len, reverse=True):
        if low.startswith(q + " "):
            qual, low = NUMBER_QUALIFIERS[q], low[len(q) + 1 :]
            break
    if low in FREQUENCIES:
        return ("freq", FREQUENCIES[low], qual)
    if low in QUANTIFIERS:
        return ("quant", QUANTIFIERS[low], qual)
    unit = ""
    for sym, code in CURRENCY_SYMBOLS.items():
        if sym in low:
            unit = code
    words = low.split()
    tail = words[-1] if words else ""
    if tail in CURRENCY_WORDS:
        unit, words = CURRENCY_WORDS[tail], words[:-1]
    elif low.endswith("%") or tail in UNIT_WORDS or " ".join(words[-2:]) in UNIT_WORDS:
        two = " ".join(words[-2:])
        unit = UNIT_WORDS.get(two) or UNIT_WORDS.get(tail) or "%"
        words = words[:-2] if two in UNIT_WORDS else words[:-1] if tail in UNIT_WORDS else words
    scale = 1.0
    if words and words[-1] in SCALES and words[-1] != "hundred" and any(c.isdigit() for c in low):
        scale, words = SCALES[words[-1]], words[:-1]
    body = " ".join(words)
    value = _digits_value(body) if any(c.isdigit() for c in body) else _word_value(body)
    if value is None:
        return None
    return ("num", round(value * scale, 6), unit, qual)


def extract_numbers(scan: Scan, skip: list[tuple[int, int]]) -> list[Item]:
    """Amounts, counts, quantifiers and frequencies outside the ``skip`` spans (dates...)."""
    out = []
    for m in scan.finditer(_NUMBER, _NUMBER_ANCHORS):
        s, e = m.span()
        frag = m.group().rstrip()
        e = s + len(frag)
        if not frag or _NOT_A_NUMBER.match(frag) or any(a < e and s < b for a, b in skip):
            continue
        if frag[-1] in ".,":
            frag, e = frag[:-1], e - 1
        key = _number_key(frag)
        if key is not None:
            out.append(Item(FlagKind.NUMBER, s, e, frag, key))
    return out


def _date_key(kind: str, frag: str) -> list[tuple]:
    low = frag.lower()
    ints = [int(x) for x in _INT.findall(frag)]
    month = next((MONTHS[w] for w in _WORD.findall(low) if w in MONTHS), None)
    year = next((i for i in ints if i >= 1800), None)
    day = next((i for i in ints if i < 32), None) if kind in ("dmy", "mdy") else None
    if kind == "iso":
        return [("abs", ints[0], ints[1], ints[2])]
    if kind == "numeric":
        return [("num", frozenset(ints))]
    if kind in ("dmy", "mdy", "my", "month"):
        return [("abs", year, month, day)]
    if kind == "year":
        return [("abs", year, None, None)]
    if kind == "range":
        first, last = ints[0], ints[-1]
        if last < 100:
            last += first // 100 * 100
        return [("abs", y, None, None) for y in range(first, max(first, last) + 1)][:12]
    if kind == "weekday":
        return [("weekday", next(d for d in WEEKDAYS if low.startswith(d)))]
    if kind == "time":
        return [("time", low.replace(".", "").replace(" ", ""))]
    words = _WORD.findall(low)
    unit = next((TIME_UNITS[w] for w in reversed(words) if w in TIME_UNITS), "")
    qty = _qty(words)
    if kind in ("span", "for"):
        ahead = any(w in ("coming", "next", "following") for w in words)
        return [("span", "future" if ahead else "past", unit, qty)]
    if kind == "ago":
        return [("ago", unit, qty)]
    if kind in ("ref", "later"):
        which = next(w for w in words if w in ("last", "this", "next", "past", "that"))
        return [("ref", "last" if which == "past" else which, unit)]
    if kind == "rel":
        return [("rel", words[0], words[-1])]
    return [(kind, low)]


def _qty(words: list[str]) -> object:
    for w in words:
        if w in _VAGUE:
            return "vague"
        if w.isdigit():
            return int(w)
    value = _word_value(" ".join(w for w in words if w in UNITS_SMALL or w in TENS))
    return value if value is not None else "vague"


def extract_dates(scan: Scan) -> list[Item]:
    """Calendar dates, years, weekdays, times and relative times ("last week", "days ago")."""
    out, text = [], scan.text
    for m in scan.finditer(_DATE, _DATE_ANCHORS):
        kind = m.lastgroup or ""
        frag = m.group()
        if kind == "year" and _COUNTED_NOUN.match(text[m.end() : m.end() + 12]):
            continue  # "2000 soldiers" is a count, not a year
        for key in _date_key(kind, frag):
            out.append(Item(FlagKind.DATE, m.start(), m.end(), frag, key))
    return out


def numbers_equivalent(a: tuple, b: tuple) -> bool:
    """Same amount: equal value and unit; "at least 3" and "about 3" count as "3".

    Qualifiers are ignored on purpose: "at least one meeting" retold as "one meeting" is a
    rewording, while a change of value ("3 dead" vs "at least 22") is caught by the value.
    """
    return a[:-1] == b[:-1] if a[0] == "num" else a[:2] == b[:2]


def dates_equivalent(a: tuple, b: tuple) -> bool:
    """Two time expressions that cannot contradict each other."""
    if a == b:
        return True
    if a[0] == "abs" and b[0] == "abs":
        return all(x is None or y is None or x == y for x, y in zip(a[1:], b[1:], strict=True))
    kinds = {a[0], b[0]}
    if kinds == {"abs", "weekday"}:
        day = a if a[0] == "abs" else b
        return day[3] is not None
    if "recent" in kinds:
        other = b if a[0] == "recent" else a
        return other[-1] == "vague" and other[0] in ("span", "ago")
    return False
