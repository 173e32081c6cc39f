"""The CSV export: one row per note that survives any text a fact-checker types."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

import pytest

from tests.annotations.builders import sample_notes
from viewer.annotations.csv_export import COLUMNS, to_csv, write_csv


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def test_rows_round_trip_through_csv_reader() -> None:
    notes = sample_notes()
    header, *rows = _rows(to_csv(notes))
    assert tuple(header) == COLUMNS
    assert rows[0] == [
        "right",
        "deficit was 4%",
        "Changed number",
        notes[0].body,
        "Олена Петренко",
        "2024-05-03T09:30:15Z",
        "2024-05-04T17:00:00Z",
        "ok",
    ]
    assert rows[1][:4] == [
        "both",
        "дефіцит становить 3% ⟷ дефіцит становить 4%",
        "Misquote",
        'Comma, "quotes" and\na newline; <script>alert(1)</script>',
    ]
    assert (rows[2][0], rows[2][3], rows[2][7]) == ("left", "", "orphaned")
    assert len(rows) == 3


def test_no_notes_is_just_the_header() -> None:
    assert _rows(to_csv([])) == [list(COLUMNS)]


@pytest.mark.parametrize(
    ("body", "cell"),
    [
        ('=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'),
        ("+1 555", "'+1 555"),
        ("-5% in May", "'-5% in May"),
        ("@mention", "'@mention"),
        ("a = b", "a = b"),
        ("3-2", "3-2"),
    ],
)
def test_cells_that_spreadsheets_would_run_are_defused(body: str, cell: str) -> None:
    note = replace(sample_notes()[0], body=body)
    assert _rows(to_csv([note]))[1][3] == cell


def test_write_csv_has_bom_for_spreadsheets(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    write_csv(path, sample_notes())
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig") == to_csv(sample_notes())
