"""Re-anchoring: notes follow their exact quote or become orphans, never look-alikes."""

from __future__ import annotations

import doctest

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.annotations.builders import anchor_on
from viewer.annotations import anchoring
from viewer.annotations.anchoring import (
    AnchorStatus,
    make_anchor,
    reanchor_notes,
    resolve,
    resolve_note,
)
from viewer.annotations.model import Note, Side

QUOTE = "the deficit was 3%"
ORIGINAL = (
    "First paragraph about the budget.\n\n"
    "The minister said the deficit was 3% of output.\n\n"
    "Closing words."
)
OK, MOVED, ORPHANED = AnchorStatus.OK, AnchorStatus.MOVED, AnchorStatus.ORPHANED
SAME_CONTEXT_TWICE = "Intro.\n\n" + ORIGINAL + "\n\n" + ORIGINAL
OTHER_CONTEXT_TOO = "Intro.\n\n" + ORIGINAL + "\n\nA rival claimed the deficit was 3% of all."


def _first(text: str) -> int:
    return text.index(QUOTE)


@pytest.mark.parametrize(
    ("new_text", "status", "start", "reason"),
    [
        pytest.param(ORIGINAL, OK, _first(ORIGINAL), "unchanged", id="unchanged"),
        pytest.param(
            ORIGINAL + "\n\nAnother one: the deficit was 3% again.",
            OK,
            _first(ORIGINAL),
            "unchanged",
            id="unchanged-with-copy-later",
        ),
        pytest.param(
            "An inserted paragraph, forty characters.\n\n" + ORIGINAL,
            MOVED,
            _first(ORIGINAL) + 42,
            "found the quote",
            id="shifted-by-paragraph",
        ),
        pytest.param(
            ORIGINAL[:20] + ORIGINAL[40:],
            MOVED,
            _first(ORIGINAL) - 20,
            "text around it changed",
            id="shifted-and-prefix-edited",
        ),
        pytest.param(
            ORIGINAL.replace("budget.", "Budget!"),
            OK,
            _first(ORIGINAL),
            "text around it changed",
            id="same-place-context-edited",
        ),
        pytest.param(
            ORIGINAL.replace("3%", "4%"),
            ORPHANED,
            None,
            "quote no longer in the text",
            id="quote-edited",
        ),
        pytest.param(
            ORIGINAL.replace("The minister said the", "The minister said a"),
            ORPHANED,
            None,
            "quote no longer in the text",
            id="look-alike-not-taken",
        ),
        pytest.param(
            SAME_CONTEXT_TWICE,
            ORPHANED,
            None,
            "quote appears 2 times (twice with its context)",
            id="twice-same-context",
        ),
        pytest.param(
            OTHER_CONTEXT_TOO,
            MOVED,
            _first(OTHER_CONTEXT_TOO),
            "its context picks one",
            id="twice-context-disambiguates",
        ),
        pytest.param(
            "X said the deficit was 3% here. Y said the deficit was 3% there.",
            ORPHANED,
            None,
            "quote appears 2 times (none with its context)",
            id="twice-neither-in-context",
        ),
        pytest.param("", ORPHANED, None, "quote no longer in the text", id="empty-text"),
        pytest.param(
            "Totally different words: the deficit was 3% last spring.",
            ORPHANED,
            None,
            "quote found once, but in other words",
            id="short-quote-in-another-sentence",
        ),
        pytest.param(
            "the deficit was 3%",
            ORPHANED,
            None,
            "quote found once, but in other words",
            id="text-shrank-to-short-quote",
        ),
    ],
)
def test_resolve(new_text: str, status: AnchorStatus, start: int | None, reason: str) -> None:
    anchor = anchor_on(Side.LEFT, ORIGINAL, QUOTE)
    found = resolve(anchor, new_text)
    assert found.status is status
    assert reason in found.reason
    assert found.start == start
    if start is None:
        assert found.end is None and not found.found
    else:
        assert found.end == start + len(QUOTE)
        assert new_text[found.start : found.end] == QUOTE


def test_quote_near_the_top_still_agrees_when_text_is_added_before() -> None:
    text = "Short. the deficit was 3% and more"
    anchor = anchor_on(Side.RIGHT, text, QUOTE)
    assert anchor.quote.prefix == "Short. "
    new_text = "Short. the deficit was 3% elsewhere.\n\n" + text
    found = resolve(anchor, new_text)
    assert (found.status, found.start) == (MOVED, new_text.rindex(QUOTE))


def test_overlapping_occurrences_are_counted() -> None:
    anchor = make_anchor(Side.LEFT, "xaaay", 1, 3, context=1)
    found = resolve(anchor, "zaaaz")
    assert found.status is ORPHANED
    assert "2 times" in found.reason


@pytest.mark.parametrize(
    ("old", "quote", "new", "status"),
    [
        ("He said 3% today.", "3%", "She wrote 3% then.", ORPHANED),
        ("He said 3% today.", "3%", "Later. He said 3% then.", MOVED),
        ("He said 3% today.", "3%", "Now 3% today.", MOVED),
        (
            "X: the minister said the deficit grew fast. Y",
            "the minister said the deficit grew fast.",
            "Other words. the minister said the deficit grew fast.\nAnother",
            MOVED,
        ),
    ],
)
def test_a_short_quote_found_once_must_keep_nearby_context(
    old: str, quote: str, new: str, status: AnchorStatus
) -> None:
    found = resolve(anchor_on(Side.LEFT, old, quote), new)
    assert found.status is status
    if status is MOVED:
        assert new[found.start : found.end] == quote


@pytest.mark.parametrize(
    ("start", "end", "context"),
    [(3, 3, 32), (-1, 2, 32), (2, 1, 32), (0, 99, 32), (0, 2, -1)],
)
def test_make_anchor_rejects_bad_ranges(start: int, end: int, context: int) -> None:
    with pytest.raises(ValueError):
        make_anchor(Side.LEFT, "some text", start, end, context=context)


def test_make_anchor_takes_side_names_and_runs_its_doctest() -> None:
    assert make_anchor("right", "abc", 0, 1).side is Side.RIGHT
    assert doctest.testmod(anchoring).failed == 0


def _note(*anchors, orphaned: bool = False) -> Note:
    return Note(body="b", tag="Fine", anchors=anchors, orphaned=orphaned)


def test_reanchor_keeps_unchanged_notes_identical() -> None:
    note = _note(anchor_on(Side.LEFT, ORIGINAL, QUOTE))
    assert reanchor_notes([note], ORIGINAL, "")[0] is note


def test_reanchor_moves_and_refreshes_context() -> None:
    note = _note(anchor_on(Side.LEFT, ORIGINAL, QUOTE))
    new_left = "Breaking.\n\n" + ORIGINAL.replace("First", "The first")
    (moved,) = reanchor_notes([note], new_left, "")
    anchor = moved.anchors[0]
    assert (moved.id, moved.created, moved.edited, moved.body) == (
        note.id,
        note.created,
        note.edited,
        note.body,
    )
    assert not moved.orphaned
    assert anchor.position.start == new_left.index(QUOTE)
    assert anchor.quote.exact == QUOTE
    assert new_left[: anchor.position.start].endswith(anchor.quote.prefix)
    assert resolve(anchor, new_left).status is OK


def test_reanchor_link_note_orphaned_by_one_side_keeps_that_anchor() -> None:
    right = "Right side: the deficit was 3% indeed."
    left_anchor = anchor_on(Side.LEFT, ORIGINAL, QUOTE)
    right_anchor = anchor_on(Side.RIGHT, right, QUOTE)
    note = _note(left_anchor, right_anchor)
    (result,) = reanchor_notes([note], ORIGINAL, right.replace("3%", "5%"))
    assert result.orphaned
    assert result.anchors == (left_anchor, right_anchor)
    reasons = [r.reason for r in resolve_note(result, ORIGINAL, right.replace("3%", "5%"))]
    assert reasons == ["unchanged", "quote no longer in the text"]


def test_reanchor_clears_orphaned_when_the_quote_is_back() -> None:
    note = _note(anchor_on(Side.LEFT, ORIGINAL, QUOTE), orphaned=True)
    (result,) = reanchor_notes([note], ORIGINAL, "")
    assert not result.orphaned
    assert result.anchors == note.anchors


@st.composite
def _text_and_range(draw: st.DrawFn) -> tuple[str, int, int, int]:
    text = draw(st.text(alphabet="ab .\nжї", min_size=1, max_size=60))
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    return text, start, end, draw(st.integers(0, 40))


@given(_text_and_range())
def test_anchor_resolves_in_place_on_its_own_text(case: tuple[str, int, int, int]) -> None:
    text, start, end, context = case
    found = resolve(make_anchor(Side.LEFT, text, start, end, context=context), text)
    assert (found.status, found.start, found.end) == (OK, start, end)


@given(_text_and_range(), st.text(alphabet="ab .\nжї", max_size=60))
def test_a_found_anchor_always_points_at_its_exact_quote(
    case: tuple[str, int, int, int], new_text: str
) -> None:
    text, start, end, context = case
    anchor = make_anchor(Side.LEFT, text, start, end, context=context)
    found = resolve(anchor, new_text)
    if found.found:
        assert new_text[found.start : found.end] == anchor.quote.exact
    else:
        assert found.start is None
