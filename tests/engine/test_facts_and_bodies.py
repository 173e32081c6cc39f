"""Bodies whose names hold "and" are one name; members of a list stay apart."""

from __future__ import annotations

import re

import pytest

from viewer.engine.facts_and_bodies import joined_bodies

# Capitalised runs as facts_names cuts them: "and" always ends one.
_RUN = re.compile(r"[A-Z][\w'’]*(?: [A-Z][\w'’]*)*")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("approved by the Food and Drug Administration", ["Food and Drug Administration"]),
        ("the US Food and Drug Administration said", ["US Food and Drug Administration"]),
        (
            "Britain's Competition and Markets Authority",
            ["Britain's Competition and Markets Authority"],
        ),
        ("the Food and Agriculture Organization said", ["Food and Agriculture Organization"]),
        ("the Securities and Exchange Commission", ["Securities and Exchange Commission"]),
        # members of a list
        ("deals with Pfizer and Moderna", ["Pfizer", "Moderna"]),
        (
            "France and Germany's Federal Cartel Office",
            ["France", "Germany's Federal Cartel Office"],
        ),
        (
            "the European Commission and Markets Authority",
            ["European Commission", "Markets Authority"],
        ),
        (
            "Iran and International Atomic Energy Agency",
            ["Iran", "International Atomic Energy Agency"],
        ),
        ("Kyiv and Kharkiv", ["Kyiv", "Kharkiv"]),
    ],
)
def test_runs_joined_only_into_one_body(text: str, names: list[str]) -> None:
    runs = [(m.start(), m.group()) for m in _RUN.finditer(text)]
    assert [frag for _, frag in joined_bodies(text, runs)] == names


def test_runs_apart_from_and_are_kept() -> None:
    text = "Food, Drug Administration"
    runs = [(0, "Food"), (6, "Drug Administration")]
    assert joined_bodies(text, runs) == runs
