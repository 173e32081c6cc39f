"""Prepared pane data: flag marks, segments with badge room, and no Qt in the worker's part."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.ui.conftest import features_comparison
from viewer.annotations.model import Side
from viewer.assets import sample_pair
from viewer.engine.compare import compare_documents
from viewer.engine.document import load_document
from viewer.engine.facts import find_flags
from viewer.engine.model import Block, Comparison, FlagKind
from viewer.ui.links import link_index
from viewer.ui.pane_model import FlagMark, Segment, WordHighlight, WordKind
from viewer.ui.pane_prep import (
    block_segments,
    flag_marks,
    prepare_side,
    prepare_view_data,
    view_data,
)

B = Block(0, 10, 30, "x" * 20)
N, Q = FlagKind.NUMBER, FlagKind.QUOTE
R = WordKind.REWORDED_LEFT


def _flag(start: int, end: int, kind: FlagKind = N) -> FlagMark:
    return FlagMark(start, end, kind, 0, 0)


@pytest.mark.parametrize(
    ("words", "flags", "expected"),
    [
        ([], [], [Segment(10, 30)]),
        ([WordHighlight(12, 15, R)], [], [Segment(10, 12), Segment(12, 15, R), Segment(15, 30)]),
        (  # a flag inside a highlight: the char before it widened for one badge
            [WordHighlight(12, 20, R)],
            [_flag(14, 16)],
            [
                Segment(10, 12),
                Segment(12, 13, R),
                Segment(13, 14, R, badges=1),
                Segment(14, 16, R, N),
                Segment(16, 20, R),
                Segment(20, 30),
            ],
        ),
        (  # two flags at one place: room for two badges; the first keeps shared words
            [],
            [_flag(20, 22), _flag(20, 25, Q)],
            [
                Segment(10, 19),
                Segment(19, 20, badges=2),
                Segment(20, 22, flag=N),
                Segment(22, 25, flag=Q),
                Segment(25, 30),
            ],
        ),
        (  # at the block's start: an empty first segment asks for an indent
            [],
            [_flag(10, 12)],
            [Segment(10, 10, badges=1), Segment(10, 12, flag=N), Segment(12, 30)],
        ),
        (  # dropped words: an empty span still gets its badge
            [],
            [_flag(18, 18)],
            [Segment(10, 17), Segment(17, 18, badges=1), Segment(18, 30)],
        ),
    ],
)
def test_block_segments(
    words: list[WordHighlight], flags: list[FlagMark], expected: list[Segment]
) -> None:
    assert list(block_segments(B, words, flags)) == expected


@pytest.mark.parametrize("side", [Side.LEFT, Side.RIGHT])
def test_flag_marks_follow_the_flags(side: Side) -> None:
    comparison = features_comparison()
    flag = comparison.pairs[1].flags[0]
    span = flag.left if side is Side.LEFT else flag.right
    assert flag_marks(comparison, side) == (FlagMark(span.start, span.end, flag.kind, 1, 0),)


def test_prepared_data_is_remembered_for_the_view() -> None:
    comparison = features_comparison()
    data = prepare_view_data(comparison)
    assert view_data(comparison) is data
    assert view_data(features_comparison()) is not data  # an equal but new comparison
    segments = data.left.segments or {}
    assert segments[3]  # the flagged, reworded paragraph
    assert any(s.flag is N for s in segments[3])


def test_the_prepared_data_needs_no_qt() -> None:
    """The worker thread computes it: importing it must not pull Qt in."""
    code = (
        "import sys; import viewer.ui.pane_prep; "
        "sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


@pytest.fixture(scope="module")
def sample_flagged() -> Comparison:
    left, right = (load_document(str(p)) for p in sample_pair())
    return compare_documents(left, right, flag_finder=find_flags)


@settings(max_examples=30)
@given(data=st.data())
def test_data_derived_for_other_flags_is_the_data_worked_out_afresh(
    sample_flagged: Comparison, data: st.DataObject
) -> None:
    """A fact change dismissed or restored redoes only the changed pairs' blocks: the
    result must be what working everything out again gives."""
    base = sample_flagged
    prepare_view_data(base)
    places = [(p, i) for p, pair in enumerate(base.pairs) for i in range(len(pair.flags))]
    gone = set(data.draw(st.lists(st.sampled_from(places), unique=True)))
    pairs = tuple(
        replace(pair, flags=tuple(f for i, f in enumerate(pair.flags) if (p, i) not in gone))
        if any(q == p for q, _ in gone)
        else pair
        for p, pair in enumerate(base.pairs)
    )
    fewer = replace(base, pairs=pairs)
    derived = view_data(fewer)
    for side in Side:
        assert derived.side(side) == prepare_side(fewer, side)
    assert derived.links == link_index(fewer.pairs)
    assert view_data(base).side(Side.LEFT) == prepare_side(base, Side.LEFT)  # and back


def test_data_is_not_derived_across_other_changes() -> None:
    base = features_comparison()
    prepare_view_data(base)
    moved = replace(base, pairs=(replace(base.pairs[0], moved=not base.pairs[0].moved),))
    assert view_data(moved).left == prepare_side(moved, Side.LEFT)
