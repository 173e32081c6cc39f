"""The normalised value of an amount as written, one table row per way of writing it."""

import pytest

from viewer.engine.facts_number_keys import number_key, word_value


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("$13.7 billion", ("num", 13.7e9, "usd", "")),
        ("13.7 billion dollars", ("num", 13.7e9, "usd", "")),
        ("$13.7bn", ("num", 13.7e9, "usd", "")),
        ("UAH 500 billion", ("num", 500e9, "uah", "")),
        ("EUR1.3bn", ("num", 1.3e9, "eur", "")),
        ("more than UAH 1.5 trillion", ("num", 1.5e12, "uah", ">")),
        ("87 cents", ("num", 87.0, "cent", "")),
        ("6 pct", ("num", 6.0, "%", "")),
        ("6%", ("num", 6.0, "%", "")),
        ("35km", ("num", 35.0, "km", "")),
        ("100mg", ("num", 100.0, "mg", "")),
        ("40C", ("num", 40.0, "c", "")),
        ("2:03:45", ("num", 7425.0, "s", "")),
        ("two-and-a-half years", ("num", 2.5, "yr", "")),
        ("about one in 12", ("num", round(1 / 12, 6), "share", "~")),
        ("two-thirds", ("num", round(2 / 3, 6), "share", "")),
        ("a fortnight", ("num", 2.0, "wk", "")),
        ("21st", ("ord", 21, "")),
        ("twice", ("freq", "2 times", "")),
        ("tens of thousands of", ("quant", "tens of thousands", "")),
        ("7 1/2 years", ("num", 7.5, "yr", "")),  # a mixed fraction
        ("700 million Swedish crowns", ("num", 700e6, "crown", "")),
        ("SEK700m", ("num", 700e6, "crown", "")),
        ("2.1 billion Canadian dollars", ("num", 2.1e9, "cad", "")),
        ("47.6 C", ("num", 47.6, "c", "")),
    ],
)
def test_number_key(text: str, key: tuple) -> None:
    assert number_key(text) == key


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("four and a half", 4.5),
        ("a million", 1e6),
        ("twenty five", 25.0),
        ("crore", 1e7),
        ("x", None),
    ],
)
def test_word_value(words: str, value: float | None) -> None:
    assert word_value(words) == value
