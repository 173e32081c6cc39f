"""The window's commands as QActions, with standard shortcuts, icons and tooltips."""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QIcon,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QWidget

__all__ = ["Actions", "build_actions", "make_action", "menu_named"]

Key = QKeySequence.StandardKey
Icon = QStyle.StandardPixmap


@dataclass(frozen=True)
class Actions:
    """Every command of the main window; the window connects them, menus only list them."""

    open_pair: QAction
    open_left: QAction
    open_right: QAction
    paste_left: QAction
    paste_right: QAction
    swap_sides: QAction
    reload: QAction
    clear_recent: QAction
    preferences: QAction
    quit: QAction
    find: QAction
    find_next: QAction
    find_previous: QAction
    next_difference: QAction
    previous_difference: QAction
    next_one_sided: QAction
    previous_one_sided: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    show_cruft: QAction
    hide_identical: QAction
    only_one_sided: QAction
    only_flagged: QAction
    dark_theme: QAction

    def all(self) -> list[QAction]:
        return [getattr(self, f.name) for f in fields(self)]

    def apply_palette(self, palette: QPalette) -> None:
        """Redraw the navigation arrows in the palette's text colour.

        The style's standard arrows are black pixmaps, invisible on a dark toolbar.
        """
        color = palette.color(QPalette.ColorRole.ButtonText)
        self.next_difference.setIcon(arrow_icon(color, up=False))
        self.previous_difference.setIcon(arrow_icon(color, up=True))

    def comparison_actions(self) -> list[QAction]:
        """Actions that need an open comparison: disabled while there is none."""
        return [
            self.open_left,
            self.open_right,
            self.paste_left,
            self.paste_right,
            self.swap_sides,
            self.reload,
            self.find,
            self.find_next,
            self.find_previous,
            self.next_difference,
            self.previous_difference,
            self.next_one_sided,
            self.previous_one_sided,
        ]


def arrow_icon(color: QColor, up: bool) -> QIcon:
    """A plain triangle pointing up or down, at 16 and 32 pixels."""
    icon = QIcon()
    for size in (16, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        top, bottom, left, right = size * 0.28, size * 0.72, size * 0.18, size * 0.82
        tip, base = (top, bottom) if up else (bottom, top)
        painter.drawPolygon(
            QPolygonF([QPointF(size / 2, tip), QPointF(left, base), QPointF(right, base)])
        )
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def make_action(
    parent: QWidget,
    text: str,
    shortcuts: list[QKeySequence | Key | str] | None = None,
    tip: str = "",
    icon: Icon | None = None,
    checkable: bool = False,
) -> QAction:
    """An action with its shortcuts (unbound and repeated ones dropped), an icon from the
    style, and the tooltip "Label (shortcut)" every command of the window shows."""
    action = QAction(text, parent)
    keys: list[QKeySequence] = []
    for shortcut in shortcuts or []:
        key = QKeySequence(shortcut)
        # A standard key may be unbound on this platform, or the same as the explicit one
        # listed after it (two equal shortcuts on one action are "ambiguous" to Qt).
        if not key.isEmpty() and key not in keys:
            keys.append(key)
    if keys:
        action.setShortcuts(keys)
    if icon is not None:
        action.setIcon(parent.style().standardIcon(icon))
    action.setCheckable(checkable)
    plain = text.replace("&", "").rstrip(".…")
    shown = (
        f"{plain} ({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})" if keys else plain
    )
    action.setToolTip(shown)
    action.setStatusTip(tip or plain)
    return action


def build_actions(parent: QWidget) -> Actions:
    """Create the actions as children of ``parent`` (their shortcuts work in its window)."""
    a = make_action
    return Actions(
        open_pair=a(
            parent,
            "&Open Pair…",
            [Key.Open],
            "Choose two articles to compare",
            Icon.SP_DialogOpenButton,
        ),
        open_left=a(parent, "Open &Left…", ["Ctrl+Shift+1"], "Replace the left article"),
        open_right=a(parent, "Open &Right…", ["Ctrl+Shift+2"], "Replace the right article"),
        paste_left=a(
            parent, "Paste as L&eft", ["Ctrl+Alt+1"], "Use the clipboard text as the left article"
        ),
        paste_right=a(
            parent, "Paste as Ri&ght", ["Ctrl+Alt+2"], "Use the clipboard text as the right article"
        ),
        swap_sides=a(parent, "&Swap Sides", ["Ctrl+Shift+W"], "Exchange left and right"),
        reload=a(
            parent, "Re&load", [Key.Refresh, "F5"], "Read both files again", Icon.SP_BrowserReload
        ),
        clear_recent=a(parent, "&Clear Recent", tip="Forget the recent comparisons"),
        preferences=a(parent, "&Preferences…", [Key.Preferences, "Ctrl+,"]),
        quit=a(parent, "&Quit", [Key.Quit, "Ctrl+Q"]),
        find=a(
            parent, "&Find…", [Key.Find], "Search both articles", Icon.SP_FileDialogContentsView
        ),
        find_next=a(parent, "Find &Next", [Key.FindNext]),
        find_previous=a(parent, "Find Pre&vious", [Key.FindPrevious]),
        next_difference=a(parent, "&Next Difference", ["Alt+Down"], "Go to the next difference"),
        previous_difference=a(
            parent,
            "&Previous Difference",
            ["Alt+Up"],
            "Go to the previous difference",
        ),
        next_one_sided=a(
            parent,
            "Next &One-Sided Paragraph",
            ["Ctrl+Alt+Down"],
            "Next added or omitted paragraph",
        ),
        previous_one_sided=a(
            parent,
            "Previous One-Si&ded Paragraph",
            ["Ctrl+Alt+Up"],
            "Previous added or omitted paragraph",
        ),
        zoom_in=a(parent, "Zoom &In", ["Ctrl+=", Key.ZoomIn], "Larger text"),
        zoom_out=a(parent, "Zoom &Out", [Key.ZoomOut, "Ctrl+-"], "Smaller text"),
        zoom_reset=a(parent, "&Reset Zoom", ["Ctrl+0"], "Default text size"),
        show_cruft=a(
            parent,
            "Show Page &Cruft",
            ["Ctrl+Shift+C"],
            "Expand collapsed page cruft",
            checkable=True,
        ),
        hide_identical=a(
            parent,
            "&Hide Identical Pairs",
            ["Ctrl+Shift+I"],
            "Show only what differs",
            checkable=True,
        ),
        only_one_sided=a(
            parent,
            "Only &One-Sided Paragraphs",
            ["Ctrl+Shift+A"],
            "Show only added and omitted paragraphs",
            checkable=True,
        ),
        only_flagged=a(
            parent,
            "Only &Flagged Pairs",
            ["Ctrl+Shift+F"],
            "Show only pairs with fact flags",
            checkable=True,
        ),
        dark_theme=a(parent, "&Dark Theme", tip="Dark colours for both panes", checkable=True),
    )


def menu_named(window: QMainWindow, title: str) -> QMenu | None:
    """The menu bar's menu titled ``title`` (mnemonic ignored), for features that add to it."""
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.text().replace("&", "") == title:
            return menu
    return None
