"""Whether two number keys state one amount: bounds, shares, and units that convert.

Keys are made by facts_numbers: ``("num", value, unit, qualifier)`` for amounts, and
("freq" | "mult" | "quant" | "ord", value, qualifier) otherwise. Outlets convert units for
their readers and round the result ("30 km (19 miles)", "16.7 km" retold as "about 10
miles"), so converted amounts agree within a tolerance.
"""

from __future__ import annotations

__all__ = [
    "METRES_OR_MILLION",
    "POINT_UNITS",
    "bounds_agree",
    "decimal_places",
    "money_amount",
    "numbers_equivalent",
    "percent_change",
    "readings",
    "times_count",
    "unit_quantity",
    "without_move",
]

# The unit of a bare "m" against digits with no currency: metres in "the 5,000m" and "a
# 10m fall", a million in "5m people". The value is the one written; either reading matches.
METRES_OR_MILLION = "m|1e6"


def readings(key: tuple) -> tuple[tuple, ...]:
    """The amounts a number key may state: two for "5,000m" (metres or millions), else itself."""
    if key[0] == "num" and key[2] == METRES_OR_MILLION:
        return ("num", key[1], "m", key[3]), ("num", round(key[1] * 1e6, 6), "", key[3])
    return (key,)


# Units that convert into each other: (quantity, size in the quantity's first unit).
_CONVERTIBLE = {
    "m": ("length", 1.0),
    "km": ("length", 1000.0),
    "mi": ("length", 1609.344),
    "ft": ("length", 0.3048),
    "kg": ("mass", 1.0),
    "t": ("mass", 1000.0),
    "gt": ("mass", 1e12),  # "37.4 gigatonnes" is "37.4 billion tonnes"
    "megat": ("mass", 1e9),
    "lb": ("mass", 0.45359237),
    "g": ("mass", 0.001),
    "mg": ("mass", 0.000001),
    "kmh": ("speed", 1.0),
    "mph": ("speed", 1.609344),
    "mps": ("speed", 3.6),
    "km2": ("area", 1.0),
    "ha": ("area", 0.01),
    "acre": ("area", 0.0040468564),
    "sqmi": ("area", 2.589988),
    "cm": ("length", 0.01),
    "mm": ("length", 0.001),
    "inch": ("length", 0.0254),
    "kw": ("power", 0.001),
    "mw": ("power", 1.0),
    "gw": ("power", 1000.0),
    "kwh": ("energy", 0.001),
    "mwh": ("energy", 1.0),
    "gwh": ("energy", 1000.0),
    "twh": ("energy", 1000000.0),
    "l": ("volume", 1.0),
    "m3": ("volume", 1000.0),
    "bcm": ("volume", 1e12),  # "6.9 bcm" is "6.9 billion cubic metres"
    "cuft": ("volume", 28.316846592),
    "bcf": ("volume", 28.316846592e9),  # "3,837 bcf" is "3.837 trillion cubic feet"
    "tcf": ("volume", 28.316846592e12),
    "gal": ("volume", 3.785411784),
    # lengths of time, in seconds (number keys read hours, minutes and days as seconds):
    # "14 days" is "two weeks", "six months" "half a year" (a month is an average one;
    # conversions are rounded anyway)
    "s": ("time", 1.0),
    "wk": ("time", 7 * 86400.0),
    "mo": ("time", 365.25 / 12 * 86400),
    "yr": ("time", 365.25 * 86400),
}
# Currencies counted in cents: "87 cents a share" is "$0.87 a share" (or euros, pounds).
_DOLLARS = frozenset({"usd", "aud", "nzd", "sgd", "cad", "hkd"})
_CENT_OF = _DOLLARS | {"eur", "gbp", "uah", "rub"}  # kopecks are the cents of the last two
# A conversion is rounded when written ("30 km (19 miles)", "16.7 km" = "about 10 miles").
_CONVERSION_TOLERANCE = 0.05
# Units a power of ten apart (metric), whose conversions round only in the last place.
_METRIC = frozenset(
    "m km cm mm kg t gt megat g mg km2 ha kw mw gw kwh mwh gwh twh l m3 bcm".split()
)
_DEGREES = frozenset({"c", "f", "deg"})


def money_amount(key: tuple) -> float | None:
    """An amount of money in whole units of its currency ("87 cents" is 0.87), rounded so
    equal amounts compare equal; None for an amount that is not money counted in cents."""
    if key[2] == "cent":
        return round(key[1] / 100, 6)
    return round(key[1], 6) if key[2] in _CENT_OF else None


def unit_quantity(unit: str) -> str | None:
    """What a unit measures when another unit converts into it ("km" and "mi": length)."""
    if unit in _DEGREES:
        return "temperature"
    found = _CONVERTIBLE.get(unit)
    return found[0] if found else None


_A_FEW_DEGREES = 5


def converted_equal(a: tuple, b: tuple) -> bool:
    """Two amounts in units of one quantity that a rounded conversion makes equal."""
    ua, ub = a[2], b[2]
    if ua in _DEGREES and ub in _DEGREES:
        if "deg" in (ua, ub):  # "40 degrees" is either scale: "40C" or "104F" is "40 degrees"
            deg, other = (a, b) if ua == "deg" else (b, a)
            if other[2] == "deg" or deg[1] == other[1]:
                return deg[1] == other[1]
            scale = "f" if other[2] == "c" else "c"  # "40C" retold as "104 degrees"
            return converted_equal(other, (deg[0], deg[1], scale, deg[3]))
        ca, cb = (v if u == "c" else (v - 32) * 5 / 9 for v, u in ((a[1], ua), (b[1], ub)))
        if abs(ca - cb) <= 0.6:  # "38C" is "100F" (100.4F)
            return True
        # A few degrees Celsius are mostly a rise or a gap, converted without the 32:
        # "warmed by about 1.2 degrees Celsius" is "2.2 degrees Fahrenheit" of warming.
        c, f = (a[1], b[1]) if ua == "c" else (b[1], a[1])
        return ua != ub and 0 < abs(c) <= _A_FEW_DEGREES and abs(c * 9 / 5 - f) <= 0.15
    (qa, sa), (qb, sb) = _CONVERTIBLE[ua], _CONVERTIBLE[ub]
    va, vb = a[1] * sa, b[1] * sb
    if qa != qb:
        return False
    if ua in _METRIC and ub in _METRIC and "~" not in a[-1] + b[-1]:
        # Between metric units a conversion moves the decimal point and rounds to the
        # places written ("1,450 metres" is "1.5 km"; "36.8 gigatonnes" is no "37.4
        # billion tonnes"), unless one side tells an estimate ("about 1.5 km").
        return any(
            abs(x * sx / sy - y) <= 0.5 * 10 ** -decimal_places(y) + 1e-9 * abs(y)
            for (x, sx), (y, sy) in (((a[1], sa), (b[1], sb)), ((b[1], sb), (a[1], sa)))
        )
    return abs(va - vb) <= _CONVERSION_TOLERANCE * max(abs(va), abs(vb))


def decimal_places(value: float) -> int:
    """How many decimal places a figure is written to (1.45: two; 1450: none)."""
    written = f"{value:.4f}".rstrip("0")
    return len(written) - written.index(".") - 1


def times_count(key: tuple) -> float | None:
    """How many times a frequency counts ("4 times" is 4, "1 time" 1); None if vague."""
    if key[0] != "freq":
        return None
    head = str(key[1]).split()[0]
    try:
        return float(head)
    except ValueError:
        return None


# "Points" are whatever a story counts in: percentage points in a poll ("a 4-point lead"),
# or nothing more than the count in a game ("scored 30 points" is "scored 30").
_POINTS_READINGS = ({"pt", "pp"}, {"pt", ""})
# Every unit a count in points may be read in (facts_buckets files them together).
POINT_UNITS = frozenset().union(*_POINTS_READINGS)


def numbers_equivalent(a: tuple, b: tuple) -> bool:
    """Same amount: equal value and unit; "at least 3" and "about 3" count as "3".

    Qualifiers are ignored on purpose: "at least one meeting" retold as "one meeting" is a
    rewording, while a change of value ("3 dead" vs "at least 22") is caught by the value.
    Opposite bounds are not: "at least 10" is no "up to 10".
    """
    if {a[:2], b[:2]} == {("freq", "first time"), ("ord", 1)}:
        return True  # "his first trip" tells "for the first time"
    if {a[0], b[0]} == {"freq", "num"}:  # "twice a week" is "two flights a week"
        count = a if a[0] == "num" else b
        return not count[2] and count[1] == times_count(b if count is a else a)
    if {a[0], b[0]} == {"num", "ord"}:  # "round two" is "the second round"
        count = a if a[0] == "num" else b
        other = b if count is a else a
        return not count[2] and count[1] == other[1]
    if {a[0], b[0]} == {"freq", "mult"}:  # "twice Earth's size" is "twice the size"
        mult, freq = (a, b) if a[0] == "mult" else (b, a)
        return mult[1] == times_count(freq)
    if {a[0], b[0]} == {"mult", "num"}:  # "doubled" is "rose 100%", "halved" "fell 50%"
        return percent_change(a) == percent_change(b) is not None
    if a[0] != "num":
        return a[:2] == b[:2]
    if METRES_OR_MILLION in (a[2], b[2]):  # "the 5,000m" is "5,000 metres", "5m" "5 million"
        return any(numbers_equivalent(x, y) for x in readings(a) for y in readings(b))
    if {a[2], b[2]} == {"share", "%"}:
        return _share_is_percent(*(a, b) if a[2] == "share" else (b, a))
    if {_bound(a[-1]), _bound(b[-1])} == {">", "<"}:
        return False  # the rules below compare values only
    if not _same_move(a[-1], b[-1]):
        return False  # "fell 3%" is no "rose 3%", nor "rose to 3%"; "3%" fits either
    if "cent" in (a[2], b[2]) and {a[2], b[2]} & _CENT_OF:  # "87 cents" is "$0.87"
        return money_amount(a) == money_amount(b)
    if a[2] != b[2] and "usd" in (a[2], b[2]) and {a[2], b[2]} <= _DOLLARS:
        # A bare "$" is the local dollar: an Australian outlet's "$1.2bn" is "A$1.2bn"
        # (two named dollars, "NZ$" and "A$", still differ).
        return a[1] == b[1]
    if {a[2], b[2]} == {"gbp", "lb"}:  # "30,000 pounds of pizza" is "30,000 lb", no money
        return a[1] == b[1]
    if {a[2], b[2]} in _POINTS_READINGS:  # "a 4-point lead" is "4 percentage points"
        return a[1] == b[1]
    quantity = unit_quantity(a[2])
    if b[0] == "num" and a[2] != b[2] and quantity is not None and quantity == unit_quantity(b[2]):
        return converted_equal(a, b)  # "30 km" is "19 miles", "40C" is "104F"
    return a[:-1] == b[:-1]


# How far a bare amount may stand from a bound or an estimate that it agrees with: "more
# than 300 homes" is "312 homes", "nearly 40" "39", "about 300" "312"; "more than 300" is no
# "1,000" (a new figure, not the same one told exactly).
_BOUND_REACH = 0.25
_ESTIMATE_REACH = 0.05


def bounds_agree(a: tuple, b: tuple) -> bool:
    """Whether a bounded or approximate amount and a bare one of the same unit tell one
    fact: the bare figure lies within the bound, close to it. Two bare figures that differ,
    or two bounded ones, are left to the values."""
    if a[0] != "num" or b[0] != "num" or a[2] != b[2] or not _same_move(a[-1], b[-1]):
        return False
    qa, qb = without_move(a[-1]), without_move(b[-1])
    if bool(qa) == bool(qb):
        return False
    (bound, x), y = (qa, a[1]) if qa else (qb, b[1]), b[1] if qa else a[1]
    if x <= 0:
        return False
    if bound in (">", ">="):
        return x <= y <= x * (1 + _BOUND_REACH) and (bound == ">=" or y > x)
    if bound in ("<", "<=", "~<"):
        return x * (1 - _BOUND_REACH) <= y <= x and (bound != "<" or y < x)
    return bound == "~" and abs(y - x) <= x * _ESTIMATE_REACH


def without_move(qualifier: str) -> str:
    """A qualifier without the way its amount moved ("+", "-") or the mark of a level
    reached ("@"): the bound alone ("at least 12", "about 12"), or nothing."""
    return qualifier.rstrip("+-@")


def _same_move(qa: str, qb: str) -> bool:
    """Whether two amounts may tell one move: the ways agree ("rose 3%", "fell 3%"), and a
    level reached ("rose to 3%", qualifier ending in "@") is no change by that much ("rose
    3%"). An amount whose way is left unsaid ("3%") fits any."""
    way_a, way_b = qa.rstrip("@")[-1:], qb.rstrip("@")[-1:]
    if way_a not in ("+", "-") or way_b not in ("+", "-"):
        return True
    return way_a == way_b and qa.endswith("@") == qb.endswith("@")


def percent_change(key: tuple) -> float | None:
    """The change in percent a multiple or a moved percentage or share states ("doubled"
    and "rose 100%" are 100, "halved", "fell 50%" and "fell by half" are -50), or None."""
    if key[0] == "mult":
        return round((key[1] - 1) * 100, 6)
    if key[0] == "num" and key[2] in ("%", "share") and key[3][-1:] in ("+", "-"):
        value = key[1] * 100 if key[2] == "share" else key[1]  # "fell by half" is "halved"
        return round(value if key[3][-1] == "+" else -value, 6)
    return None


def _share_is_percent(share: tuple, percent: tuple) -> bool:
    """A share as a percentage: "half" is "50%", "a third" "33%" (rounded); "a quarter" no "26%"."""
    value = round(share[1] * 100, 4)
    if value.is_integer():
        return value == percent[1]
    return abs(value - percent[1]) < 1


def _bound(qualifier: str | None) -> str:
    """Which way a qualifier bounds a count: "at least 12" and "more than 12" say 12 or
    more, "up to 12" and "nearly 12" 12 or fewer; "about 12" says as much as a bare 12.

    Only opposite bounds contradict each other ("at least 40" is no "nearly 40"); a bound
    dropped ("at least 12 people" retold as "12 people") is how wire copy is rewritten, not
    a new fact.
    """
    bound = without_move(qualifier or "")  # the way an amount moved is no bound
    return {">=": ">", ">": ">", "<=": "<", "<": "<", "~<": "<"}.get(bound, "")
