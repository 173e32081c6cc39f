"""Preferences persist in an ini file; bad values read as defaults; the dialog writes on OK."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from viewer.ui.comparison_view import ViewOptions
from viewer.ui.preferences import MAX_FONT, MAX_RECENT, MIN_FONT, Preferences, PreferencesDialog

pytestmark = pytest.mark.gui


def _prefs(path: Path) -> Preferences:
    return Preferences(QSettings(str(path), QSettings.Format.IniFormat))


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


def test_defaults_come_from_the_view_options(ini: Path) -> None:
    prefs = _prefs(ini)
    defaults = ViewOptions()
    assert prefs.font_point_size == defaults.font_point_size
    assert prefs.show_cruft is defaults.show_cruft
    assert prefs.wrap_width == defaults.wrap_width
    assert prefs.author_name == ""
    assert prefs.recent() == []
    assert prefs.geometry is None


def test_values_survive_a_restart(ini: Path) -> None:
    prefs = _prefs(ini)
    prefs.font_point_size = 14
    prefs.show_cruft = True
    prefs.wrap_width = 72
    prefs.author_name = "  Ana Ruiz "
    prefs.geometry = QByteArray(b"\x01\x02geometry")
    prefs.sync()
    again = _prefs(ini)
    assert (again.font_point_size, again.show_cruft, again.wrap_width) == (14, True, 72)
    assert again.author_name == "Ana Ruiz"
    assert bytes(again.geometry) == b"\x01\x02geometry"
    options = again.view_options(ViewOptions(hide_identical=True))
    assert options == ViewOptions(
        hide_identical=True, font_point_size=14, show_cruft=True, wrap_width=72
    )


@pytest.mark.parametrize(
    ("key", "raw", "attribute", "expected"),
    [
        ("view/font_point_size", "huge", "font_point_size", ViewOptions().font_point_size),
        ("view/font_point_size", "500", "font_point_size", MAX_FONT),
        ("view/font_point_size", "1", "font_point_size", MIN_FONT),
        ("view/wrap_width", "-3", "wrap_width", 0),
        ("view/show_cruft", "banana", "show_cruft", False),
        ("view/show_cruft", "true", "show_cruft", True),
    ],
)
def test_bad_or_out_of_range_values_read_safely(ini: Path, key, raw, attribute, expected) -> None:
    ini.write_text(f"[{key.split('/')[0]}]\n{key.split('/')[1]}={raw}\n", encoding="utf-8")
    assert getattr(_prefs(ini), attribute) == expected


def test_recent_comparisons_are_newest_first_unique_and_bounded(ini: Path) -> None:
    prefs = _prefs(ini)
    for i in range(MAX_RECENT + 3):
        prefs.add_recent(f"/a/left{i}.txt", f"/a/right{i}.txt")
    prefs.add_recent("/a/left5.txt", "/a/right5.txt")  # reopened: moves to the top
    prefs.sync()
    recent = _prefs(ini).recent()
    assert len(recent) == MAX_RECENT
    assert recent[0] == ("/a/left5.txt", "/a/right5.txt")
    assert recent[1] == (f"/a/left{MAX_RECENT + 2}.txt", f"/a/right{MAX_RECENT + 2}.txt")
    assert len(set(recent)) == MAX_RECENT
    prefs.clear_recent()
    assert _prefs(ini).recent() == []


def test_store_view_options_keeps_text_settings_but_not_filters(ini: Path) -> None:
    prefs = _prefs(ini)
    prefs.store_view_options(ViewOptions(font_point_size=15, hide_identical=True, show_cruft=True))
    assert prefs.view_options() == ViewOptions(font_point_size=15, show_cruft=True)


def test_dialog_writes_only_when_accepted(qtbot, ini: Path) -> None:
    prefs = _prefs(ini)
    dialog = PreferencesDialog(prefs)
    qtbot.addWidget(dialog)
    dialog.font_size.setValue(16)
    dialog.author.setText("Kim")
    dialog.reject()
    assert prefs.font_point_size == ViewOptions().font_point_size

    dialog = PreferencesDialog(prefs)
    qtbot.addWidget(dialog)
    dialog.font_size.setValue(16)
    dialog.wrap_width.setValue(80)
    dialog.show_cruft.setChecked(True)
    dialog.author.setText("Kim")
    dialog.accept()
    again = _prefs(ini)
    assert (again.font_point_size, again.wrap_width, again.show_cruft) == (16, 80, True)
    assert again.author_name == "Kim"
