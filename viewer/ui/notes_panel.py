"""The Notes dock: the list of notes, a verdict filter, and edit, delete and undo."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from viewer.ui.note_commands import NoteCommands
from viewer.ui.notes_controller import NotesController
from viewer.ui.notes_model import NOTE_ROLE, Column, TagFilterProxy

__all__ = ["ALL_TAGS", "NotesPanel"]

ALL_TAGS = "All verdicts"


class NotesPanel(QDockWidget):
    """Lists the controller's notes; a click shows a note's words, a double click edits it.

    Orphaned notes are listed with their quote and why they lost their place.
    """

    def __init__(
        self,
        controller: NotesController,
        commands: NoteCommands,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Notes", parent)
        self.setObjectName("notesDock")  # saveState needs a name
        self.controller = controller
        self.commands = commands
        self.proxy = TagFilterProxy(self)
        self.proxy.setSourceModel(controller.model)

        self.filter = QComboBox()
        self.filter.setObjectName("notesTagFilter")
        self.filter.setToolTip("Show the notes of one verdict")
        self.count = QLabel()
        self.table = QTableView()
        self.table.setObjectName("notesTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.TAG, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.QUOTE, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(Column.QUOTE, 170)

        self.edit_button = QPushButton("Edit…")
        self.delete_button = QPushButton("Delete")
        undo = QToolButton()
        undo.setDefaultAction(controller.undo)
        redo = QToolButton()
        redo.setDefaultAction(controller.redo)

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        bottom = QHBoxLayout()
        bottom.addWidget(self.edit_button)
        bottom.addWidget(self.delete_button)
        bottom.addStretch(1)
        bottom.addWidget(undo)
        bottom.addWidget(redo)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.setWidget(body)

        self.table.clicked.connect(self._on_clicked)
        self.table.activated.connect(self._on_clicked)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_current)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.filter.currentIndexChanged.connect(self._on_filter)
        controller.notes_changed.connect(self._refresh)
        self._refresh()

    def current_note_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        note = index.siblingAtColumn(0).data(NOTE_ROLE)
        return note.id if note is not None else None

    def select_note(self, note_id: str) -> bool:
        """Make a note the current row (if the filter shows it)."""
        row = self.controller.model.row_of(note_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.controller.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def edit_current(self) -> None:
        note_id = self.current_note_id()
        if note_id is not None:
            self.commands.edit(note_id)

    def delete_current(self) -> None:
        note_id = self.current_note_id()
        if note_id is not None:
            self.controller.delete_note(note_id)

    def _on_clicked(self, index: QModelIndex) -> None:
        note = index.siblingAtColumn(0).data(NOTE_ROLE)
        if note is not None:
            self.commands.jump_to(note.id)

    def _on_filter(self, _row: int) -> None:
        tag = self.filter.currentData()
        self.proxy.set_tag(tag if isinstance(tag, str) else None)
        self._update_count()

    def _refresh(self) -> None:
        """New notes or tags: rebuild the filter's choices, keep the chosen one."""
        chosen = self.proxy.tag()
        used = {n.tag for n in self.controller.notes() if n.tag}
        tags = [t for t in self.controller.tags if t in used] + sorted(
            used - set(self.controller.tags)
        )
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(ALL_TAGS, None)
        for tag in tags:
            self.filter.addItem(tag, tag)
        at = self.filter.findData(chosen) if chosen in used else 0
        self.filter.setCurrentIndex(max(at, 0))
        self.filter.blockSignals(False)
        self.proxy.set_tag(chosen if chosen in used else None)
        current = self.controller.marks.current()
        if current is not None:
            self.select_note(current)
        self._update_count()
        self._update_buttons()

    def set_tag_filter(self, tag: str | None) -> None:
        at = self.filter.findData(tag) if tag is not None else 0
        self.filter.setCurrentIndex(max(at, 0))

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.controller.model.rowCount()
        orphans = sum(n.orphaned for n in self.controller.notes())
        text = f"{shown} of {total}" if shown != total else f"{total} note(s)"
        self.count.setText(text + (f", {orphans} orphaned" if orphans else ""))

    def _update_buttons(self) -> None:
        has = self.current_note_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
