"""Numbers that are part of a name (facts_number_names): where the name begins, its key."""

from __future__ import annotations

import pytest

from viewer.engine.facts_number_names import DESIGNATION, designation_key, in_a_name


def _name_of(text: str, number: str, known: frozenset[str] = frozenset()) -> str | None:
    start = text.index(number)
    at = in_a_name(text, start, start + len(number), number, known)
    return None if at is None else text[at : start + len(number)]


@pytest.mark.parametrize(
    ("text", "number", "known", "name"),
    [
        ("It joined Formula One in 2010.", "One", frozenset(), "Formula One"),
        ("The army received Leopard 2 tanks.", "2", frozenset(), "Leopard 2"),
        ("Leaders of the Group of Seven met.", "Seven", frozenset(), "Group of Seven"),
        ("The Meteo-4 satellite launched.", "4", frozenset(), "Meteo-4"),
        # a sentence's first word only when the pair capitalises it elsewhere
        ("Voyager 1 is far away.", "1", frozenset({"voyager"}), "Voyager 1"),
        ("About 300 people died.", "300", frozenset(), None),
        # scores and tallies count
        ("Fans saw Chelsea 3-1 up.", "3", frozenset(), None),
        ("Labour won 412 seats and the Conservatives 121.", "121", frozenset(), None),
    ],
)
def test_where_the_name_of_a_number_begins(
    text: str, number: str, known: frozenset[str], name: str | None
) -> None:
    assert _name_of(text, number, known) == name


def test_a_designation_is_keyed_by_its_value_and_the_names_word() -> None:
    text = "It joined Formula One; Formula 1 grew."
    one, digit = text.index("One"), text.index("1")
    a = designation_key(text, text.index("Formula"), one, "One")
    b = designation_key(text, text.rindex("Formula"), digit, "1")
    assert a == b == (DESIGNATION, 1.0, "formula")
