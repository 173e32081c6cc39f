"""Whether two date keys can state one time: "November 5" and "November 2024" can, "2023"
and "2024" cannot; a year stands in its decade, "mid-2023" in 2023.

Keys are made by facts_dates (``("abs", year, month, day)``, ``("weekday", day, part)``,
``("daypart", part)``, ``("span", ...)``, ``("rel", ...)``...); matching fact pairs
compares them with ``dates_equivalent``.
"""

from __future__ import annotations

__all__ = ["dates_equivalent"]


def dates_equivalent(a: tuple, b: tuple) -> bool:
    """Two time expressions that cannot contradict each other."""
    if a == b:
        return True
    if {a[0], b[0]} & _PARTS_OF_YEAR:
        return _parts_of_year_agree(a, b)
    if a[0] == "abs" and b[0] == "abs":
        return all(x is None or y is None or x == y for x, y in zip(a[1:], b[1:], strict=True))
    if {a[0], b[0]} <= {"abs", "part", "decade", "range"}:
        return _years_overlap(a, b)
    kinds = {a[0], b[0]}
    if kinds == {"time"}:  # "10 a.m." = "10 a.m. ET", but "10 a.m. ET" is no "10 a.m. PT"
        return a[1] == b[1] and (len(a) == 2 or len(b) == 2 or a[2] == b[2])
    if kinds == {"weekday"}:  # "on Tuesday" and "early on Tuesday" agree, "late" does not
        return a[1] == b[1] and (a[2] is None or b[2] is None)
    if kinds == {"daypart", "weekday"}:  # "in the afternoon" of a day told as "Tuesday"
        day, part = (a, b) if a[0] == "weekday" else (b, a)
        return day[2] in (None, part[1])
    if kinds == {"daypart", "time"}:  # "in the afternoon" / "at 3 p.m."
        time, part = (a, b) if a[0] == "time" else (b, a)
        low, high = _DAYPART_HOURS[part[1]]
        return low * 60 <= time[1] < high * 60
    if kinds == {"abs", "mpart"}:  # "mid-July" is "July" and "July 15", not "July 28"
        day, part = (a, b) if a[0] == "abs" else (b, a)
        low, high = _MONTH_PARTS[part[2]]
        return day[2] == part[1] and (day[3] is None or low <= day[3] <= high)
    if kinds == {"abs", "weekday"}:
        day = a if a[0] == "abs" else b
        return day[3] is not None
    if kinds == {"abs", "num"}:  # "05/03/2024" may be 5 March or 3 May 2024
        day = a if a[0] == "abs" else b
        return None not in day and frozenset(day[1:]) == (b if day is a else a)[1]
    if kinds == {"rel", "ago"}:
        return _one_time_from_either_end(a, b)
    if len(kinds) == 1 and kinds <= {"rel", "ago"} and len(a) == len(b) == 4:
        # "a week after" = "seven days after", "a day later" = "24 hours later"
        return a[2] == b[2] and _whole(a[1], a[3]) == _whole(b[1], b[3])
    if "recent" in kinds:
        other = b if a[0] == "recent" else a
        return other[-1] == "vague" and other[0] in ("span", "ago")
    if kinds == {"span"} and len(a) == len(b) == 4 and a[1] == b[1] != "past":
        return _whole(a[2], a[3]) == _whole(b[2], b[3])  # "the next 24 months": two years
    if kinds <= {"span", "ref"}:  # "the past week" = "the past seven days"
        return (stretch := _past_stretch(a)) is not None and stretch == _past_stretch(b)
    return False


# The days a part of a month spans, loosely ("mid-July" may be July 9 or July 22).
_MONTH_PARTS = {"early": (1, 12), "mid": (8, 23), "late": (18, 31)}
# The hours a part of the day spans, loosely (a "morning" meeting at noon is still one).
_DAYPART_HOURS = {"morning": (4, 13), "afternoon": (12, 19), "evening": (17, 24)}
# Counts of a smaller unit that make whole larger ones: 14 days are two weeks.
_WHOLE = {"hour": ("day", 24), "day": ("week", 7), "month": ("year", 12)}


def _whole(unit: str, qty: object) -> tuple[str, object]:
    """A count of time in its largest whole unit: 14 days are two weeks, 48 hours two days."""
    larger = _WHOLE.get(unit)
    while larger is not None and isinstance(qty, int | float) and qty % larger[1] == 0:
        unit, qty = larger[0], qty / larger[1]
        larger = _WHOLE.get(unit)
    return unit, float(qty) if isinstance(qty, int | float) else qty


def _past_stretch(key: tuple) -> tuple[str, float] | None:
    """The stretch of time up to now that a span or "the past week" states, in its largest
    whole unit ("the past 14 days": two weeks), or None for any other time."""
    if key[0] == "ref" and key[1] == "last":
        return key[2], 1.0
    if key[0] != "span" or len(key) != 4 or key[1] != "past":
        return None
    if not isinstance(key[3], int | float):
        return None  # "vague": "the past few days"
    unit, qty = _whole(key[2], key[3])
    return (unit, qty) if isinstance(qty, float) else None


_PARTS_OF_YEAR = frozenset({"quarter", "half"})


def _parts_of_year_agree(a: tuple, b: tuple) -> bool:
    """A quarter or a half is itself with a year or without ("Q1" / "the first quarter of
    2025"), stands in its year ("Q1 2025" / "in 2025") and holds its months ("Q3" /
    "July-September"), and late in a year holds its last ("the end of the year" / "Q4");
    another one differs."""
    if a[0] == b[0]:
        return a[2] == b[2] and (a[1] is None or b[1] is None or a[1] == b[1])
    day = a if a[0] == "abs" else b if b[0] == "abs" else None
    if day is None:
        late = a if a[0] == "part" else b if b[0] == "part" else None
        part = b if late is a else a
        # "the end of the year" / "the fourth quarter", not "the first quarter"
        return (
            late is not None
            and late[2] == "late"
            and part[2] == (4 if part[0] == "quarter" else 2)
            and (late[1] is None or part[1] is None or late[1] == part[1])
        )
    part = b if day is a else a
    if part[1] is not None and day[1] is not None and part[1] != day[1]:
        return False
    if day[2] is None:
        return True  # a year holds its quarters
    size = 3 if part[0] == "quarter" else 6  # "Q3" is July to September
    return (part[2] - 1) * size < day[2] <= part[2] * size


def _one_time_from_either_end(a: tuple, b: tuple) -> bool:
    """One time told from either event: "A came hours after B" = "B had happened hours earlier"
    = "A came hours later". The adverb may tell it from either end, so only the count of
    time compares ("five days after" / "six days later" is a flag).
    """
    rel, ago = (a, b) if a[0] == "rel" else (b, a)
    if len(rel) != 4:
        return False  # "immediately after" counts no time
    return _whole(rel[1], rel[3]) == _whole(ago[1], ago[3])


def _years_overlap(a: tuple, b: tuple) -> bool:
    """A decade or a range holds its years, a year its parts; "mid-2023" is not "late 2023",
    nor March.

    Two ranges, two decades or two parts of years are one only if equal: "2022-2023" is
    not "2021-2023".
    """
    if a[0] == b[0]:
        return a == b
    if {a[0], b[0]} == {"abs", "part"}:  # "late 2023" (or "the end of the year") / "March"
        day, part = (a, b) if a[0] == "abs" else (b, a)
        low, high = _YEAR_PARTS[part[2]]
        if day[2] is not None and not low <= day[2] <= high:
            return False
    (lo_a, hi_a), (lo_b, hi_b) = _year_range(a), _year_range(b)
    return lo_a <= hi_b and lo_b <= hi_a


# The months a part of a year spans, loosely ("mid-2023" may be April or September).
_YEAR_PARTS = {"early": (1, 4), "mid": (4, 9), "late": (9, 12)}


def _year_range(key: tuple) -> tuple[int, int]:
    if key[0] == "decade":
        return key[1], key[1] + 9
    if key[0] == "range":
        return key[1], key[2]
    return key[1] or 0, key[1] or 9999
