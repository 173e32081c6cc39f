"""Anchored scanning finds exactly what a full regex scan finds, only faster."""

from __future__ import annotations

import doctest
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.engine import facts_certainty, facts_claims, facts_dates, facts_numbers, facts_scan
from viewer.engine.facts_scan import Anchors, Folded, Scan

# The whole alternations the anchored, dispatched and folded patterns stand for.
FULL_DATE = re.compile("|".join(f"(?P<{k}>{v})" for k, v in facts_dates._DATE_PARTS.items()))
# The number pattern is dispatched on a position's first character: digits start the
# amounts, clock durations, ordinals and counts of times; anything else, the rest too.
FULL_NUMBER = re.compile(
    rf"(?=\d)(?:{facts_numbers._NUMBER.digit.pattern.pattern})"
    rf"|(?!\d)(?:{facts_numbers._NUMBER.other.pattern.pattern})",
    re.IGNORECASE,
)
FULL_CERTAINTY = re.compile(facts_certainty._CERTAINTY.pattern.pattern, re.IGNORECASE)
FULL_VERB = re.compile(facts_claims._VERB.pattern.pattern, re.IGNORECASE)

SCANNED = [
    ("date", facts_dates._DATE, facts_dates._DATE_ANCHORS, FULL_DATE),
    ("number", facts_numbers._NUMBER, facts_numbers._NUMBER_ANCHORS, FULL_NUMBER),
    (
        "certainty",
        facts_certainty._CERTAINTY,
        facts_certainty._CERTAINTY_ANCHORS,
        FULL_CERTAINTY,
    ),
    ("verb", facts_claims._VERB, facts_claims._VERB_ANCHORS, FULL_VERB),
]

TEXTS = [
    "The vote took place on 5 November 2024, not on Nov. 6.",
    "As recently as a few weeks ago, at least 22 people died; about $13.7 billion was lost.",
    "Talks lasted four and a half hours over the past three months, officials said.",
    "It is not immediately clear whether they didn't meet last week or in 2023-2024.",
    "In 2000 soldiers marched; 65% voted at 10:30 a.m. on Monday, Reuters reported.",
    "US$5 million, EUR 3 bn and 7 km: twice, for the first time, a small number of them.",
    "İstanbul, May 5: the minister may resign, will not deny it, according to sources.",
    "Уроки почнуться 1 вересня 2025 року; збитки нібито 180 млн гривень, не лише 30%.",
    "НЕ ВІДОМО, коли 14-15 листопада; Нібито неможливо, 2,5 тис. відсотків, 5 мая 2024 года.",
    "Three in three voters, one in ten homes; it rose 5 times, twice in 2024, on four occasions.",
    "",
]


def spans(matches):
    return [m.span() for m in matches]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize(
    ("name", "pattern", "anchors", "full"), SCANNED, ids=[s[0] for s in SCANNED]
)
def test_anchored_scan_equals_full_scan(name, pattern, anchors, full, text):
    assert spans(Scan(text).finditer(pattern, anchors)) == spans(full.finditer(text)), name


WORDS = (
    "the a in over during past last recent few several some many three twenty-one 3 22 2024"
    " 13.7 1,000 $ € % percent million billion bn weeks days months ago later earlier after"
    " before immediately soon this next week year November Nov. May may Monday Mondays at"
    " least about more than up to not n't didn't never unclear allegedly said told according"
    ' to sources officials Reuters İ ß , . ; : ( ) " “ ” -'
    " вересня Вересня року р. мая нібито Нібито не НЕ неможливо лише невідомо млн тис."
    " гривень відсотків км дві Чотирьох п'ятеро один з тисяча 18.05 вересні четвер п'ятницю"
    " минулого тижня вчора Сьогодні"
).split()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30), st.sampled_from([" ", "  ", "\n", ", "]))
def test_anchored_scan_equals_full_scan_on_word_salad(words, sep):
    text = sep.join(words)
    for name, pattern, anchors, full in SCANNED:
        assert spans(Scan(text).finditer(pattern, anchors)) == spans(full.finditer(text)), name


def test_matches_start_only_in_regions():
    text = "On 5 May 2024 we met. On 6 June 2025 we left."
    cut = text.index("On 6")
    found = spans(
        Scan(text, [(cut, len(text))]).finditer(facts_dates._DATE, facts_dates._DATE_ANCHORS)
    )
    assert found == [(cut + 3, cut + 14)]


def test_lower_casing_that_changes_length_keeps_offsets():
    text = "İİ said 3 sources"
    scan = Scan(text)
    assert len(scan.low) == len(text)
    (m,) = scan.finditer(facts_claims._VERB, facts_claims._VERB_ANCHORS)
    assert text[m.start() : m.end()] == "said"


@pytest.mark.parametrize("source", [r"\Bfoo", r"(?i:\Sx)", r"\W"])
def test_folding_refuses_upper_case_escapes(source):
    with pytest.raises(ValueError, match="escapes"):
        Folded.of(source)


def test_anchor_words_must_be_lower_case():
    with pytest.raises(ValueError, match="lower-case"):
        Anchors(starts=frozenset({"Said"}))


def test_anchor_words_must_be_ascii_or_cyrillic():
    """Words in other scripts would be looked for only in Cyrillic text: refused."""
    with pytest.raises(ValueError, match="ASCII or Cyrillic"):
        Anchors(starts=frozenset({"días"}))
    Anchors(starts=frozenset({"said", "нібито"}))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Вони нібито не прийшли.", ["нібито", "не "]),  # Cyrillic anchors, whole words
        ("Неможливо: нібитоб не.", ["не."]),  # not inside a longer word
        ("НІБИТО не", ["НІБИТО", "не"]),  # found in the lower-cased text
        ("They did not come.", []),  # a text with no Cyrillic letter is not searched
    ],
)
def test_non_ascii_anchor_words_are_found_whole(text, found):
    want = [text.index(w) for w in found]
    assert Scan(text).positions(frozenset({"нібито", "не"})) == want


@pytest.mark.parametrize(
    ("at", "reach", "touched"),
    [
        ("3", 60, True),  # a change right after "3": the number touches it
        ("died", 60, False),  # a change two words on: it does not
        ("3", 0, False),  # a change further than ``reach`` from where a match starts
    ],
)
def test_touches_is_about_matches_that_reach_a_change(at, reach, touched):
    text = "Police said 3 people died."
    change = text.index(at) + (1 if at == "3" else 0)

    def touching(lo, hi):
        return [0] if lo <= change <= hi else []

    number, anchors = facts_numbers._NUMBER, facts_numbers._NUMBER_ANCHORS
    assert Scan(text).touches(number, anchors, touching, reach) is touched


def test_module_examples():
    assert doctest.testmod(facts_scan).failed == 0
