"""Numbers read together with their neighbours: a duration told in parts, a range whose
unit is said once."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from viewer.engine.facts_cyrillic import CYRILLIC_AMOUNT_WORDS
from viewer.engine.facts_joining import join_adjacent
from viewer.engine.facts_lexicon import alternation
from viewer.engine.facts_number_keys import number_key

if TYPE_CHECKING:  # facts_numbers reads its numbers with this module
    from viewer.engine.facts_numbers import Item

__all__ = ["read_together"]


def read_together(text: str, items: list[Item]) -> list[Item]:
    """``items`` (numbers in text order) with durations in parts joined, amounts told in
    parts added up, and the first bound of a range given the unit said after the second."""
    return _ranges_share_units(text, _joined_amounts(text, _joined_durations(text, items)))


# A scale word ending an amount: "1 миллиард 200 миллионов рублей" is 1.2 billion roubles,
# as Russian and Ukrainian write a large sum in parts.
# The words are the scales the amount tables know ("млн", "тис.", "миллиарда").
_SCALE_NAMES = ("thousand", "million", "billion", "trillion")
_SCALE_WORDS = [*_SCALE_NAMES, *(w for w, e in CYRILLIC_AMOUNT_WORDS.items() if e in _SCALE_NAMES)]
_SCALE_AT_END = re.compile(rf"(?<!\w)(?:{alternation(_SCALE_WORDS)})$", re.IGNORECASE)


def _joined_amounts(text: str, items: list[Item]) -> list[Item]:
    """An amount told in parts, a larger scale first ("1 миллиард 200 миллионов рублей",
    "2 billion 400 million dollars"), is one amount: their sum, in the last part's unit."""

    def join(prev: Item, item: Item) -> Item | None:
        if not (
            prev.key[0] == item.key[0] == "num"
            and not prev.key[2]
            and not text[prev.end : item.start].strip()
            and _SCALE_AT_END.search(prev.text)
            and 0 < item.key[1] < _scale_of(prev.key[1])
        ):
            return None
        key = ("num", round(prev.key[1] + item.key[1], 6), item.key[2], prev.key[3])
        return prev._replace(end=item.end, text=text[prev.start : item.end], key=key)

    return join_adjacent(items, join)


def _scale_of(value: float) -> float:
    """The power of a thousand an amount is counted in: 1.2 billion is in billions."""
    scale = 1.0
    while scale * 1000 <= abs(value):
        scale *= 1000
    return scale


_DURATION_JOIN = re.compile(r"\s*(?:,\s*)?(?:and\s+)?")
_CYRILLIC_CLOCK_UNITS = alternation(
    w.rstrip(".") for w, e in CYRILLIC_AMOUNT_WORDS.items() if e in ("hours", "minutes", "seconds")
)
_TIME_UNIT_AT_END = re.compile(
    rf"(?:hours?|hrs?|minutes?|mins?|seconds?|secs?|{_CYRILLIC_CLOCK_UNITS})$", re.IGNORECASE
)


def _joined_durations(text: str, items: list[Item]) -> list[Item]:
    """A duration told in parts, largest first ("two hours and 35 seconds"), is one number
    of seconds, as its clock form ("2:00:35") is; years and months ("seven years and six months")
    are years ("7 1/2 years")."""
    out: list[Item] = []
    for item in items:
        key = _joined_key(text, out[-1], item) if out else None
        if key is not None:
            prev = out[-1]
            out[-1] = prev._replace(end=item.end, text=text[prev.start : item.end], key=key)
        else:
            out.append(item)
    return out


def _joined_key(text: str, prev: Item, item: Item) -> tuple | None:
    """The key of two numbers that tell one duration in parts, or None."""
    if prev.key[0] != "num" or item.key[0] != "num":
        return None
    if not _DURATION_JOIN.fullmatch(text, prev.end, item.start):
        return None
    if item.key[3]:
        return None  # "11 hours over two days": a part has no bound of its own
    units = (prev.key[2], item.key[2])
    if units == ("s", "s") and _TIME_UNIT_AT_END.search(prev.text) and prev.key[1] > item.key[1]:
        value = prev.key[1] + item.key[1]
    elif units == ("yr", "mo") and "," not in text[prev.end : item.start]:
        # "in six years, six months before the vote": two facts, a comma apart
        value = prev.key[1] + item.key[1] / 12
    else:
        return None
    return ("num", round(value, 6), prev.key[2], prev.key[3])


_RANGE_JOIN = re.compile(r"\s*(?:-|–|to|and|до)\s*", re.IGNORECASE)  # "від 45 до 75 років"
_BETWEEN = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_SCALED = re.compile(r"\d\s*(?:thousand|million|billion|trillion|mln|bln|mn|bn|tn|k|m|b)\b", re.I)


_DASHES = frozenset("-–—")


def _ranges_share_units(text: str, items: list[Item]) -> list[Item]:
    """'between 10 and 14 per cent', '10 to 14 km': the first bound's unit is unsaid, not
    absent ("between 10% and 14%" says the same). "and" joins a range only after
    "between" or "from"; a scaled second bound ("2 to 3 billion") is left alone unless the
    first has its own scale ("7.5 billion to 8 billion euros")."""
    out = list(items)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if not (
            a.key[0] == b.key[0] == "num"
            and not a.key[2]
            and b.key[2]
            # "241 - 76% - showed bleaching" is no range ("from 21 to 12 per cent" is a move)
            and (a.key[1] <= b.key[1] or text[a.end : b.start].strip() not in _DASHES)
            and _RANGE_JOIN.fullmatch(text, a.end, b.start)
            and (_SCALED.search(a.text) or not _SCALED.search(b.text))
        ):
            continue
        if text[a.end : b.start].strip().lower() == "and" and not _BETWEEN.search(
            text, max(0, a.start - 10), a.start
        ):
            continue
        out[k] = a._replace(key=_with_unit_of(a, b))
    return out


def _with_unit_of(a: Item, b: Item) -> tuple:
    """The key of ``a`` counted in the unit of ``b``: a time is counted in seconds, so "one
    to two days" makes the first bound a day (86,400 s), not one second."""
    if b.key[2] == "s":
        key = number_key(f"{a.text} {b.text.split()[-1]}")
        if key is not None and key[0] == "num" and key[2] == "s":
            return (a.key[0], key[1], "s", *a.key[3:])
    return (a.key[0], a.key[1], b.key[2], *a.key[3:])
