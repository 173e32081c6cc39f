"""The main window: composes the view, actions, search bar and status bar around a Session."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QProgressBar,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from viewer.annotations.model import Side
from viewer.engine.model import Comparison
from viewer.ui import dialogs
from viewer.ui.actions import Actions, build_actions
from viewer.ui.comparison_view import ComparisonView, ViewOptions
from viewer.ui.drops import droppable, local_files
from viewer.ui.fact_ui import install_facts
from viewer.ui.navigation import Cursor, Route, Stop, StopKind
from viewer.ui.notes_ui import install_notes
from viewer.ui.preferences import Preferences, PreferencesDialog
from viewer.ui.search_bar import SearchBar
from viewer.ui.session import Session
from viewer.ui.status_summary import StatusSummary
from viewer.ui.theme import dark_palette

__all__ = ["MainWindow"]

_STATUS_MS = 4000


class MainWindow(QMainWindow):
    """A thin shell: every state change goes through ``session``, every view change to ``view``.

    ``show_error`` is the one place errors reach the user (tests replace it);
    ``cursor`` follows the reader for next/previous difference.
    """

    def __init__(
        self, session: Session, preferences: Preferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.preferences = preferences
        self.cursor: Cursor | None = None
        self._navigating = False
        self.show_error = dialogs.show_error
        self.setWindowTitle("Crosscheck")
        self.setAcceptDrops(True)

        self.view = ComparisonView(self)
        self.search_bar = SearchBar(self)
        self.search_bar.hide()
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.search_bar)
        self.setCentralWidget(central)

        self.actions = build_actions(self)
        self.actions.apply_palette(self.palette())
        self.recent_menu = QMenu("Open &Recent", self)
        self._build_menus(self.actions)
        self._build_toolbar(self.actions)
        self.summary = StatusSummary(self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # indeterminate: the engine reports no progress
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.summary)

        self._connect_session()
        self._connect_actions(self.actions)
        self._connect_view()
        self._drop_sides: dict[QObject, Side] = {}
        for side in Side:
            viewport = self.view.pane(side).editor.viewport()
            viewport.installEventFilter(self)
            self._drop_sides[viewport] = side
        session.set_options(preferences.view_options(session.options))
        self.view.set_options(session.options)
        self._sync_option_actions(session.options)
        self._on_comparison_changed(session.comparison)
        self.notes = install_notes(self)  # after the session hooks: notes follow the view
        self.facts = install_facts(self)  # the fact-changes dock and next/previous fact
        if (geometry := preferences.geometry) is not None:
            self.restoreGeometry(geometry)
        if (state := preferences.window_state) is not None:
            self.restoreState(state)

    # -- composition ------------------------------------------------------------------

    def _build_menus(self, a: Actions) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addActions([a.open_pair, a.open_left, a.open_right])
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([a.paste_left, a.paste_right, a.swap_sides, a.reload])
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addActions([a.find, a.find_next, a.find_previous])
        edit_menu.addSeparator()
        edit_menu.addAction(a.preferences)
        view_menu = bar.addMenu("&View")
        view_menu.addActions([a.zoom_in, a.zoom_out, a.zoom_reset])
        view_menu.addSeparator()
        view_menu.addActions([a.show_cruft, a.hide_identical, a.only_one_sided, a.only_flagged])
        view_menu.addSeparator()
        view_menu.addAction(a.dark_theme)
        go_menu = bar.addMenu("&Go")
        go_menu.addActions([a.next_difference, a.previous_difference])
        go_menu.addActions([a.next_one_sided, a.previous_one_sided])
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)

    def _build_toolbar(self, a: Actions) -> None:
        toolbar = QToolBar("Main", self)
        toolbar.setObjectName("mainToolbar")  # saveState needs a name
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([a.open_pair, a.reload])
        toolbar.addSeparator()
        toolbar.addActions([a.previous_difference, a.next_difference])
        toolbar.addSeparator()
        toolbar.addActions([a.find, a.hide_identical, a.show_cruft])
        self.addToolBar(toolbar)

    def _connect_session(self) -> None:
        s = self.session
        s.comparison_changed.connect(self._on_comparison_changed)
        s.flags_added.connect(self._on_flags_added)
        s.busy_changed.connect(self._on_busy)
        s.error.connect(self._on_error)
        s.options_changed.connect(self._on_options_changed)
        s.opened.connect(self.preferences.add_recent)

    def _connect_actions(self, a: Actions) -> None:
        a.open_pair.triggered.connect(self.open_pair_dialog)
        a.open_left.triggered.connect(lambda: self.open_side_dialog(Side.LEFT))
        a.open_right.triggered.connect(lambda: self.open_side_dialog(Side.RIGHT))
        a.paste_left.triggered.connect(lambda: self.paste_side(Side.LEFT))
        a.paste_right.triggered.connect(lambda: self.paste_side(Side.RIGHT))
        a.swap_sides.triggered.connect(self.session.swap_sides)
        a.reload.triggered.connect(self.session.reload)
        a.clear_recent.triggered.connect(self.preferences.clear_recent)
        a.preferences.triggered.connect(self.edit_preferences)
        a.quit.triggered.connect(self.close)
        a.find.triggered.connect(self.search_bar.activate)
        a.find_next.triggered.connect(lambda: self.search_bar.search(False))
        a.find_previous.triggered.connect(lambda: self.search_bar.search(True))
        a.next_difference.triggered.connect(lambda: self.go(one_sided=False, backwards=False))
        a.previous_difference.triggered.connect(lambda: self.go(one_sided=False, backwards=True))
        a.next_one_sided.triggered.connect(lambda: self.go(one_sided=True, backwards=False))
        a.previous_one_sided.triggered.connect(lambda: self.go(one_sided=True, backwards=True))
        a.zoom_in.triggered.connect(lambda: self.zoom(1))
        a.zoom_out.triggered.connect(lambda: self.zoom(-1))
        a.zoom_reset.triggered.connect(lambda: self.zoom(0))
        for action, name in (
            (a.show_cruft, "show_cruft"),
            (a.hide_identical, "hide_identical"),
            (a.only_one_sided, "only_one_sided"),
            (a.only_flagged, "only_flagged"),
        ):
            action.toggled.connect(lambda on, name=name: self._set_option(name, on))
        a.dark_theme.toggled.connect(self.set_dark)

    def _connect_view(self) -> None:
        self.view.current_pair_changed.connect(self._follow_pair)
        self.view.block_clicked.connect(self._follow_block)
        self.search_bar.search_requested.connect(self._find)
        self.search_bar.closed.connect(self._close_find)

    # -- opening ------------------------------------------------------------------------

    def open_pair_dialog(self) -> None:
        paths = dialogs.ask_open_files(self, "Choose two articles (left first)")
        if len(paths) == 1:
            second = dialogs.ask_open_file(self, "Choose the right article")
            paths = [*paths, second] if second else []
        if len(paths) > 2:
            self.show_error(self, f"Choose two articles, not {len(paths)}.", "Open Pair")
        elif len(paths) == 2:
            self.notes.files.open_pair(*paths)  # asks first about unsaved notes

    def open_side_dialog(self, side: Side) -> None:
        path = dialogs.ask_open_file(self, f"Choose the {side.value} article")
        if path and not self.session.open_side(side, path):
            self.show_error(self, "Open a pair first: this replaces one side of it.", "Open")

    def paste_side(self, side: Side) -> None:
        self.session.paste_side(side, QGuiApplication.clipboard().text())

    def open_dropped(self, mime: QMimeData, side: Side) -> bool:
        """Open what was dropped: two files as a pair, one file or text as ``side``."""
        files = local_files(mime)
        if len(files) >= 2:
            self.notes.files.open_pair(files[0], files[1], deferred=True)
            return True
        if files:
            if self.session.open_side(side, files[0]):
                return True
            self.show_error(self, "Drop two files to start a comparison.", "Open")
            return False
        if mime.hasText():
            return self.session.paste_side(side, mime.text())
        return False

    def _side_at(self, x: float) -> Side:
        middle = self.view.mapTo(self, self.view.rect().center()).x()
        return Side.LEFT if x < middle else Side.RIGHT

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if droppable(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Drops beside the panes (bands, map, toolbar): the side under the pointer."""
        if self.open_dropped(event.mimeData(), self._side_at(event.position().x())):
            event.acceptProposedAction()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Drops on a pane go to that pane's side; its read-only editor would refuse them."""
        side = self._drop_sides.get(watched)
        if side is None:
            return super().eventFilter(watched, event)
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if droppable(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            if self.open_dropped(event.mimeData(), side):
                event.acceptProposedAction()
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for left, right in self.preferences.recent():
            action = self.recent_menu.addAction(f"{Path(left).name}  ⇄  {Path(right).name}")
            action.setToolTip(f"{left}\n{right}")
            action.triggered.connect(
                lambda _=False, pair=(left, right): self.notes.files.open_pair(*pair)
            )
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction("No recent comparisons").setEnabled(False)
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.actions.clear_recent)

    # -- navigation, search, options ----------------------------------------------------

    def go(self, one_sided: bool, backwards: bool) -> Stop | None:
        """Select the next or previous difference (or one-sided paragraph) in the view."""
        if self.cursor is None:
            return None
        stop = self.cursor.step(one_sided=one_sided, backwards=backwards)
        if stop is None:
            what = "one-sided paragraphs" if one_sided else "differences"
            where = "above" if backwards else "below"
            self.statusBar().showMessage(f"No more {what} {where}", _STATUS_MS)
            return None
        self._navigating = True  # the view echoes the selection: do not move the cursor
        try:
            if stop.kind is StopKind.PAIR:
                self.view.select_pair(stop.index)
            else:
                self.view.select_block(stop.side, stop.index)
        finally:
            self._navigating = False
        return stop

    @Slot(int)
    def _follow_pair(self, index: int) -> None:
        if self.cursor is not None and not self._navigating:
            self.cursor.follow_pair(index)

    @Slot(str, int)
    def _follow_block(self, side: str, block_id: int) -> None:
        if self.cursor is not None and not self._navigating:
            self.cursor.follow_block(Side(side), block_id)

    @Slot(str, bool)
    def _find(self, text: str, backwards: bool) -> None:
        self.search_bar.show_result(self.view.find(text, backwards))

    @Slot()
    def _close_find(self) -> None:
        self.view.clear_find()
        self.view.setFocus()

    def zoom(self, steps: int) -> None:
        """Change the text size by ``steps`` points; 0 resets it."""
        if steps:
            self.view.zoom(steps)  # the view clamps the size
            self.session.set_options(self.view.options())
        else:
            default = ViewOptions().font_point_size
            self.session.set_options(replace(self.view.options(), font_point_size=default))

    def _set_option(self, name: str, on: bool) -> None:
        # From the view's options: it may have zoomed itself (Ctrl+wheel) since.
        self.session.set_options(replace(self.view.options(), **{name: on}))

    def set_dark(self, dark: bool) -> None:
        """Dark palette for the whole window (Fusion style draws it faithfully)."""
        app = QApplication.instance()
        if dark:
            app.setStyle("Fusion")
            app.setPalette(dark_palette(app.style().standardPalette()))
        else:
            app.setPalette(app.style().standardPalette())
        self.view.set_dark(dark)
        self.actions.apply_palette(app.palette())
        if self.actions.dark_theme.isChecked() != dark:
            self.actions.dark_theme.setChecked(dark)

    def edit_preferences(self) -> None:
        dialog = PreferencesDialog(self.preferences, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.session.set_options(self.preferences.view_options(self.view.options()))
        )
        dialog.open()

    # -- session reactions --------------------------------------------------------------

    @Slot(object)
    def _on_comparison_changed(self, comparison: Comparison | None) -> None:
        self.view.set_comparison(comparison)
        self.summary.set_comparison(comparison)
        self.cursor = Cursor(Route(comparison)) if comparison is not None else None
        for action in self.actions.comparison_actions():
            action.setEnabled(comparison is not None)
        if comparison is None:
            self.setWindowTitle("Crosscheck")
        else:
            names = f"{Path(comparison.left.source).name} ⇄ {Path(comparison.right.source).name}"
            self.setWindowTitle(f"{names} — Crosscheck")

    @Slot(object)
    def _on_flags_added(self, comparison: Comparison) -> None:
        self.view.add_flags(comparison)
        self.summary.set_comparison(comparison)
        self.cursor = Cursor(Route(comparison))

    @Slot(bool)
    def _on_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        if busy:
            self.statusBar().showMessage("Comparing…")
        else:
            self.statusBar().clearMessage()

    @Slot(str)
    def _on_error(self, message: str) -> None:
        self.show_error(self, message)

    @Slot(object)
    def _on_options_changed(self, options: ViewOptions) -> None:
        self.view.set_options(options)
        self._sync_option_actions(options)

    def _sync_option_actions(self, options: ViewOptions) -> None:
        a = self.actions
        for action, on in (
            (a.show_cruft, options.show_cruft),
            (a.hide_identical, options.hide_identical),
            (a.only_one_sided, options.only_one_sided),
            (a.only_flagged, options.only_flagged),
        ):
            action.blockSignals(True)
            action.setChecked(on)
            action.blockSignals(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window and the view's text settings, then drop temporary files."""
        self.preferences.geometry = self.saveGeometry()
        self.preferences.window_state = self.saveState()
        self.preferences.store_view_options(self.view.options())
        self.preferences.sync()
        self.session.close()
        super().closeEvent(event)
