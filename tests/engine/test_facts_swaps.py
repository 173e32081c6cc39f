"""Facts that changed places (facts_swaps): flagged at both places; reorderings are not."""

from __future__ import annotations

import pytest

from viewer.engine.facts import find_flags
from viewer.engine.model import FlagKind
from viewer.engine.worddiff import word_changes

# kind, left, right, the two swapped values as the left side writes them
SWAPPED = [
    (
        "number",
        "Labour won 45 seats and the Conservatives won 30 seats in the council election.",
        "Labour won 30 seats and the Conservatives won 45 seats in the council election.",
        ("45", "30"),
    ),
    (
        "number",
        "Smith received 52% of the vote against 48% for Jones.",
        "Smith received 48% of the vote against 52% for Jones.",
        ("52%", "48%"),
    ),
    (
        "number",
        "The attack killed 12 soldiers and wounded 40 civilians, officials said.",
        "The attack killed 40 soldiers and wounded 12 civilians, officials said.",
        ("12", "40"),
    ),
    (
        "number",
        "Inflation was 3.2% in March, while unemployment stood at 4.1%.",
        "Inflation was 4.1% in March, while unemployment stood at 3.2%.",
        ("3.2%", "4.1%"),
    ),
    (  # two adjacent sentences
        "number",
        "Labour won 45 seats. The Conservatives won 30 seats.",
        "Labour won 30 seats. The Conservatives won 45 seats.",
        ("45", "30"),
    ),
    (  # a direction reversed: "from" and "to" tell the values apart
        "number",
        "Turnout fell from 62% to 55% in four years.",
        "Turnout fell from 55% to 62% in four years.",
        ("62%", "55%"),
    ),
    (
        "date",
        "The company was founded in 1998 and listed in 2004.",
        "The company was founded in 2004 and listed in 1998.",
        ("1998", "2004"),
    ),
    (
        "name",
        "Mark Rutte met Emmanuel Macron in Paris and Olaf Scholz in Berlin.",
        "Mark Rutte met Olaf Scholz in Paris and Emmanuel Macron in Berlin.",
        ("Emmanuel Macron", "Olaf Scholz"),
    ),
    (  # another change in the sentence, made for good, is a flag of its own
        "number",
        "Sales rose 5% and profit rose 7% in 2024, the company said on Monday.",
        "Sales rose 7% and profit rose 5% in 2024, the company said on Tuesday.",
        ("5%", "7%"),
    ),
]

NOT_SWAPPED = [
    (
        "a list reordered",
        "Mark Rutte met Emmanuel Macron and Olaf Scholz in Paris.",
        "Mark Rutte met Olaf Scholz and Emmanuel Macron in Paris.",
    ),
    (
        "a longer list reordered",
        "Leaders of France, Germany and Italy signed the deal.",
        "Leaders of Italy, Germany and France signed the deal.",
    ),
    (
        "a range written the other way",
        "The index rose between 30 and 45 points a day.",
        "The index rose between 45 and 30 points a day.",
    ),
    (
        "a meeting is the same either way",
        "Emmanuel Macron met Olaf Scholz in Paris on Monday.",
        "Olaf Scholz met Emmanuel Macron in Paris on Monday.",
    ),
    (
        "subjects moved with their values",
        "Labour won 45 seats and the Conservatives won 30 seats in the council election.",
        "The Conservatives won 30 seats and Labour won 45 seats in the council election.",
    ),
    (
        "years moved with their figures",
        "Exports grew 5% in 2023 and 7% in 2024.",
        "Exports grew 7% in 2024 and 5% in 2023.",
    ),
    (
        "clauses moved whole",
        "The attack killed 12 soldiers and wounded 40 civilians, officials said.",
        "The attack wounded 40 civilians and killed 12 soldiers, officials said.",
    ),
    (
        "a list of figures with their nouns",
        "The 12 soldiers and 40 civilians were taken to hospital.",
        "The 40 civilians and 12 soldiers were taken to hospital.",
    ),
    (
        "a fixture written home team last",
        "Chelsea v Arsenal ends 2-1 after extra time.",
        "Arsenal v Chelsea ends 2-1 after extra time.",
    ),
    (
        "values swapped in sentences far apart",
        "Labour won 45 seats. Turnout was high. Many voted early. The Conservatives won 30.",
        "Labour won 30 seats. Turnout was high. Many voted early. The Conservatives won 45.",
    ),
]


def _flags(left: str, right: str, swap: bool):
    if swap:
        left, right = right, left
    return find_flags(left, right, word_changes(left, right))


@pytest.mark.parametrize("swap", [False, True], ids=["LR", "RL"])
@pytest.mark.parametrize(("kind", "left", "right", "values"), SWAPPED)
def test_values_that_changed_places_are_flagged_at_both_places(
    kind: str, left: str, right: str, values: tuple[str, str], swap: bool
) -> None:
    found = [f for f in _flags(left, right, swap) if "swapped places" in f.note]
    assert {f.kind for f in found} == {FlagKind(kind)}
    first, second = values
    shown = {(f.left.text, f.right.text) for f in found}
    if swap:
        first, second = second, first
    # Each place shows the value that stood there and the value that stands there now.
    assert any(first in x and second in y for x, y in shown), shown
    assert any(second in x and first in y for x, y in shown), shown
    assert len(found) == 2


@pytest.mark.parametrize("swap", [False, True], ids=["LR", "RL"])
@pytest.mark.parametrize(("why", "left", "right"), NOT_SWAPPED)
def test_reorderings_that_change_no_fact_are_not_swaps(
    why: str, left: str, right: str, swap: bool
) -> None:
    assert [f.note for f in _flags(left, right, swap)] == [], why


def test_a_swap_beside_another_fact_change_keeps_both_flags() -> None:
    left = "Sales rose 5% and profit rose 7% in 2024, the company said on Monday."
    right = "Sales rose 7% and profit rose 5% in 2024, the company said on Tuesday."
    found = find_flags(left, right, word_changes(left, right))
    assert sorted(f.kind.value for f in found) == ["date", "number", "number"]
    for f in found:
        assert left[f.left.start : f.left.end] == f.left.text
        assert right[f.right.start : f.right.end] == f.right.text


def test_values_that_changed_places_beside_verbs_of_their_own_are_flagged_at_both_places() -> None:
    """ "rose to 3.2%" and "fell to 4.1%" differ by their ways too: plain changes then."""
    left = "Inflation rose to 3.2% in March, while unemployment fell to 4.1%."
    right = "Inflation rose to 4.1% in March, while unemployment fell to 3.2%."
    found = find_flags(left, right, word_changes(left, right))
    assert [(f.left.text, f.right.text) for f in found] == [
        ("rose to 3.2%", "rose to 4.1%"),
        ("fell to 4.1%", "fell to 3.2%"),
    ]
