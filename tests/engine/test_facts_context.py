"""Sentences, change windows and change lookups of one side of a pair."""

from __future__ import annotations

import operator
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.engine.facts_context import WINDOW, Side, sentence_starts, told_beside, trim
from viewer.engine.facts_numbers import Item
from viewer.engine.model import FlagKind

# The plain definition the fast sentence splitter must agree with.
BREAK = re.compile(
    r"(?<![A-Z]\.)(?<!\bSt\.)(?<!\bMt\.)(?<!\bDr\.)"  # "J. Smith", "St. Luke's", "Dr. Chen"
    r"(?<=[.!?])[\"”’»)]*\s+(?=[\"“«‘(]?(?![a-zа-яёєіїґ])[^\W\d_])|\n\s*"
)


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("One. Two! Three? Four", [0, 5, 10, 17]),
        ("The U.S. Army came. It left.", [0, 20]),
        ('He said "no." Then he left.', [0, 14]),
        ("Line one\nLine two\n\n  Line three", [0, 9, 21]),
        ("Ends with 3.5 million. Next", [0, 23]),
        ("It began at 2:15 p.m. and ended. Then", [0, 33]),  # no stop before lower case
        ("Вибух о 4 год. ранку. Далі", [0, 22]),
        ("", [0]),
    ],
)
def test_sentence_starts(text, starts):
    assert sentence_starts(text) == starts


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='aB. !?\n"”“(Z3', max_size=60))
def test_sentence_starts_match_the_plain_definition(text):
    assert sentence_starts(text) == [0] + [m.end() for m in BREAK.finditer(text)]


def test_windows_are_whole_words_around_each_change_and_merge():
    text = "word " * 40
    side = Side.of(text, [(50, 54), (60, 60), (180, 184)])
    assert len(side.regions) == 2
    (s1, e1), (s2, e2) = side.regions
    assert s1 <= 50 - WINDOW and e1 >= 60 + WINDOW
    assert s2 <= 180 - WINDOW and e2 >= min(len(text), 184 + WINDOW)
    assert all(text[s - 1] == " " for s, _ in side.regions if s)
    assert all(e == len(text) or text[e] == " " for _, e in side.regions)


spans_strategy = st.lists(
    st.tuples(st.integers(0, 80), st.integers(0, 6)).map(lambda t: (t[0], t[0] + t[1])),
    max_size=8,
)


@settings(max_examples=300, deadline=None)
@given(spans_strategy, st.integers(0, 90), st.integers(0, 10))
def test_touching_agrees_with_a_plain_scan(spans, lo, width):
    """Ordered or not, overlapping or not: the same changes as looking at each one."""
    side = Side.of("x" * 100, spans)
    hi = lo + width
    expected = [i for i, (s, e) in enumerate(spans) if s <= hi and lo <= e]
    assert list(side.touching(lo, hi)) == expected


@pytest.mark.parametrize(
    ("text", "span", "kept"),
    [
        (" , 3 people. ", (0, 13), "3 people"),
        ('"a quote"', (0, 9), '"a quote"'),
        ("up 5%.", (3, 6), "5%"),
        ("...", (0, 3), ""),
    ],
)
def test_trim_drops_spaces_and_punctuation_at_the_ends(text, span, kept):
    s, e = trim(text, *span)
    assert text[s:e] == kept


def test_told_beside_gives_the_facts_of_the_sentence_the_other_side_tells_too() -> None:
    def fact(start: int, value: float) -> Item:
        return Item(FlagKind.NUMBER, start, start + 2, str(value), ("num", value, "", ""))

    other = Side.of("Seats went from 11 to 22. It had 30 in 2019.", [])
    side = Side.of("Seats doubled to 22. It had 30 in 2019.", [])
    eleven, twenty_two, thirty = fact(16, 11.0), fact(22, 22.0), fact(33, 30.0)
    other.facts = {FlagKind.NUMBER: [eleven, twenty_two, thirty]}
    side.facts = {FlagKind.NUMBER: [fact(17, 22.0), fact(27, 30.0)]}
    # 22 stands in 11's sentence and on the other side; 30 is another sentence's
    assert list(told_beside(eleven, other, side, operator.eq)) == [twenty_two]
    assert list(told_beside(twenty_two, other, side, operator.eq)) == []
