"""Whether a fact added or dropped on its own is worth a flag, or says nothing by itself.

A number, time or hedge with no partner on the other side is flagged as added or dropped
(facts_pairing), unless it is a vague quantity ("many"), a frequency that counts nothing
("repeatedly", "once a fishing village"), a count that only says who ("the two sides"),
or the future tense ("will").
"""

from __future__ import annotations

import re

from viewer.engine.facts_context import Side
from viewer.engine.facts_numbers import Item
from viewer.engine.model import FlagKind

__all__ = ["worth_flagging_alone"]

_VAGUE_FREQUENCIES = frozenset({("freq", "several times"), ("freq", "many times")})
# "once" before these says "formerly" or "again", not how many times ("once a fishing
# village", "once part of", "once known as", "once again").
_ONCE_NO_COUNT = re.compile(
    r"\s+(?:a|an|the|part|home|known|again|more|considered|seen|dubbed|called|among|one|its"
    r"|his|her|their)\b",
    re.IGNORECASE,
)
_NEVER_ALONE = frozenset({"will", "won't", "declined to", "refused to"})
_THE_BEFORE = re.compile(r"\b(?:the|both|all)\s+$", re.IGNORECASE)
_REFERS_BACK = re.compile(
    r"\s*[,;:)]"  # "The four, two Malians and two Nigeriens,": the count names them
    r"|\s+(?:sides|parties|countries|nations|leaders|men|women|delegations|governments"
    r"|companies|teams|presidents|ministers)\b",
    re.IGNORECASE,
)


def worth_flagging_alone(item: Item, side: Side) -> bool:
    """Vague quantities and times ("many", "recently") or a "will" added or dropped are no fact."""
    if item.kind is FlagKind.NUMBER:
        if item.key[0] in ("quant", "ord") or item.key[:2] in _VAGUE_FREQUENCIES:
            return False  # "He first said", "has repeatedly said": no fact of their own
        if item.key[:2] == ("freq", "1 time") and _ONCE_NO_COUNT.match(side.text, item.end):
            return False
        if item.key[0] == "num" and item.key[1] == 1 and item.key[-1] == ">=":
            return False  # "at least one meeting took place": that there was one
        # "the two sides", "both countries" say who, not how many
        refers_back = _REFERS_BACK.match(side.text, item.end) and _THE_BEFORE.search(
            side.text, max(0, item.start - 6), item.start
        )
        return not refers_back
    if item.kind is FlagKind.CERTAINTY:
        # "will" is mostly the future tense ("will rise" / "are going to rise"), and "declined
        # to" mostly says no comment was given: flagged only when another class stands in
        # their place ("may" becomes "will"); as negations they match "would not comment".
        return " ".join(item.text.lower().replace("’", "'").split()) not in _NEVER_ALONE
    if item.kind is FlagKind.DATE:
        return item.key[0] == "rel" or (item.key[0] in ("span", "ago") and item.key[-1] != "vague")
    return True
