"""Numbers, amounts, quantifiers and frequencies found in a text, with values that compare.

"three" and "3", "$13.7bn" and "13.7 billion dollars" get equal keys; "a small number" and
"several" do not.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from typing import NamedTuple

from viewer.engine.facts_cyrillic import (
    CYRILLIC_AMOUNT_WORDS,
    CYRILLIC_AND_A_HALF,
    CYRILLIC_FREQUENCIES,
    CYRILLIC_LETTERS,
    CYRILLIC_MEASURES,
    CYRILLIC_NUMBER_WORDS,
    CYRILLIC_TIMES_WORDS,
)
from viewer.engine.facts_cyrillic_ordinals import CYRILLIC_ORDINAL_PATTERN, CYRILLIC_ORDINAL_WORDS
from viewer.engine.facts_lexicon import (
    FREQUENCIES,
    MULTIPLES,
    NUMBER_QUALIFIERS,
    ORDINALS,
    QUANTIFIERS,
    SPAN_WORDS,
    TENS,
    TIMES_WORDS,
    UNITS_SMALL,
    alternation,
    first_words,
)
from viewer.engine.facts_number_context import (
    WAY_REACH,
    qualifier_phrases,
    rank_before,
    read_around,
)
from viewer.engine.facts_number_keys import (
    CLOCK_DURATION,
    CYRILLIC_CASE_AFTER_DIGITS,
    CYRILLIC_FRACTIONS,
    DIGITS,
    MORE_BEFORE_TIME,
    ONE_OF_UNITS,
    TIME_UNIT_WORDS,
    number_key,
)
from viewer.engine.facts_number_names import designation_key, in_a_name
from viewer.engine.facts_number_ones import one_is_no_count
from viewer.engine.facts_number_runs import read_together
from viewer.engine.facts_number_shares import PARTS, PERCENT, QUAL, SHARE, SPLIT_UNITS
from viewer.engine.facts_number_spans import SPAN_WORD
from viewer.engine.facts_scan import Anchors, Dispatch, Folded, Scan, Touching
from viewer.engine.facts_units import (
    CURRENCY_CODES,
    CURRENCY_PREFIXES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    PREFIX_ALTERNATION,
    UNIT_WORDS,
)
from viewer.engine.model import FlagKind

__all__ = [
    "CONVERTED",
    "NUMBER_WORDS",
    "NUM_WORD",
    "QUALIFIERS_OF_AMOUNTS",
    "Item",
    "extract_numbers",
    "numbers_touch",
]


class Item(NamedTuple):
    """One fact found in a text: where it is, and a normalised value to compare.

    A named tuple rather than a frozen dataclass: a pair makes dozens of them, and a
    frozen dataclass is several times slower to build.
    """

    kind: FlagKind
    start: int
    end: int
    text: str
    key: tuple


_DIGIT_WORDS = alternation(k for k in UNITS_SMALL if UNITS_SMALL[k] < 10)
NUM_WORD = (
    rf"(?:(?:(?:{alternation(TENS)})(?:[- ](?:{_DIGIT_WORDS}))?|{alternation(UNITS_SMALL)})"
    rf"(?:\s+point(?:\s+(?:{_DIGIT_WORDS}|zero))+)?"  # "one point two billion"
    rf"|a\s+dozen|dozen|a\s+hundred|a\s+thousand|a\s+million|a\s+billion"
    r"|half\s+a\s+(?:dozen|million|billion)"
    r"|(?:a|one|three)\s+quarters?\s+of\s+a\s+(?:million|billion)"  # "a quarter of a million"
    rf"|(?:half|(?:a\s+)?quarter\s+of)\s+a(?=\s+{PERCENT})"  # "half a percentage point"
    # "two-tenths of a percentage point" is 0.2 points, "four tenths of a second" 0.4 s,
    # "three-hundredths of a second" 0.03 s
    rf"|(?:a|one|two|three|four|five|six|seven|eight|nine)[- ]"
    r"(?:tenths?|hundredths?|thousandths?)\s+of\s+a"
    rf"(?=\s+{SPLIT_UNITS})"
    r")"
)
# A number's words: a scale or "and a half" after a number word ("two dozen", "three
# million", "four and a half"); a number word only after a scale ("one hundred and
# three", "two thousand five"), never after another ("between one and three grams" is
# two numbers, "five three-pointers" is five).
_SCALE_WORDS = tuple(
    "hundred thousand lakh lakhs million crore crores billion trillion dozen".split()
)
_AFTER_SCALE = "|".join(f"(?<={w})" for w in _SCALE_WORDS)
_NUM_WORDS = (
    rf"{NUM_WORD}"
    rf"(?:\s+(?:{alternation(_SCALE_WORDS)})\b"
    rf"|(?:{_AFTER_SCALE})\s+(?:and\s+)?{NUM_WORD}"
    r"|\s+and\s+a\s+half\b|-and-a-half\b)*"  # "two-and-a-half years"
    rf"(?![- ]{PARTS})"  # "one-third" and "two fifths" are shares (SHARE)
)
# Ukrainian and Russian scales, currencies and units (facts_cyrillic reads them in English).
_CYRILLIC_SCALES = [w for w, e in CYRILLIC_AMOUNT_WORDS.items() if e in _SCALE_WORDS]
_CYRILLIC_UNITS = [w for w, e in CYRILLIC_AMOUNT_WORDS.items() if e not in _SCALE_WORDS]
_KOPECKS = [w for w, e in CYRILLIC_AMOUNT_WORDS.items() if e == "cents" and w.isalpha()]
_SCALE = (
    r"(?:\s?(?:thousand|million|billion|trillion|mln|bln|mn|bn|tn|k|m|b)\b(?!/)"  # not "m/s"
    r"|-(?:thousand|million|billion|trillion)\b"  # "a 3-billion-dollar programme"
    # "Rs 500 crore" is 5 billion rupees, "Rs 1.87 lakh crore" 1.87 trillion (South Asia)
    r"|\s(?:lakhs?\s+crores?|crores?|lakhs?)\b"
    rf"|\s(?:{alternation(_CYRILLIC_SCALES)})(?!\w))?"  # "180 млн", "2,5 тис."
)
# A unit after a space, or after a hyphen as an adjective ("a 20-year sentence"), but an
# age is a count ("a 34-year-old man" = "aged 34", "60- to 74-year-olds" = "aged 60 to 74").
# "C" and "F" count as units only glued to the number ("40C", "104F"), never as a word;
# so does a degree sign alone ("+27°" is "27 degrees", either scale).
_LETTER_UNITS = frozenset({"c", "f", "g", "°"})
# A unit of several words may be hyphenated as an adjective: "a 100-basis-point cut".
_HYPHENABLE_UNITS = alternation(
    w for w in UNIT_WORDS if w != "%" and w not in _LETTER_UNITS
).replace(r"\ ", r"[\s-]")
_UNIT = (
    rf"(?:(?:\s|-(?!\w+-olds?\b))?(?:{MORE_BEFORE_TIME}\s+(?={TIME_UNIT_WORDS}))?"
    rf"(?:%|(?:{_HYPHENABLE_UNITS}"
    rf"|{alternation(CURRENCY_WORDS)})\b(?!(?<=second)-[a-z])"  # not "two second-half goals"
    # nor a period: "rose by 1,500 week on week" is no 1,500 weeks
    r"(?!(?:(?<=week)|(?<=month)|(?<=year)|(?<=quarter))[\s-]+(?:on|over)[\s-])"
    # nor an age: "patients 12 years and older" are "aged 12 and older"
    r"(?!(?:(?<=years)|(?<=year))\s+(?:of\s+age|and\s+(?:older|over|above|under|younger))\b))"
    r"|(?<=\d)[cf]\b(?!-)|(?<=\.\d)s\b|(?<=\.\d\d)s\b"  # "40C", "1.8s" (seconds)
    r"|(?<=\d)\s?g(?=\s+of\b)"  # "200 g of gold" ("5G" is a network)
    r"|(?<=\d)°(?!\s?[cf]\b)"  # "+27°" (not "27° C", which is "27 °C")
    # "47.6 C (117.7 F)": a letter apart from its digits is a unit beside its conversion
    r"|(?<=\d)\s[cf]\b(?=\s*\(\s*[-−]?[\d.,]+\s*°?\s*[cf]\b|\s*\)|[.,;](?:\s|$))"  # "95 F."
    rf"|\s(?:{alternation(_CYRILLIC_UNITS)})(?!\w)"  # "гривень", "відсотків", "км"
    rf"(?:\s+\d{{1,2}}\s+(?:{alternation(_KOPECKS)})(?!\w))?"  # "97 рублей 35 копеек"
    rf"|-(?:{alternation(CYRILLIC_MEASURES)})[{CYRILLIC_LETTERS}]*)?"  # "212-метровий"
)
_CUR = (
    rf"(?:(?:US|A|NZ|S|C|HK)\$\s?|[{''.join(CURRENCY_SYMBOLS)}]\s?"
    rf"|(?:{'|'.join(CURRENCY_CODES)}|SEK|NOK|DKK)\s|(?:Rs|Tk|KSh|USh|TSh)\.?\s?)?"
)
_FREQUENCIES = FREQUENCIES | CYRILLIC_FREQUENCIES
# "once" counts one time where a clause or a rate ends it ("met once.", "once a week"); before
# other words it is "when" ("once fully operational") or "formerly" ("once lived there").
_ONCE = (
    r"once(?=\s*[.,;:!?)]|\s*$|\s+(?:a|an|every|each|per|or|and|more|again|before|since|in"
    r"|this|last|during|so)\b)"
)
_VAGUE_PHRASE = (
    rf"(?i:\b{QUAL}(?:{alternation(k for k in _FREQUENCIES if k != 'once')}|{_ONCE}"
    rf"|{alternation(QUANTIFIERS)})\b)"
)
# An ordinal says which one ("the second round"); with digits, "2nd"; with tens,
# "twenty-first".
_CYRILLIC_TENS = [w for w, e in CYRILLIC_NUMBER_WORDS.items() if e in TENS]
_ORDINAL = (
    rf"(?i:\b(?:(?:{alternation(TENS)})[- ])?(?:{alternation(ORDINALS)})\b"
    r"|\b\d{1,3}(?:st|nd|rd|th)\b"
    # "третя", "двадцять четвертого": the tens are a cardinal, the last word the ordinal
    rf"|(?<!\w)(?:(?:{alternation(_CYRILLIC_TENS)})\s+)?{CYRILLIC_ORDINAL_PATTERN}"
    r"(?!\w))"
)
# A currency prefix may be written against the digits ("EUR1.3bn", "Rs9.66", "N500m"): the
# amount then starts at its digits, and the prefix is taken in afterwards (``_GLUED_PREFIX``).
_CODE_BEFORE = "|".join(rf"(?<={re.escape(p)})" for p in CURRENCY_PREFIXES if p[-1] != ".")
# A count in Ukrainian or Russian words; "один з" ("one of") says which, not how many, but
# "двоє з яких" ("two of whom") counts. Hundreds, tens and units follow one another in one
# count: "двісті п'ятдесят три" (253).
_CYRILLIC_WORD = rf"\b(?:{alternation(CYRILLIC_NUMBER_WORDS)})(?!\w)"
_CYRILLIC_ONES = [w for w, e in CYRILLIC_NUMBER_WORDS.items() if e == "one"]
_CYRILLIC_ONE = rf"\b(?:{alternation(_CYRILLIC_ONES)})(?!\w)"
_CYRILLIC_COUNT = (
    rf"(?:{_CYRILLIC_ONE}(?!\s+(?:з|із|зі|из|со)(?!\w))"
    rf"|(?!{_CYRILLIC_ONE}){_CYRILLIC_WORD}(?:\s+{_CYRILLIC_WORD}){{0,2}})"
    rf"(?:\s+{CYRILLIC_AND_A_HALF})?"  # "п'ять з половиною": five and a half
)
_AMOUNT = (
    rf"(?i:(?:(?<![\w.,])|(?={DIGITS})(?:{_CODE_BEFORE}))"
    rf"(?:{QUAL})?{_CUR}(?:(?:{DIGITS})(?:{CYRILLIC_CASE_AFTER_DIGITS}(?=\s+[{CYRILLIC_LETTERS}]))?"
    rf"|\b(?:{_NUM_WORDS})\b|{_CYRILLIC_COUNT}){_SCALE}{_UNIT})"
)
# A count of times ("5 times", "five times", "3 рази", "п'ять разів") is a frequency,
# whichever way the count is written (facts_number_keys keys it as "three times" is keyed).
_TIMES = (
    rf"(?i:(?<![\w.,]){QUAL}(?:{DIGITS}|\b(?:{_NUM_WORDS})\b|{_CYRILLIC_COUNT})"
    rf"\s+(?:{'|'.join(TIMES_WORDS + CYRILLIC_TIMES_WORDS)})(?!\w))"
)
_GLUED_PREFIX = re.compile(rf"(?<![a-z$])(?:{PREFIX_ALTERNATION})$")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?![\d,])")
_SCALED = re.compile(
    r"(?i)\d\s?(?:thousand|million|billion|trillion|crores?|lakhs?|mln|bln|mn|bn|tn|m|b)\b"
)
# Only an amount can start with a digit or a currency sign.
# A match's minute told from its end or its second half: "12 minutes from time" is the
# 78th minute, "eight minutes after the restart" the 53rd (facts_number_keys keys them).
# Digits and words are two patterns: a part of the alternation below is tried only where
# its first character can start a match (Dispatch), and each compiles apart.
_FROM_TIME = (
    r"\s+minutes?\s+(?:from\s+(?:time|full[- ]time|the\s+end)"
    r"|(?:after|into)\s+(?:the\s+)?(?:restart|break|interval|half[- ]?time|second\s+half))\b"
)
_MATCH_MINUTE_DIGITS = rf"(?i:\b\d{{1,2}}{_FROM_TIME})"
_MATCH_MINUTE_WORDS = (
    rf"(?i:\b(?:{NUM_WORD}){_FROM_TIME}"
    r"|\b(?:the\s+)?(?:final|last)\s+minute\s+of\s+(?:normal|regular|regulation)\s+time\b)"
)
_NUMBER = Dispatch(
    digit=Folded.of(f"{_MATCH_MINUTE_DIGITS}|{CLOCK_DURATION}|{_TIMES}|{_ORDINAL}|{_AMOUNT}"),
    other=Folded.of(
        f"{_MATCH_MINUTE_WORDS}|{_TIMES}|{_VAGUE_PHRASE}|{SPAN_WORD}|{SHARE}|{_ORDINAL}|{_AMOUNT}"
    ),
)
_FUNCTION = frozenset({"a", "an", "the", "of", "for", "very", "no"})
NUMBER_WORDS = (
    frozenset(UNITS_SMALL)
    | frozenset(TENS)
    | {"dozen", "hundred", "thousand", "million", "billion"}
)
# "half" only opens "half a million": a start word, not a core one.
_VAGUE_WORDS = frozenset(w for p in [*QUANTIFIERS, *_FREQUENCIES] for w in p.split()) - _FUNCTION
# Words of shares and parts that open or hold an amount ("single" opens "single-day",
# "daily" is "one-day" before a move).
_SHARE_WORDS = frozenset(
    "half quarter quarters thirds fifth fifths tenth tenths hundredth hundredths thousandth"
    " thousandths single daily weekly monthly".split()
)
_NUMBER_ANCHORS = Anchors(
    starts=frozenset(p.split()[0] for p in [*NUMBER_QUALIFIERS, *QUANTIFIERS, *_FREQUENCIES])
    | {"a", "us", "rs", "tk", "ksh", "ush", "tsh", "nz", "hk", "sek", "nok", "dkk", *CURRENCY_CODES}
    | frozenset(UNITS_SMALL)
    | frozenset(TENS)
    | _SHARE_WORDS
    | {"dozen"}
    | frozenset(SPAN_WORDS)
    | first_words(MULTIPLES)
    | frozenset(ORDINALS)
    | frozenset(CYRILLIC_NUMBER_WORDS)
    | frozenset(CYRILLIC_ORDINAL_WORDS)
    | frozenset(CYRILLIC_FRACTIONS)
    | {"final", "last", "another", "further", "hour", "day", "week", "month", "year"},
    cores=NUMBER_WORDS
    | frozenset(CYRILLIC_NUMBER_WORDS)
    | frozenset(CYRILLIC_ORDINAL_WORDS)
    | frozenset(CYRILLIC_FRACTIONS)
    | _VAGUE_WORDS
    | frozenset(ORDINALS)
    | frozenset(SPAN_WORDS)
    | first_words(MULTIPLES)
    | _SHARE_WORDS
    | ONE_OF_UNITS
    | {"in", "minute", "another", "further", "long"},
    digits=True,
    marks=tuple(CURRENCY_SYMBOLS),
)
_LONGEST = 120  # characters: no amount is longer
# "once every 29 days": a rate, told as much without "once".
_ONCE_PER = re.compile(r"(?i:once\s+(?:every|each)\b)")
# A match report's goals told by idiom count nothing: the score says how many.
_SCORING_IDIOM = re.compile(
    r"(?i:doubl(?:ed|es|ing)\s+(?:the|their|his|her|its)\s+(?:lead|advantage)\b|one\s+back\b)"
)
# "a" or "an" right after an amount opens what it is counted per ("a litre"); "about" opens
# an amount of its own ("39,000 feet about 2 hours 40 minutes into the flight").
_ARTICLE = re.compile(r"(?i)an?\b")
_NOT_A_NUMBER = re.compile(r"(?i)^(?:no one|one another|one of the most|some)$")
# "most" and "all" are quantities ("most lawmakers") except in "the most", "at all"...
_ALONE = frozenset({"all", "most"})
# A match's minute told as an ordinal ("in the 23rd minute") is the time played.
_ANNIVERSARY_AFTER = re.compile(r"\s+anniversary\b")
_MINUTE_AFTER = re.compile(r"[ \u00a0-]minute\b")
# The qualifier of an amount converted in parentheses ("8 billion euros ($10 billion)"):
# see facts_conversions.
CONVERTED = "="
_CONVERSION_BEFORE = re.compile(r"\d[^\d()]{0,30}\((?:about|around|some|roughly|nearly)?\s*$")
_NOT_A_QUANTITY_BEFORE = re.compile(r"(?i)\b(?:the|at|after|for|of|in|once|and)\s+$")


# Facts that qualify an amount rather than state one: what it is counted per ("per") and
# what a change is measured against ("vs"). Matched and paired only with their own kind,
# never flagged when added or dropped (a rewrite may shorten "$82 a barrel" to "$82").
QUALIFIERS_OF_AMOUNTS = frozenset({"per", "vs"})


def numbers_touch(scan: Scan, touching: Touching) -> bool:
    """Whether some amount or quantity may touch a change (never a wrong no); the verb
    of its way ("fell 3%") is part of it, up to ``WAY_REACH`` characters before it, and
    what it is counted per ("a barrel") or measured against ("year on year") after it."""

    def touching_with_way(lo: int, hi: int) -> Sequence[int]:
        found = touching(max(0, lo - WAY_REACH), hi)
        if found:
            return found
        ends = [stop for _, _, stop in qualifier_phrases(scan.low, hi)]
        return touching(hi, max(ends)) if ends else found

    return scan.touches(_NUMBER, _NUMBER_ANCHORS, touching_with_way, _LONGEST)


def extract_numbers(
    scan: Scan, skip: list[tuple[int, int]], known: Container[str] = frozenset()
) -> list[Item]:
    """Amounts, counts, quantifiers and frequencies outside the ``skip`` spans (dates...);
    ``known`` are words the pair capitalises mid-sentence (names, see ``in_a_name``)."""
    out: list[Item] = []
    rates: list[Item] = []
    text = scan.text
    for m in scan.finditer(_NUMBER, _NUMBER_ANCHORS):
        s, e = m.span()
        frag = text[s:e].rstrip()
        e = s + len(frag)
        if not frag or _NOT_A_NUMBER.match(frag) or any(a < e and s < b for a, b in skip):
            continue
        if _SCORING_IDIOM.match(text, s) or _ONCE_PER.match(text, s):
            continue  # "doubled the lead": a goal; "once every 29 days": "every 29 days"
        if frag.lower() == "one" and one_is_no_count(text, s, e):
            continue
        if frag.lower() in _ALONE and _NOT_A_QUANTITY_BEFORE.search(text, max(0, s - 8), s):
            continue
        rank = rank_before(text, s) if frag.isdigit() else None
        named = in_a_name(text, s, e, frag, known) if rank is None else None
        if named is not None:  # "Formula One" or "Formula 1", "Group of Seven", "Voyager 1"
            key = designation_key(text, named, s, frag)
            if key is not None:
                out.append(Item(FlagKind.NUMBER, named, e, text[named:e], key))
            continue
        # "8 billion euros ($10 billion)": the same amount converted (see CONVERTED)
        converted = "(" in text[max(0, s - 12) : s] and bool(
            _CONVERSION_BEFORE.search(text, max(0, s - 40), s)
        )
        if frag[-1] in ".,":
            frag, e = frag[:-1], e - 1
        glued = _GLUED_PREFIX.search(scan.low, max(0, s - 4), s) if frag[0].isdigit() else None
        # "N500m", "P50,000", not "N95": a single letter is money with a scale or thousands
        if glued and (len(glued.group()) > 1 or _SCALED.search(frag) or _GROUPED.match(frag)):
            s, frag = glued.start(), text[glued.start() : e]
        key = number_key(frag)
        if key is None or (_ARTICLE.match(frag) and out and not text[out[-1].end : s].strip()):
            continue  # none, or the basis an amount is counted per ("1.79 euros a litre")
        s, key = read_around(text, scan.low, s, e, key, rank)
        frag = text[s:e]
        if converted and key[0] == "num":
            key = (*key[:-1], CONVERTED)
        if key[0] == "ord" and _MINUTE_AFTER.match(scan.low, e):
            key = ("num", key[1] * 60.0, "s", "")  # "in the 23rd minute": "after 23 minutes"
        elif key[0] == "ord" and _ANNIVERSARY_AFTER.match(scan.low, e):
            key = ("num", float(key[1]), "yr", key[2])  # "the 150th anniversary": 150 years
        out.append(Item(FlagKind.NUMBER, s, e, frag, key))
        if key[0] == "num":
            rates += _qualifiers(text, scan.low, s, e)
    found = read_together(text, out) if len(out) > 1 else out
    return sorted(found + rates, key=lambda f: (f.start, f.end)) if rates else found


def _qualifiers(text: str, low: str, start: int, end: int) -> list[Item]:
    """The amount with what it is counted per or measured against, each a fact of its own:
    its key is the basis ("$82 a barrel" is ("per", "bbl", "")) or the period ("rose 3.1%
    year on year" is ("vs", "y", "")), so the amount is compared as before, and the basis
    or the period changed is a change of its own. Dropped or added alone, they are a
    rewording, never flagged (facts_alone)."""
    return [
        Item(FlagKind.NUMBER, start, stop, text[start:stop], (what, code, ""))
        for what, code, stop in qualifier_phrases(low, end)
    ]
