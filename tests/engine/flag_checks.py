"""Shared checks of fact flags for the table tests: the flags of two texts, both ways."""

from __future__ import annotations

from viewer.engine.facts import find_flags
from viewer.engine.model import Flag, FlagKind
from viewer.engine.worddiff import word_changes


def flags(left: str, right: str) -> tuple[Flag, ...]:
    """The fact flags between two texts, from their word changes, as the engine finds them."""
    return find_flags(left, right, word_changes(left, right))


def one_flag(
    left: str, right: str, kind: FlagKind, left_text: str, right_text: str, swap: bool
) -> Flag:
    """The one flag between two texts (swapped first with ``swap``), checked to be of
    ``kind`` and to hold ``left_text`` and ``right_text`` on its sides."""
    if swap:
        left, right, left_text, right_text = right, left, right_text, left_text
    found = flags(left, right)
    assert [f.kind for f in found] == [kind]
    assert left_text in found[0].left.text
    assert right_text in found[0].right.text
    return found[0]
