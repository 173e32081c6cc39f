"""Matches of a time pattern that state no time: a count, a duration, a rate, a base.

"2000 soldiers" is a count; "will last 48 hours", "now last three days longer", "for six
hours before" and "the rest of the day after" durations; "eight hours a day after" a rate;
"from 2% a year ago" and "in the same period a year ago" what a figure is compared with.
Read as times, each would be flagged against the other side's real times.
"""

from __future__ import annotations

import re

from viewer.engine.facts_lexicon import NUMBER_QUALIFIERS, alternation
from viewer.engine.facts_year_counts import year_is_a_count

__all__ = ["no_time"]

# "last" as a verb: after a modal or "to" ("will last 48 hours", "expected to last a week").
_LAST_AS_VERB = re.compile(
    r"\b(?:will|would|could|can|may|might|must|should|to|did|does|do|won['’]t)\s+$",
    re.IGNORECASE,
)
# "would begin on March 3 and last five days": a second verb after the same modal.
_AND_LAST = re.compile(
    r"\b(?:will|would|could|can|may|might|must|should|to)\s+[^.;:]{1,60}\band\s+$",
    re.IGNORECASE,
)
# "heatwaves now last three days longer": a duration compared, so "last" is the verb.
_COMPARED_AFTER = re.compile(r"\s+(?:longer|shorter)\b", re.IGNORECASE)
# "for six hours", "for just over four hours", "for a little more than four hours"
_DURATION_BEFORE = re.compile(
    # "a minimum term of 19 years before", "must serve 10 years before": a sentence's length;
    # "to inspect them within 30 days after cracks were found": a deadline
    r"\b(?:for|within|lasting|lasted|spent|took|serve[sd]?|serving|(?:term|sentence)\s+of)\s+"
    rf"(?:(?:{alternation(NUMBER_QUALIFIERS)}|just|only|a\s+little|slightly|well)\s+){{0,2}}$",
    re.IGNORECASE,
)
# The first part of a duration told in parts: "jailed for six years and four months after
# stealing" is no time four months after anything.
_PART_OF_DURATION = re.compile(
    r"\b(?:years?|months?|weeks?|days?|hours?|minutes?)\s*,?\s+and\s+$", re.IGNORECASE
)
# An amount right before "a year ago" ("from more than 2% a year ago").
_AMOUNT_BEFORE = re.compile(r"(?:\d|%|\d\s?(?:million|billion|bn|m|percent|per\s+cent))\s+$")

# A level a figure was brought to, right before a time: "cut its rate to 8.5% two weeks ago".
_LEVEL_REACHED = re.compile(r"\bto\s+[$€£]?\d[\d.,]*\s?%?\s+$")

# "the rest of the day after the wires were damaged", "all of the day before": how long,
# from an event, not the day after it.
_PART_OF_BEFORE = re.compile(r"\b(?:rest|all|most|much|part)\s+of\s+$", re.IGNORECASE)

# What a figure is compared with, a few words back: "from 1.1 million tonnes a month
# earlier", "than a week earlier".
_BASE_BEFORE = re.compile(
    r"\b(?:from|than|with|versus)\b(?:[^,.;:]|(?<=\d)[.,](?=\d)){0,40}$", re.IGNORECASE
)

# "a month earlier", "one day later": the time a base is measured at, after "from" or "than"
# ("only three days later" is an event's time, not a base).
_ONE_UNIT_OFF = re.compile(r"(?:a|one)\s+[^\W\d_]+\s+(?:earlier|later)", re.IGNORECASE)
# And "one week before" with nothing after it ("up from $41 one week before, ... said").
_ONE_UNIT_BEFORE = re.compile(r"(?:a|one)\s+[^\W\d_]+\s+before", re.IGNORECASE)
_NOTHING_AFTER = re.compile(r"\s*(?:[,.;:!?)]|$)")

# A comparison's "than" right before a time: "more cargo than a year ago", "lower than it
# was two years ago".
_THAN_BEFORE = re.compile(
    r"\bthan(?:\s+(?:it|they|he|she|we|there)\s+(?:was|were|did|had|is|are))?\s+$",
    re.IGNORECASE,
)

_THAN_AFTER = re.compile(r"\s+than\b", re.IGNORECASE)

# "compared with $479 million in the same period a year ago": the period a figure is
# compared with, as "a year earlier" after an amount is.
_SAME_PERIOD_BEFORE = re.compile(
    r"\bthe\s+same\s+(?:period|quarter|month|week|day|time|season|half)\s+$", re.IGNORECASE
)

# What is counted per day or per week: "eight hours a day", "$5 a day", "three times a week".
_RATE_BEFORE = re.compile(r"(?i:\d[\d.,]*%?|hours|minutes|times|days|weeks|months)\s+$")


def _after_an_amount(text: str, start: int) -> bool:
    """Whether a time right after an amount is what the figure is compared with ("from 2% a
    year ago", "from 41 the previous day"), no event's time; "cut its rate to 8.5% two
    weeks ago" tells when."""
    return (
        _AMOUNT_BEFORE.search(text, max(0, start - 12), start) is not None
        and _LEVEL_REACHED.search(text, max(0, start - 24), start) is None
    )


def no_time(kind: str, frag: str, text: str, start: int, end: int) -> bool:
    """Whether the match ``frag`` (of the pattern ``kind``) at ``start:end`` of ``text``
    states no time."""
    near = max(0, start - 12)
    if kind == "year":
        return year_is_a_count(text, start, end)  # "2000 soldiers", "2000 грн", "2000 людей"
    if kind == "span":
        # "will last 48 hours": a duration (a number), not the past 48 hours
        return frag[:4].lower() == "last" and (
            _LAST_AS_VERB.search(text, near, start) is not None
            or _AND_LAST.search(text, max(0, start - 80), start) is not None
            or _COMPARED_AFTER.match(text, end) is not None
        )
    if kind == "dayrel" and _PART_OF_BEFORE.search(text, max(0, start - 10), start):
        return True
    if kind == "ago":
        if _ONE_UNIT_OFF.fullmatch(frag):
            # "from 1.1 million tonnes a month earlier": a base, however far its amount stands
            return _BASE_BEFORE.search(text, max(0, start - 48), start) is not None
        if _SAME_PERIOD_BEFORE.search(text, max(0, start - 24), start):
            return True
        if _THAN_AFTER.match(text, end) or _THAN_BEFORE.search(text, max(0, start - 24), start):
            # "two years later than planned": a delay, how much; "30% more cargo than a
            # year ago": a base ("from Syria a year ago" is neither)
            return True
        return _after_an_amount(text, start)
    if kind == "dayrel" and " in " not in frag:
        return _after_an_amount(text, start)
    if kind == "rel" and _ONE_UNIT_BEFORE.fullmatch(frag) and _NOTHING_AFTER.match(text, end):
        # "up from $41 one week before": a base, as "a week earlier" is
        return _BASE_BEFORE.search(text, max(0, start - 48), start) is not None
    if kind == "rel":
        # "deliberated for six hours before": a duration (a number), no time, and so is
        # the last part of "six years and four months after"; "eight hours a day after":
        # a rate, no time between two events
        return (
            _DURATION_BEFORE.search(text, max(0, start - 40), start) is not None
            or _PART_OF_DURATION.search(text, max(0, start - 16), start) is not None
            or (frag[:2].lower() == "a " and _RATE_BEFORE.search(text, near, start) is not None)
        )
    return False
