"""Cheap first look at a pair's word changes: could any of them touch a fact at all?

Most changes in a long document are plain rewording; one regex over the changed words
lets those pairs skip the fact inventory entirely.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.engine.facts_cyrillic import (
    CYRILLIC_AMOUNT_WORDS,
    CYRILLIC_BODY_STEMS,
    CYRILLIC_CERTAINTY,
    CYRILLIC_FREQUENCIES,
    CYRILLIC_LETTERS,
    CYRILLIC_NUMBER_WORDS,
    CYRILLIC_TIMES_WORDS,
    has_cyrillic,
)
from viewer.engine.facts_cyrillic_bodies import body_noun_at
from viewer.engine.facts_cyrillic_ordinals import CYRILLIC_ORDINAL_WORDS
from viewer.engine.facts_cyrillic_times import (
    CYRILLIC_AGO_UNITS,
    CYRILLIC_MONTHS,
    CYRILLIC_TIMES,
)
from viewer.engine.facts_hedges import CERTAINTY
from viewer.engine.facts_lexicon import (
    DIRECTIONS,
    FRACTIONS,
    FREQUENCIES,
    MULTIPLES,
    NUMBER_QUALIFIERS,
    ORDINALS,
    PAST_TITLE_WORDS,
    QUANTIFIERS,
    SCALES,
    SOURCE_INTRODUCERS,
    SPAN_WORDS,
    SPEECH_VERBS,
    TENS,
    TIME_UNITS,
    TIMES_WORDS,
    TITLE_FACT_WORDS,
    UNITS_SMALL,
)
from viewer.engine.facts_lower_bodies import BODY_NOUNS
from viewer.engine.facts_scores import SCORE_WORDS
from viewer.engine.facts_source_words import SOURCE_HEADS
from viewer.engine.facts_time_zones import TIME_ZONES
from viewer.engine.facts_units import (
    BASES,
    CURRENCY_PREFIXES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    PERIODS,
    UNIT_WORDS,
)
from viewer.engine.model import Change, FlagKind, Span

__all__ = ["body_modifier_swapped", "triggered_kinds"]

_TIME_WORDS = [
    "ago",
    "last",
    "past",
    "recent",
    "recently",
    "next",
    "coming",
    "previous",
    "following",
    "yesterday",
    "today",
    "tomorrow",
    "tonight",
    "immediately",
    "shortly",
    "soon",
    "earlier",
    "later",
    "early",
    "mid",
    "late",
    "noon",
    "midday",
    "midnight",
    "dozen",
    "hundred",
    "thousand",
    "million",
    "billion",
    "half",
    "percent",
]


_FUNCTION = frozenset({"of", "to", "a", "the", "is", "with", "an", "at", "in", "per"})


def _words(*groups: object) -> frozenset[str]:
    """Single words of the phrases in ``groups``, function words left out."""
    flat = {w for g in groups for p in g for w in p.split()}  # type: ignore[attr-defined]
    return frozenset(flat - _FUNCTION)


_TOKEN = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_CAPITAL = re.compile(r"\b[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ]")
_QUOTE = re.compile(r"[\"“”«»„]")
_NEGATION = re.compile(r"n['’]t\b")
_SYMBOLS = "%" + "".join(CURRENCY_SYMBOLS)
# A word beginning like a month or a weekday ("Feb.", "Tuesday"), capitalised.
_DATE_PREFIX = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
)
# A unit or currency swapped alone ("40 km" vs "40 miles") changes the amount too.
_NUMBER_WORDS = _words(
    DIRECTIONS,
    UNITS_SMALL,
    TENS,
    QUANTIFIERS,
    FREQUENCIES,
    NUMBER_QUALIFIERS,
    ORDINALS,
    UNIT_WORDS,
    CURRENCY_WORDS,
    BASES,
    SCALES,
    ["dozen dozens hundred thousand million billion half quarter quarters thirds"],
    ["половиною половиной"],  # "п'яти з половиною років": and a half
    FRACTIONS,
    [p + "s" for p in FRACTIONS],
    SPAN_WORDS,
    MULTIPLES,
    ["minus минус мінус"],
    SCORE_WORDS,
    PERIODS,
    ["annualised annualized annual"],
    [w.rstrip(".") for w in CYRILLIC_AMOUNT_WORDS],
    [w.replace("'", " ").replace("’", " ") for w in CYRILLIC_NUMBER_WORDS],
    [w.replace("'", " ").replace("’", " ") for w in CYRILLIC_ORDINAL_WORDS],
    CYRILLIC_FREQUENCIES,
    TIMES_WORDS,
    CYRILLIC_TIMES_WORDS,
)
# A count changed in a relative time ("three weeks ago") changes the time.
_DATE_WORDS = _words(
    _TIME_WORDS,
    TIME_UNITS,
    UNITS_SMALL,
    TENS,
    ["after before quarter quarters", "morning afternoon evening dawn dusk"],  # parts of a day
    ["spring summer autumn fall winter mid early late end"],  # seasons, parts of a month
    ["first second third fourth half h1 h2 q1 q2 q3 q4"],  # "the first quarter", "H1"
    CYRILLIC_MONTHS,
    [w.replace("'", " ").replace("’", " ") for w in CYRILLIC_TIMES],
    CYRILLIC_AGO_UNITS,  # "три дні тому" / "тиждень тому"
    ["початку начале середині середине наприкінці кінці конце тому назад"],
    TIME_ZONES,  # "10 a.m. ET" / "10 a.m. PT"
)
_ATTRIBUTION_WORDS = _words(SPEECH_VERBS, SOURCE_INTRODUCERS, SOURCE_HEADS)
# Determiners open some phrases ("the proposed") but change no hedge alone.
_CERTAINTY_WORDS = (_words(k for k in CERTAINTY if k != "n't") | _words(CYRILLIC_CERTAINTY)) - {
    "a",
    "an",
    "the",
    "its",
    "their",
}
_CYRILLIC_BODY_BEFORE = re.compile(
    rf"(?<!\w)(?:{'|'.join(CYRILLIC_BODY_STEMS)})[а-яіїєґё]*[ \u00a0]$", re.IGNORECASE
)
_ENDS_IN_BODY = re.compile(rf"\b[a-z][\w-]*\s+(?:{'|'.join(sorted(BODY_NOUNS))})\s*$")
_CYRILLIC_NAME_BEFORE = re.compile(
    rf"(?<!\w)[А-ЯЁЄІЇҐ][{CYRILLIC_LETTERS}’'-]+(?:[ \u00a0]+[{CYRILLIC_LETTERS}’'-]+)?[ \u00a0]*$"
)
_BODY_AFTER = re.compile(rf"\s+(?:{'|'.join(w for w, c in SOURCE_HEADS.items())})\b", re.I)
# A body's remit after its noun: "the ministry of finance" / "the ministry of justice".
_BODY_OF_BEFORE = re.compile(
    r"\b(?:ministry|department|committee|commission|council|court|secretary|minister)\s+of\s+$",
    re.I,
)


def _title_cut(changes: Sequence[Change]) -> bool:
    """Whether a title word that tells a fact was cut or added alone, in a change of at most
    three words ("Vice President Harris" / "President Harris"): no capitalised word stands
    in its place, so the names' own trigger misses it."""
    for c in changes:
        cut, kept = (c.left.text, c.right.text) if c.left.text.strip() else (c.right.text, "")
        words = _TOKEN.findall(cut.lower())
        if not kept.strip() and len(words) <= 3 and not TITLE_FACT_WORDS.isdisjoint(words):
            return True
    return False


_DOLLAR_COUNTRIES = frozenset(p[:-1] for p in CURRENCY_PREFIXES if p.endswith("$"))


def _dollar_swapped(change: Change) -> bool:
    """Whether a change swaps the country of a dollar alone ("NZ$" / "A$": the diff sees
    "NZ" and "A", no digit)."""
    sides = (change.left.text.strip().lower(), change.right.text.strip().lower())
    return all(side in _DOLLAR_COUNTRIES for side in sides)


def _half_of_day(change: Change) -> bool:
    """Whether a change swaps the half of a day alone: "4:30 p.m." retold as "4:30 a.m."
    (the diff sees "p.m" and "a.m", no digit and no time word)."""
    sides = {change.left.text.strip(" .").lower(), change.right.text.strip(" .").lower()}
    return sides in ({"a", "p"}, {"a.m", "p.m"}, {"am", "pm"})


def _level_or_change(change: Change) -> bool:
    """Whether a change only swaps "to" and "by" (or cuts or adds one): "rose to 3%" tells
    a level, "rose 3%" or "rose by 3%" a change."""
    sides = {change.left.text.strip().lower(), change.right.text.strip().lower()}
    return sides <= {"to", "by", ""} and sides != {""}


def triggered_kinds(changes: Sequence[Change]) -> frozenset[FlagKind]:
    """Kinds of fact that some change could touch, judged by the changed words alone."""
    text = "\n".join(t for c in changes for t in (c.left.text, c.right.text))
    words = set(_TOKEN.findall(text.lower()))
    digit = _DIGIT.search(text) is not None
    capital = _CAPITAL.search(text) is not None
    kinds = set()
    signed = any(t.strip() in ("-", "−") for c in changes for t in (c.left.text, c.right.text))
    if (
        digit
        or signed
        or any(_level_or_change(c) for c in changes)
        or any(c in text for c in _SYMBOLS)
        or not words.isdisjoint(_NUMBER_WORDS)
        or any(_dollar_swapped(c) for c in changes)
    ):
        kinds.add(FlagKind.NUMBER)  # a sign alone: "-5C" vs "5C"
    if (
        digit
        or not words.isdisjoint(_DATE_WORDS)
        or _DATE_PREFIX.search(text) is not None
        or any(_half_of_day(c) for c in changes)
    ):
        kinds.add(FlagKind.DATE)
    # A name is only ever flagged as replaced by another, so both sides need a changed one.
    if capital and all(
        any(_CAPITAL.search(t) for t in texts)
        for texts in ([c.left.text for c in changes], [c.right.text for c in changes])
    ):
        kinds.add(FlagKind.NAME)
    if _title_cut(changes) or not words.isdisjoint(PAST_TITLE_WORDS):
        kinds |= {FlagKind.NAME, FlagKind.ATTRIBUTION}
    if _QUOTE.search(text):
        kinds.add(FlagKind.QUOTE)
    if capital or not words.isdisjoint(_ATTRIBUTION_WORDS) or has_cyrillic(text):
        kinds.add(FlagKind.ATTRIBUTION)  # a Ukrainian source is a lower-case word declined
    if _NEGATION.search(text) or not words.isdisjoint(_CERTAINTY_WORDS):
        kinds.add(FlagKind.CERTAINTY)
    return frozenset(kinds)


def body_modifier_swapped(left: str, right: str, changes: Sequence[Change]) -> bool:
    """Whether a change swaps the lower-case word before a source on both sides ("the
    interior ministry" / "the defence ministry", "a security source" / "a diplomatic
    source"), or after a body in Ukrainian and Russian ("Міністерство енергетики" /
    "Міністерство фінансів") or its "of" in English ("the ministry of finance"), or before a
    body's noun ("Державна податкова служба" /
    "Державна митна служба"): the source or the name changed, though no changed word is a
    capital, a number or a source word."""
    if any(_in_cyrillic_name(left, c.left) for c in changes) and any(
        _in_cyrillic_name(right, c.right) for c in changes
    ):
        return True  # "Європейського інвестиційного банку" / "... банку реконструкції"
    return any(
        c.left.text.strip()
        and c.right.text.strip()
        and (
            (_BODY_AFTER.match(left, c.left.end) and _BODY_AFTER.match(right, c.right.end))
            # "consumer protection agency" / "data protection authority", noun and all
            or (_ENDS_IN_BODY.search(c.left.text) and _ENDS_IN_BODY.search(c.right.text))
            or (_body_before(left, c.left.start) and _body_before(right, c.right.start))
            or (body_noun_at(left, c.left.end) and body_noun_at(right, c.right.end))
            or (
                _BODY_OF_BEFORE.search(left, max(0, c.left.start - 20), c.left.start)
                and _BODY_OF_BEFORE.search(right, max(0, c.right.start - 20), c.right.start)
            )
        )
        for c in changes
    )


def _in_cyrillic_name(text: str, span: Span) -> bool:
    """Whether a change of lower-case Cyrillic words edits a body's name: it comes right
    after a capitalised word, or after one and the lower-case word that follows it
    ("Європейського [інвестиційного] банку", "Європейського банку [реконструкції]")."""
    changed = span.text.strip()
    return (
        bool(changed)
        and changed[0].islower()
        and has_cyrillic(changed)
        and _CYRILLIC_NAME_BEFORE.search(text, max(0, span.start - 50), span.start) is not None
    )


def _body_before(text: str, at: int) -> bool:
    return _CYRILLIC_BODY_BEFORE.search(text, max(0, at - 30), at) is not None
