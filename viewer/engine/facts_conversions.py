"""An amount converted in parentheses: "1.5 billion pounds ($1.9 billion)" states one amount twice.

Outlets convert for their readers and at their own rates, and put either currency or unit
first: "$1.9 billion (1.5 billion pounds)" is the same statement. A conversion (its key's
qualifier is ``CONVERTED``) matches an amount on the other side like any amount, but
never another conversion, is never flagged itself, and settles the amount it converts.
"""

from __future__ import annotations

from itertools import pairwise

from viewer.engine.facts_number_match import numbers_equivalent
from viewer.engine.facts_numbers import CONVERTED, Item

__all__ = ["amounts_matching", "settled_by_conversion"]

# An amount and its conversion stand at most this many characters apart (" (about ").
_CONVERSION_GAP = 12


def amounts_matching(a: tuple, b: tuple) -> bool:
    """Equivalent amounts, but never two conversions: "8 billion euros ($10 billion)" is no
    "9 billion euros ($10 billion)" for their dollars."""
    return not a[-1] == b[-1] == CONVERTED and numbers_equivalent(a, b)


def settled_by_conversion(leftover: list[Item], facts: list[Item]) -> list[Item]:
    """Left-over amounts without conversions: "1.5 billion pounds ($1.9 billion)" states
    one amount twice, so when either found its equivalent on the other side ("$1.9 billion
    (1.5 billion pounds)", "$1.9 billion"), neither is left over; and a conversion left
    over alone says nothing new (outlets convert at different rates)."""
    if not leftover:
        return leftover
    kept = {id(x) for x in leftover}
    settled = set()
    for amount, after in pairwise(facts):
        converted = after.key[-1] == CONVERTED and after.start - amount.end <= _CONVERSION_GAP
        if converted and id(after) not in kept:
            settled.add(id(amount))
    return [x for x in leftover if x.key[-1] != CONVERTED and id(x) not in settled]
