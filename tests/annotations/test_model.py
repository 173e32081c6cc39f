"""Small helpers on notes: quote text for lists, edits that keep ``edited`` honest."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from tests.annotations.builders import sample_notes
from viewer.annotations.model import edit_note, quote_text, utc_timestamp


def test_quote_text_joins_a_link_notes_quotes() -> None:
    single, link, _ = sample_notes()
    assert quote_text(single) == "deficit was 4%"
    assert quote_text(link) == "дефіцит становить 3% ⟷ дефіцит становить 4%"


@pytest.mark.parametrize(
    ("changes", "body", "tag"),
    [
        ({"body": "new text"}, "new text", "Changed number"),
        ({"tag": "Fine"}, None, "Fine"),
        ({"body": "x", "tag": "Misquote"}, "x", "Misquote"),
    ],
)
def test_edit_note_moves_edited(changes: dict, body: str | None, tag: str) -> None:
    note = sample_notes()[0]
    later = datetime(2025, 1, 1, tzinfo=UTC)
    edited = edit_note(note, now=later, **changes)
    assert edited.body == (note.body if body is None else body)
    assert edited.tag == tag
    assert (edited.edited, edited.created, edited.id) == (later, note.created, note.id)


def test_edit_without_change_keeps_the_note() -> None:
    note = sample_notes()[0]
    assert edit_note(note, body=note.body, tag=note.tag) is note
    assert edit_note(note) is note
    assert edit_note(note, body="changed").edited > note.edited


@pytest.mark.parametrize(
    ("moment", "text"),
    [
        (datetime(2024, 5, 3, 9, 30, 15, 999999, tzinfo=UTC), "2024-05-03T09:30:15Z"),
        (datetime(2024, 5, 3, 12, 0, tzinfo=timezone(timedelta(hours=3))), "2024-05-03T09:00:00Z"),
        (datetime(2024, 5, 3, 9, 0), "2024-05-03T09:00:00Z"),
    ],
)
def test_utc_timestamp(moment: datetime, text: str) -> None:
    assert utc_timestamp(moment) == text
