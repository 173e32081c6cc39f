"""A word swapped for its opposite where figures are reported: "deficit" for "surplus".

Business and statistics copy turns on a few words that say which side of a line a
figure is on: a surplus or a deficit, a profit or a loss, results that beat or missed
forecasts, a record high or a record low, seasonally adjusted or not, nominal or real.
No number changes, so the number rules see nothing; yet the report says the opposite.
A change that replaces one such word (or phrase) with its opposite, and nothing else, is
a number flag. Only whole changes count: a rewritten sentence that happens to hold both
words says nothing of either.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.engine.facts_context import Found, trim
from viewer.engine.facts_lexicon import DIRECTIONS, table
from viewer.engine.model import Change, Flag, FlagKind, Span

__all__ = ["OPPOSITE_WORDS", "opposite_flags"]

# group/pole: phrases. Two phrases of one group with different poles are opposites.
_OPPOSITES = table(
    """
    balance/+: surplus, surpluses, a surplus
    balance/-: deficit, deficits, a deficit, shortfall
    result/+: profit, profits, a profit, net profit, net income
    result/-: loss, losses, a loss, net loss
    forecast/+: beat, beats, beating, topped, exceeded, surpassed, above, ahead of, better than
    forecast/-: missed, misses, missing, fell short of, below, behind, worse than, short of
    extreme/+: high, highest, record high, a record high, peak, biggest, largest, strongest,
      fastest, best, most
    extreme/-: low, lowest, record low, a record low, trough, smallest, weakest, slowest,
      worst, least
    adjusted/+: seasonally adjusted, adjusted, seasonally
    adjusted/-: unadjusted, non-seasonally adjusted, not seasonally adjusted, non-adjusted,
      not adjusted, non-seasonally, not seasonally
    terms/+: nominal, in nominal terms
    terms/-: real, in real terms, inflation-adjusted
    move/+: increase, increases, gain, gains, growth, inflow, inflows, upgrade, upgraded,
      accelerated
    move/-: decrease, decreases, decline, contraction, outflow, outflows, downgrade,
      downgraded, slowed
    """,
    lambda head: tuple(head.split("/")),
)
# The way an amount moves, also without an amount ("Stocks rose" / "Stocks fell"); not
# "up" and "down", which end phrasal verbs as often ("broke down" / "broke up").
_OPPOSITES.update(
    {word: ("move", way) for word, way in DIRECTIONS.items() if word not in ("up", "down")}
)
OPPOSITE_WORDS = frozenset(w for phrase in _OPPOSITES for w in re.findall(r"[a-z]+", phrase))
_LOOSE = re.compile(r"[^\w\s-]+")


def opposite_flags(left: str, right: str, changes: Sequence[Change]) -> list[Found]:
    """Number flags for changes that swap a word of a figure for its opposite."""
    found = []
    for change in changes:
        x = _OPPOSITES.get(_phrase(change.left.text))
        y = _OPPOSITES.get(_phrase(change.right.text)) if x is not None else None
        if x is None or y is None or x[0] != y[0] or x[1] == y[1]:
            continue
        s1, e1 = trim(left, change.left.start, change.left.end)
        s2, e2 = trim(right, change.right.start, change.right.end)
        note = f"'{left[s1:e1]}' becomes '{right[s2:e2]}': the opposite"
        made = Flag(FlagKind.NUMBER, Span(s1, e1, left[s1:e1]), Span(s2, e2, right[s2:e2]), note)
        found.append(Found(made))
    return found


def _phrase(text: str) -> str:
    """A change's words, lower case, without punctuation ("Deficit," is "deficit")."""
    return " ".join(_LOOSE.sub(" ", text.lower()).split())
