"""Bodies named in lower case by their remit, and when they may replace another name."""

from __future__ import annotations

import pytest

from viewer.engine.facts_lower_bodies import bodies_against_bodies, lower_bodies
from viewer.engine.facts_names import name_key
from viewer.engine.facts_numbers import Item
from viewer.engine.facts_scan import Scan
from viewer.engine.model import FlagKind


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It was summoned by the foreign ministry.", ["foreign ministry"]),
        ("The Senate's budget committee voted.", ["budget committee"]),
        ("parliament's foreign affairs committee met", ["foreign affairs committee"]),
        ("The ministry of finance said so.", ["ministry of finance"]),
        (
            "the department of justice and the court of appeal",
            ["department of justice", "court of appeal"],
        ),
        ("Britain's competition watchdog cleared it.", ["competition watchdog"]),
        ("the anti-corruption agency opened a case", ["anti-corruption agency"]),
        ("the state news agency said", ["state news agency"]),
        # no remit: a body's noun alone, after a function word, a size or a description
        ("The ministry said so.", []),
        ("the three-member committee", []),
        ("a new committee and its own commission", []),
        ("the court of the city", []),
        ("the ministry of the interior", []),
        # a compound that opens with a body's noun is no body
        ("a court-appointed lawyer", []),
        ("the agency-wide review", []),
        ("the foreign ministry's spokesman", ["foreign ministry"]),
        # capitalised: a name's own run, found as one
        ("The Foreign Ministry said so.", []),
    ],
)
def test_a_lower_case_body_is_named_by_its_remit(text: str, found: list[str]) -> None:
    assert [x.text for x in lower_bodies(Scan(text))] == found


@pytest.mark.parametrize(
    ("lower", "named"),
    [
        ("the interior ministry", "Interior Ministry"),
        ("the ministry of finance", "Finance Ministry"),
        ("the competition watchdog", "Competition Regulator"),
    ],
)
def test_a_lower_case_body_has_the_key_of_its_capitalised_name(lower: str, named: str) -> None:
    (body,) = lower_bodies(Scan(lower))
    assert body.key in {
        name_key(named),
        name_key(named.replace("Finance Ministry", "Ministry of Finance")),
    }


def _name(text: str) -> Item:
    return Item(FlagKind.NAME, 0, len(text), text, name_key(text.title()))


@pytest.mark.parametrize(
    ("xs", "ys", "kept"),
    [
        # a body against a body, in lower case or not, may be a name replaced
        (
            ["interior ministry"],
            ["defence ministry"],
            (["interior ministry"], ["defence ministry"]),
        ),
        (
            ["interior ministry"],
            ["Defence Ministry"],
            (["interior ministry"], ["Defence Ministry"]),
        ),
        # against a name that is no body (an acronym, a person), it is left alone
        (["military intelligence agency"], ["GUR"], ([], ["GUR"])),
        (["budget committee", "Lagos"], ["Abuja"], (["Lagos"], ["Abuja"])),
        # "former Prime Minister Imran Khan" opens in lower case and is no body
        (
            ["former Prime Minister Imran Khan"],
            ["Imran Khan"],
            (["former Prime Minister Imran Khan"], ["Imran Khan"]),
        ),
    ],
)
def test_a_lower_case_body_only_replaces_a_body(
    xs: list[str], ys: list[str], kept: tuple[list[str], list[str]]
) -> None:
    left, right = bodies_against_bodies([_name(x) for x in xs], [_name(y) for y in ys])
    assert ([x.text for x in left], [y.text for y in right]) == kept
