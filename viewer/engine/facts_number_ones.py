"""When the word "one" counts nothing: a pronoun, or an idiom of order.

"traced that one to an oven", "the previous one, in March", "one patient at a time", "one
by one", "within 50 minutes of one another": a rewrite may drop such a "one".
"""

from __future__ import annotations

import re

__all__ = ["one_is_no_count"]

_PRONOUN_ONE_BEFORE = re.compile(
    r"(?i)\b(?:that|this|which|the\s+(?:previous|last|next|latest|other|same|earlier|new))\s+$"
)  # "traced that one to", "the previous one, in March"
_PRONOUN_ONE_AFTER = re.compile(
    r"(?i)\s*[,.;:!?)]|\s+(?:to|in|at|on|from|with|for|by|is|was|were|are|has|had|that|who"
    r"|which|where|when)\b"
)
_ONE_AT_A_TIME = re.compile(
    r"(?i)\s+(?:[a-z]+\s+)?at\s+a\s+time\b|\s+by\s+one\b|\s+after\s+(?:another|the\s+other)\b"
    r"|\s+another\b"  # "within 50 minutes of one another"
)
_ONE_BY_BEFORE = re.compile(r"(?i)\bone\s+by\s+$")  # the second "one" of "one by one"


def one_is_no_count(text: str, start: int, end: int) -> bool:
    """Whether "one" at ``start``..``end`` of ``text`` is a pronoun after "that", "this"
    or "which", or says an order: a rewrite may drop it with no count changed."""
    if _ONE_AT_A_TIME.match(text, end) or _ONE_BY_BEFORE.search(text, max(0, start - 8), start):
        return True
    return bool(
        _PRONOUN_ONE_BEFORE.search(text, max(0, start - 20), start)
        and _PRONOUN_ONE_AFTER.match(text, end)
    )
