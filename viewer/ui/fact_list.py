"""The "Fact changes" list: one row per fact flag (kind, left, right, note); click to go there.

Right-click a row, or use the buttons above the list, to write a note on that change or
dismiss it (FactReview does both).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from viewer.engine.model import Comparison
from viewer.ui.fact_model import FactTableModel

__all__ = ["FactDock", "FactList"]


class FactList(QWidget):
    """A table of the comparison's fact changes, in reading order.

    Members:
      fact_activated(int): a row was clicked or chosen with the keyboard (its row number).
    """

    fact_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FactTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self)
        self.filter_button = QToolButton(self)
        self.filter_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.filter_button.hide()
        self.note_button, self.dismiss_button = QToolButton(self), QToolButton(self)
        self._review: tuple[QAction, ...] = ()
        self._dismissed = 0
        top = QHBoxLayout()
        top.setContentsMargins(4, 2, 4, 2)
        top.addWidget(self.summary, 1)
        for button in (self.note_button, self.dismiss_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.hide()
            top.addWidget(button)
        top.addWidget(self.filter_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.table.clicked.connect(self._on_chosen)
        self.table.activated.connect(self._on_chosen)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_menu)
        self._show_summary()

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.model.set_comparison(comparison)
        self._show_summary()

    def set_dismissed(self, count: int) -> None:
        """Say how many fact changes the reader dismissed (they are not listed)."""
        self._dismissed = count
        self._show_summary()

    def set_filter_action(self, action: QAction) -> None:
        """Offer the "only flagged pairs" filter right above the list."""
        self.filter_button.setDefaultAction(action)
        self.filter_button.show()

    def set_review_actions(self, note: QAction, dismiss: QAction) -> None:
        """Offer a note on the chosen fact change, and its dismissal, above the list and
        on each row's menu."""
        self._review = (note, dismiss)
        for button, action in ((self.note_button, note), (self.dismiss_button, dismiss)):
            button.setDefaultAction(action)
            button.show()

    def context_menu(self, point: QPoint) -> QMenu | None:
        """The menu of the row at ``point`` (viewport coordinates), which it first goes to.

        None off the rows: there is no fact change to act on there.
        """
        index = self.table.indexAt(point)
        if not index.isValid():
            return None
        row = index.row()
        self.fact_activated.emit(row)
        menu = QMenu(self)
        menu.addAction("&Go to Fact Change", lambda: self.fact_activated.emit(row))
        menu.addActions(list(self._review))
        return menu

    def _show_menu(self, point: QPoint) -> None:
        menu = self.context_menu(point)
        if menu is not None:
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(self.table.viewport().mapToGlobal(point))

    def row_count(self) -> int:
        return self.model.rowCount()

    def select_row(self, row: int) -> None:
        """Highlight a row and scroll to it (without announcing it as chosen)."""
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.table.clearSelection()

    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _on_chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.fact_activated.emit(index.row())

    def _show_summary(self) -> None:
        count = self.model.rowCount()
        pairs = len({r.pair for r in self.model.fact_index().rows})
        if not count:
            text = "No fact changes left" if self._dismissed else "No fact changes found"
        else:
            noun = "fact change" if count == 1 else "fact changes"
            where = "pair" if pairs == 1 else "pairs"
            text = f"{count} {noun} in {pairs} {where}"
        if self._dismissed:
            text += f" · {self._dismissed} dismissed (see Notes)"
        self.summary.setText(text)


class FactDock(QDockWidget):
    """The list in a dock of the main window (View > Fact Changes shows or hides it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Fact Changes", parent)
        self.setObjectName("factChangesDock")  # saveState needs a name
        self.list = FactList(self)
        self.setWidget(self.list)
        self.toggleViewAction().setText("&Fact Changes")
        self.toggleViewAction().setShortcut("Ctrl+Shift+L")
