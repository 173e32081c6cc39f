"""Notes drafted from fact changes: anchored on the changed words, the finding written in."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from viewer.annotations.fact_notes import KIND_TAGS, draft_for_flag
from viewer.annotations.model import DEFAULT_TAGS, Side
from viewer.annotations.rendering import render_note_html
from viewer.engine.model import Flag, FlagKind, Span

LEFT = "Officials said 3 people died in the fire on Monday."
RIGHT = "Officials said at least 22 people died in the fire, police may confirm."


def _span(text: str, words: str) -> Span:
    if not words:
        return Span(len(text), len(text), "")
    start = text.index(words)
    return Span(start, start + len(words), words)


def _flag(kind: FlagKind, left: str, right: str, note: str) -> Flag:
    return Flag(kind, _span(LEFT, left), _span(RIGHT, right), note)


@pytest.mark.parametrize(
    ("flag", "sides", "tag"),
    [
        pytest.param(
            _flag(FlagKind.NUMBER, "3", "at least 22", "'3' becomes 'at least 22'"),
            [(Side.LEFT, "3"), (Side.RIGHT, "at least 22")],
            "Changed number",
            id="both-sides",
        ),
        pytest.param(
            _flag(FlagKind.DATE, "on Monday", "", "'on Monday' dropped"),
            [(Side.LEFT, "on Monday")],
            "Changed date",
            id="dropped-left-only",
        ),
        pytest.param(
            _flag(FlagKind.CERTAINTY, "", "may", "'may' added"),
            [(Side.RIGHT, "may")],
            "",
            id="added-right-only-no-tag-for-hedges",
        ),
        pytest.param(
            _flag(FlagKind.NAME, "Officials", "police", "'Officials' becomes 'police'"),
            [(Side.LEFT, "Officials"), (Side.RIGHT, "police")],
            "",
            id="names-have-no-usual-verdict",
        ),
    ],
)
def test_a_draft_anchors_each_side_that_holds_words(
    flag: Flag, sides: list[tuple[Side, str]], tag: str
) -> None:
    draft = draft_for_flag(flag, LEFT, RIGHT, DEFAULT_TAGS)
    assert [(a.side, a.quote.exact) for a in draft.anchors] == sides
    for anchor in draft.anchors:
        text = LEFT if anchor.side is Side.LEFT else RIGHT
        assert text[anchor.position.start : anchor.position.end] == anchor.quote.exact
    assert draft.tag == tag
    assert draft.body.startswith(f"**Fact change ({flag.kind.value}):** ")
    assert draft.body.endswith("\n\n")  # room for the verdict


def test_each_kind_with_a_usual_verdict_names_a_default_tag() -> None:
    assert set(KIND_TAGS.values()) <= set(DEFAULT_TAGS)


def test_a_verdict_the_user_removed_is_never_brought_back() -> None:
    flag = _flag(FlagKind.NUMBER, "3", "at least 22", "'3' becomes 'at least 22'")
    tags = [t for t in DEFAULT_TAGS if t != "Changed number"]
    assert draft_for_flag(flag, LEFT, RIGHT, tags).tag == ""


def _shown(markdown_text: str) -> str:
    """The text a reader sees once the note's Markdown is rendered."""
    return html.unescape(re.sub(r"<[^>]+>", "", render_note_html(markdown_text)))


@given(st.text(alphabet="ab &;'\"*_`#[]()<>|~\\-.!", min_size=1, max_size=40))
def test_the_finding_is_shown_as_written(note: str) -> None:
    """Quoted asterisks, brackets or backslashes never turn into emphasis or links."""
    flag = Flag(FlagKind.QUOTE, Span(0, 3, LEFT[:3]), Span(0, 3, RIGHT[:3]), note)
    shown = _shown(draft_for_flag(flag, LEFT, RIGHT, DEFAULT_TAGS).body)
    assert " ".join(note.split()) in " ".join(shown.split())
