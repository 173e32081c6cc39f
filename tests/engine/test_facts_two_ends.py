"""A multiple or a change on one side spelled out as its two ends on the other is one fact."""

from __future__ import annotations

import pytest

from viewer.engine.facts import find_flags
from viewer.engine.facts_context import Side
from viewer.engine.facts_numbers import Item
from viewer.engine.facts_two_ends import told_as_two_ends
from viewer.engine.model import FlagKind
from viewer.engine.worddiff import word_changes


def _number(start: int, text: str, key: tuple) -> Item:
    return Item(FlagKind.NUMBER, start, start + len(text), text, key)


@pytest.mark.parametrize(
    ("left", "right", "flagged"),
    [
        # the base and the result on one side make the multiple the other side names
        ("Its seats doubled to 22.", "Its seats went from 11 to 22.", False),
        ("Its seats doubled from 11.", "Its seats went from 11 to 22.", False),
        (
            "Output halved to 5 million tonnes.",
            "Output fell from 10 million tonnes to 5 million tonnes.",
            False,
        ),
        ("Prices tripled to $4.5.", "Prices rose from $1.5 to $4.5.", False),
        ("Sales rose fourfold to 8,000 units.", "Sales rose from 2,000 units to 8,000.", False),
        # a rise or a fall by a figure, from a base to a level
        ("The toll rose by 12 to 87.", "The toll rose to 87 from 75.", False),
        ("The toll rose by 12 from 75.", "The toll rose from 75 to 87.", False),
        ("Its share fell by 3% to 40%.", "Its share fell from 43% to 40%.", False),
        ("The toll rose by 12 to 87.", "The toll rose to 87 from 74.", True),
        ("Its share fell by 3% to 40%.", "Its share fell from 44% to 40%.", True),
        # the change beside both its ends, against the ends alone
        ("Cases rose to 1,870, up 310 from 1,560.", "Cases rose from 1,560 to 1,870.", False),
        ("Cases rose to 1,870, up 300 from 1,560.", "Cases rose from 1,560 to 1,870.", False),
        ("Cases rose to 1,870, up 320 from 1,560.", "Cases rose from 1,560 to 1,870.", True),
        # figures that do not make the multiple
        ("Its seats doubled to 22.", "Its seats went from 12 to 22.", True),
        (
            "Output halved to 5 million tonnes.",
            "Output fell from 8 million tonnes to 5 million tonnes.",
            True,
        ),
        # the shared figure must stand in the sentence that spells the multiple out
        ("Its seats doubled to 22.", "Its seats rose to 22. It had 11 in 2019.", True),
    ],
)
def test_a_multiple_or_change_told_as_its_two_ends_is_one_fact(
    left: str, right: str, flagged: bool
) -> None:
    for a, b in ((left, right), (right, left)):
        kinds = {f.kind for f in find_flags(a, b, word_changes(a, b))}
        assert (FlagKind.NUMBER in kinds) is flagged, (a, b)


def test_the_multiple_and_its_spelling_out_leave_the_left_overs_together() -> None:
    a = Side.of("Seats doubled to 22.", [(6, 13)])
    b = Side.of("Seats went from 11 to 22.", [(6, 18)])
    doubled = _number(6, "doubled", ("mult", 2.0, ""))
    eleven = _number(16, "11", ("num", 11.0, "", ""))
    a.facts = {FlagKind.NUMBER: [doubled, _number(17, "22", ("num", 22.0, "", ""))]}
    b.facts = {FlagKind.NUMBER: [eleven, _number(22, "22", ("num", 22.0, "", ""))]}
    other = _number(0, "5", ("num", 5.0, "", ""))
    assert told_as_two_ends(a, b, [doubled], [eleven, other]) == ([], [other])
