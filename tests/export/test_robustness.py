"""Odd inputs never crash an export or lose text: broken pairs, stray anchors, empty articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.annotations.model import Anchor, Note, Side, TextPositionSelector, TextQuoteSelector
from viewer.engine.model import AlignedPair, Comparison, LinkKind
from viewer.export import ExportError, export_html
from viewer.export.files import checked_target
from viewer.export.layout import build_layout
from viewer.export.row_order import RowKind, order_rows

from .builders import make_doc, news_comparison
from .conftest import FIXED


def test_overlapping_pairs_and_unlisted_blocks_still_get_rows() -> None:
    left = make_doc("l", ["A one.", "B two.", "C three."])
    right = make_doc("r", ["A one.", "B two!"])
    pairs = (
        AlignedPair((0,), (0,), LinkKind.SAME, 1.0),
        AlignedPair((0, 1), (1,), LinkKind.REWORDED, 0.6),  # block 0 twice: an engine bug
    )
    rows = order_rows(Comparison(left, right, pairs, left_only=(), right_only=()), False)
    assert [(r.kind, r.left, r.right) for r in rows] == [
        (RowKind.PAIR, (0,), (0,)),
        (RowKind.PAIR, (0, 1), (1,)),
        (RowKind.LEFT_ONLY, (2,), ()),  # in no pair and no one-sided list: shown anyway
    ]


def test_ids_the_documents_lack_are_left_out_but_their_pair_keeps_its_row() -> None:
    left, right = make_doc("l", ["A one."]), make_doc("r", ["A one.", "B two."])
    pairs = (
        AlignedPair((0,), (0,), LinkKind.SAME, 1.0),
        AlignedPair((9,), (1,), LinkKind.REWORDED, 0.5),  # left id 9: an engine bug
        AlignedPair((7,), (8,), LinkKind.REWORDED, 0.5),  # nothing to draw: no row
    )
    comparison = Comparison(left, right, pairs, left_only=(), right_only=())
    rows = order_rows(comparison, False)
    assert [(r.kind, r.left, r.right) for r in rows] == [
        (RowKind.PAIR, (0,), (0,)),
        (RowKind.PAIR, (), (1,)),
    ]
    assert len(build_layout(comparison, [], FIXED).rows) == 2


def _note(side: Side, start: int, end: int, anchors: bool = True) -> Note:
    anchor = Anchor(side, TextQuoteSelector("x"), TextPositionSelector(start, end))
    return Note("body", "Fine", (anchor,) if anchors else ())


@pytest.mark.parametrize(
    ("note", "refs"),
    [
        (_note(Side.RIGHT, 10_000, 10_005), (("right", 4, 2),)),  # past the end: last block
        (_note(Side.LEFT, 0, 3), ()),  # inside left-out cruft
        (_note(Side.LEFT, 0, 0, anchors=False), ()),  # no anchor at all
    ],
)
def test_stray_anchors_keep_their_note(note: Note, refs) -> None:
    (endnote,) = build_layout(news_comparison(), [note], FIXED).endnotes
    assert endnote.refs == refs and endnote.body_html == "<p>body</p>"


def test_empty_articles_export(tmp_path: Path) -> None:
    empty = make_doc("empty.txt", [])
    comparison = Comparison(empty, empty, (), (), ())
    page = export_html(comparison, [], tmp_path / "e.html", FIXED).read_text("utf-8")
    assert "0 paragraphs, 0 words" in page


def _file_in(folder: Path) -> Path:
    (folder / "file").write_text("", encoding="utf-8")
    return folder / "file"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: tmp / "missing" / "x.pdf", "does not exist"),
        (lambda tmp: tmp, "it is a folder"),
        (lambda tmp: _file_in(tmp) / "x.pdf", "is not a folder"),
    ],
)
def test_checked_target_names_the_problem(tmp_path: Path, make, message: str) -> None:
    with pytest.raises(ExportError, match=message):
        checked_target(make(tmp_path))
