"""Builders for annotation tests: a small bilingual comparison with notes on both sides."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from viewer.annotations.anchoring import make_anchor
from viewer.annotations.comparison_file import ComparisonFile, SourceRecord
from viewer.annotations.model import Note, Side

LEFT_TEXT = (
    "Kyiv, 3 May (Reuters) - The minister said the deficit was 3% of GDP.\n\n"
    "Міністр фінансів заявив, що дефіцит становить 3%.\n\n"
    "Analysts expect growth of 2.1% next year."
)
RIGHT_TEXT = (
    "KYIV - The minister said the deficit was 4% of GDP, officials added.\n\n"
    "Міністр фінансів заявив, що дефіцит становить 4%.\n\n"
    "Growth is expected to reach 2.1% next year, analysts say."
)

# Two large, different, self-checking files for the killed-saver test.
PAYLOADS = (b"A" * 6_000_000 + b"\n", b"B" * 5_000_000 + b"\n")


def anchor_on(side: Side, text: str, quote: str, context: int = 32):
    """An anchor on the first occurrence of ``quote`` in ``text``."""
    start = text.index(quote)
    return make_anchor(side, text, start, start + len(quote), context=context)


def sample_notes() -> tuple[Note, ...]:
    t0 = datetime(2024, 5, 3, 9, 30, 15, 123456, tzinfo=UTC)
    t1 = datetime(2024, 5, 4, 17, 0, tzinfo=UTC)
    return (
        Note(
            body="Changed **number**: 3% became 4%.\nSee [Reuters](https://reuters.com/x).",
            tag="Changed number",
            anchors=(anchor_on(Side.RIGHT, RIGHT_TEXT, "deficit was 4%"),),
            author="Олена Петренко",
            id="sample-0",
            created=t0,
            edited=t1,
        ),
        Note(
            body='Comma, "quotes" and\na newline; <script>alert(1)</script>',
            tag="Misquote",
            anchors=(
                anchor_on(Side.LEFT, LEFT_TEXT, "дефіцит становить 3%"),
                anchor_on(Side.RIGHT, RIGHT_TEXT, "дефіцит становить 4%"),
            ),
            author="Ann",
            created=t0,
            edited=t0,
            id="sample-1",
        ),
        Note(
            body="",
            tag="Omitted context",
            anchors=(anchor_on(Side.LEFT, LEFT_TEXT, "Analysts expect"),),
            id="sample-2",
            created=t1,
            edited=t1,
            orphaned=True,
        ),
    )


def sample_comparison() -> ComparisonFile:
    loaded = datetime(2024, 5, 3, 9, 0, tzinfo=UTC)
    return ComparisonFile(
        left=SourceRecord(
            source="/home/ann/articles/reuters.txt",
            text=LEFT_TEXT,
            sha256="a" * 64,
            title="Deficit at 3% — Reuters",
            loaded=loaded,
            encoding="utf-8",
            format="text",
            byline="By Ann Smith",
            date="2024-05-03",
        ),
        right=SourceRecord(
            source="https://example.com/news/дефіцит?id=1&x=2",
            text=RIGHT_TEXT,
            sha256="b" * 64,
            title=None,
            loaded=loaded,
            encoding="windows-1251",
            format="html",
        ),
        notes=sample_notes(),
        view={"show_cruft": False, "hide_identical": True, "zoom": 1.25, "panes": [1, 2]},
        tags=("Added claim", "Changed number", "Misquote", "Omitted context", "Своя мітка"),
        saved=datetime(2024, 5, 4, 18, 0, tzinfo=UTC),
        app_version="0.1.0",
    )


def numbered_note(i: int) -> Note:
    """The ``i``-th note of a deterministic series (crash tests rebuild it to compare)."""
    moment = datetime(2024, 5, 3, tzinfo=UTC)
    return Note(
        body=f'Note {i}: «перевірити» цифру, "quoted", line\nbreak',
        tag="Changed number",
        anchors=(anchor_on(Side.LEFT, LEFT_TEXT, "deficit was 3%"),),
        author="Ann",
        id=f"note-{i:05d}",
        created=moment,
        edited=moment,
    )


def large_comparison(repeat: int = 8000) -> ComparisonFile:
    """The sample comparison with a left text of about 1.5 MB, to make saves take a while."""
    cf = sample_comparison()
    return replace(cf, left=replace(cf.left, text=cf.left.text * repeat))
