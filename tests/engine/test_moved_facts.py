"""Facts dropped from one pair and added to another: settled as moved, or as one change."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from viewer.engine import compare
from viewer.engine.compare import compare_documents
from viewer.engine.document import document_from_text
from viewer.engine.facts import find_flags
from viewer.engine.model import Comparison, FactSide, Flag, FlagKind
from viewer.engine.moved_facts import flagged_pairs, settle_moved_facts

# A game report retold: the lede takes the scorer's points from the second paragraph,
# whose other half ("14 in the fourth quarter") stays where it was.
GAME_LEFT = (
    "The Denver Nuggets beat the Phoenix Suns 118-109 on Thursday night at Ball Arena,"
    " extending their winning streak to seven games.",
    "Point guard Marcus Hale scored 34 points, including 14 in the fourth quarter, and added"
    " 11 assists. Center Ivo Petrović had 19 points and 15 rebounds.",
    "Phoenix led 61-52 at half-time behind 22 points from forward Darnell Price, but managed"
    " only 48 points after the break.",
)
GAME_RIGHT = (
    "Marcus Hale poured in {points} points as the Denver Nuggets stretched their winning run"
    " to seven games with a 118-109 victory over the Phoenix Suns at Ball Arena on Thursday"
    " night.",
    "The point guard scored 14 of them in the fourth quarter and handed out 11 assists, while"
    " center Ivo Petrović contributed 19 points and 15 rebounds.",
    "The Suns, powered by 22 points from forward Darnell Price, had been 61-52 ahead at"
    " half-time, but they scored only 48 points after the break.",
)
# A council story where a figure is dropped from one sentence and the same figure, about
# something else, is added to another: the sentences share nothing, so both flags stand.
COUNCIL_LEFT = (
    "The council approved 40 new homes on the edge of Millbrook on Monday, despite"
    " objections from residents.",
    "Residents said the plan ignored traffic on the narrow lanes around the village school.",
)
COUNCIL_RIGHT = (
    "The council approved new homes on the edge of Millbrook on Monday, despite objections"
    " from residents.",
    "Residents said the plan ignored traffic from 40 lorries a day on the narrow lanes around"
    " the village school.",
)


def _compare(left: tuple[str, ...], right: tuple[str, ...], swap: bool) -> Comparison:
    a, b = "\n\n".join(left), "\n\n".join(right)
    if swap:
        a, b = b, a
    return compare_documents(document_from_text(a, "l"), document_from_text(b, "r"))


def _number_flags(c: Comparison) -> list[tuple[int, str, str, FactSide]]:
    return [
        (k, f.left.text, f.right.text, f.held)
        for k, p in enumerate(c.pairs)
        for f in p.flags
        if f.kind is FlagKind.NUMBER
    ]


@pytest.mark.parametrize("swap", [False, True], ids=["forward", "swapped"])
@pytest.mark.parametrize(
    "points",
    [
        pytest.param("34", id="moved-as-it-was"),
        pytest.param("thirty-four", id="moved-written-in-words"),
    ],
)
def test_a_fact_moved_with_its_clause_to_another_pair_is_no_change(points: str, swap: bool) -> None:
    right = tuple(p.format(points=points) for p in GAME_RIGHT)
    c = _compare(GAME_LEFT, right, swap)
    assert len({(p.left, p.right) for p in c.pairs}) == 3  # the scorer's points cross pairs
    assert _number_flags(c) == []


@pytest.mark.parametrize("swap", [False, True], ids=["forward", "swapped"])
def test_a_fact_changed_on_its_way_to_another_pair_is_one_flag_across_the_two(
    swap: bool,
) -> None:
    right = tuple(p.format(points="43") for p in GAME_RIGHT)
    c = _compare(GAME_LEFT, right, swap)
    (flag,) = [f for p in c.pairs for f in p.flags]
    old, new = ("43 points", "34 points") if swap else ("34 points", "43 points")
    assert (flag.kind, flag.left.text, flag.right.text, flag.held) == (
        FlagKind.NUMBER,
        old,
        new,
        FactSide.BOTH,
    )
    assert flag.note == f"'{old}' becomes '{new}'"
    # Its spans lie in two pairs: listed with the first, each span in its own document.
    holder = next(k for k, p in enumerate(c.pairs) if flag in p.flags)
    left_pair = next(k for k, p in enumerate(c.pairs) if _holds(c, p.left, "left", flag))
    right_pair = next(k for k, p in enumerate(c.pairs) if _holds(c, p.right, "right", flag))
    assert left_pair != right_pair and holder == min(left_pair, right_pair)
    assert c.left.text[flag.left.start : flag.left.end] == old
    assert c.right.text[flag.right.start : flag.right.end] == new


@pytest.mark.parametrize("swap", [False, True], ids=["forward", "swapped"])
def test_both_pairs_of_a_flag_across_two_pairs_are_flagged_pairs(swap: bool) -> None:
    moved = _compare(GAME_LEFT, tuple(p.format(points="43") for p in GAME_RIGHT), swap)
    listed = {k for k, p in enumerate(moved.pairs) if p.flags}
    assert len(listed) == 1 and len(flagged_pairs(moved)) == 2 and listed < flagged_pairs(moved)
    council = _compare(COUNCIL_LEFT, COUNCIL_RIGHT, swap)
    assert flagged_pairs(council) == {k for k, p in enumerate(council.pairs) if p.flags}


def _holds(c: Comparison, ids: tuple[int, ...], side: str, flag: Flag) -> bool:
    doc, span = (c.left, flag.left) if side == "left" else (c.right, flag.right)
    return any(doc.blocks[i].start <= span.start < doc.blocks[i].end for i in ids)


@pytest.mark.parametrize("swap", [False, True], ids=["forward", "swapped"])
def test_a_figure_dropped_here_and_another_added_there_stays_flagged(swap: bool) -> None:
    c = _compare(COUNCIL_LEFT, COUNCIL_RIGHT, swap)
    held = {f[3] for f in _number_flags(c) if "40" in f[1] + f[2]}
    assert held == {FactSide.LEFT, FactSide.RIGHT}


STORIES = json.loads(
    (Path(__file__).parent / "data" / "fact_articles.json").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("story", STORIES[::25], ids=lambda s: s["id"])
def test_settling_keeps_the_pairs_and_only_ever_lowers_the_flags(
    story: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Settling replaces two one-sided flags by nothing or by one flag holding both, and
    touches nothing else: links, changes and every other flag stay."""
    left = document_from_text("\n\n".join(story["left"]), "l")
    right = document_from_text("\n\n".join(story["right"]), "r")
    monkeypatch.setattr(compare, "settle_moved_facts", lambda _l, _r, pairs, _f: tuple(pairs))
    raw = compare.compare_documents(left, right)
    settled = settle_moved_facts(raw.left, raw.right, raw.pairs, find_flags)
    assert [(p.left, p.right, p.changes) for p in settled] == [
        (p.left, p.right, p.changes) for p in raw.pairs
    ]
    before = {f for p in raw.pairs for f in p.flags}
    after = {f for p in settled for f in p.flags}
    gone, new = before - after, after - before
    assert all(f.held is not FactSide.BOTH for f in gone)
    assert all(f.held is FactSide.BOTH for f in new)
    assert len(gone) >= 2 * len(new)
