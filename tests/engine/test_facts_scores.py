"""Scores as one fact (facts_scores): which dashes join a score, and the score words."""

from __future__ import annotations

import pytest

from viewer.engine.facts_numbers import extract_numbers
from viewer.engine.facts_scan import Scan
from viewer.engine.facts_scores import with_scores


def _keys(text: str) -> list[tuple[str, tuple]]:
    scan = Scan(text)
    return [(f.text, f.key) for f in with_scores(scan, extract_numbers(scan, []))]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Chelsea won 2-1 at Villa Park.", [("2-1", ("score", (1, 2), ""))]),
        ("a 2–1 win over Spurs", [("2–1", ("score", (1, 2), ""))]),
        ("They lost 1-2 at home.", [("1-2", ("score", (1, 2), ""))]),
        ("The match ended in a goalless draw.", [("goalless", ("score", (0, 0), ""))]),
        ("It finished scoreless.", [("scoreless", ("score", (0, 0), ""))]),
        ("Rangers won 2-nil at Ibrox.", [("2-nil", ("score", (0, 2), ""))]),
        ("It ended nil-nil.", [("nil-nil", ("score", (0, 0), ""))]),
        (
            "Djokovic won 6-3, 6-4 on Friday.",
            [("6-3", ("score", (3, 6), "")), ("6-4", ("score", (4, 6), ""))],
        ),
        (
            "He reached the final with a 6-3, 6-4 win.",
            [("6-3", ("score", (3, 6), "")), ("6-4", ("score", (4, 6), ""))],
        ),
        ("Nigeria won 4-3 on penalties.", [("4-3", ("score", (3, 4), ""))]),
        ("Martinelli made it 3-1 in added time.", [("3-1", ("score", (1, 3), ""))]),
        ("It put the French 17-9 up at the interval.", [("17-9", ("score", (9, 17), ""))]),
        ("France went back in front at 24-23.", [("24-23", ("score", (23, 24), ""))]),
        # a vote's tally is one fact too: "'7-2' becomes '6-3'", not two numbers
        ("The council voted 7-2 on Tuesday.", [("7-2", ("score", (2, 7), ""))]),
        ("It passed in a 52-48 vote.", [("52-48", ("score", (48, 52), ""))]),
        ("The court ruled 6-3 on Friday.", [("6-3", ("score", (3, 6), ""))]),
        ("The committee voted 7 to 2 for the cut.", [("7 to 2", ("score", (2, 7), ""))]),
        ("The board voted seven to two.", [("seven to two", ("score", (2, 7), ""))]),
    ],
)
def test_a_score_is_one_fact_with_its_counts_in_any_order(text: str, want: list) -> None:
    assert _keys(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The survey covered voters aged 18-24 in five states.",  # a range
        "Prices rose 10-15% last year.",
        "The plan covers 2010-2015.",  # years
        "Between 300-400 people attended.",
        "Prices rose from 7 to 9 a year later.",  # "to" joins a tally only after a vote
    ],
)
def test_two_counts_joined_by_a_dash_outside_a_match_stay_two_numbers(text: str) -> None:
    assert all(key[0] != "score" for _, key in _keys(text)), _keys(text)
