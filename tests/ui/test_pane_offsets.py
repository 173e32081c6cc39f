"""A pane's document offsets: hidden in a fold until asked for, then opened and selected."""

from __future__ import annotations

from viewer.engine.model import Comparison
from viewer.ui.text_pane import TextPane
from viewer.ui.theme import LIGHT


def _cruft_block(comparison: Comparison):
    return next(b for b in comparison.left.blocks if b.boilerplate)


def test_an_offset_in_a_fold_shows_once_selected(pane: TextPane, features: Comparison) -> None:
    block = _cruft_block(features)
    assert pane.is_folded(block.id)
    assert pane.text_position(block.start) is None
    assert pane.block_of(block.start) == block.id
    assert pane.select_range(block.start, block.end)
    assert not pane.is_folded(block.id)
    assert pane.selected_range() == (block.start, block.end)
    assert pane.range_rects(block.start, block.end)


def test_find_matches_survive_a_rebuild(pane: TextPane, features: Comparison) -> None:
    text = features.left.text
    start = text.index("three")
    pane.set_find_matches([(start, start + len("three"))], 0)
    assert len(pane.editor.extraSelections()) == 1
    pane.set_theme(LIGHT)  # a rebuild keeps what find matched
    assert len(pane.editor.extraSelections()) == 1
