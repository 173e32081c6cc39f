"""Word lists of the fact-change detector: general news vocabulary, no story words."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of ``phrases``, longest first, so a longer phrase wins."""
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


def first_words(phrases: Iterable[str]) -> frozenset[str]:
    """The words phrases open with (a scanner's anchors), symbols left out."""
    return frozenset(p.split()[0] for p in phrases if p[0].isalpha())


def table(text: str, value: Callable[[str], object] = str) -> dict:
    """``value: phrase, phrase`` lines as {phrase: value}, in reading order.

    A line that ends with a comma goes on with the next line.
    """
    out = {}
    for line in text.strip().replace(",\n", ", ").splitlines():
        head, _, phrases = line.partition(":")
        for phrase in phrases.split(","):
            if phrase.strip():
                out[" ".join(phrase.split())] = value(head.strip())
    return out


def _phrases(text: str) -> tuple[str, ...]:
    """Comma-separated phrases, in reading order."""
    return tuple(" ".join(p.split()) for p in text.split(",") if p.strip())


UNITS_SMALL = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen"
        " fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
TENS = {
    w: 10 * n
    for n, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
}
SCALES = table(
    """
    100: hundred
    1e3: thousand, k
    1e5: lakh, lakhs
    1e6: million, mln, mn, m
    1e7: crore, crores
    1e9: billion, bln, bn, b
    1e12: trillion, tn
    """,
    float,
)

ORDINALS = {
    w: n
    for n, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
        "twentieth".split(),
        1,
    )
} | {"thirtieth": 30}

# Shares of a whole ("a third of"), lengths of time in one word ("a fortnight": two weeks)
# and multiples ("doubled": twice as much).
FRACTIONS = {
    "half": 1 / 2,
    "third": 1 / 3,
    "quarter": 1 / 4,
    "fifth": 1 / 5,
    "tenth": 1 / 10,
    "hundredth": 1 / 100,  # "three-hundredths of a second" is 0.03 s
    "thousandth": 1 / 1000,
}
# Parts of a unit told in words: "two-tenths of a percentage point" is 0.2 points,
# "three-hundredths of a second" 0.03 s.
UNIT_PARTS = {
    w + s: 1 / n
    for w, n in (("tenth", 10), ("hundredth", 100), ("thousandth", 1000))
    for s in ("", "s")
}
SPAN_WORDS = {"fortnight": (2.0, "wk"), "decade": (10.0, "yr"), "century": (100.0, "yr")}
MULTIPLES = {
    "doubled": 2.0,
    "tripled": 3.0,
    "trebled": 3.0,
    "quadrupled": 4.0,
    "halved": 0.5,
    "doubling": 2.0,  # "doubling the capacity" is "will double the capacity"
    "tripling": 3.0,
    "halving": 0.5,
    "double the": 2.0,  # "double the number reported in 2023" is "doubled"
    "triple the": 3.0,
    "to double": 2.0,  # "commit countries to triple capacity" is "to tripling capacity"
    "to triple": 3.0,
    "to treble": 3.0,
    "to quadruple": 4.0,
    "to halve": 0.5,
    "twice the": 2.0,
    "twice what": 2.0,  # "more than twice what analysts expected" is "double what"
    "double what": 2.0,
    "double its": 2.0,  # "nearly double its result in 2021" is "almost twice" it
    "double their": 2.0,
    "quintupled": 5.0,
    "twofold": 2.0,  # "up threefold", "a fourfold increase": "tripled", "quadrupled"
    "threefold": 3.0,
    "fourfold": 4.0,
    "fivefold": 5.0,
    "tenfold": 10.0,
    # Ukrainian and Russian: "удвічі" is "twice" ("у два рази"), "втрое" three times
    "удвічі": 2.0,
    "вдвічі": 2.0,
    "вдвое": 2.0,
    "удвое": 2.0,
    "утричі": 3.0,
    "втричі": 3.0,
    "втрое": 3.0,
}

# Vague quantities: phrases in one class state the same amount, classes differ in fact.
QUANTIFIERS = table(
    """
    few: a few, a small number of, a small number, a handful of, a couple of
    hardly any: few, very few
    several: several, a number of, multiple
    many: many, numerous, a lot of, lots of, a large number of, scores of
    dozens: dozens of, dozens more, several dozen, a few dozen, a couple of dozen,
      several dozen more, a few dozen more
    hundreds: hundreds of, hundreds more, several hundred, a few hundred, several hundred more,
      a few hundred more
    thousands: thousands of, thousands, thousands more, several thousand, a few thousand,
      several thousand more, a few thousand more
    tens of thousands: tens of thousands of, tens of thousands
    hundreds of thousands: hundreds of thousands of, hundreds of thousands
    millions: millions of, millions more, several million, a few million
    tens of millions: tens of millions of, tens of millions
    most: most, the majority of
    all: all
    none: none, no one
    several: несколько, кілька, декілька
    many: многие, много, багато, чимало
    dozens: десятки, десятков, десятків, несколько десятков, кілька десятків, декілька десятків
    hundreds: сотни, сотен, сотні, сотень, несколько сотен, кілька сотень
    thousands: тысячи, тысяч, тисячі, тисяч, несколько тысяч, кілька тисяч
    tens of thousands: десятки тысяч, десятки тисяч
    most: большинство, більшість
    all: усі, всі
    """
)
FREQUENCIES = table(
    """
    several times: repeatedly, repeated, regularly, several times, multiple times
    many times: many times
    several times: a series of
    1 time: once
    2 times: twice, two times, a brace
    3 times: three times, a hat-trick, a hat trick, hat-trick, hat trick
    4 times: four times
    first time: for the first time
    """
)
# Words after a count of times: "four times", "on four occasions".
TIMES_WORDS = ("times", "occasions")
NUMBER_QUALIFIERS = table(
    """
    >=: at least, no fewer than, no less than, not less than
    >: more than, over, above, upwards of, in excess of
    <=: as many as, as much as, up to, at most, no more than
    <: fewer than, less than, under, below
    ~: about, around, approximately, roughly, some, an estimated
    ~<: nearly, almost, close to
    """
)
# Which way an amount moved, told by the verb before it: "fell 3%" is no "rose 3%".
DIRECTIONS = table(
    """
    -: fell, fall, falls, falling, dropped, drop, drops, declined, declines, slipped, slid,
      slumped, plunged, plummeted, tumbled, sank, shed, lost, down, decreased, shrank,
      contracted, cut, cuts, slashed, eliminated, lowered, reduced, trimmed, narrowed,
      narrowing
    +: rose, rise, rises, rising, climbed, jumped, surged, soared, gained, grew, increased,
      advanced, rallied, up, expanded, added, adds, created, raised, hiked, lifted, widened,
      widening
    """
)
MONTHS = table(
    """
    1: january, jan
    2: february, feb
    3: march, mar
    4: april, apr
    5: may
    6: june, jun
    7: july, jul
    8: august, aug
    9: september, sep, sept
    10: october, oct
    11: november, nov
    12: december, dec
    """,
    int,
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
TIME_UNITS = table(
    """
    hour: hour, hours
    day: day, days
    week: week, weeks
    weekend: weekend
    month: month, months
    year: year, years
    decade: decade, decades
    night: night
    """
)

# Attribution: who a claim comes from.
SPEECH_VERBS = _phrases(
    """
    said, says, say, told, tells, reported, reports, report, wrote, writes, write,
    described, describes, suggested, suggests, noted, notes, confirmed, confirms, added,
    adds, stated, states, claimed, claims, revealed, reveals, announced, announces,
    explained, explains, warned, warns, insisted, insists, mentioned, pointed out,
    believe, believes, estimated, acknowledged, admitted, denied, alleged, argued, argues,
    emphasized, stressed, cautioned, cautions, vowed, vows, pledged, pledges, urged, urges,
    asserted, asserts, declared, declares, countered, replied, responded, tweeted, posted,
    testified, maintained, maintains, called, calls, attributed, attributes, blamed, blames
    """
)
# What a study or a survey "found" or "showed" it says; "police found the car" says nothing.
FINDING_VERBS = _phrases("found, finds, showed, shows, show, concluded, concludes")
SOURCE_INTRODUCERS = _phrases(
    "according to, citing, cited, quoting, quoted, mentioning, with reference to, referring to"
)
COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "single": 1, "both": 2, "two": 2, "three": 3}

# What a minister or secretary is in charge of, in a title ("Finance Minister Nirmala
# Sitharaman", "Health Secretary"): a fact about its bearer, as "Foreign" and "Defence" are.
PORTFOLIOS = frozenset(
    "finance interior justice health energy economy trade transport education agriculture"
    " environment treasury home".split()
)
TITLES = (
    frozenset(
        """
    president prime minister foreign defence defense mr mrs ms dr gen general senator sen
    rep gov governor king queen prince chancellor secretary former leader the of chief
    executive ceo chairman chairwoman judge district mayor vice colonel col admiral
    representative councillor cllr detective inspector di dci sergeant sgt constable
    superintendent supt deputy assistant acting officer cfo coo cto cio financial operating
    technology archbishop bishop cardinal pope rabbi imam professor prof commander cdr cmdr
    captain capt lieutenant lt brigadier brig commodore adm
    """.split()
    )
    | PORTFOLIOS
)
# Verbs that agree with their subject: "Goldman Sachs and Morgan Stanley are" / "Goldman
# Sachs is", "the Economic Freedom Fighters were" / "the Democratic Alliance was".
AGREEMENT_VERBS = frozenset({"is", "are", "was", "were", "has", "have"})
# Words that put a title in the past ("former President", "ex-minister").
PAST_TITLE_WORDS = frozenset({"former", "ex"})
# Words that join two names or figures without telling them apart: "Macron and Scholz",
# "between 30 and 45", "Chelsea v Arsenal", "Biden met with Xi", "на Харківщині та Полтавщині"
# say the same either way.
SYMMETRIC_LINKS = frozenset(
    "and or nor v vs versus with met meet meets meeting as well".split()
    + "і й та або чи и или а також также".split()
)
# Title words that tell a fact about the person who bears them (facts_names marks them).
TITLE_FACT_WORDS = frozenset(
    """
    former ex foreign defence defense vice prime president senator sen representative rep
    governor gov mayor king queen chancellor general gen colonel col admiral deputy acting
    """.split()
)

# Function words: never a modifier of a source, never a word that makes contexts similar.
STOP = frozenset(
    """
    a an the and or but if of to in on at by for from with without as into onto over under
    about after before during since until than then that this these those there their they
    them it its he him his she her we our you your i me my is are was were be been being am
    has have had do does did not no so such also just only very more most much many some any
    all each both who whom whose which what when where why how while although though because
    whether would can could should may might will shall must one two three said says say told
    per via up down out off again further once here other others own same too
    """.split()
)
