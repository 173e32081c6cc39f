"""A day told from another: "arrested on May 2 and charged the following day" is "May 3".

A rewrite may give a date where the other side counts days from one both sides state:
"the following day", "two days later" or "a week earlier" on one side, the date itself
on the other. Each alone reads as a time added or dropped; both are one fact when the
date is the stated one moved by that many days, in one sentence on the side that dates it.
"""

from __future__ import annotations

import datetime
import operator

from viewer.engine.facts_context import Side, told_beside
from viewer.engine.facts_lexicon import WEEKDAYS
from viewer.engine.facts_numbers import Item

__all__ = ["days_told_as_dates"]

_DAYS = {"day": 1, "week": 7}
# A date told without its year is read in a leap year, so "February 29" stays a date.
_ANY_YEAR = 2000


def days_told_as_dates(
    a: Side, b: Side, xs: list[Item], ys: list[Item]
) -> tuple[list[Item], list[Item]]:
    """``xs`` and ``ys`` (left-over dates of ``a`` and ``b``) without each count of days
    on one side and the date on the other side that it names."""
    for told, side, others, other in ((xs, a, ys, b), (ys, b, xs, a)):
        for fact in list(told):
            days = _offset(fact.key)
            if days is None:
                continue
            named = _dated(days, side, other, others)
            if named is not None:
                told.remove(fact)
                others.remove(named)
    return xs, ys


def _offset(key: tuple) -> int | None:
    """The days a relative time moves ("the following day": 1, "a week earlier": -7)."""
    if key[0] != "ago" or len(key) != 4 or key[1] not in _DAYS:
        return None
    count = key[3]
    if not isinstance(count, int | float) or not float(count).is_integer():
        return None  # "days later", "36 hours later": no whole count of days
    return int(count) * _DAYS[key[1]] * (1 if key[2] == "later" else -1)


def _dated(days: int, side: Side, other: Side, others: list[Item]) -> Item | None:
    """The left-over date or weekday of ``other`` that is a date or weekday stated on
    both sides, in its sentence, moved by ``days``."""
    for item in others:
        moved_to = _day(item.key)
        if moved_to is None:
            continue
        for anchor in told_beside(item, other, side, operator.eq):
            start = _day(anchor.key)
            if start is not None and _moved(start, days) == moved_to:
                return item
    return None


def _moved(start: datetime.date | int, days: int) -> datetime.date | int:
    """A calendar day or a weekday (0 is Monday) that many days on."""
    if isinstance(start, int):
        return (start + days) % 7
    try:
        return start + datetime.timedelta(days=days)
    except OverflowError:  # "Dec. 31, 9999 ... the following day"
        return -1


def _day(key: tuple) -> datetime.date | int | None:
    """The calendar day of an absolute date with a month and a day, the weekday of a
    weekday (0 is Monday: "on Tuesday ... Monday's slide" is "the previous day's"), or
    None."""
    if key[0] == "weekday" and key[1] in WEEKDAYS:
        return WEEKDAYS.index(key[1])
    if key[0] != "abs" or key[2] is None or key[3] is None:
        return None
    try:
        return datetime.date(key[1] or _ANY_YEAR, key[2], key[3])
    except ValueError:
        return None
