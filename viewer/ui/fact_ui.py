"""Puts fact changes into the main window: the list dock, next/previous fact, their review."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from viewer.engine.model import Comparison
from viewer.ui.actions import menu_named
from viewer.ui.comparison_view import ComparisonView
from viewer.ui.fact_list import FactDock, FactList
from viewer.ui.fact_model import FactRow, step_row
from viewer.ui.fact_review import FactReview

if TYPE_CHECKING:
    from viewer.ui.main_window import MainWindow

__all__ = ["FactNavigator", "FactsUi", "install_facts"]

_STATUS_MS = 4000
_DOCK_HEIGHT = 170


class FactNavigator(QObject):
    """Goes to fact changes, from the list or by next/previous, and keeps both in step.

    Next and previous continue from the fact last gone to while its pair is current, and
    otherwise from whatever pair the reader selected since.
    """

    def __init__(self, view: ComparisonView, facts: FactList, parent: QObject | None = None):
        super().__init__(parent)
        self._view, self._facts = view, facts
        self._row: int | None = None
        facts.fact_activated.connect(self.go_to)
        view.current_pair_changed.connect(self._on_pair_changed)

    @Slot(object)
    def set_comparison(self, comparison: Comparison | None) -> None:
        self._row = None
        self._facts.set_comparison(comparison)

    @Slot(int)
    def go_to(self, row: int) -> FactRow | None:
        """Select fact ``row``'s pair and its flagged words on both sides."""
        if not 0 <= row < self._facts.row_count():
            return None
        fact = self._facts.model.fact(row)
        self._row = row
        self._view.select_flag(fact.pair, fact.index)
        self._facts.select_row(row)
        return fact

    def step(self, backwards: bool = False) -> FactRow | None:
        """Go to the next (or previous) fact change; None, and nothing moves, at the end."""
        index = self._facts.model.fact_index()
        row = step_row(index, self._row, self._view.current_pair(), backwards)
        return None if row is None else self.go_to(row)

    @Slot(int)
    def _on_pair_changed(self, pair: int) -> None:
        if self._row is not None and self._facts.model.fact(self._row).pair != pair:
            self._facts.select_row(-1)


@dataclass
class FactsUi:
    """The fact-changes feature of one window, for the window and tests."""

    dock: FactDock
    navigator: FactNavigator
    next_fact: QAction
    previous_fact: QAction
    review: FactReview


def _action(window: MainWindow, text: str, keys: str, tip: str) -> QAction:
    action = QAction(text, window)
    action.setShortcut(QKeySequence(keys))
    action.setStatusTip(tip)
    action.setToolTip(f"{tip} ({QKeySequence(keys).toString()})")
    window.addAction(action)  # the shortcut works with the menu bar hidden too
    return action


def _insert_after(menu: QMenu, anchor: QAction, actions: Sequence[QAction]) -> None:
    """Put ``actions`` right after ``anchor`` in ``menu`` (at its end without ``anchor``)."""
    entries = menu.actions()
    after = entries.index(anchor) + 1 if anchor in entries else len(entries)
    if after < len(entries):
        menu.insertActions(entries[after], list(actions))
    else:
        menu.addActions(list(actions))


def install_facts(window: MainWindow) -> FactsUi:
    """Build the fact-changes feature and hook it into ``window`` (its menus exist)."""
    dock = FactDock(window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.hide()  # shown by the first comparison with fact changes, or View > Fact Changes
    dock.list.set_filter_action(window.actions.only_flagged)
    navigator = FactNavigator(window.view, dock.list, window)
    next_fact = _action(window, "Next &Fact Change", "Alt+Shift+Down", "Go to the next fact change")
    previous_fact = _action(
        window, "Previous Fact C&hange", "Alt+Shift+Up", "Go to the previous fact change"
    )
    review = FactReview(window, dock.list, next_fact)
    ui = FactsUi(dock, navigator, next_fact, previous_fact, review)
    dock.list.set_review_actions(*review.actions())

    def go(backwards: bool) -> None:
        if navigator.step(backwards) is None:
            where = "above" if backwards else "below"
            window.statusBar().showMessage(f"No more fact changes {where}", _STATUS_MS)

    ui.next_fact.triggered.connect(lambda: go(False))
    ui.previous_fact.triggered.connect(lambda: go(True))

    revealed = [False]

    def on_comparison(comparison: Comparison | None) -> None:
        navigator.set_comparison(comparison)
        dock.list.set_dismissed(review.dismissed_count())
        for action in (ui.next_fact, ui.previous_fact):
            action.setEnabled(comparison is not None)
        ui.review.set_enabled(dock.list.row_count() > 0)
        if dock.list.row_count() and not revealed[0]:
            revealed[0] = True  # once: afterwards the reader decides
            dock.show()
            window.resizeDocks([dock], [_DOCK_HEIGHT], Qt.Orientation.Vertical)

    window.session.comparison_changed.connect(on_comparison)
    window.session.flags_added.connect(on_comparison)
    on_comparison(window.session.comparison)
    if (go_menu := menu_named(window, "Go")) is not None:
        go_menu.addSeparator()
        go_menu.addActions([ui.next_fact, ui.previous_fact])
    if (edit_menu := menu_named(window, "Edit")) is not None:
        _insert_after(edit_menu, window.notes.commands.annotate_link, ui.review.actions())
    if (view_menu := menu_named(window, "View")) is not None:
        view_menu.addSeparator()
        view_menu.addAction(dock.toggleViewAction())
    return ui
