"""Facts of one kind that stand on both sides, set aside before any is paired or flagged.

A fact whose value also stands on the other side was only moved or reworded. Values
compare by kind (``EQUIVALENT``): "three" is "3", "Monday" may be "March 14", "Putin" is
"President Vladimir Putin". Each fact is set aside with one partner at most, equal values
first, then the partner in the most similar sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from viewer.engine.facts_buckets import buckets
from viewer.engine.facts_certainty import certainty_equivalent
from viewer.engine.facts_claim_match import attributions_equivalent
from viewer.engine.facts_context import Side, nearby, similarity
from viewer.engine.facts_conversions import amounts_matching, settled_by_conversion
from viewer.engine.facts_date_match import dates_equivalent
from viewer.engine.facts_differences import settled_by_difference
from viewer.engine.facts_elided_units import settled_by_elided_unit
from viewer.engine.facts_name_match import names_equivalent, short_form, spells
from viewer.engine.facts_number_match import numbers_equivalent
from viewer.engine.facts_numbers import Item
from viewer.engine.facts_quotes import same_quote
from viewer.engine.facts_scores import settled_by_tally
from viewer.engine.model import FlagKind

__all__ = ["EQUIVALENT", "unmatched"]

EQUIVALENT: dict[FlagKind, Callable[[tuple, tuple], bool]] = {
    FlagKind.NUMBER: numbers_equivalent,
    FlagKind.DATE: dates_equivalent,
    FlagKind.NAME: names_equivalent,
    FlagKind.ATTRIBUTION: attributions_equivalent,
    FlagKind.CERTAINTY: certainty_equivalent,
    FlagKind.QUOTE: same_quote,
}
# Sources that only may be the same ("sources" and "four people familiar with the matter")
# match only in sentences at least this similar: a later "the sources said" refers back.
_LOOSE_SOURCES = 0.2


def unmatched(a: Side, b: Side, kind: FlagKind) -> tuple[list[Item], list[Item]]:
    """Facts of ``kind`` on each side with no equivalent left on the other side."""
    xs, ys = a.facts[kind], b.facts[kind]
    if not xs or not ys:
        return list(xs), list(ys)
    same = amounts_matching if kind is FlagKind.NUMBER else EQUIVALENT[kind]
    by_bucket: dict[object, list[int]] = {}
    for j, y in enumerate(ys):
        for bucket in buckets(kind, y.key):
            by_bucket.setdefault(bucket, []).append(j)
    found: list[tuple[bool, int, int]] = []
    for i, x in enumerate(xs):
        seen: set[int] = set()
        for bucket in buckets(kind, x.key):
            for j in by_bucket.get(bucket, ()):
                if j not in seen:
                    seen.add(j)
                    if same(x.key, ys[j].key):
                        # "Monday" may be "March 14": try equals first
                        loose = x.key != ys[j].key and not _one_body(x.key, ys[j].key)
                        if (
                            loose
                            and kind is FlagKind.ATTRIBUTION
                            and similarity(a, x, b, ys[j]) < _LOOSE_SOURCES
                        ):
                            continue  # "the sources said" later on is not "four people"
                        if loose and kind is FlagKind.DATE and _day_told_twice(a, x, b, ys[j]):
                            continue  # "Thursday, March 14" is no "Friday, March 15"
                        if loose and kind is FlagKind.DATE and _other_year(x, xs, ys[j], ys):
                            continue  # "in 1880" / "in 1850": a "July" nearby settles neither
                        found.append((loose, i, j))
    xs_seen, ys_seen = {i for _, i, _ in found}, {j for _, _, j in found}
    if len(xs_seen) == len(ys_seen) == len(found):
        candidates = [(False, 0.0, 0, i, j) for _, i, j in found]  # no rivals: order is moot
    else:
        # Equal values first, then the most similar sentences.
        ranked = [(lo, -similarity(a, xs[i], b, ys[j]), i, j) for lo, i, j in found]
        # Two alike in sentences alike ("may have" and "could be" in one sentence): the
        # words around them decide.
        ties = Counter((lo, sim) for lo, sim, _, _ in ranked)
        candidates = [
            (lo, sim, -nearby(a, xs[i], b, ys[j]) if ties[lo, sim] > 1 else 0, i, j)
            for lo, sim, i, j in ranked
        ]
        candidates.sort()
    used_x, used_y = set(), set()
    for *_, i, j in candidates:
        if i not in used_x and j not in used_y:
            used_x.add(i)
            used_y.add(j)
    left = [x for i, x in enumerate(xs) if i not in used_x]
    right = [y for j, y in enumerate(ys) if j not in used_y]
    if kind is FlagKind.CERTAINTY and used_x and (left or right):
        left = [x for x in left if not _hedged_twice(a, x, [xs[i] for i in used_x])]
        right = [y for y in right if not _hedged_twice(b, y, [ys[j] for j in used_y])]
    if kind is FlagKind.NAME and left and right:
        left, right = _short_forms_settled(left, right, {x.key for x in xs} & {y.key for y in ys})
    if kind is FlagKind.NUMBER:
        left, right = settled_by_conversion(left, xs), settled_by_conversion(right, ys)
        left, right = settled_by_tally(left, right)  # "86 votes to 41" / "86 ... and 41"
        left, right = settled_by_elided_unit(a, left, b, right)  # "12 years, the final two"
        return settled_by_difference(left, xs, right, ys)
    return left, right


def _short_forms_settled(
    left: list[Item], right: list[Item], named: set[tuple]
) -> tuple[list[Item], list[Item]]:
    """Left-over names without the pairs that are two short forms of one longer name both
    sides give: "Real Madrid" told on both sides, then "Madrid" on one and "Real" on the
    other, is one club ("Madrid" / "Barcelona" is still a change)."""
    for k in named:
        short = [x for x in left if len(x.key) < len(k) and set(x.key) <= set(k)]
        other = [y for y in right if len(y.key) < len(k) and set(y.key) <= set(k)]
        for x, y in zip(short, other, strict=False):
            left.remove(x)
            right.remove(y)
    return left, right


def _hedged_twice(side: Side, item: Item, matched: list[Item]) -> bool:
    """Whether a hedge of ``item``'s class that matched the other side stands in its
    sentence, one of the two in a clause that only says who says it: "ожидается до +25
    градусов, прогнозируют синоптики" hedges the forecast twice, and the other side's one
    "прогнозируют" tells it as well; so does any hedge the two sides share ("За прогнозом
    синоптиків, ... можуть" / "Синоптики попереджають ... можуть"). Two hedges of one claim
    each ("may have accessed ..., in what could be") are two."""
    sentence = side.sentence_of(item.start)
    if _reporting_clause(side, item):  # "За прогнозом синоптиків, ... можуть": who says it
        return any(side.sentence_of(m.start) == sentence for m in matched)
    return any(
        side.sentence_of(m.start) == sentence
        and certainty_equivalent(item.key, m.key)
        and _reporting_clause(side, m)
        for m in matched
    )


_REPORTING_WORDS = 4  # ", прогнозируют синоптики Гидрометцентра", ", forecasters predicted"


def _reporting_clause(side: Side, item: Item) -> bool:
    """Whether ``item`` stands in a short clause set off by a comma at either end of its
    sentence, as a reporting clause is."""
    start, end = side.sentence_span(side.sentence_of(item.start))
    text = side.text
    before = text.rfind(",", start, item.start)
    after = text.find(",", item.end, end)
    if before >= 0 and after < 0:  # the last clause
        return len(text[before + 1 : end].split()) <= _REPORTING_WORDS
    if after >= 0 and before < 0:  # the first clause
        return len(text[start:after].split()) <= _REPORTING_WORDS
    return False


# What may join a weekday and its date: "Thursday, March 14", "14 марта, в четверг".
_BESIDE_DAY = re.compile(r"[ \u00a0]*,?[ \u00a0]*(?:(?:the|on|в|во|у)[ \u00a0]+)?", re.IGNORECASE)


def _other_year(x: Item, xs: list[Item], y: Item, ys: list[Item]) -> bool:
    """Whether a year alone (``x`` of ``xs``) may only loosely be a date that holds no year
    (``y`` of ``ys``: "in 1880" and "July") while the other side tells another year alone:
    that year is the partner to compare with ("1880" / "1850"). Either way round."""
    return _year_rival(x, y, ys) or _year_rival(y, x, xs)


def _year_rival(x: Item, y: Item, others: list[Item]) -> bool:
    if not (_year_only(x.key) and y.key[0] == "abs" and y.key[1] is None):
        return False
    return any(_year_only(z.key) and z.key[1] != x.key[1] for z in others)


def _year_only(key: tuple) -> bool:
    return key[0] == "abs" and key[1] is not None and key[2] is None and key[3] is None


def _day_told_twice(a: Side, x: Item, b: Side, y: Item) -> bool:
    """Whether a weekday and a dated day that may be one day stand each beside a day of
    the other form on its own side ("on Thursday, March 14"): that weekday is that date,
    and is compared with the other side's weekday, not its date."""
    if {x.key[0], y.key[0]} != {"abs", "weekday"}:
        return False
    return _beside_other_form(a, x) or _beside_other_form(b, y)


def _beside_other_form(side: Side, item: Item) -> bool:
    other_form = "abs" if item.key[0] == "weekday" else "weekday"
    for f in side.facts[FlagKind.DATE]:
        if f.key[0] != other_form:
            continue
        gap = (f.end, item.start) if f.end <= item.start else (item.end, f.start)
        if gap[0] <= gap[1] and _BESIDE_DAY.fullmatch(side.text, *gap):
            return True
    return False


def _one_body(a: tuple, b: tuple) -> bool:
    """Whether two sources name one body for sure: "Міністерство розвитку громад" and
    "Мінрозвитку" are one, and "КМДА" and "Київська міська державна адміністрація",
    however different the sentences around them."""
    if not a[0] == b[0] == "name":
        return False
    x, y = sorted((short_form(a[1]), short_form(b[1])), key=len)
    return x == y or (len(x) == 1 and len(y) > 2 and spells(x[0], list(y)))
