"""Hashable parts two fact keys share whenever they are equivalent: an index for matching.

Matching compares each fact with the other side's facts of its kind; most pairs of keys
can never be equivalent, and a bucket lists only those that might ("87 cents" and
"$0.87" share ("money", 0.87); "30 km" and "19 miles" share ("quantity", "length")).
"""

from __future__ import annotations

import math

from viewer.engine.facts_certainty import certainty_buckets
from viewer.engine.facts_claim_match import paper_owner, source_class, spoken_for
from viewer.engine.facts_cyrillic import cyrillic_stem
from viewer.engine.facts_name_match import name_buckets
from viewer.engine.facts_number_match import (
    METRES_OR_MILLION,
    POINT_UNITS,
    money_amount,
    percent_change,
    readings,
    times_count,
    unit_quantity,
)
from viewer.engine.facts_quotes import SHORT_QUOTE
from viewer.engine.facts_source_words import SOURCE_HEADS
from viewer.engine.model import FlagKind

__all__ = ["buckets"]


def buckets(kind: FlagKind, key: tuple) -> tuple:
    """Hashable parts two keys share whenever they are equivalent, to skip hopeless pairs."""
    if kind is FlagKind.NUMBER:
        if key[0] == "num" and key[2] in POINT_UNITS:  # "a 4-point lead", "4 percentage points"
            return (*_number_buckets(key), ("points", float(key[1])))
        return _number_buckets(key)
    if kind is FlagKind.NAME:
        return name_buckets(key)
    if kind is FlagKind.ATTRIBUTION:
        # A name and a source phrase may name one body ("Ministry of Infrastructure").
        if key[0] == "name":
            # The name's words and the titles it carries ("Foreign Minister Sergei Lavrov").
            words = (*key[1], *key[2])
            bodies = tuple(("body", SOURCE_HEADS[w]) for w in words if w in SOURCE_HEADS)
            return name_buckets(key[1]) + bodies
        body = spoken_for(key, officials=True)  # "a ministry spokesperson": "the ministry"
        owner = paper_owner(key)  # "a company filing": "the company"
        # "Kremlin officials" may be "the Kremlin": a name shares its words' stems
        return (
            key[2:],
            ("body", source_class(key[2])),
            *((("body", body[2]),) if body else ()),
            *((("body", owner),) if owner else ()),
            *(name_buckets(tuple(sorted(key[3]))) if key[3] else ()),
        )
    if kind is FlagKind.DATE:
        return (None,)  # dates match loosely ("November" and "5 November"): try all pairs
    if kind is FlagKind.QUOTE:
        if len(key[1]) <= SHORT_QUOTE:  # «Нафтогаз» may be «Нафтогазу» (see same_quote)
            return tuple(sorted(key[1])), tuple(sorted(map(cyrillic_stem, key[1])))
        return (tuple(sorted(key[1])),)
    if kind is FlagKind.CERTAINTY:
        return certainty_buckets(key)
    return (key,)


def _number_buckets(key: tuple) -> tuple:
    """Buckets of a number's key: its value in each unit it may be read in."""
    if key[0] == "num" and key[2] == METRES_OR_MILLION:  # "5,000m": metres or millions
        return tuple(b for reading in readings(key) for b in _number_buckets(reading))
    if key[0] == "num" and not key[2] and float(key[1]).is_integer():
        # "round two" is "the second round", "two flights a week" "twice a week"
        return key[:-1], ("ord", int(key[1])), ("count", float(key[1]))
    if key[0] == "num" and key[2] in ("share", "%"):  # "half" is "50%", "a third" "33%"
        pct = key[1] * 100 if key[2] == "share" else key[1]
        floor, ceil = ("num", math.floor(pct), "%"), ("num", math.ceil(pct), "%")
        return key[:-1], floor, ceil, ("change", percent_change(key))  # "rose 100%"
    if key[0] == "num" and (money := money_amount(key)) is not None:
        # "87 cents" is "$0.87"; "30,000 pounds" may be a weight ("30,000 lb")
        weight = (("num", key[1], "lb"),) if key[2] == "gbp" else ()
        return key[:-1], ("money", money), *weight
    if key[0] == "mult":  # "doubled" is "rose 100%", "twice the size" "twice Earth's"
        return key[:2], ("change", percent_change(key)), ("count", key[1])
    if key[:2] in (("freq", "first time"), ("ord", 1)):
        return key[:2], ("first",)  # "his first trip" and "for the first time"
    if (times := times_count(key)) is not None:
        return key[:2], ("count", times)
    if key[0] == "num" and (quantity := unit_quantity(key[2])) is not None:
        return key[:-1], ("quantity", quantity)  # "30 km" may be "19 miles"
    return (key[:-1] if key[0] == "num" else key[:2],)
