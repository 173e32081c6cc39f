"""The typed facts of one text, for the kinds a pair's changes could touch.

Kinds are found together because they claim text from each other: a number inside a date
or a source phrase ("three sources") is not a number fact, a name that is the source of a
claim is an attribution, and a hedge inside a quote is part of the quote.
"""

from __future__ import annotations

from viewer.engine.facts_claims import extract_attributions, extract_certainty
from viewer.engine.facts_names import extract_names
from viewer.engine.facts_numbers import Item, extract_dates, extract_numbers
from viewer.engine.facts_scan import Scan
from viewer.engine.model import FlagKind

__all__ = ["NEED_NAMES", "inventory"]

NEED_NAMES = frozenset({FlagKind.NAME, FlagKind.ATTRIBUTION, FlagKind.NUMBER})
_NEED_ATTRIBUTION = frozenset({FlagKind.ATTRIBUTION, FlagKind.NUMBER, FlagKind.NAME})


def inventory(
    scan: Scan, kinds: frozenset[FlagKind], known: frozenset[str], quotes: list[Item]
) -> dict[FlagKind, list[Item]]:
    """Facts of ``scan``'s regions by kind; ``quotes`` are the whole text's quotations.

    ``known`` are the words capitalised mid-sentence somewhere in the pair (names).
    """
    want_numbers = FlagKind.NUMBER in kinds
    dates = extract_dates(scan) if want_numbers or FlagKind.DATE in kinds else []
    names = extract_names(scan, known) if kinds & NEED_NAMES else []
    attributions = extract_attributions(scan, names) if _NEED_ATTRIBUTION & kinds else []
    taken = [(i.start, i.end) for i in dates + attributions]
    numbers = extract_numbers(scan, taken) if want_numbers else []
    date_spans = [(d.start, d.end) for d in dates]
    attr_spans = {(x.start, x.end) for x in attributions}
    names = [n for n in names if (n.start, n.end) not in attr_spans and not _inside(n, date_spans)]
    quote_spans = [(q.start, q.end) for q in quotes]
    certainty = (
        [c for c in extract_certainty(scan) if not _inside(c, quote_spans)]
        if FlagKind.CERTAINTY in kinds
        else []
    )
    return {
        FlagKind.NUMBER: numbers,
        FlagKind.DATE: dates,
        FlagKind.NAME: names,
        FlagKind.ATTRIBUTION: attributions,
        FlagKind.QUOTE: quotes,
        FlagKind.CERTAINTY: certainty,
    }


def _inside(item: Item, spans: list[tuple[int, int]]) -> bool:
    return any(s <= item.start and item.end <= e for s, e in spans)
