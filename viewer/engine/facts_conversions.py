"""An amount converted in parentheses: "1.5 billion pounds ($1.9 billion)" states one amount twice.

Outlets convert for their readers and at their own rates, and put either currency or unit
first: "$1.9 billion (1.5 billion pounds)" is the same statement. A conversion (its key's
qualifier is ``CONVERTED``) matches an amount on the other side like any amount, but
never another conversion, is never flagged itself, and settles the amount it converts.
Two conversions of one amount disagree only when their currencies differ or their values
differ by more than outlets' rates would ("£2bn ($2.5bn)" / "£2bn ($3.5bn)"); a measure
converts exactly, so "46C (114.8F)" / "46C (118.4F)" disagree.
"""

from __future__ import annotations

import re
from itertools import pairwise

from viewer.engine.facts_context import Found, Side, flag, quoted
from viewer.engine.facts_lexicon import NUMBER_QUALIFIERS, alternation
from viewer.engine.facts_number_match import numbers_equivalent
from viewer.engine.facts_numbers import CONVERTED, Item
from viewer.engine.facts_units import MONEY_UNITS
from viewer.engine.model import FlagKind

__all__ = ["amounts_matching", "conversions_disagree", "settled_by_conversion"]

# An amount and its conversion stand at most this many characters apart (" (about ").
_CONVERSION_GAP = 12
# Outlets' rates differ by a few per cent on one day, by more over a story's life ("8
# billion euros ($10 billion)" / "($12 billion)"); more than this is another figure.
_RATE_SPREAD = 0.25
# A measure converts exactly; one told as rough ("about 19 miles") may be this far off.
_ROUGH = re.compile(
    rf"\b(?:{alternation(q for q, v in NUMBER_QUALIFIERS.items() if '~' in v)})\b", re.I
)
_ROUGH_SPREAD = 0.05
_DECIMALS = re.compile(r"\d\.(\d+)")


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


def conversions_disagree(a: Side, b: Side) -> list[Found]:
    """Number flags for an amount both sides state alike whose conversions, one of them
    in a change, name another currency or another figure: "€50 million ($54 million)" /
    "€50 million (£54 million)"."""
    out = []
    for amount_a, conv_a in _converted(a):
        for amount_b, conv_b in _converted(b):
            touched = a.changes_touching(conv_a) or b.changes_touching(conv_b)
            # the same unit first: "10 km (6 miles)" / "6 miles (10 km)" is no other figure
            same_amount = amount_a.key[2] == amount_b.key[2] and numbers_equivalent(
                amount_a.key, amount_b.key
            )
            if touched and same_amount and not _conversions_agree(conv_a, conv_b):
                note = (
                    f"conversion of {quoted(amount_a)}: {quoted(conv_a)} becomes {quoted(conv_b)}"
                )
                out.append(flag(FlagKind.NUMBER, a, *_span(conv_a), b, *_span(conv_b), note))
    return out


def _converted(side: Side) -> list[tuple[Item, Item]]:
    """Each amount of ``side`` with the conversion right after it."""
    facts = side.facts.get(FlagKind.NUMBER, [])
    return [
        (amount, after)
        for amount, after in pairwise(facts)
        if after.key[-1] == CONVERTED
        and amount.key[-1] != CONVERTED
        and after.start - amount.end <= _CONVERSION_GAP
    ]


def _conversions_agree(x: Item, y: Item) -> bool:
    """Whether two conversions of one amount state it alike: money within outlets' rates,
    a measure within the rounding of the less precise one ("46C (115F)" / "(114.8F)", not
    "(118.4F)"), or a few per cent when one says it is rough ("about 19 miles")."""
    a, b = x.key, y.key
    if a[0] == b[0] == "num" and {a[2], b[2]} == {"gbp", "lb"}:
        return a[1] == b[1]  # "(99 pounds)" / "(99 lb)": a mass converted, no money
    if a[0] != "num" or b[0] != "num" or a[2] != b[2]:
        return a == b
    gap, size = abs(a[1] - b[1]), max(abs(a[1]), abs(b[1]))
    if a[2] in MONEY_UNITS:
        return gap <= _RATE_SPREAD * size
    if _ROUGH.search(x.text) or _ROUGH.search(y.text):
        return gap <= _ROUGH_SPREAD * size
    return gap <= 0.5 * 10 ** -min(_decimals(x.text), _decimals(y.text)) + 1e-9


def _decimals(text: str) -> int:
    found = _DECIMALS.search(text)
    return len(found.group(1)) if found else 0


def _span(item: Item) -> tuple[int, int]:
    return item.start, item.end
