"""Numbers read together with their neighbours: durations in parts, ranges with one unit."""

import pytest

from viewer.engine.facts_numbers import extract_numbers
from viewer.engine.facts_scan import Scan


def _keys(text: str) -> list[tuple]:
    return [f.key for f in extract_numbers(Scan(text), [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the unit said once, after the second bound
            "It will fall to between 10 and 14 per cent.",
            [("num", 10.0, "%", ""), ("num", 14.0, "%", "")],
        ),
        ("The route is 10 to 14 km long.", [("num", 10.0, "km", ""), ("num", 14.0, "km", "")]),
        ("The route is 10-14 km long.", [("num", 10.0, "km", ""), ("num", 14.0, "km", "")]),
        (  # "and" is a range only after "between" or "from"
            "He had 5 and she had 14 percent.",
            [("num", 5.0, "", ""), ("num", 14.0, "%", "")],
        ),
        (  # a scaled second bound: the first is not given the unit without its scale
            "It costs between 2 and 3 billion dollars.",
            [("num", 2.0, "", ""), ("num", 3e9, "usd", "")],
        ),
        ("It took two hours and 35 seconds.", [("num", 7235.0, "s", "")]),
        ("It took 2 hours, 5 minutes.", [("num", 7500.0, "s", "")]),
        ("He was jailed for seven years and six months.", [("num", 7.5, "yr", "")]),
        (  # months before years are two facts, not one duration
            "Six months and seven years later.",
            [("num", 6.0, "mo", ""), ("num", 7.0, "yr", "")],
        ),
        ("Спектакль идет 2 часа 40 минут.", [("num", 9600.0, "s", "")]),
    ],
)
def test_numbers_read_together(text: str, expected: list) -> None:
    assert _keys(text) == expected
