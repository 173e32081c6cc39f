"""The typed facts of one text, for the kinds a pair's changes could touch.

Kinds are found together because they claim text from each other: a number inside a date
or a source phrase ("three sources") is not a number fact, a name that is the source of a
claim is an attribution, and a hedge inside a quote is part of the quote.
"""

from __future__ import annotations

import re

from viewer.engine.facts_certainty import extract_certainty
from viewer.engine.facts_claims import extract_attributions
from viewer.engine.facts_cyrillic_claims import cyrillic_sources, cyrillic_speakers
from viewer.engine.facts_datelines import dateline_end
from viewer.engine.facts_dates import extract_dates
from viewer.engine.facts_demonyms import told_by_nationality
from viewer.engine.facts_lower_bodies import lower_bodies
from viewer.engine.facts_names import KnownNames, extract_names
from viewer.engine.facts_numbers import Item, extract_numbers
from viewer.engine.facts_scan import Scan
from viewer.engine.facts_scores import with_scores
from viewer.engine.facts_source_words import SOURCE_HEADS
from viewer.engine.facts_units import MONEY_UNITS
from viewer.engine.model import FlagKind

__all__ = ["inventory"]

_CLAIM_KINDS = frozenset({FlagKind.ATTRIBUTION, FlagKind.NAME})  # need every source phrase
_SOURCE_HEADS = frozenset(w.encode("ascii") for w in SOURCE_HEADS)
# An acronym joined to a lower-case Ukrainian or Russian noun names a sector, no one:
# "IT-сфері", "ІТ-галузі", "PR-кампанія".
_SUPERLATIVE_AFTER = re.compile(r"[- ][a-z]+est\b")  # "fifth-largest", "third biggest"
_SECTOR = re.compile(r"[A-ZА-ЯЁІЇЄҐ]{2,}-[а-яёіїєґ’'-]+")


def inventory(
    scan: Scan,
    kinds: frozenset[FlagKind],
    known: KnownNames | frozenset[str],
    quotes: list[Item],
    live: frozenset[FlagKind] | None = None,
) -> dict[FlagKind, list[Item]]:
    """Facts of ``scan``'s regions by kind; ``quotes`` are the whole text's quotations.

    ``kinds`` are the kinds the pair's changes could touch, which decide what claims text
    from what; only the ``live`` ones (default: all of them) and what they need are found.
    ``known`` are the words capitalised mid-sentence somewhere in the pair (names).
    """
    live = kinds if live is None else live
    want_numbers = FlagKind.NUMBER in live
    want_names = FlagKind.NAME in live
    want_dates = FlagKind.DATE in live or want_numbers
    if want_names and (FlagKind.NUMBER in kinds or FlagKind.DATE in kinds):
        want_dates = True  # names inside dates are dropped
    dates = extract_dates(scan) if want_dates else []
    # Numbers need the source phrases ("three sources") only, not the names that say things.
    want_names = want_names or FlagKind.ATTRIBUTION in live
    names = extract_names(scan, known) if want_names else []
    date_spans = [(d.start, d.end) for d in dates]
    numbers = with_scores(scan, extract_numbers(scan, date_spans, known)) if want_numbers else []
    cyrillic: list[Item] = []
    if live & _CLAIM_KINDS or _source_word_after(scan, numbers):
        cyrillic = cyrillic_sources(scan) + cyrillic_speakers(scan, names)
        attributions = extract_attributions(scan, names) + cyrillic
    else:
        attributions = []  # only numbers want them, and no number stands in a source phrase
    described = [x for x in attributions if told_by_nationality(scan.text, x)]
    if described:  # "the Russian said": a person named before, described, no name nor source
        attributions = [x for x in attributions if x not in described]
        names = [n for n in names if all((n.start, n.end) != (x.start, x.end) for x in described)]
    if numbers and attributions:  # "three sources" counts sources, "the second source"
        # tells which; "India's fifth-largest exporter" is a rank, a fact of its own
        numbers = [n for n in numbers if _ranked(scan, n) or not _overlaps_any(n, attributions)]
    attr_spans = {(x.start, x.end) for x in attributions}
    names = [
        n
        for n in names
        if (n.start, n.end) not in attr_spans
        and not _inside(n, date_spans)
        and not _SECTOR.fullmatch(n.text)
    ]
    if FlagKind.NAME in live:  # "the interior ministry", "the ministry of finance"
        bodies = [
            x
            for x in lower_bodies(scan)
            if not _overlaps_any(x, attributions) and not _overlaps_any(x, names)
        ]
        names = sorted(names + bodies, key=lambda n: n.start) if bodies else names
    if cyrillic:  # "Київської" in "в поліції Київської області" is part of the source
        names = [n for n in names if not _inside(n, [(x.start, x.end) for x in cyrillic])]
    if numbers:
        # "0.4% from the previous quarter" says what a change is measured against, no date;
        # "N137bn" is an amount of naira, no name
        period_ends = {n.end for n in numbers if n.key[0] == "vs"}  # its phrase ends it
        dates = [d for d in dates if d.end not in period_ends] if period_ends else dates
        money = [n for n in numbers if n.key[0] == "num" and n.key[2] in MONEY_UNITS]
        if money:  # a word with digits in an amount of money is its currency and figure
            names = [n for n in names if not (_has_digit(n.text) and _overlaps_any(n, money))]
        measured = [
            (n.start, n.end)
            for n in numbers
            if n.key[0] == "num" and n.key[2] and n.key[2] not in MONEY_UNITS
        ]
        if measured:  # "2.1 TWh", "47.3 GW": the unit of a figure, no name
            names = [n for n in names if not _inside(n, measured)]
    quote_spans = [(q.start, q.end) for q in quotes]
    certainty = (
        [c for c in extract_certainty(scan) if not _inside(c, quote_spans)]
        if FlagKind.CERTAINTY in live
        else []
    )
    if dates and (filed := dateline_end(scan.text)):  # "BOSTON, Dec. 3, 2026 /PRNewswire/ --"
        dates = [d for d in dates if d.start >= filed]
    return {
        FlagKind.NUMBER: numbers,
        FlagKind.DATE: dates,
        FlagKind.NAME: names,
        FlagKind.ATTRIBUTION: attributions,
        FlagKind.QUOTE: quotes,
        FlagKind.CERTAINTY: certainty,
    }


def _source_word_after(scan: Scan, numbers: list[Item]) -> bool:
    """Whether a source word ("sources", "officials") stands in or shortly after a number.

    A source phrase ends with such a word and holds its count at most a few words before
    it, so a number with none in the next 80 characters is in no source phrase.
    """
    spaced = scan.spaced  # the text one byte on, every byte but a-z and 0-9 a space
    return any(not _SOURCE_HEADS.isdisjoint(spaced[n.start : n.end + 82].split()) for n in numbers)


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _overlaps_any(item: Item, others: list[Item]) -> bool:
    return any(o.start < item.end and item.start < o.end for o in others)


def _inside(item: Item, spans: list[tuple[int, int]]) -> bool:
    return any(s <= item.start and item.end <= e for s, e in spans)


def _ranked(scan: Scan, number: Item) -> bool:
    """Whether a number is an ordinal before a superlative: a rank ("fifth-largest")."""
    return number.key[0] == "ord" and _SUPERLATIVE_AFTER.match(scan.text, number.end) is not None
