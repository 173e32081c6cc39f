"""One pane: highlights read back equal the engine's changes; strips fold and open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCharFormat

from tests.builders import make_doc
from viewer.annotations.model import Side
from viewer.engine.model import Comparison
from viewer.ui.highlighting import HIGHLIGHT_PROPERTY
from viewer.ui.pane_model import (
    FoldReason,
    WordHighlight,
    WordKind,
    fold_label,
    normalise,
    word_highlights,
)
from viewer.ui.pane_prep import pane_spec
from viewer.ui.text_pane import TextPane
from viewer.ui.theme import LIGHT


def _pane(qtbot, comparison: Comparison, side: Side, **filters: bool) -> TextPane:
    pane = TextPane(side)
    qtbot.addWidget(pane)
    pane.resize(600, 500)
    pane.show()
    doc = comparison.left if side is Side.LEFT else comparison.right
    pane.set_content(doc, pane_spec(comparison, side, **filters))
    return pane


def _format_at(pane: TextPane, offset: int) -> QTextCharFormat:
    position = pane.text_position(offset)
    assert position is not None
    block = pane.editor.document().findBlock(position + 1)
    it = block.begin()
    while not it.atEnd():
        frag = it.fragment()
        if frag.position() <= position < frag.position() + frag.length():
            return frag.charFormat()
        it += 1
    raise AssertionError(f"no fragment at {offset}")


@pytest.mark.parametrize("side", [Side.LEFT, Side.RIGHT])
def test_highlights_equal_the_changes(qtbot, features: Comparison, side: Side) -> None:
    pane = _pane(qtbot, features, side, show_cruft=True)
    expected = word_highlights(features, side)
    assert expected  # the fixture has changes on both sides
    assert pane.highlight_runs() == normalise(expected)


@pytest.mark.parametrize("side", [Side.LEFT, Side.RIGHT])
def test_sample_highlights_equal_the_engine_changes(
    qtbot, sample_comparison: Comparison, side: Side
) -> None:
    pane = _pane(qtbot, sample_comparison, side, show_cruft=True)
    assert pane.highlight_runs() == normalise(word_highlights(sample_comparison, side))


@pytest.mark.parametrize(
    ("side", "words", "kind", "strike", "underline"),
    [
        (Side.LEFT, "Delete me", WordKind.REMOVED, True, False),
        (Side.RIGHT, "here, now", WordKind.ADDED, False, True),
        (Side.LEFT, "three", WordKind.REWORDED_LEFT, False, True),
        (Side.RIGHT, "sources", WordKind.REWORDED_RIGHT, False, True),
        (Side.LEFT, "Officials", None, False, False),
    ],
)
def test_every_highlight_has_a_line_cue_besides_colour(
    qtbot,
    features: Comparison,
    side: Side,
    words: str,
    kind: WordKind | None,
    strike: bool,
    underline: bool,
) -> None:
    pane = _pane(qtbot, features, side)
    doc = features.left if side is Side.LEFT else features.right
    # The last word of ``words`` is the one checked (the others give it a unique context).
    fmt = _format_at(pane, doc.text.index(words) + len(words) - len(words.split()[-1]))
    assert fmt.property(HIGHLIGHT_PROPERTY) == (kind.value if kind else None)
    assert fmt.fontStrikeOut() is strike
    has_underline = fmt.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline
    assert has_underline is underline


def test_one_sided_paragraph_is_tinted(qtbot, features: Comparison) -> None:
    pane = _pane(qtbot, features, Side.LEFT)
    row = next(i for i, r in enumerate(pane.rows()) if r.block_ids == (4,))
    block = pane.editor.document().findBlockByNumber(row)
    assert block.blockFormat().background().color() == LIGHT.left_only_tint


def test_cruft_is_one_strip_that_opens_on_click(qtbot, features: Comparison) -> None:
    pane = _pane(qtbot, features, Side.LEFT)
    strip = pane.rows()[0]
    assert (strip.block_ids, strip.fold) == ((0, 1), FoldReason.CRUFT)
    first = pane.editor.document().firstBlock().text()
    assert first == "\u22ef  3 lines of page cruft \u2014 click to show"
    y0, y1 = pane.row_range(0)
    clicked: list[int] = []
    pane.block_clicked.connect(clicked.append)
    with qtbot.waitSignal(pane.layout_changed):
        qtbot.mouseClick(
            pane.editor.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(60, round((y0 + y1) / 2))
        )
    assert [r.fold for r in pane.rows()[:2]] == [None, None]
    assert pane.editor.document().firstBlock().text().startswith("Home | World")
    assert clicked == []  # opening a strip is not a paragraph click


def test_show_cruft_shows_every_block(qtbot, features: Comparison) -> None:
    pane = _pane(qtbot, features, Side.LEFT, show_cruft=True)
    assert all(r.fold is None for r in pane.rows())
    assert pane.editor.document().blockCount() == len(features.left.blocks)


@pytest.mark.parametrize(
    ("filters", "folded"),
    [
        ({"hide_identical": True}, {2}),  # moved and split identical paragraphs stay
        ({"only_one_sided": True}, {2, 3, 5, 6, 7}),
        ({"only_flagged": True}, {2, 4, 5, 6, 7}),
    ],
)
def test_filters_fold_behind_a_marker(
    qtbot, features: Comparison, filters: dict[str, bool], folded: set[int]
) -> None:
    pane = _pane(qtbot, features, Side.LEFT, show_cruft=True, **filters)
    hidden = {i for r in pane.rows() if r.fold is FoldReason.FILTERED for i in r.block_ids}
    assert hidden == folded
    strips = [b for b in _texts(pane) if "hidden by the filter" in b]
    assert strips and all("click to show" in s for s in strips)


def _texts(pane: TextPane) -> list[str]:
    out, block = [], pane.editor.document().begin()
    while block.isValid():
        out.append(block.text())
        block = block.next()
    return out


def test_offsets_survive_astral_characters(qtbot, features: Comparison) -> None:
    pane = _pane(qtbot, features, Side.RIGHT)
    text = features.right.text
    for word in ("with an emoji", "new closing", "Officials"):
        offset = text.index(word)
        position = pane.text_position(offset)
        assert position is not None
        assert pane.document_offset(position) == offset
        cursor = pane.editor.textCursor()
        cursor.setPosition(position)
        cursor.setPosition(position + len(word), cursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == word


def test_bad_and_empty_documents_do_not_crash(qtbot) -> None:
    pane = TextPane(Side.LEFT)
    qtbot.addWidget(pane)
    pane.set_content(None, None)
    assert pane.rows() == [] and pane.visible_block_ids() == []
    empty = make_doc("empty", [])
    pane.set_content(empty, pane_spec(Comparison(empty, empty, (), (), ()), Side.LEFT))
    assert pane.row_at(10) == -1 and pane.text_position(0) is None
    assert pane.grab().width() > 0


@pytest.mark.parametrize(
    ("texts", "reason", "label"),
    [
        (["a\nb", "c"], FoldReason.CRUFT, "3 lines of page cruft"),
        (["one"], FoldReason.CRUFT, "1 line of page cruft"),
        (["x", "y"], FoldReason.FILTERED, "2 paragraphs hidden by the filter"),
    ],
)
def test_fold_label(texts: list[str], reason: FoldReason, label: str) -> None:
    assert label in fold_label(texts, reason)


H = WordHighlight
R, A = WordKind.REMOVED, WordKind.ADDED


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ([], []),
        ([H(5, 9, R), H(0, 2, R)], [H(0, 2, R), H(5, 9, R)]),
        ([H(0, 2, R), H(2, 4, R)], [H(0, 4, R)]),  # touching, same kind: merged
        ([H(0, 2, R), H(2, 4, A)], [H(0, 2, R), H(2, 4, A)]),
        ([H(0, 5, R), H(3, 8, A)], [H(0, 5, R), H(5, 8, A)]),  # overlap: first keeps it
        ([H(0, 8, R), H(2, 4, A)], [H(0, 8, R)]),  # contained: dropped
    ],
)
def test_normalise(given: list[WordHighlight], expected: list[WordHighlight]) -> None:
    assert normalise(given) == expected


def test_a_long_title_is_cut_not_widening_the_pane(qtbot) -> None:
    title = " ".join(["A headline wider than any pane a reader would give it"] * 3)
    doc = make_doc("/some/where/article.txt", ["Body."], title=title)
    pane = TextPane(Side.LEFT)
    qtbot.addWidget(pane)
    pane.resize(300, 200)
    pane.show()
    pane.set_content(doc, pane_spec(Comparison(doc, doc, (), (), ()), Side.LEFT))
    assert pane.minimumSizeHint().width() < 300
    shown = pane.header.title
    assert shown.full_text() == title and shown.toolTip() == title
    assert shown.text().endswith("…") and len(shown.text()) < len(title)
    pane.resize(3000, 200)
    qtbot.waitUntil(lambda: shown.text() == title)  # given the room, all of it
