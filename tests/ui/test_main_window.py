"""The main window opens pairs, navigates differences, reports bad input, accepts drops."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QMessageBox

from tests.ui.widgets import show_window
from viewer.annotations.model import Side
from viewer.assets import sample_pair
from viewer.engine.compare import compare_paths
from viewer.engine.model import Comparison
from viewer.ui.main_window import MainWindow
from viewer.ui.preferences import Preferences

from .test_navigation import sample_comparison

pytestmark = pytest.mark.gui

LEFT, RIGHT = (str(p) for p in sample_pair())


def _open(qtbot, window: MainWindow, left: str, right: str) -> Comparison:
    with qtbot.waitSignal(window.session.comparison_changed, timeout=15_000) as blocker:
        window.session.open_pair(left, right)
    return blocker.args[0]


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def window(qtbot, ini: Path) -> MainWindow:
    """The sample pair open, its fact flags in (they replace the comparison a moment after
    it is shown, which a test started in between would see as a change under it)."""
    window = show_window(qtbot, ini)
    signals = [window.session.comparison_changed, window.session.comparison_completed]
    with qtbot.waitSignals(signals, timeout=15_000):
        window.session.open_pair(LEFT, RIGHT)
    return window


def _current(window: MainWindow) -> tuple[set[int], set[int]]:
    return (
        set(window.view.pane(Side.LEFT).current_blocks()),
        set(window.view.pane(Side.RIGHT).current_blocks()),
    )


def test_opening_a_pair_shows_it_everywhere(window: MainWindow, ini: Path) -> None:
    comparison = window.session.comparison
    assert comparison is not None
    assert window.view.pane(Side.LEFT).document() is comparison.left
    assert window.view.pane(Side.RIGHT).document() is comparison.right
    assert window.windowTitle() == "closest-copy.txt ⇄ drifting-rewrite.txt — Crosscheck"
    summary = window.summary.text()
    assert f"{len(comparison.pairs)} linked" in summary
    assert f"{len(comparison.left_only)} omitted" in summary
    assert f"{len(comparison.right_only)} added" in summary
    assert not window.busy.isVisible()
    assert window.actions.next_difference.isEnabled()


def test_recent_list_persists_across_windows(qtbot, window: MainWindow, ini: Path) -> None:
    window.close()
    again = show_window(qtbot, ini)
    assert again.preferences.recent() == [(LEFT, RIGHT)]
    again.recent_menu.aboutToShow.emit()
    titles = [a.text() for a in again.recent_menu.actions()]
    assert "closest-copy.txt  ⇄  drifting-rewrite.txt" in titles
    with qtbot.waitSignal(again.session.comparison_changed, timeout=15_000):
        again.recent_menu.actions()[0].trigger()
    assert again.session.left_path == LEFT


def test_next_and_previous_difference_land_on_the_right_blocks(qtbot, ini: Path) -> None:
    """Reading order of the hand-made comparison: p0 p1 R2 p2 L3 p3 p4 R6 (p0, p4 same)."""
    window = show_window(qtbot, ini, compare=lambda left, right: sample_comparison())
    _open(qtbot, window, "left.txt", "right.txt")
    expected = [
        ({1}, {1}),  # p1 reworded (p0 is identical: skipped)
        (set(), {2}),  # R2 added
        ({2}, {3, 4}),  # p2 split
        ({3}, set()),  # L3 omitted
        ({4}, {7}),  # p3 moved
        (set(), {6}),  # R6 added (p4 identical: skipped)
    ]
    for left, right in expected:
        qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        current = _current(window)
        assert left <= current[0] and right <= current[1], (left, right, current)
    assert window.go(one_sided=False, backwards=False) is None  # no wrap
    assert "No more differences" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert {4} <= _current(window)[0] and {7} <= _current(window)[1]
    window.actions.previous_one_sided.trigger()
    assert {3} <= _current(window)[0]


def test_clicking_a_block_moves_the_navigation_start(qtbot, ini: Path) -> None:
    window = show_window(qtbot, ini, compare=lambda left, right: sample_comparison())
    _open(qtbot, window, "left.txt", "right.txt")
    window.view.block_clicked.emit("right", 4)  # inside the split pair p2
    window.actions.next_difference.trigger()
    assert {3} <= _current(window)[0]  # L3, the omitted paragraph after p2


def _dialog(window: MainWindow) -> QMessageBox:
    box = window.findChild(QMessageBox, "errorDialog")
    assert box is not None and box.isVisible()
    return box


def test_binary_file_shows_an_error_and_keeps_the_comparison(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    before = window.session.comparison
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    with qtbot.waitSignal(window.session.error, timeout=15_000):
        window.session.open_side(Side.RIGHT, str(binary))
    box = _dialog(window)
    assert "binary" in box.text() and "photo.txt" in box.text()
    assert box.text()[0].isupper()
    box.close()
    assert window.session.comparison is before
    assert window.session.right_path == RIGHT
    assert window.view.pane(Side.RIGHT).document() is before.right
    assert window.preferences.recent() == [(LEFT, RIGHT)]


@pytest.mark.parametrize("content", [b"", None], ids=["empty", "missing"])
def test_empty_or_missing_file_is_reported(qtbot, window, tmp_path: Path, content) -> None:
    bad = tmp_path / "bad.txt"
    if content is not None:
        bad.write_bytes(content)
    shown = []
    window.show_error = lambda parent, message, title="": shown.append(message)
    with qtbot.waitSignal(window.session.error, timeout=15_000):
        window.session.open_pair(str(bad), RIGHT)
    assert len(shown) == 1 and "bad.txt" in shown[0]
    assert window.session.left_path == LEFT


def _drop(window: MainWindow, mime: QMimeData, x_fraction: float) -> None:
    view_rect = window.view.geometry()
    x = view_rect.left() + view_rect.width() * x_fraction
    point = window.centralWidget().mapTo(window, view_rect.center())
    event = QDropEvent(
        QPointF(x, point.y()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def _copy_of(source: str, folder: Path, name: str) -> str:
    target = folder / name
    target.write_text(Path(source).read_text(encoding="utf-8"), encoding="utf-8")
    return str(target)


@pytest.mark.parametrize(
    ("x_fraction", "side"), [(0.2, Side.LEFT), (0.8, Side.RIGHT)], ids=["left", "right"]
)
def test_dropping_a_file_replaces_the_side_under_the_cursor(
    qtbot, window: MainWindow, tmp_path: Path, x_fraction: float, side: Side
) -> None:
    dropped = _copy_of(LEFT, tmp_path, "dropped.txt")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(dropped)])
    with qtbot.waitSignal(window.session.comparison_changed, timeout=15_000):
        _drop(window, mime, x_fraction)
    assert window.session.path(side) == dropped
    other = Side.RIGHT if side is Side.LEFT else Side.LEFT
    assert window.session.path(other) == (RIGHT if side is Side.LEFT else LEFT)


def test_dropping_two_files_opens_them_as_a_pair(qtbot, window, tmp_path: Path) -> None:
    a, b = _copy_of(RIGHT, tmp_path, "a.txt"), _copy_of(LEFT, tmp_path, "b.txt")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(a), QUrl.fromLocalFile(b)])
    with qtbot.waitSignal(window.session.comparison_changed, timeout=15_000):
        _drop(window, mime, 0.9)
    assert (window.session.left_path, window.session.right_path) == (a, b)


def test_dropping_on_a_pane_opens_that_side(qtbot, window: MainWindow, tmp_path: Path) -> None:
    """The panes' read-only editors would refuse drops: the window filters their events.

    Qt does not deliver synthetic drop events through sendEvent, so the test calls the
    filter the way Qt's drag manager would reach it.
    """
    dropped = _copy_of(RIGHT, tmp_path, "dropped.txt")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(dropped)])
    viewport = window.view.pane(Side.LEFT).editor.viewport()
    event = QDropEvent(
        QPointF(viewport.rect().center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.session.comparison_changed, timeout=15_000):
        assert window.eventFilter(viewport, event)  # consumed: the editor never sees it
    assert event.isAccepted()
    assert (window.session.left_path, window.session.right_path) == (dropped, RIGHT)


def test_paste_as_right_uses_the_clipboard_text(qtbot, window: MainWindow) -> None:
    text = Path(RIGHT).read_text(encoding="utf-8").replace("Reuters", "Agence")
    QGuiApplication.clipboard().setText(text)
    with qtbot.waitSignal(window.session.comparison_changed, timeout=15_000) as blocker:
        window.actions.paste_right.trigger()
    assert "Agence" in blocker.args[0].right.text
    assert window.session.left_path == LEFT
    assert window.preferences.recent() == [(LEFT, RIGHT)]  # temporary files stay out
    temp = Path(window.session.right_path)
    window.close()
    assert not temp.exists()  # the session's scratch folder is removed


def test_swap_sides_and_reload(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.session.comparison_changed, timeout=15_000):
        window.actions.swap_sides.trigger()
    assert (window.session.left_path, window.session.right_path) == (RIGHT, LEFT)
    before = window.session.comparison
    with qtbot.waitSignal(window.session.comparison_changed, timeout=15_000) as blocker:
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert blocker.args[0] is not before
    assert blocker.args[0].left.source == RIGHT


def test_busy_indicator_shows_while_comparing(qtbot, ini: Path) -> None:
    import threading

    release = threading.Event()

    def slow(left: str, right: str) -> Comparison:
        release.wait(10)
        return compare_paths(left, right)

    window = show_window(qtbot, ini, compare=slow)
    window.session.open_pair(LEFT, RIGHT)
    qtbot.waitUntil(window.busy.isVisible, timeout=2_000)
    assert "Comparing" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.session.comparison_changed, timeout=15_000):
        release.set()
    assert not window.busy.isVisible()


def test_zoom_and_filters_reach_the_view_and_persist(qtbot, window: MainWindow, ini) -> None:
    size = window.view.options().font_point_size
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.view.options().font_point_size == size + 1
    window.actions.zoom_out.trigger()
    window.actions.zoom_out.trigger()
    assert window.view.options().font_point_size == size - 1
    window.actions.hide_identical.trigger()
    window.actions.show_cruft.trigger()
    assert window.view.options().hide_identical and window.view.options().show_cruft
    window.close()
    prefs = Preferences(QSettings(str(ini), QSettings.Format.IniFormat))
    assert prefs.font_point_size == size - 1 and prefs.show_cruft


def test_find_bar_reports_matches(qtbot, window: MainWindow) -> None:
    window.actions.find.trigger()
    assert window.search_bar.isVisible()
    qtbot.keyClicks(window.search_bar.edit, "Reuters")
    qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Return)
    assert window.search_bar.message.text() == ""
    window.search_bar.edit.setText("zzqx-not-there")
    qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Return)
    assert window.search_bar.message.text() == "Not found"
    qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Escape)
    assert not window.search_bar.isVisible()
