"""Quotations found in a text: double, single, curly and angle marks; apostrophes are none."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from viewer.engine.facts_quotes import extract_quotes, may_hold_quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ('He said "we will win" on Monday.', ['"we will win"']),
        ("She called it “a disaster”, then left.", ["“a disaster”"]),
        ("Il a dit «non» hier.", ["«non»"]),
        ('"First paragraph of a quote\n\n"and its end," he said.', None),
        # Single marks, as British outlets and headlines quote.
        ("He said the deal was 'dead in the water' after the vote.", ["'dead in the water'"]),
        ("‘We will not back down,’ Starmer said.", ["‘We will not back down,’"]),
        ("PM says 'no deal' is 'off the table'", ["'no deal'", "'off the table'"]),
        ("Мар'яна сказала, що 'все добре'.", ["'все добре'"]),
        ("It's the company's 'best year', the CEO's note said.", ["'best year'"]),
        # A plural possessive inside a single quote does not close it ...
        ("'We back the players' demands,' he said.", ["'We back the players' demands,'"]),
        # ... and apostrophes alone quote nothing.
        ("The players' union said it wasn't Trump's fault.", []),
        ("In the '90s rock 'n' roll sold; give 'em hell.", []),
        ("The ministry's statement said talks 'continue", []),  # never closed
        # A single-quoted passage inside a double quote is part of it.
        ("\"He told me 'no' twice,\" she said.", ["\"He told me 'no' twice,\""]),
        # A double mark between two single marks: they were apostrophes.
        ("The 'cats' \"dogs\" rule", ["'cats'", '"dogs"']),
    ],
)
def test_quotes_found(text: str, quotes: list[str] | None) -> None:
    found = [q.text for q in extract_quotes(text)]
    if quotes is None:  # a quote over paragraphs: one per paragraph it covers
        assert len(found) == 2 and found[0].startswith('"First')
    else:
        assert found == quotes


def test_single_and_double_marks_around_the_same_words_are_one_quote() -> None:
    (a,) = extract_quotes("He called the plan 'a complete disaster' on Monday.")
    (b,) = extract_quotes('He called the plan "a complete disaster" on Monday.')
    assert a.key == b.key


_PIECES = st.sampled_from(
    [*"'‘’\"“”«»(—", "word", "It's", "players'", "'90s", " ", ", ", ". ", "\n\n", "Мар'яна"]
)


@given(st.lists(_PIECES, max_size=30).map("".join))
def test_quotes_are_ordered_apart_and_never_hidden_by_the_quick_test(text: str) -> None:
    quotes = extract_quotes(text)
    for q in quotes:
        assert text[q.start : q.end] == q.text
    assert all(a.end <= b.start for a, b in pairwise(quotes))
    if quotes:
        assert may_hold_quotes(text)  # the finder skips quotes where this says no
