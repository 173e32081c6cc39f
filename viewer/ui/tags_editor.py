"""The verdict list editor: add, rename, remove, reorder the tags, or restore the defaults."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from viewer.annotations.model import DEFAULT_TAGS, edit_note

if TYPE_CHECKING:
    from viewer.ui.notes_controller import NotesController

__all__ = ["TagsEditor", "apply_tag_edits", "open_tags_editor"]

_ORIGINAL = Qt.ItemDataRole.UserRole  # the name the tag had when the dialog opened, or None
_SHOWN = Qt.ItemDataRole.UserRole + 1  # the last accepted name: an invalid edit goes back to it
_NEW = "New verdict"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count != 1 else ''}"


class TagsEditor(QDialog):
    """Edit the user's verdict list; read ``tags()``, ``renames()`` and ``retag()`` on OK.

    Nothing is stored here, so Cancel changes nothing. ``usage`` counts the open
    comparison's notes per tag: removing a tag they use warns that those notes keep their
    tag text; renaming one offers (checked) to rename it on those notes too. Every row
    remembers the name it started with, so a rename survives being moved or renamed again.
    """

    def __init__(
        self,
        tags: Sequence[str],
        usage: Mapping[str, int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Verdict Tags")
        self.setObjectName("tagsEditor")
        self._initial = tuple(dict.fromkeys(t.strip() for t in tags if t.strip()))
        self._usage = {tag: count for tag, count in (usage or {}).items() if count > 0}

        self.list = QListWidget()
        self.list.setObjectName("tagsList")
        self.list.setEditTriggers(
            QListWidget.EditTrigger.DoubleClicked
            | QListWidget.EditTrigger.EditKeyPressed
            | QListWidget.EditTrigger.SelectedClicked
        )
        for tag in self._initial:
            self.list.addItem(self._item(tag, tag))
        self.add_button = QPushButton("&Add")
        self.rename_button = QPushButton("Re&name")
        self.remove_button = QPushButton("&Remove")
        self.up_button = QPushButton("&Up")
        self.down_button = QPushButton("&Down")
        self.defaults_button = QPushButton("Restore &Defaults")
        self.problem = QLabel()
        self.problem.setObjectName("tagsProblem")
        self.warning = QLabel()
        self.warning.setObjectName("tagsWarning")
        self.retag_box = QCheckBox()
        self.retag_box.setChecked(True)
        for label in (self.problem, self.warning):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        side = QVBoxLayout()
        for button in (
            self.add_button,
            self.rename_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            side.addWidget(button)
        side.addStretch(1)
        side.addWidget(self.defaults_button)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("The verdicts offered in the note dialog, in this order:"))
        layout.addLayout(row, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.warning)
        layout.addWidget(self.retag_box)
        layout.addWidget(buttons)

        self.add_button.clicked.connect(self._add_clicked)
        self.rename_button.clicked.connect(self._rename_clicked)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.defaults_button.clicked.connect(self.restore_defaults)
        self.list.itemChanged.connect(self._item_changed)
        self.list.currentRowChanged.connect(lambda _row: self._update())
        if self.list.count():
            self.list.setCurrentRow(0)
        self._complain("")
        self._update()

    @staticmethod
    def _item(text: str, original: str | None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setData(_ORIGINAL, original)
        item.setData(_SHOWN, text)
        return item

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    # -- what the user decided --------------------------------------------------------

    def tags(self) -> tuple[str, ...]:
        return tuple(item.text() for item in self._items())

    def renames(self) -> dict[str, str]:
        """Old name to new name, for the tags the dialog started with that were renamed."""
        pairs = ((item.data(_ORIGINAL), item.text()) for item in self._items())
        return {old: new for old, new in pairs if old is not None and old != new}

    def removed(self) -> tuple[str, ...]:
        kept = {item.data(_ORIGINAL) for item in self._items()}
        return tuple(tag for tag in self._initial if tag not in kept)

    def retag(self) -> bool:
        """Whether renamed tags should follow on the notes that use them."""
        return self.retag_box.isChecked() and self._notes_renamed() > 0

    def _notes_renamed(self) -> int:
        return sum(self._usage.get(old, 0) for old in self.renames())

    # -- editing -------------------------------------------------------------------------

    def add_tag(self, name: str | None = None) -> QListWidgetItem | None:
        """Append a tag (a fresh placeholder name if none is given) and make it current."""
        name = (name or self._unused_name()).strip()
        if not self._acceptable(name, None):
            return None
        item = self._item(name, None)
        self.list.addItem(item)
        self.list.setCurrentItem(item)
        self._update()
        return item

    def _unused_name(self) -> str:
        taken = {t.casefold() for t in self.tags()}
        name, n = _NEW, 1
        while name.casefold() in taken:
            n += 1
            name = f"{_NEW} {n}"
        return name

    def rename_tag(self, row: int, name: str) -> bool:
        """Rename the tag at ``row`` as the in-place editor does; False if refused."""
        item = self.list.item(row)
        if item is None:
            return False
        item.setText(name)
        return item.text() == name.strip()

    def remove_current(self) -> None:
        """Remove the current tag; the last one stays (an empty list means the defaults)."""
        row = self.list.currentRow()
        if row < 0 or self.list.count() <= 1:
            return
        self.list.takeItem(row)
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self._update()

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def restore_defaults(self) -> None:
        """The shipped verdict list; tags that were already there keep their identity."""
        self.list.clear()
        for tag in DEFAULT_TAGS:
            self.list.addItem(self._item(tag, tag if tag in self._initial else None))
        self.list.setCurrentRow(0)
        self._complain("")
        self._update()

    def _add_clicked(self) -> None:
        item = self.add_tag()
        if item is not None:
            self.list.editItem(item)

    def _rename_clicked(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.list.editItem(item)

    def _acceptable(self, name: str, item: QListWidgetItem | None) -> bool:
        if not name:
            self._complain("A verdict needs a name.")
            return False
        others = {i.text().casefold() for i in self._items() if i is not item}
        if name.casefold() in others:
            self._complain(f"“{name}” is already in the list.")
            return False
        self._complain("")
        return True

    def _complain(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _item_changed(self, item: QListWidgetItem) -> None:
        """An edit in place: keep it (trimmed) if valid, else go back to the last name."""
        name = item.text().strip()
        accepted = name if self._acceptable(name, item) else item.data(_SHOWN)
        self.list.blockSignals(True)
        item.setText(accepted)
        item.setData(_SHOWN, accepted)
        self.list.blockSignals(False)
        self._update()

    def _update(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        self.rename_button.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0 and count > 1)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        used = [(tag, self._usage[tag]) for tag in self.removed() if tag in self._usage]
        if used:
            names = ", ".join(f"“{tag}” ({_plural(n, 'note')})" for tag, n in used)
            self.warning.setText(
                f"Removed, but used in this comparison: {names}. "
                "Those notes keep their verdict text."
            )
        else:
            self.warning.clear()
        self.warning.setVisible(bool(used))
        renamed = self._notes_renamed()
        self.retag_box.setText(f"Also rename the verdict on {_plural(renamed, 'note')} here")
        self.retag_box.setVisible(renamed > 0)


def apply_tag_edits(
    controller: NotesController,
    tags: Sequence[str],
    renames: Mapping[str, str] | None = None,
    retag: bool = False,
) -> int:
    """Store the edited list and, with ``retag``, rename tags on the open notes.

    The retagging is one step on the notes' undo stack; undoing it gives the notes their
    old tags back but leaves the list as edited (the list is a preference, not the work).
    Tags that only a saved comparison brought in stay offered with it. Returns how many
    notes were retagged.
    """
    previous = controller.preferences.tags
    controller.preferences.tags = tuple(tags)
    controller.preferences.sync()
    stored = controller.preferences.tags
    brought = [t for t in controller.tags if t not in previous and t not in (renames or {})]
    controller.tags = tuple(dict.fromkeys((*stored, *brought)))
    changed = 0
    if retag and renames:
        notes = controller.notes()
        after = tuple(edit_note(n, tag=renames[n.tag]) if n.tag in renames else n for n in notes)
        changed = sum(a is not b for a, b in zip(after, notes, strict=True))
        if changed:
            controller.replace_notes(after, "Rename Verdict")
    if not changed:
        controller.notes_changed.emit()  # the panel's filter lists tags in the new order
    return changed


def open_tags_editor(controller: NotesController) -> TagsEditor:
    """Open the editor on the user's list (non-blocking); OK applies it to ``controller``."""
    usage = Counter(n.tag for n in controller.notes() if n.tag)
    editor = TagsEditor(controller.preferences.tags, usage, controller.window)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.setWindowModality(Qt.WindowModality.WindowModal)
    editor.accepted.connect(
        lambda: apply_tag_edits(controller, editor.tags(), editor.renames(), editor.retag())
    )
    editor.open()
    return editor
