"""Lengths of time and multiples told in words rather than counts.

"a fortnight", "a decade", "a day and a half", "week-long", "doubled", "halved", "half a
year", "about a mile".

The pattern (``SPAN_WORD``) is one branch of the number extractor's alternation
(facts_numbers); facts_number_keys keys each match as the amount it tells.
"""

from __future__ import annotations

from viewer.engine.facts_lexicon import MULTIPLES, SPAN_WORDS, alternation
from viewer.engine.facts_number_keys import ONE_OF_UNITS

__all__ = ["SPAN_WORD"]

# Lengths of time in one word ("a fortnight" is two weeks, "a decade" ten years) and
# multiples ("doubled" is twice as much, "halved" half).
SPAN_WORD = (
    rf"(?i:\b(?:a|one|first)\s+(?:{alternation(SPAN_WORDS)})\b|\b(?:{alternation(MULTIPLES)})\b"
    r"|\b(?:a\s+)?(?:quarter|half)(?:\s+of)?\s+an\s+hour\b"  # "a quarter of an hour"
    # "a day and a half", "a minute and a half", "a mile and a half"
    r"|\b(?:an?|one)\s+(?:second|minute|hour|day|week|month|year|mile|kilometre|kilometer)"
    r"\s+and\s+a\s+half\b"
    r"|\bsingle-(?:day|week|month|year)\b"  # "its biggest single-day fall" is one day's
    # "a week-long pause" is seven days; "for a further year", "another 12 months" one year
    r"|\b(?:hour|day|week|month|year)-long\b"
    r"|\b(?:another|a\s+further|one\s+more)\s+(?:hour|day|week|month|year)\b"
    # "its steepest daily drop" is its steepest one-day fall ("its 14th straight monthly
    # increase" counts months, one by one)
    r"|\b(?<!straight )(?<!consecutive )(?<!successive )(?<!another )(?:daily|weekly|monthly)"
    r"(?=\s+(?:drop|fall|decline|loss|gain|rise|jump|increase"
    r"|advance|slide|move|rally|surge|plunge|slump)s?\b)"
    r"|\bhalf\s+a\s+(?:day|week|month|year|century)\b"  # "half a year" is six months
    rf"|\ban?\s+(?:{alternation(ONE_OF_UNITS)})\b(?!-)"  # "about a mile" is one mile
    r"|\b(?:a\s+)?(?:quarter|half)(?:\s+a)?[- ](?:percentage[- ])?point\b)"  # "a quarter point"
)
