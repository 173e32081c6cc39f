"""Notes and their anchors, modelled on the W3C Web Annotation selectors."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import Enum

DEFAULT_TAGS: tuple[str, ...] = (
    "Added claim",
    "Omitted context",
    "Changed number",
    "Changed date",
    "Misquote",
    "Attribution changed",
    "Unsupported",
    "Fine",
)


class Side(Enum):
    """Which article an anchor points into."""

    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True, slots=True)
class TextQuoteSelector:
    """The annotated text itself, with a little context, so it can be found again after edits."""

    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True, slots=True)
class TextPositionSelector:
    """Character offsets into the document text the note was made on."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a note points: one side's text, by quote and by position."""

    side: Side
    quote: TextQuoteSelector
    position: TextPositionSelector


def _now() -> datetime:
    return datetime.now(UTC)


def new_note_id() -> str:
    """A stable, unique id; notes keep it across saves, exports and re-anchoring."""
    return uuid.uuid4().hex


@dataclass(frozen=True, slots=True)
class Note:
    """A fact-checker's verdict on a difference.

    ``anchors`` holds one anchor for a text selection or a paragraph, and one per side
    for a note on a link between paragraphs. ``orphaned`` is set when re-anchoring could
    not find the quote unambiguously: the note is then shown with its quote, never moved.
    """

    body: str
    tag: str
    anchors: tuple[Anchor, ...]
    author: str = ""
    id: str = field(default_factory=new_note_id)
    created: datetime = field(default_factory=_now)
    edited: datetime = field(default_factory=_now)
    orphaned: bool = False


def utc_timestamp(moment: datetime) -> str:
    """A note time as exchange formats want it: UTC, whole seconds, ``Z`` (naive means UTC)."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


LINK_JOINER = " ⟷ "


def quote_text(note: Note) -> str:
    """The annotated words, for lists and exports; a link note's two quotes are joined."""
    return LINK_JOINER.join(a.quote.exact for a in note.anchors)


def edit_note(
    note: Note, *, body: str | None = None, tag: str | None = None, now: datetime | None = None
) -> Note:
    """``note`` with a new body and/or tag and ``edited`` moved on; unchanged if nothing is.

    Going through here keeps ``edited`` honest: the notes panel and exports show it.
    """
    new_body = note.body if body is None else body
    new_tag = note.tag if tag is None else tag
    if (new_body, new_tag) == (note.body, note.tag):
        return note
    return replace(note, body=new_body, tag=new_tag, edited=now or _now())
