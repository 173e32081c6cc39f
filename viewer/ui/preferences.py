"""User preferences persisted with QSettings, and the small dialog that edits them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from viewer.annotations.model import DEFAULT_TAGS
from viewer.annotations.recovery import default_recovery_folder
from viewer.ui.comparison_view import MAX_FONT, MIN_FONT, ViewOptions

__all__ = ["MAX_FONT", "MIN_FONT", "Preferences", "PreferencesDialog"]

MAX_RECENT = 10
_DEFAULTS = ViewOptions()


def user_settings() -> QSettings:
    """The user's real settings file (an ini file, readable and easy to reset)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Crosscheck", "crosscheck"
    )


class Preferences:
    """Typed access to one QSettings store.

    Tests and ``--screenshot`` pass their own store (an ini file in a temporary folder)
    so they never read or write the user's settings; values of the wrong type read back
    as defaults instead of failing.
    """

    def __init__(self, settings: QSettings | None = None) -> None:
        self._own_store = settings is not None
        self.settings = settings if settings is not None else user_settings()

    def _int(self, key: str, default: int, low: int, high: int) -> int:
        try:
            value = int(self.settings.value(key, default))
        except (TypeError, ValueError):
            return default
        return min(max(value, low), high)

    def _bool(self, key: str, default: bool) -> bool:
        value = self.settings.value(key, default)
        if isinstance(value, str):
            return value.lower() in ("true", "1", "yes")
        return bool(value)

    @property
    def geometry(self) -> QByteArray | None:
        value = self.settings.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.settings.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self.settings.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self.settings.setValue("window/state", value)

    @property
    def font_point_size(self) -> int:
        return self._int("view/font_point_size", _DEFAULTS.font_point_size, MIN_FONT, MAX_FONT)

    @font_point_size.setter
    def font_point_size(self, value: int) -> None:
        self.settings.setValue("view/font_point_size", int(value))

    @property
    def show_cruft(self) -> bool:
        return self._bool("view/show_cruft", _DEFAULTS.show_cruft)

    @show_cruft.setter
    def show_cruft(self, value: bool) -> None:
        self.settings.setValue("view/show_cruft", bool(value))

    @property
    def wrap_width(self) -> int:
        """Characters per line; 0 wraps at the pane's width."""
        return self._int("view/wrap_width", _DEFAULTS.wrap_width, 0, 400)

    @wrap_width.setter
    def wrap_width(self, value: int) -> None:
        self.settings.setValue("view/wrap_width", int(value))

    @property
    def author_name(self) -> str:
        value = self.settings.value("notes/author", "")
        return value if isinstance(value, str) else ""

    @author_name.setter
    def author_name(self, value: str) -> None:
        self.settings.setValue("notes/author", value.strip())

    @property
    def tags(self) -> tuple[str, ...]:
        """The user's verdict tags, in their order; the defaults until they edit them."""
        value = self.settings.value("notes/tags")
        if isinstance(value, str):
            value = [value]  # QSettings gives a one-element list back as a plain string
        if not isinstance(value, list):
            return DEFAULT_TAGS
        tags = tuple(dict.fromkeys(t.strip() for t in value if isinstance(t, str) and t.strip()))
        return tags or DEFAULT_TAGS

    @tags.setter
    def tags(self, value: tuple[str, ...] | list[str]) -> None:
        self.settings.setValue("notes/tags", list(dict.fromkeys(t.strip() for t in value if t)))

    @property
    def page_size(self) -> str:
        """Paper of PDF exports: ``A4`` or ``Letter``."""
        value = self.settings.value("export/page_size", "A4")
        return value if value in ("A4", "Letter") else "A4"

    @page_size.setter
    def page_size(self, value: str) -> None:
        self.settings.setValue("export/page_size", value)

    def recovery_folder(self) -> Path:
        """Where notes are autosaved until saved for real.

        A store passed in (tests, ``--screenshot``) keeps its recovery files beside it, so
        those never read or write the user's; otherwise Qt's AppDataLocation is used.
        ``notes/recovery_folder`` in the settings overrides both.
        """
        value = self.settings.value("notes/recovery_folder")
        if isinstance(value, str) and value:
            return Path(value)
        if self._own_store:
            return Path(self.settings.fileName()).absolute().parent / "recovery"
        location = QStandardPaths.StandardLocation.AppDataLocation
        return default_recovery_folder(QStandardPaths.writableLocation(location) or None)

    def view_options(self, base: ViewOptions | None = None) -> ViewOptions:
        """``base`` with the persisted font size, cruft toggle and wrap width."""
        return replace(
            base or ViewOptions(),
            font_point_size=self.font_point_size,
            show_cruft=self.show_cruft,
            wrap_width=self.wrap_width,
        )

    def store_view_options(self, options: ViewOptions) -> None:
        """Persist the parts of the view options that should survive a restart.

        Filters are left out on purpose: a filter hiding most paragraphs must not greet
        the user at the next launch without them knowing why.
        """
        self.font_point_size = options.font_point_size
        self.show_cruft = options.show_cruft
        self.wrap_width = options.wrap_width

    def recent(self) -> list[tuple[str, str]]:
        """Recent comparisons, newest first, as (left path, right path)."""
        pairs = []
        count = self.settings.beginReadArray("recent")
        for i in range(count):
            self.settings.setArrayIndex(i)
            left, right = self.settings.value("left"), self.settings.value("right")
            if isinstance(left, str) and isinstance(right, str) and left and right:
                pairs.append((left, right))
        self.settings.endArray()
        return pairs

    def add_recent(self, left: str, right: str) -> None:
        pairs = [(left, right)] + [p for p in self.recent() if p != (left, right)]
        self._write_recent(pairs[:MAX_RECENT])

    def clear_recent(self) -> None:
        self._write_recent([])

    def _write_recent(self, pairs: list[tuple[str, str]]) -> None:
        self.settings.remove("recent")
        self.settings.beginWriteArray("recent", len(pairs))
        for i, (left, right) in enumerate(pairs):
            self.settings.setArrayIndex(i)
            self.settings.setValue("left", left)
            self.settings.setValue("right", right)
        self.settings.endArray()

    def sync(self) -> None:
        self.settings.sync()


class PreferencesDialog(QDialog):
    """Font size, wrap width, cruft, author name and paper size; written back only on OK."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self._preferences = preferences

        self.font_size = QSpinBox(minimum=MIN_FONT, maximum=MAX_FONT, suffix=" pt")
        self.font_size.setValue(preferences.font_point_size)
        self.wrap_width = QSpinBox(minimum=0, maximum=400, suffix=" characters")
        self.wrap_width.setSpecialValueText("Pane width")
        self.wrap_width.setValue(preferences.wrap_width)
        self.show_cruft = QCheckBox("Show page cruft expanded")
        self.show_cruft.setChecked(preferences.show_cruft)
        self.author = QLineEdit(preferences.author_name)
        self.author.setPlaceholderText("Shown on your notes")
        self.page_size = QComboBox()
        self.page_size.addItems(["A4", "Letter"])
        self.page_size.setCurrentText(preferences.page_size)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout(self)
        form.addRow("Font size:", self.font_size)
        form.addRow("Wrap lines at:", self.wrap_width)
        form.addRow("", self.show_cruft)
        form.addRow("Author name:", self.author)
        form.addRow("PDF paper size:", self.page_size)
        form.addRow(buttons)

    def accept(self) -> None:
        self._preferences.font_point_size = self.font_size.value()
        self._preferences.wrap_width = self.wrap_width.value()
        self._preferences.show_cruft = self.show_cruft.isChecked()
        self._preferences.author_name = self.author.text()
        self._preferences.page_size = self.page_size.currentText()
        self._preferences.sync()
        super().accept()
