"""Whether two left-over facts of one kind are alike enough that one may replace the other.

A number replaces a number of the same thing ("3 dead" is no "5 injured"), a relative time
a relative time, a hedge a hedge of a class it can be told instead of, and a source
another source of another kind (a bare body only points back to the name it stands for).
"""

from __future__ import annotations

import re

from viewer.engine.facts_certainty import certainty_replaces
from viewer.engine.facts_claims import OUTLET
from viewer.engine.facts_context import Side
from viewer.engine.facts_cyrillic import (
    CYRILLIC_SOURCE_HEADS,
    cyrillic_stem,
    has_cyrillic,
    names_a_body,
)
from viewer.engine.facts_number_keys import TIME_KEY_UNITS
from viewer.engine.facts_numbers import QUALIFIERS_OF_AMOUNTS, Item
from viewer.engine.facts_source_phrase import NAMED_BEFORE_BARE
from viewer.engine.facts_units import MONEY_UNITS
from viewer.engine.model import FlagKind

# A share or its change counts no amount: "%" and percentage points.
_SHARES = frozenset({"%", "pp"})

__all__ = ["comparable"]

# A title ending with the full name of its bearer: first name and surname, capitalised.
_PERSON_AT_END = re.compile(r"[А-ЯЁЄІЇҐ][а-яёєіїґ’'-]+\s+[А-ЯЁЄІЇҐ][а-яёєіїґ’'-]+$")
_CAPITAL = re.compile(r"[А-ЯЁЄІЇҐ]")
_WORD = re.compile(r"[\w’'-]+")


def _titled_person_apart(titled: Item, other: Item) -> bool:
    """Whether a Ukrainian or Russian title names its own body and its bearer in full,
    none of whose words the other source shares: "начальника Харківської ОВА Олега
    Синєгубова" is no "Повітряних сил", where "главы Банка России Набиуллиной" may be
    "Председатель ЦБ Эльвира Набиуллина" and "голови правління компанії" the company."""
    person = _PERSON_AT_END.search(titled.text)
    if person is None or not _CAPITAL.search(titled.text, 0, person.start()):
        return False
    mine = {cyrillic_stem(w.lower()) for w in _WORD.findall(titled.text)}
    return mine.isdisjoint(cyrillic_stem(w.lower()) for w in _WORD.findall(other.text))


_TIME_OF_DAY = frozenset({"time", "daypart"})
_RELATIVE = frozenset({"span", "ago", "ref", "day", "rel", "recent"})
_COUNTED = re.compile(r"(?:[ \u00a0]|[^\w,;.])*(?:(?:of|the|a|an)\s+)*([^\W\d_]+)")
# A count made an adjective with what it counts ("eight-member", "three-judge").
_COMPOUND_AFTER = re.compile(r"-[^\W\d_]{2,}")
# "dozens more": what is counted was named before, and no noun follows to compare.
_ELIDED = re.compile(r"\smore$", re.IGNORECASE)


def _weekday_against_no_day(x: Item, y: Item) -> bool:
    """Whether a weekday stands against a date that names no day ("on Wednesday" /
    "January to September", "the fourth quarter"): one is no retelling of the other."""
    return (
        x.key[0] == "weekday"
        and y.key[0] not in ("weekday", "day", "dayrel")
        and not (y.key[0] == "abs" and len(y.key) > 3 and y.key[3] is not None)
    )


def comparable(a: Side, x: Item, b: Side, y: Item, same_change: bool = False) -> bool:
    """Facts may replace each other only if they are alike in type.

    Numbers must count the same thing ("3 dead" is no "5 injured"), unless one short
    change replaced both, noun and all ("200 protesters" -> "300 demonstrators").
    """
    if x.kind is FlagKind.DATE:  # a time of day is no day nor year ("14:30" / "2023")
        return (
            (x.key[0] in _RELATIVE) == (y.key[0] in _RELATIVE)
            and (x.key[0] in _TIME_OF_DAY) == (y.key[0] in _TIME_OF_DAY)
            and not any(_weekday_against_no_day(d, e) for d, e in ((x, y), (y, x)))
        )
    if x.kind is FlagKind.CERTAINTY:
        return certainty_replaces(x.key, y.key)
    if x.kind is FlagKind.ATTRIBUTION:
        # An outlet relays its sources ("Reuters reported" / "sources said"), and a bare
        # body refers back to a named one ("Google said" / "the company said"); only a
        # source of another kind replaces them.
        for named, side, other in ((x, a, y), (y, b, x)):
            if named.key[0] == "name" and not side.changes_touching(named):
                # A name kept whose verb changed ("Veltrix plans" / "Veltrix said it plans")
                # replaces a source of people only ("according to people familiar with the
                # financing"), not a body told for it ("..., the club confirmed" / "Arsenal
                # confirmed ...") nor a speaker of its own ("vice chair Brad Smith said")
                return other.key[0] == "source" and other.key[2] not in NAMED_BEFORE_BARE
        if {x.key[0], y.key[0]} != {"name", "source"}:
            # A Ukrainian or Russian title ("за словами мера") may stand for the person
            # named on the other side ("заявив Савицький"): titles are read in English only.
            # A source word is no title ("по данным источника" / "... Следственного комитета",
            # "з посиланням на власні джерела" / "в Міністерстві фінансів")
            lower = x if x.text[:1].islower() else y
            return not (
                has_cyrillic(x.text)
                and x.text[:1].islower() != y.text[:1].islower()
                and CYRILLIC_SOURCE_HEADS.keys().isdisjoint(lower.text.lower().split())
                and not names_a_body(lower.text)
                and not _titled_person_apart(lower, y if lower is x else x)
            )
        source = x.key if x.key[0] == "source" else y.key
        bare_body = source[1] is None and not source[3] and source[2] in NAMED_BEFORE_BARE
        return not (bare_body or OUTLET in (*x.key, *y.key))
    if x.kind is FlagKind.NUMBER:
        kinds = {x.key[0], y.key[0]}
        if "score" in kinds or kinds & QUALIFIERS_OF_AMOUNTS:  # no noun to compare
            return len(kinds) == 1  # "a goalless draw" / "ended 1-1", "a barrel" / "a gallon"
        if len(kinds) > 1 and ("freq" not in kinds or "ord" in kinds) and kinds != {"num", "ord"}:
            return False  # "his first trip" is no "for the first time"
        if kinds == {"num", "ord"} and (x.key[2] if x.key[0] == "num" else y.key[2]):
            return False  # "over 300 metres" is no "third": an amount ranks nothing
        if kinds == {"num", "ord"}:  # "round two" / "the third round", in one change
            return same_change  # a count and a rank apart ("a crowd of 18,450" / "fourth")
        if same_change or "ord" in kinds:
            return True  # an ordinal's next word is often an adjective ("second straight")
        if "num" in kinds and x.key[0] == y.key[0] and x.key[2] and y.key[2]:
            # units say what is counted ("40 miles of the city", "40 km of Kelowna"), and
            # money is never a time ("1,1 млрд грн" is no "14 місяців"), nor a share a time
            # ("a four-hour debate" is no "rise by 2.99%")
            return (
                (x.key[2] in MONEY_UNITS) == (y.key[2] in MONEY_UNITS)
                and (x.key[2] in TIME_KEY_UNITS) == (y.key[2] in TIME_KEY_UNITS)
                and (x.key[2] in _SHARES) == (y.key[2] in _SHARES)  # "1.2 million tonnes"
            )  # is no "sank 7.4 percent": a share is of something, never an amount of it
        if (
            "num" in kinds
            and x.key[0] == y.key[0]
            and not same_change
            and bool(x.key[2]) != bool(y.key[2])
            and ((x.key[2] or y.key[2]) in TIME_KEY_UNITS or (x.key[2] or y.key[2]) in MONEY_UNITS)
        ):
            # "Voight, 44," / "spent 16 years": an age or tally is no length of time, and
            # "1200 будинків" / "35 млн грн" no sum of money
            return False
        if bool(x.key[2]) != bool(y.key[2]) and any(
            not f.key[2] and _COMPOUND_AFTER.match(side.text, f.end) for f, side in ((x, a), (y, b))
        ):
            return False  # "the eight-member jury" counts members, no days nor dollars
        if _ELIDED.search(x.text) and _ELIDED.search(y.text):
            return True  # "damaged several thousand more" / "dozens more were damaged"
        nx, ny = _COUNTED.match(a.text, x.end), _COUNTED.match(b.text, y.end)
        return not (nx and ny) or nx.group(1).lower()[:5] == ny.group(1).lower()[:5]
    return True
