"""Bodies named in lower case by their remit: "the interior ministry", "the budget committee".

Wire copy often writes a body's name in lower case ("the defence ministry", "parliament's
foreign affairs committee", "the ministry of finance"). The words before the body's noun
(or the words after its "of") say which body it is, as the capitals of "Defence Ministry"
do, so such a phrase is a name with the key its capitalised form would have: "the
interior ministry" and "the Interior Ministry" are one body, "the defence ministry"
another. A body's noun with no remit ("the ministry", "a new committee") names nothing.
"""

from __future__ import annotations

import re

from viewer.engine.facts_lexicon import COUNT_WORDS, STOP, TENS, UNITS_SMALL
from viewer.engine.facts_names import name_key
from viewer.engine.facts_numbers import Item
from viewer.engine.facts_scan import Scan
from viewer.engine.facts_source_words import NEUTRAL_MODIFIERS
from viewer.engine.model import FlagKind

__all__ = ["BODY_NOUNS", "bodies_against_bodies", "lower_bodies"]

# Nouns of government bodies whose remit is told by the words before them, by what they
# are: "the competition watchdog" is "the competition regulator".
_BODY_CLASS = {
    "ministry": "ministry",
    "ministries": "ministry",
    "committee": "committee",
    "committees": "committee",
    "commission": "commission",
    "agency": "agency",
    "department": "department",
    "council": "council",
    "court": "court",
    "tribunal": "tribunal",
    "regulator": "regulator",
    "watchdog": "regulator",
    "authority": "authority",
    "bureau": "bureau",
    "directorate": "directorate",
    "inspectorate": "inspectorate",
}
BODY_NOUNS = frozenset(_BODY_CLASS)
_BODY_CLASSES = frozenset(_BODY_CLASS.values())
# Words before a body's noun that say what it is like, not which body it is.
_NO_REMIT = frozenset(
    "new newly powerful influential relevant respective competent current former own same"
    " various several responsible so-called special independent joint its his her their our"
    " whose which what".split()
)
_NOT_A_REMIT = STOP | NEUTRAL_MODIFIERS | _NO_REMIT | set(COUNT_WORDS) | set(UNITS_SMALL)
_NOT_A_REMIT |= set(TENS)
_REMIT_WORD = re.compile(r"[a-z][a-z-]*[a-z]")
# The body's noun itself, whole and in lower case: not the start of "court-appointed".
_NOUN = re.compile(r"[a-z]+(?![\w'’-])|[a-z]+(?=['’]s\b)")
_MOST_WORDS = 3
# A remit after the noun: "the ministry of finance", "the department of justice".
_OF_REMIT = re.compile(r" of ((?:[a-z][a-z-]*[a-z] ?){1,2})")


def lower_bodies(scan: Scan) -> list[Item]:
    """The lower-case names of bodies in ``scan``'s regions, each with its remit (found
    once a text: the quick test of names asks before the inventory does)."""
    found = scan.memo.get("lower_bodies")
    if found is None:
        found = scan.memo["lower_bodies"] = _lower_bodies(scan)
    return found  # type: ignore[return-value]


def _lower_bodies(scan: Scan) -> list[Item]:
    text, out = scan.text, []
    for at in scan.positions(BODY_NOUNS):
        noun = _NOUN.match(text, at)
        if noun is None:
            continue  # capitalised ("Finance Ministry": a name's own run) or a compound
        start = _remit_start(text, at)
        end = noun.end()
        if start == at:
            after = _OF_REMIT.match(text, end)
            words = after.group(1).split() if after is not None else []
            while words and words[-1] in _NOT_A_REMIT:
                words.pop()
            if not words or words[0] in _NOT_A_REMIT:
                continue  # "the ministry", "the court of the city"
            end = after.start(1) + len(" ".join(words)) if after is not None else end
        phrase = text[start:end]
        named = text[start:at] + _BODY_CLASS[noun.group()] + text[noun.end() : end]
        out.append(Item(FlagKind.NAME, start, end, phrase, name_key(named.title())))
    return out


def bodies_against_bodies(xs: list[Item], ys: list[Item]) -> tuple[list[Item], list[Item]]:
    """Left-over names ``xs`` and ``ys`` without the bodies named in lower case on a side
    where the other side has no body left over: "the military intelligence agency"
    against "GUR" may be the same body spelled as an acronym, so only a body against a
    body ("the defence ministry" / "the Interior Ministry") is a name replaced."""
    if not _bodies_in(xs) or not _bodies_in(ys):
        xs = [x for x in xs if not _lower_body(x)]
        ys = [y for y in ys if not _lower_body(y)]
    return xs, ys


def _lower_body(item: Item) -> bool:
    """Whether a name is a body's, all in lower case ("former Prime Minister Imran Khan"
    opens in lower case too)."""
    return item.text.islower() and not BODY_NOUNS.isdisjoint(item.text.split())


def _bodies_in(items: list[Item]) -> bool:
    return any(not _BODY_CLASSES.isdisjoint(x.key) for x in items)


def _remit_start(text: str, at: int) -> int:
    """Where the remit words before a body's noun at ``at`` begin (``at`` if none): up to
    three lower-case words, one space apart, none a function word or a size."""
    start = at
    for _ in range(_MOST_WORDS):
        if start < 2 or text[start - 1] != " ":
            break
        word_start = start - 1
        while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "-"):
            word_start -= 1
        word = text[word_start : start - 1]
        if not _REMIT_WORD.fullmatch(word) or _NOT_A_REMIT.intersection(
            (word, word.split("-", 1)[0])
        ):
            break  # "the ministry", "a three-member committee"
        start = word_start
    return start
