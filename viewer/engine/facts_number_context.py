"""The words around an amount that shape its key: its move, rank, basis and period.

facts_numbers finds an amount and reads its own words (``number_key``); the words next to
it can say more: "fell 3%" moved down and "rose to 3%" reached a level, "the No. 1 spot"
is a rank, "twice as likely" a multiple, "reduced the risk by half" a share moved down,
"rose 3 points to 21%" a move in percentage points, "minus 5 degrees" a negative figure,
"$82 a barrel" a price per barrel, "3.1% year on year" a change against a year before.
"""

from __future__ import annotations

import re

from viewer.engine.facts_lexicon import DIRECTIONS, alternation
from viewer.engine.facts_units import BASES, PERIODS

__all__ = ["WAY_REACH", "qualifier_phrases", "rank_before", "read_around"]

# The verb that says which way the amount moved, right before it ("fell by about 3%").
_DIRECTION_BEFORE = re.compile(
    rf"\b(?:{alternation(DIRECTIONS)})[ \u00a0]+(?:(?:by|(?P<to>to))[ \u00a0]+)?$"
)
WAY_REACH = 16  # characters: the longest such verb, "by" and the spaces
# The verb of a move further back in the clause, before "by" or "to" and the amount.
# "up by 8 to 10 per cent", "by 8% to 10%" are ranges: a "to" after a figure opens none.
_WAY_IN_CLAUSE = re.compile(
    rf"\b({alternation(DIRECTIONS)})\b[^.;:!?,]*(?:\b(by)|(?<![\d%] )\b(to))[ \u00a0]+$"
)
_CLAUSE_REACH = 100
# An age is a count of years, as "a 34-year-old" and "aged 34" are (facts_numbers).
_OLD_AFTER = re.compile(r"[ \u00a0]+old\b")
_AS_OLD_AS = re.compile(r"\bas[ \u00a0]+old[ \u00a0]+as[ \u00a0]+$")
_WAYS = frozenset("+-@")  # a qualifier's marks of a move: up, down, to a level
# Points of a move with a percentage after them in the clause (looked for after the count
# and its "points") are percentage points: "rose 3 points to 21%" is "rose 3 percentage
# points to 21%" (an index's "fell 120 points to 7,500" is not).
_PERCENT_LATER = re.compile(r"[^.;!?,]{0,40}?(?<![\w.,])\d[\d.,]*[ \u00a0]*(?:%|per[ \u00a0]?cent)")
# "twice as likely", "three times the size": a multiple ("doubled", "tripled"), no count
# of times.
_TIMES = re.compile(r"(\d+) times$")
# "as" opens a comparison before a lower-case word other than a determiner or a pronoun:
# "scored twice as Manchester City won", "twice as the team pressed" count goals.
_AS_MUCH = re.compile(
    r"\s+(?:as\s+(?!(?:the|a|an|he|she|it|they|we|i|you|his|her|its|their|our|my|your|this"
    r"|that|these|those)\b)[a-z]+\b|the\b|what\s+(?:it|they|he|she)\s+(?:was|were)\b)"
)  # "three times what they were in 2010" is "tripled"
# "fell 14 votes short", "came up $2 billion short": a shortfall, which way nothing moved.
_SHORT_AFTER = re.compile(r"(?:[ \u00a0]+[\w-]+){0,2}?[ \u00a0]+short\b")
# "No." (or "No") before a count says which one: "world No 3", "the No. 1 spot".
_RANK_BEFORE = re.compile(r"\bNo\.?[ \u00a0]?$")
# A minus sign or the word right before a number, not a hyphen joining words or a range.
# "plus or minus 2.5 points" is a margin ("±2.5"), no negative number.
_MINUS_BEFORE = re.compile(
    r"(?:(?<![\w.,%-])[-−–]|(?<!plus or )\bminus\s+|(?<!\w)(?:минус|мінус)\s+)$", re.IGNORECASE
)


def rank_before(text: str, start: int) -> re.Match[str] | None:
    """ "No." or "No" right before a count at ``start``, making it a rank (then the count is
    no part of a name, as "Formula 1" is)."""
    return _RANK_BEFORE.search(text, max(0, start - 4), start)


def read_around(
    text: str, low: str, start: int, end: int, key: tuple, rank: re.Match[str] | None
) -> tuple[int, tuple]:
    """The start and key of the amount ``text[start:end]`` once the words around it are
    read (``low`` is ``text`` lower-cased; ``rank`` what ``rank_before`` found)."""
    if rank is not None:  # "the No. 1 spot" is first place
        start, key = rank.start(), ("ord", int(text[start:end]), "")
    if key[0] == "freq" and (times := _TIMES.match(key[1])) and _AS_MUCH.match(text, end):
        key = ("mult", float(times.group(1)), key[2])  # "twice as likely" is "doubled"
    if not _SHORT_AFTER.match(low, end):
        start, key = _with_way(low, start, key)
    if key[0] == "num" and not _WAYS.intersection(key[3]):  # "cut ... by roughly half"
        start, key = _moved_in_clause(low, start, key)  # "reduced the risk ... by half"
    moved = key[0] == "num" and key[2] == "pt" and key[3][-1:] in ("+", "-")
    if moved and _PERCENT_LATER.match(low, end):  # "rose 3 points to 21%"
        key = ("num", key[1], "pp", key[3])
    if (
        key[0] == "num"
        and key[2] == "yr"
        and (_OLD_AFTER.match(low, end) or _AS_OLD_AS.search(low, max(0, start - 12), start))
    ):
        key = ("num", key[1], "", key[3])  # "21 years old", "as old as 1.2 million years"
    sign = _MINUS_BEFORE.search(text, max(0, start - 7), start) if text[start].isdigit() else None
    if sign is not None and key[0] == "num":  # "-5C", "minus 5 degrees"
        start, key = sign.start(), ("num", -key[1], *key[2:])
    return start, key


def _with_way(low: str, start: int, key: tuple) -> tuple[int, tuple]:
    """An amount with the verb that tells which way it moved ("fell 3%"): the verb joins
    the fact's span, and its way ("+" or "-") ends the key's qualifier."""
    way = _DIRECTION_BEFORE.search(low, max(0, start - WAY_REACH), start)
    if way is None or key[0] != "num":
        return start, key
    level = "@" if way.group("to") else ""  # "rose to 3%" tells a level, not a change
    return way.start(), (*key[:-1], key[-1] + DIRECTIONS[way.group().split()[0]] + level)


def _moved_in_clause(low: str, start: int, key: tuple) -> tuple[int, tuple]:
    """An amount after "by" or "to" with the verb of its move earlier in the clause
    ("reduced the risk of early death by half" is "halved" it, "cut its benchmark rate to
    4.5%" reached a level): the amount with that way ("@" for a level), its span opened
    by the "by" or "to" (a change of that word changes the fact)."""
    way = _WAY_IN_CLAUSE.search(low, max(0, start - _CLAUSE_REACH), start)
    if way is None:
        return start, key
    word = 3 if way.group(3) else 2  # "to" tells a level reached, "by" a change
    return way.start(word), (
        *key[:-1],
        key[-1] + DIRECTIONS[way.group(1)] + ("@" if word == 3 else ""),
    )


# What a rate is counted per, right after the amount or one word after it: "$82 a barrel",
# "$82/bbl", "two tablets a day", "Rs 2,200 per quintal", "50 litres per person per day".
# After "a", not a time ("a year ago", "a day after", "a week from now") nor a part ("a
# unit of Tata", "a head of state").
_BASES = alternation(BASES)
_BASIS_AFTER = re.compile(
    r"(?:[ \u00a0]+(?!(?:over|from|last|this|next|than|more|less|within|after|before|during"
    r"|under|about|into|each|every|that|with|and|the)\b)[a-z]{3,})?"
    rf"(?:(?:[ \u00a0]*/[ \u00a0]*|[ \u00a0]+(?:per|each|every)[ \u00a0]+)(?P<per>{_BASES})\b(?!-)"
    rf"|[ \u00a0]+an?[ \u00a0]+(?P<a>{_BASES})\b(?!-|[ \u00a0]*(?:ago|earlier|later|before"
    r"|after|since|from now|of|in a row|old)\b))"
    rf"(?:[ \u00a0]+(?:per|an?)[ \u00a0]+(?P<then>{_BASES})\b(?!-))?"
)


# What a change is measured against, in the same clause after the amount: "rose 3.1% year
# on year", "fell 0.4% in October from the previous month".
_PERIOD_AFTER = re.compile(
    rf"[^.;:()\n]{{0,30}}?(?<![\w-])(?P<period>{alternation(PERIODS)})(?![\w/-])"
)
# Every period phrase holds one of these, at most _PERIOD_REACH characters on: a plain
# search for them first spares most amounts the phrase's long alternation.
_PERIOD_WORD = re.compile(r"year|month|quarter|week|annual|[ymqw]/[ymqw]|yoy|mom|qoq")
_PERIOD_REACH = 80


def qualifier_phrases(low: str, end: int) -> list[tuple[str, str, int]]:
    """What an amount ending at ``end`` is counted per ("per": a basis code, "bbl") and
    measured against ("vs": a period code, "y"), with where each phrase ends."""
    found = []
    if (basis := _BASIS_AFTER.match(low, end)) is not None:
        words = [basis.group("per") or basis.group("a"), basis.group("then")]
        # in either order: "$32,000 a year per patient" is "per patient per year"
        codes = sorted(BASES[" ".join(w.split())] for w in words if w)
        found.append(("per", "/".join(codes), basis.end()))
    # a plain search first spares most amounts the period phrases' long alternation
    period = _PERIOD_WORD.search(low, end, end + _PERIOD_REACH) and _PERIOD_AFTER.match(low, end)
    if period:
        found.append(("vs", PERIODS[" ".join(period.group("period").split())], period.end()))
    return found
