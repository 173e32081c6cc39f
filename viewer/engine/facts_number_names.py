"""Numbers that are part of a name: "Formula One", "Group of Seven", "Voyager 1", "Meteo-4".

Such a number counts nothing, so it is no amount; but "Voyager 1" / "Voyager 2" and
"Leopard 2" / "Leopard 1" are different things, so it is kept as a fact of its own, keyed
by its value and the name's word (``DESIGNATION``), compared like any number and never
flagged when only added or dropped (facts_alone).
"""

from __future__ import annotations

import re
from collections.abc import Container

from viewer.engine.facts_number_keys import number_key

__all__ = ["DESIGNATION", "designation_key", "in_a_name"]

DESIGNATION = "named"  # the key's first part for a number inside a name ("Voyager 1")
# A dash or colon and a count after the number: a score ("Chelsea 3-1"), no name's number.
_SCORE_AFTER = re.compile(r"\s*[-–:]\s*\d")
# A count after "the" and a plural name, or after a name that follows "and" or a comma,
# ending its clause, is a tally: "and the Conservatives 121,", "the Democrats 47.", "and
# Labour 412."; "the Leopard 2 tanks" goes on.
_TEAM_BEFORE = re.compile(r"(?:\bthe\s+[A-Z][a-z]+s|(?:\band|,)\s+[A-Z][a-z]+)\s+$")
_TALLY_AFTER = re.compile(r"\s*(?:[,.;)]|\s+(?:and|while|with)\b|$)")
# A capitalised word (maybe with "of") right before: a capitalised number word after it is
# part of a name ("Formula One", "Group of Seven"), not a count; also after a sentence's
# opening "A" ("A Boeing 787 operated by").
_NAME_BEFORE = re.compile(r"(?:(?<=[a-z,;)’'] )|(?<=\bA ))[A-Z][a-z]+\s+(?:of\s+)?$")
# A capitalised word joined to the number by a hyphen ("Meteo-4"), wherever it stands.
_GLUED_NAME_BEFORE = re.compile(r"(?<![\w-])[A-Z][A-Za-z]+-$")
# A capitalised word opening the text or a sentence, right before the number.
_OPENER_BEFORE = re.compile(r"(?:^|(?<=[.!?] )|(?<=\n)|(?<=[.!?][\"”’] ))([A-Z][a-z]+) $")


def designation_key(text: str, name: int, start: int, frag: str) -> tuple | None:
    """The key of a number that is part of a name beginning at ``name``, by its value and
    the name's word: "Voyager 1" / "Voyager 2" and "Leopard 2" / "Leopard 1" are different
    things, "Formula One" is "Formula 1"; never flagged alone ("Group of Seven" / "G7")."""
    key = number_key(frag)
    words = text[name:start].split()
    if key is None or key[0] != "num" or not words:
        return None  # none, or the name opens with the number ("the Nine Network")
    return (DESIGNATION, key[1], words[0].lower())


# A capitalised word right after a number word, and a lower-case word or a comma right
# before it: the number word is capitalised as the first word of a name, not of a sentence.
_NAME_AFTER = re.compile(r"[ \u00a0]+[A-Z][a-z]")
_MID_SENTENCE = re.compile(r"[a-z,][ \u00a0]+$")


def in_a_name(text: str, start: int, end: int, frag: str, known: Container[str]) -> int | None:
    """Where the name begins that a number word or a bare integer is part of (None if it
    is no part of one): right after a capitalised
    word mid-sentence ("Formula One", "Formula 1", "Group of Seven", "Leopard 2 tanks"),
    or one opening a sentence that the pair capitalises mid-sentence elsewhere ("Voyager
    1, launched in 1977," / "Launched in 1977, Voyager 1"; not "About 300 people"), but not
    a score or a tally ("Chelsea 3-1", "the Senate 52-48", "Labour won 412 seats and the
    Conservatives 121.")."""
    if not (frag.isdigit() or (frag[0].isupper() and frag.isalpha())):
        return None
    if frag.isdigit() and _SCORE_AFTER.match(text, end):
        return None
    tally = frag.isdigit() and _TALLY_AFTER.match(text, end)
    if tally and _TEAM_BEFORE.search(text, max(0, start - 30), start):
        return None
    name = _NAME_BEFORE.search(text, max(0, start - 30), start)
    if name is not None:
        return name.start()
    glued = _GLUED_NAME_BEFORE.search(text, max(0, start - 30), start) if frag.isdigit() else None
    if glued is not None:  # "Meteo-4", "Sentinel-2", "Falcon-9": a name's number
        return glued.start()
    if (
        frag.isalpha()
        and _NAME_AFTER.match(text, end)
        and _MID_SENTENCE.search(text, max(0, start - 12), start)
    ):
        return start  # "told the Nine Network": a capitalised number word opening a name
    opener = _OPENER_BEFORE.search(text, max(0, start - 30), start)
    return opener.start(1) if opener is not None and opener[1].lower() in known else None
