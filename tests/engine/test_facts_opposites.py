"""Words swapped for their opposites or another stage of a case (facts_opposites)."""

from __future__ import annotations

import pytest

from viewer.engine.facts_opposites import opposite_flags
from viewer.engine.model import FlagKind
from viewer.engine.worddiff import word_changes


def _opposites(left: str, right: str) -> list[tuple[str, str]]:
    return [
        (f.flag.left.text, f.flag.right.text)
        for f in opposite_flags(left, right, word_changes(left, right))
    ]


@pytest.mark.parametrize(
    ("left", "right", "want"),
    [
        ("a trade surplus of $2 billion", "a trade deficit of $2 billion", ("surplus", "deficit")),
        ("swung to a profit in May", "swung to a loss in May", ("profit", "loss")),
        ("results beat forecasts", "results missed forecasts", ("beat", "missed")),
        ("closed at a record high", "closed at a record low", ("high", "low")),
        ("Real wages grew", "Nominal wages grew", ("Real", "Nominal")),
        (
            "Seasonally adjusted exports rose",
            "Unadjusted exports rose",
            ("Seasonally adjusted", "Unadjusted"),
        ),
        ("Stocks rose on Monday", "Stocks fell on Monday", ("rose", "fell")),
        ("well above expectations", "well below expectations", ("above", "below")),
        ("The Senate passed the bill", "The Senate rejected the bill", ("passed", "rejected")),
        ("Labour leads by five points", "Labour trails by five points", ("leads", "trails")),
    ],
)
def test_a_word_swapped_for_its_opposite_is_flagged(left: str, right: str, want: tuple) -> None:
    assert _opposites(left, right) == [want]
    assert _opposites(right, left) == [want[::-1]]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("a rise in profit", "an increase in profit"),  # one pole: synonyms
        ("a record high in May", "a record in May"),  # cut alone
        ("Stocks rose on Monday", "Shares rose on Monday"),
        ("The talks broke down on Friday", "The talks broke up on Friday"),  # phrasal verbs
        # a sentence reordered: each word stands elsewhere on the other side
        (
            "312 MPs voted in favour of the bill and 205 against.",
            "205 MPs voted against the bill and 312 in favour.",
        ),
        ("a deficit, officials said", "a deficit of $2 billion, officials said"),
        # a sentence rewritten as a whole holds both words: not a swap of one for the other
        ("profit rose but costs fell", "costs rose while profit was flat"),
    ],
)
def test_no_opposite_no_flag(left: str, right: str) -> None:
    assert _opposites(left, right) == []


@pytest.mark.parametrize(
    ("left", "right", "kind"),
    [
        ("He was remanded in custody.", "He was released on bail.", FlagKind.CERTAINTY),
        (
            "The court upheld her conviction.",
            "The court quashed her conviction.",
            FlagKind.CERTAINTY,
        ),
        ("Labour won the by-election.", "Labour lost the by-election.", FlagKind.NUMBER),
        ("Shares lost ground on Monday.", "Shares gained ground on Monday.", FlagKind.NUMBER),
    ],
)
def test_a_word_may_stand_in_several_groups(left: str, right: str, kind: FlagKind) -> None:
    """ "lost" is a contest lost and a figure that fell; "detained" a stage and custody."""
    found = opposite_flags(left, right, word_changes(left, right))
    assert [f.flag.kind for f in found] == [kind]


@pytest.mark.parametrize(
    ("left", "right", "want"),
    [
        (
            "He was charged with fraud.",
            "He was convicted of fraud.",
            ("charged with", "convicted of"),
        ),
        (
            "She was arrested on suspicion of murder.",
            "She was charged with murder.",
            (
                "arrested on suspicion of",
                "charged with",
            ),
        ),
        ("The court acquitted him.", "The court convicted him.", ("acquitted", "convicted")),
        (
            "He was accused of bribery.",
            "He was found guilty of bribery.",
            ("accused", "found guilty"),
        ),
    ],
)
def test_another_stage_of_a_case_is_a_certainty_flag(left: str, right: str, want: tuple) -> None:
    found = opposite_flags(left, right, word_changes(left, right))
    assert [(f.flag.kind, f.flag.left.text, f.flag.right.text) for f in found] == [
        (FlagKind.CERTAINTY, *want)
    ]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("He was convicted of fraud.", "He was found guilty of fraud."),  # one stage
        ("She was acquitted.", "She was found not guilty."),
        ("He was charged with fraud.", "He faces charges of fraud."),
        ("The talks were held on Monday.", "The talks were convicted on Monday."),  # no stage
    ],
)
def test_the_same_stage_told_another_way_is_no_flag(left: str, right: str) -> None:
    assert opposite_flags(left, right, word_changes(left, right)) == []
