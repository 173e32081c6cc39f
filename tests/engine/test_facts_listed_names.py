"""Names dropped from a list, or added to one: flagged only where a list member is cut."""

from __future__ import annotations

import pytest

from viewer.engine.facts import find_flags
from viewer.engine.facts_listed_names import listed_name_cuts
from viewer.engine.worddiff import word_changes


def _name_flags(left: str, right: str) -> list[tuple[str, str, str]]:
    return [
        (f.left.text, f.right.text, f.note)
        for f in find_flags(left, right, word_changes(left, right))
        if f.kind.value == "name"
    ]


@pytest.mark.parametrize(
    ("longer", "shorter", "member"),
    [
        # the last member, after "and"
        (
            "The trial was funded by the National Institutes of Health and Pfizer.",
            "The trial was funded by the National Institutes of Health.",
            "Pfizer",
        ),
        # a middle member, its comma before it
        (
            "Britain, France and Germany condemned the attack.",
            "Britain and Germany condemned the attack.",
            "France",
        ),
        # a middle member, its comma after it, in a longer list
        (
            "Britain, France, Italy and Germany condemned the attack.",
            "Britain, Italy and Germany condemned the attack.",
            "France",
        ),
        # places on a trip
        (
            "The minister visited Paris, Berlin and Rome last week.",
            "The minister visited Paris and Rome last week.",
            "Berlin",
        ),
        # Ukrainian: "та" joins the last member, names decline
        (
            "Переговори між Україною, Польщею та Литвою відновилися.",
            "Переговори між Україною та Литвою відновилися.",
            "Польщею",
        ),
    ],
)
def test_a_member_cut_from_a_list_is_flagged_both_ways(
    longer: str, shorter: str, member: str
) -> None:
    assert _name_flags(longer, shorter) == [(member, "", f"'{member}' dropped")]
    assert _name_flags(shorter, longer) == [("", member, f"'{member}' added")]


@pytest.mark.parametrize(
    ("longer", "shorter"),
    [
        # a place's country after a comma is no other member
        (
            "The blast hit a market in Kyiv, Ukraine, on Monday.",
            "The blast hit a market in Kyiv on Monday.",
        ),
        # "and" after the cut joins a verb, not a member
        (
            "The firm is based in Austin, Texas and employs 500 people.",
            "The firm is based in Austin and employs 500 people.",
        ),
        # the member stands elsewhere in the other text
        (
            "Britain, France and Germany condemned the attack. France called for calm.",
            "Britain and Germany condemned the attack. France called for calm.",
        ),
        # no member of the list is kept beside the cut
        ("Shares rose, and Apple gained 3%.", "Shares rose 3%."),
        # an apposition cut, no list
        (
            "Lars Holm, an economist at Nordea, said rates would rise.",
            "Lars Holm said rates would rise.",
        ),
    ],
)
def test_no_list_member_cut_no_flag(longer: str, shorter: str) -> None:
    assert _name_flags(longer, shorter) == []
    assert _name_flags(shorter, longer) == []


@pytest.mark.parametrize(
    ("left", "right", "cuts"),
    [
        ("A, B and C met.", "A and C met.", 1),  # ", B" cut
        ("A and C met.", "A, B and C met.", 1),  # added
        ("A met B.", "A met C.", 0),  # replaced: no cut
        ("It rose sharply.", "It rose.", 0),  # no capital
    ],
)
def test_cuts_are_one_sided_changes_that_open_like_a_member(
    left: str, right: str, cuts: int
) -> None:
    assert len(listed_name_cuts(word_changes(left, right))) == cuts
