"""The words around an amount shape its key: a move, a rank, a multiple, points, a sign."""

from __future__ import annotations

import pytest

from viewer.engine.facts_numbers import extract_numbers
from viewer.engine.facts_scan import Scan


def _keys(text: str) -> list[tuple[str, tuple]]:
    return [(n.text, n.key) for n in extract_numbers(Scan(text), [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports fell 3% in May.", [("fell 3%", ("num", 3.0, "%", "-"))]),
        ("Inflation rose to 3% in May.", [("rose to 3%", ("num", 3.0, "%", "+@"))]),
        ("Oxford held the No. 1 spot.", [("No. 1", ("ord", 1, ""))]),
        ("She is world No 3.", [("No 3", ("ord", 3, ""))]),
        ("Smokers were twice as likely to fall ill.", [("twice", ("mult", 2.0, ""))]),
        ("It is three times the size of Wales.", [("three times", ("mult", 3.0, ""))]),
        ("He scored twice as City won.", [("twice", ("freq", "2 times", ""))]),
        ("He scored twice in Paris.", [("twice", ("freq", "2 times", ""))]),
        ("Exercise cut the risk of death by half.", [("by half", ("num", 0.5, "share", "-"))]),
        ("He won by half a length.", [("half", ("num", 0.5, "share", ""))]),
        ("The bank cut its main rate to 4.5%.", [("to 4.5%", ("num", 4.5, "%", "-@"))]),
        ("The bank cut its main rate by 4.5%.", [("by 4.5%", ("num", 4.5, "%", "-"))]),
        (  # a range: its "to" tells no level
            "Costs will rise by 8 to 10 per cent.",
            [("rise by 8", ("num", 8.0, "%", "+")), ("10 per cent", ("num", 10.0, "%", ""))],
        ),
        (
            "Labour rose 3 points to 21%.",
            [("rose 3 points", ("num", 3.0, "pp", "+")), ("to 21%", ("num", 21.0, "%", "+@"))],
        ),
        (
            "The index fell 120 points to 7,500.",
            [
                ("fell 120 points", ("num", 120.0, "pt", "-")),
                ("to 7,500", ("num", 7500.0, "", "-@")),
            ],
        ),
        ("Temperatures fell to minus 5 degrees.", [("minus 5 degrees", ("num", -5.0, "deg", ""))]),
    ],
)
def test_words_around_an_amount(text: str, expected: list[tuple[str, tuple]]) -> None:
    assert _keys(text) == expected
