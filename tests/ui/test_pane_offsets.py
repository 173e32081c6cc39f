"""A pane's document offsets: hidden in a fold until asked for, then opened and selected."""

from __future__ import annotations

from viewer.annotations.model import Side
from viewer.engine.model import Comparison
from viewer.ui.pane_prep import pane_spec
from viewer.ui.text_pane import TextPane
from viewer.ui.theme import LIGHT


def _pane(qtbot, comparison: Comparison) -> TextPane:
    pane = TextPane(Side.LEFT)
    qtbot.addWidget(pane)
    pane.resize(600, 500)
    pane.show()
    pane.set_content(comparison.left, pane_spec(comparison, Side.LEFT))
    return pane


def _cruft_block(comparison: Comparison):
    return next(b for b in comparison.left.blocks if b.boilerplate)


def test_an_offset_in_a_fold_is_not_shown_until_selected(qtbot, features: Comparison) -> None:
    pane = _pane(qtbot, features)
    block = _cruft_block(features)
    assert pane.is_folded(block.id)
    assert pane.text_position(block.start) is None
    assert pane.block_of(block.start) == block.id
    assert pane.select_range(block.start, block.end)
    assert not pane.is_folded(block.id)
    assert pane.selected_range() == (block.start, block.end)
    assert pane.range_rects(block.start, block.end)


def test_find_matches_survive_a_rebuild(qtbot, features: Comparison) -> None:
    pane = _pane(qtbot, features)
    text = features.left.text
    start = text.index("three")
    pane.set_find_matches([(start, start + len("three"))], 0)
    assert len(pane.editor.extraSelections()) == 1
    pane.set_theme(LIGHT)  # a rebuild keeps what find matched
    assert len(pane.editor.extraSelections()) == 1
