"""A word swapped for its opposite: "deficit" for "surplus", "convicted" for "charged".

Business and statistics copy turns on a few words that say which side of a line a
figure is on: a surplus or a deficit, a profit or a loss, results that beat or missed
forecasts, a record high or a record low, seasonally adjusted or not, nominal or real.
No number changes, so the number rules see nothing; yet the report says the opposite
(a number flag). Court and police copy turns on the stage a case has reached: a suspect
arrested, charged, convicted or acquitted; "charged with fraud" retold "convicted of
fraud" states as settled what is not (a certainty flag). A change that replaces one such
word (or phrase) with another of its group, and nothing else, is flagged. Only whole
changes count: a rewritten sentence that happens to hold both words says nothing of
either.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.engine.facts_context import Found, trim
from viewer.engine.facts_lexicon import DIRECTIONS, table
from viewer.engine.model import Change, Flag, FlagKind, Span

__all__ = ["opposite_flags"]

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
    stage/suspected: arrested, detained, suspected, suspected of,
      arrested on suspicion of, detained on suspicion of, held on suspicion of,
      under investigation, investigated, investigated for, questioned over
    stage/charged: charged, charged with, indicted, indicted on, indicted for, accused,
      accused of, prosecuted, prosecuted for, on trial, on trial for, stood trial for,
      faces charges of, facing charges of
    stage/convicted: convicted, convicted of, found guilty, found guilty of, guilty of,
      jailed, jailed for, sentenced, sentenced for
    stage/acquitted: acquitted, acquitted of, cleared, cleared of, found not guilty,
      found not guilty of, exonerated
    """,
    lambda head: tuple(head.split("/")),
)
# The way an amount moves, also without an amount ("Stocks rose" / "Stocks fell"); not
# "up" and "down", which end phrasal verbs as often ("broke down" / "broke up").
_OPPOSITES.update(
    {word: ("move", way) for word, way in DIRECTIONS.items() if word not in ("up", "down")}
)
# What a swap of each group is: a figure's side, or how settled a case is.
_KIND = {"stage": FlagKind.CERTAINTY}
_LOOSE = re.compile(r"[^\w\s-]+")


def opposite_flags(left: str, right: str, changes: Sequence[Change]) -> list[Found]:
    """Flags for changes that swap a word for another of its group: a figure's opposite
    (number flags) or another stage of a case (certainty flags)."""
    found = []
    for change in changes:
        x = _OPPOSITES.get(_phrase(change.left.text))
        y = _OPPOSITES.get(_phrase(change.right.text)) if x is not None else None
        if x is None or y is None or x[0] != y[0] or x[1] == y[1]:
            continue
        s1, e1 = trim(left, change.left.start, change.left.end)
        s2, e2 = trim(right, change.right.start, change.right.end)
        kind = _KIND.get(x[0], FlagKind.NUMBER)
        what = "another stage of the case" if kind is FlagKind.CERTAINTY else "the opposite"
        note = f"'{left[s1:e1]}' becomes '{right[s2:e2]}': {what}"
        made = Flag(kind, Span(s1, e1, left[s1:e1]), Span(s2, e2, right[s2:e2]), note)
        found.append(Found(made))
    return found


def _phrase(text: str) -> str:
    """A change's words, lower case, without punctuation ("Deficit," is "deficit")."""
    return " ".join(_LOOSE.sub(" ", text.lower()).split())
