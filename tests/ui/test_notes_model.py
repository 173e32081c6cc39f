"""The notes model shows tag, quote and first line; the proxy filters by verdict tag."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from viewer.annotations.anchoring import make_anchor
from viewer.annotations.model import Note, Side
from viewer.ui.notes_model import NOTE_ROLE, Column, NotesModel, TagFilterProxy

pytestmark = pytest.mark.gui

TEXT = "The minister said the deficit was 3% of GDP. <b>Bold</b> claims follow."


def _note(body: str, tag: str, words: str, orphaned: bool = False, note_id: str = "") -> Note:
    start = TEXT.index(words)
    anchor = make_anchor(Side.LEFT, TEXT, start, start + len(words))
    return Note(body, tag, (anchor,), author="Ann", id=note_id or words, orphaned=orphaned)


NOTES = (
    _note("- **Changed** number\nmore", "Changed number", "deficit was 3%"),
    _note("", "", "minister said"),
    _note("Lost", "Misquote", "<b>Bold</b>", orphaned=True),
)


@pytest.mark.parametrize(
    ("row", "tag", "quote", "line"),
    [
        (0, "Changed number", "deficit was 3%", "Changed number"),
        (1, "—", "minister said", "(no text)"),
        (2, "Misquote", "⚠ <b>Bold</b>", "Orphaned: quote no longer in the text · Lost"),
    ],
)
def test_columns(qtbot, row: int, tag: str, quote: str, line: str) -> None:
    model = NotesModel()
    model.set_notes(NOTES, {"<b>Bold</b>": "quote no longer in the text"})
    assert model.index(row, Column.TAG).data() == tag
    assert model.index(row, Column.QUOTE).data() == quote
    assert model.index(row, Column.NOTE).data() == line
    assert model.index(row, Column.NOTE).data(NOTE_ROLE) is NOTES[row]


def test_tooltips_never_render_note_markup(qtbot) -> None:
    model = NotesModel()
    model.set_notes(NOTES)
    tip = model.index(2, Column.QUOTE).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;Bold&lt;/b&gt;" in tip and "<b>Bold</b>" not in tip


@pytest.mark.parametrize(
    ("tag", "rows"),
    [(None, 3), ("Misquote", 1), ("Changed number", 1), ("Fine", 0)],
)
def test_tag_filter(qtbot, tag: str | None, rows: int) -> None:
    model = NotesModel()
    model.set_notes(NOTES)
    proxy = TagFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_tag(tag)
    assert proxy.rowCount() == rows
    assert all(tag is None or proxy.index(r, 0).data(NOTE_ROLE).tag == tag for r in range(rows))


def test_row_of_and_headers(qtbot) -> None:
    model = NotesModel()
    model.set_notes(NOTES)
    assert model.row_of("minister said") == 1
    assert model.row_of("gone") == -1
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Verdict", "Quote", "Note"]


def test_preferences_keep_tags_page_size_and_a_private_recovery_folder(qtbot, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    from viewer.annotations.model import DEFAULT_TAGS
    from viewer.ui.preferences import Preferences, PreferencesDialog

    prefs = Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert prefs.tags == DEFAULT_TAGS
    assert prefs.recovery_folder() == tmp_path / "recovery"
    prefs.tags = ["Mine", " Mine ", "Other"]
    assert prefs.tags == ("Mine", "Other")
    prefs.settings.setValue("export/page_size", "Tabloid")
    assert prefs.page_size == "A4"
    dialog = PreferencesDialog(prefs)
    qtbot.addWidget(dialog)
    dialog.page_size.setCurrentText("Letter")
    dialog.accept()
    assert prefs.page_size == "Letter"
