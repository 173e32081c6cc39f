"""A match's score as one fact: "2-1", "a goalless draw", "2-nil", "nil-all".

Counted apart, "a goalless draw" retold "a 0-0 draw" read as two zeros added, and "2-1"
became two numbers that could each match any other 1 or 2 of the pair. A score is the
pair of counts, whichever comes first (outlets write the winner's or the home side's
first): "2-1" is "1-2", "goalless" is "0-0", "2-0" is no "2-1". Two counts joined by a
dash are a score only in a match's words ("won 2-1", "a 2-1 win"), a vote's ("voted
7-2", "a 6-3 ruling": a tally is one fact too) or between two teams' names ("Arsenal 2-1
Chelsea", whose order facts_results compares); elsewhere "10-15" is a range and stays two
numbers.
"""

from __future__ import annotations

import re

from viewer.engine.facts_joining import join_adjacent
from viewer.engine.facts_lexicon import UNITS_SMALL, alternation
from viewer.engine.facts_number_match import without_move
from viewer.engine.facts_numbers import Item
from viewer.engine.facts_results import between_names
from viewer.engine.facts_scan import Scan
from viewer.engine.model import FlagKind

__all__ = ["SCORE_WORDS", "settled_by_tally", "with_scores"]

# Words that are a score by themselves or with a count ("2-nil").
SCORE_WORDS = frozenset({"goalless", "scoreless", "nil"})
_NO_GOALS = re.compile(r"goalless|scoreless")
# "2-nil", "four-nil", "nil-nil": the count may be a word, up to ten.
_GOAL_WORDS = {w: n for w, n in UNITS_SMALL.items() if 0 < n <= 10}
_COUNT = rf"\d{{1,2}}|{alternation(_GOAL_WORDS)}"
_NIL = re.compile(rf"\b(?:({_COUNT})[-– ]nil|nil[-–]({_COUNT})|nil[-–](?:nil|all))\b")
_DASH = re.compile(r"[ \u00a0]?[-–—][ \u00a0]?")
_VOTE_WORDS = r"voted|votes?|voting|ruled"
_MATCH_BEFORE = re.compile(
    r"\b(?:won|wins?|winning|beat|beats|beating|lost|lose|loses|losing|drew|draws?|defeated"
    r"|defeats?|victory|led|leads?|leading|trail|trails|trailed|trailing|ended|finished|thrashed"
    r"|edged|hammered|routed|scoreline|score|aggregate|(?:made|make|makes|making) it"
    r"|front|level|ahead|behind"  # "back in front at 24-23"
    rf"|{_VOTE_WORDS})\b"  # "voted 7-2", "ruled 5-4"
    r"[^.!?;]{0,25}$"  # digits may stand between: "won 6-3, 6-4"
)
_MATCH_AFTER = re.compile(
    r"(?:,?[ \u00a0]+\d{1,3}[-–]\d{1,3})*"  # the sets of a match: "a 6-3, 6-4 win"
    # "a 3-2 extra-time victory", "a narrow 1-0 home win"
    r"[ \u00a0]+(?:(?:home|away|[a-z]+-[a-z]+|narrow|dramatic|stunning|comfortable|shock|surprise"
    r"|convincing|emphatic|famous|late)[ \u00a0]+){0,2}"
    r"(?:win|wins|victory|defeat|draw|loss|lead|scoreline"
    r"|thrashing|triumph|rout|on[ \u00a0]+aggregate|at[ \u00a0]+half-?time|after[ \u00a0]+extra"
    r"|vote|votes|ruling|decision|majority|margin"  # "a 7-2 vote", "a 6-3 ruling"
    r"|up|down|ahead|behind)\b"  # "17-9 up at the interval"
)
# A tally told with "to" after a vote's words ("voted 7 to 2", "by a vote of 68 to 32"), or
# with "votes" in it ("by 68 votes to 32", "voted seven votes to two").
_TO = re.compile(r"[ \u00a0]+(?:(votes?)[ \u00a0]+)?to[ \u00a0]+")
_VOTE_BEFORE = re.compile(rf"\b(?:{_VOTE_WORDS})(?:[ \u00a0]+(?:of|by))?[ \u00a0]+$")
_MAX_GOALS = 200  # a cricket or basketball score, not a year
# Ukrainian and Russian write a score with a colon ("6:4, 7:5", "2:1"), which a clock time
# also has: only in a match's words ("обіграла", "з рахунком", "победил", "со счётом").
_COLON = re.compile(r"[ \u00a0]?:[ \u00a0]?")
_CYRILLIC_MATCH_BEFORE = re.compile(
    r"(?:обіграл|обіграв|переміг|перемогл|перемог|програв|програл|поразк|нічи|рахун|сет"
    r"|обыграл|победил|победа|победу|проиграл|поражени|ничь|сч[её]т|матч|фінал|финал)"
    r"[^.!?;]{0,60}$"
)


def with_scores(scan: Scan, numbers: list[Item]) -> list[Item]:
    """``numbers`` (sorted) with scores made one fact each; score words found in the
    scan's regions are added."""

    def join(prev: Item, item: Item) -> Item | None:
        if not _joined_as_score(scan, prev, item):
            return None
        pair = tuple(sorted((int(prev.key[1]), int(item.key[1]))))
        start = _digits_start(prev)  # "lost 1-2": the way is no part of the score
        text = scan.text[start : item.end]
        return Item(FlagKind.NUMBER, start, item.end, text, ("score", pair, ""))

    out = join_adjacent(numbers, join)
    words = _score_words(scan)
    if not words:
        return out
    kept = [f for f in out if not any(w.start < f.end and f.start < w.end for w in words)]
    return sorted(kept + words, key=lambda f: (f.start, f.end))


def _bare_count(item: Item, words: bool = False) -> bool:
    """A count with no unit, no bound and no fraction, in digits (or, with ``words``, in
    a number word: "voted seven to two")."""
    key = item.key
    last = item.text.split()[-1]
    return (
        key[0] == "num"
        and not key[2]
        and not without_move(key[3])  # "lost 1-2" has a way, no bound
        and float(key[1]).is_integer()
        and 0 <= key[1] < _MAX_GOALS
        and (last.isdigit() or (words and last.isalpha()))
    )


def _digits_start(item: Item) -> int:
    """Where a count's last word (its digits, or "seven") begins: its span may open with
    the way it moved ("lost 1")."""
    return item.end - len(item.text.split()[-1])


def _joined_as_score(scan: Scan, first: Item, second: Item) -> bool:
    """Whether two counts joined by a dash (in Ukrainian and Russian, a colon) are a
    score: in a match's words."""
    if to := _TO.fullmatch(scan.low, first.end, second.start):  # "voted 7 to 2"
        start = _digits_start(first)
        return (
            _bare_count(first, words=True)
            and _bare_count(second, words=True)
            and (
                to.group(1) is not None
                or bool(_VOTE_BEFORE.search(scan.low, max(0, start - 30), start))
            )
        )
    if not (_bare_count(first) and _bare_count(second)):
        return False
    low, start = scan.low, _digits_start(first)
    if _COLON.fullmatch(scan.text, first.end, second.start):
        return scan.has_cyrillic() and bool(
            _CYRILLIC_MATCH_BEFORE.search(low, max(0, start - 80), start)
        )
    if not _DASH.fullmatch(scan.text, first.end, second.start):
        return False
    return bool(
        _MATCH_BEFORE.search(low, max(0, start - 40), start)
        or _MATCH_AFTER.match(low, second.end)
        or between_names(scan.text, start, second.end)  # "Arsenal 2-1 Chelsea"
    )


def _score_words(scan: Scan) -> list[Item]:
    """ "goalless", "scoreless", "2-nil", "nil-nil" where the scan looks for facts."""
    found: list[Item] = []
    if "goalless" not in scan.low and "scoreless" not in scan.low and "nil" not in scan.low:
        return found  # a plain search is far cheaper than looking up words
    for at in scan.positions(SCORE_WORDS):
        if (no_goals := _NO_GOALS.match(scan.low, at)) is not None:
            end = no_goals.end()
            found.append(Item(FlagKind.NUMBER, at, end, scan.text[at:end], ("score", (0, 0), "")))
            continue
        m = _NIL.search(scan.low, max(0, at - 6), at + 9)  # "seven-nil", "nil-seven"
        if m is None or not m.start() <= at < m.end() or any(f.start == m.start() for f in found):
            continue
        count = m.group(1) or m.group(2) or "0"
        goals = int(count) if count.isdigit() else _GOAL_WORDS[count]
        key = ("score", tuple(sorted((0, goals))), "")
        found.append(Item(FlagKind.NUMBER, m.start(), m.end(), m.group(), key))
    return found


def settled_by_tally(left: list[Item], right: list[Item]) -> tuple[list[Item], list[Item]]:
    """Left-over numbers without the tallies told on the other side as two counts: "by 86
    votes to 41" is "86 votes in favour and 41 against", "passed 52-48" is "52 votes to
    48" read as two counts. The two counts must both be left over there, as bare counts."""
    for scores, counts in ((left, right), (right, left)):
        for score in [x for x in scores if x.key[0] == "score"]:
            bare = [y for y in counts if _bare_count(y, words=True)]
            a, b = score.key[1]
            first = next((y for y in bare if y.key[1] == a), None)
            second = next((y for y in bare if y.key[1] == b and y is not first), None)
            if first is not None and second is not None:
                scores.remove(score)
                counts.remove(first)
                counts.remove(second)
    return left, right
