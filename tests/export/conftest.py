"""Export fixtures: the bundled sample pair through the real engine, and two notes on it."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime

import pytest

from viewer.annotations.model import Note, Side
from viewer.assets import sample_pair
from viewer.engine.compare import compare_paths
from viewer.engine.model import Comparison
from viewer.export import ExportOptions

from .builders import note_on

FIXED = ExportOptions(exported_at=datetime(2026, 3, 1, 9, 30, tzinfo=UTC))
LEFT_SENTENCE = "secret talks with Russians believed to be close to the Kremlin"
RIGHT_SENTENCE = "whose purpose was to exchange ideas and improve communication"
NOTE_LEFT = "Left cites NBC for the 2023 talks"
NOTE_RIGHT = "Right calls it an unofficial dialogue"


@pytest.fixture(scope="session")
def sample() -> Comparison:
    left, right = sample_pair()
    return compare_paths(str(left), str(right))


def _body_text_with(comparison_side, phrase: str) -> str:
    """The phrase if it is in a body block (the engine may move cruft boundaries)."""
    for block in comparison_side.body_blocks():
        if phrase in block.text:
            return phrase
    raise AssertionError(f"sample pair changed: {phrase!r} is not in a body block")


@pytest.fixture(scope="session")
def sample_notes(sample: Comparison) -> list[Note]:
    left = _body_text_with(sample.left, LEFT_SENTENCE)
    right = _body_text_with(sample.right, RIGHT_SENTENCE)
    return [
        note_on(sample.left, Side.LEFT, left, f"**{NOTE_LEFT}**, see [NBC](https://nbc.com).",
                "Attribution changed"),
        note_on(sample.right, Side.RIGHT, right, f"{NOTE_RIGHT}.\n\n- first\n- second",
                "Added claim"),
    ]  # fmt: skip


needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdftoppm")),
    reason="poppler-utils (pdftotext, pdftoppm) is not installed",
)
