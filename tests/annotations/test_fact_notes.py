"""Notes on fact changes: drafted from a flag, or dismissing one (and its flag) exactly."""

from __future__ import annotations

import html
import re
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.export.builders import news_comparison
from tests.export.builders import span as export_span
from viewer.annotations.fact_notes import (
    KIND_TAGS,
    NOT_A_FACT_CHANGE,
    dismissal_note,
    dismissed_places,
    draft_for_flag,
    without_dismissed,
)
from viewer.annotations.model import DEFAULT_TAGS, Note, Side
from viewer.annotations.rendering import render_note_html
from viewer.engine.model import Comparison, Flag, FlagKind, Span

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


def _flagged() -> Comparison:
    """The export builders' news pair with a second flag: a date dropped on the right."""
    comparison = news_comparison()
    left, right = comparison.left, comparison.right
    reworded = comparison.pairs[0]
    at = right.text.index("on Monday") + len("on Monday")
    dropped = Flag(
        FlagKind.DATE, export_span(left, "on Monday"), Span(at, at, ""), "'on Monday' dropped"
    )
    pairs = (replace(reworded, flags=(*reworded.flags, dropped)), *comparison.pairs[1:])
    return replace(comparison, pairs=pairs)


def _dismiss(comparison: Comparison, index: int) -> Note:
    flag = comparison.pairs[0].flags[index]
    return dismissal_note(flag, comparison.left.text, comparison.right.text, "Ann")


def test_a_dismissal_is_a_note_on_the_flags_words_with_its_verdict() -> None:
    comparison = _flagged()
    number, date = (_dismiss(comparison, i) for i in (0, 1))
    assert (number.tag, number.author) == (NOT_A_FACT_CHANGE, "Ann")
    assert number.body == "**Fact change (number):** casualty count"
    assert [(a.side, a.quote.exact) for a in number.anchors] == [
        (Side.LEFT, "40"),
        (Side.RIGHT, "45"),
    ]
    assert [(a.side, a.quote.exact) for a in date.anchors] == [(Side.LEFT, "on Monday")]


@pytest.mark.parametrize("index", [0, 1])
def test_a_dismissal_takes_out_its_flag_and_nothing_else(index: int) -> None:
    comparison = _flagged()
    kept = comparison.pairs[0].flags[1 - index]
    shown = without_dismissed(comparison, [_dismiss(comparison, index)])
    assert shown.pairs[0].flags == (kept,)
    assert shown.pairs[1:] == comparison.pairs[1:]
    assert (shown.left, shown.right) == (comparison.left, comparison.right)


def _wider(note: Note) -> Note:
    a = note.anchors[0]
    position = replace(a.position, end=a.position.end + 1)
    return replace(note, anchors=(replace(a, position=position), *note.anchors[1:]))


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda n: replace(n, tag="Fine"), id="another-verdict"),
        pytest.param(lambda n: replace(n, orphaned=True), id="orphaned"),
        pytest.param(lambda n: replace(n, anchors=n.anchors[:1]), id="one-side-of-two"),
        pytest.param(_wider, id="more-words"),
        pytest.param(lambda n: replace(n, anchors=()), id="no-anchor"),
    ],
)
def test_only_a_note_on_exactly_the_flags_words_dismisses_it(change) -> None:
    comparison = _flagged()
    note = change(_dismiss(comparison, 0))
    assert without_dismissed(comparison, [note]).pairs[0].flags == comparison.pairs[0].flags


def test_without_dismissals_the_comparison_is_itself() -> None:
    comparison = _flagged()
    other = Note("fine", "Fine", _dismiss(comparison, 0).anchors)
    assert without_dismissed(comparison, [other]) is comparison
    assert dismissed_places([other]) == frozenset()
