"""Shares of a whole in words: "a third of", "two-thirds", "one in four", "half", "чверть".

The pattern of a share (``SHARE``) is one branch of the number extractor's alternation
(facts_numbers); facts_number_keys keys a share as a value with the unit "share", which
matches its percentage ("a quarter" is 25 %).
"""

from __future__ import annotations

from viewer.engine.facts_cyrillic import CYRILLIC_LETTERS
from viewer.engine.facts_lexicon import FRACTIONS, NUMBER_QUALIFIERS, UNITS_SMALL, alternation
from viewer.engine.facts_number_keys import CYRILLIC_FRACTIONS, FRACTION_COUNTS

__all__ = ["PARTS", "PERCENT", "QUAL", "SHARE", "SPLIT_UNITS"]

# What a share of a point or percent is counted in: "half a percentage point" is 0.5 pp,
# not half of something.
PERCENT = r"(?:percentage\s+points?|percent|per\s+cent)\b"
# Units a part of one is an amount of, not a share of something: "two-tenths of a
# percentage point" is 0.2 points, "four tenths of a second" 0.4 seconds.
SPLIT_UNITS = rf"(?:{PERCENT}|second\b|mile\b|point\b)"
PARTS = rf"(?:{'|'.join(p + 's?' for p in FRACTIONS if p != 'half')})\b"  # "thirds?", ...
# A qualifier before an amount ("about", "more than"), kept with it.
QUAL = rf"(?:(?:{alternation(NUMBER_QUALIFIERS)})\s+)?"
# A share of a whole ("half of", "a third of", "two-thirds"); "half a million" is an amount,
# "the second half" and "half-time" a part of a match, "the half-year" a period.
_IN_COUNTS = alternation(w for w, n in UNITS_SMALL.items() if 1 <= n <= 9 and w not in ("a", "an"))
_COUNTED_PART = rf"(?:{alternation(FRACTION_COUNTS)})[- ]{PARTS}"  # "a third", "two-thirds"
SHARE = (
    rf"(?i:\b{QUAL}(?:(?:{alternation(FRACTION_COUNTS)})[- ])?{PARTS}(?=\s+of\b)"
    rf"(?!\s+of\s+a\s+{SPLIT_UNITS})"
    # "a quarter of a million" is an amount (250,000)
    r"(?!(?:(?<=quarter)|(?<=quarters))\s+of\s+a\s+(?:million|billion)\b)"
    # "fell by a fifth."; "one in three" is a third
    rf"|\b{_COUNTED_PART}(?=\s*[,.;)])"
    # "a two-thirds majority" ("two-tenths of a percentage point" is an amount)
    rf"|\b(?:{alternation(FRACTION_COUNTS)})-{PARTS}(?!\s+of\s+a\s+{SPLIT_UNITS})"
    # "burn a fifth less fuel" is "20 percent less"
    rf"|\b{_COUNTED_PART}(?=\s+(?:less|more|fewer|lower|higher|smaller|bigger|larger|cheaper)\b)"
    # "чверть видатків", "половина бюджета": a share, its noun after it in the genitive
    rf"|(?<!\w)(?:{alternation(CYRILLIC_FRACTIONS)})(?=\s+[{CYRILLIC_LETTERS}])"
    rf"|(?<=\bby\s){QUAL}{_COUNTED_PART}(?!\s+of\b)"  # "by roughly a tenth"
    # "(about) one in 12", "four in ten", "two out of three" are shares; "one in three
    # hundred" and "one in 300" are counts, "two in 10 minutes" a time
    rf"|\b{QUAL}(?:{_IN_COUNTS}|[1-9])\s+(?:in|out\s+of)\s+"
    rf"(?:{alternation(w for w, n in UNITS_SMALL.items() if n > 1)}|[2-9]|[1-9]\d)\b"
    r"(?![.,]?\d|\s+(?:hundred|thousand|million|seconds?|minutes?|hours?|days?|weeks?"
    r"|months?|years?|games?|matches|races?|attempts?|starts?))"
    # "(less than) one-half", not "fly-half"
    rf"|(?<!first )(?<!second )(?<![a-z]-)\b{QUAL}(?:a[- ]|one[- ])?half\b"
    r"(?!(?<=the half)\s+(?:to|ended|ending|through)\b)"  # "the half to 31 December": a period
    rf"(?![- ]?(?:time|year))(?!\s+an?\s+(?:dozen|hundred|thousand|million|billion|{PERCENT})))"
)
