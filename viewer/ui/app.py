"""Starting the window: arguments, the QApplication, and the ``--screenshot`` mode."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from viewer.assets import sample_pair

__all__ = ["parse_args", "run"]

SAVED_SUFFIX = ".crosscheck"
SCREENSHOT_TIMEOUT_MS = 120_000
SETTLE_TIMEOUT_MS = 30_000  # a long pair past this is shot as far as it is laid out


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crosscheck",
        description="Compare two versions of a news article side by side.",
    )
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="LEFT RIGHT articles to compare, or one saved FILE.crosscheck "
        "(none: the bundled sample pair)",
    )
    parser.add_argument(
        "--screenshot", metavar="FILE.png", help="render the window offscreen, save it and exit"
    )
    parser.add_argument(
        "--size", default="1400x900", metavar="WxH", help="window size (default 1400x900)"
    )
    parser.add_argument("--dark", action="store_true", help="use the dark theme")
    return parser


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """Parse the window's arguments (without the program name); exits 2 on misuse.

    ``files`` becomes ``left``/``right``, or ``saved`` for one ``FILE.crosscheck``.
    """
    parser = _parser()
    args = parser.parse_args(list(argv))
    args.left = args.right = args.saved = None
    if len(args.files) == 1 and args.files[0].endswith(SAVED_SUFFIX):
        args.saved = args.files[0]
    elif len(args.files) == 2:
        args.left, args.right = args.files
    elif not args.files:
        args.left, args.right = (str(p) for p in sample_pair())
    else:
        parser.error(f"expected two files to compare (LEFT RIGHT), got {len(args.files)}")
    try:
        from viewer.ui.screenshot import parse_size

        args.size = parse_size(args.size)
    except ValueError as exc:
        parser.error(str(exc))
    return args


def run(argv: Sequence[str]) -> int:
    """Open the window on ``argv`` (arguments after the program name); the exit status."""
    args = parse_args(argv)
    if args.screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before the QApplication exists
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "crosscheck"])
    app.setApplicationName("Crosscheck")
    app.setOrganizationName("Crosscheck")
    app.setDesktopFileName("crosscheck")
    if args.screenshot:
        return _screenshot(app, args)
    return _interactive(app, args)


def _window(args: argparse.Namespace, settings_path: str | None = None):
    from PySide6.QtCore import QSettings

    from viewer.ui.main_window import MainWindow
    from viewer.ui.preferences import Preferences
    from viewer.ui.session import Session

    settings = None
    if settings_path is not None:
        settings = QSettings(settings_path, QSettings.Format.IniFormat)
    session = Session()
    window = MainWindow(session, Preferences(settings))
    session.setParent(window)
    if args.dark:
        window.set_dark(True)
    return window


def _interactive(app, args: argparse.Namespace) -> int:
    window = _window(args)
    if window.preferences.geometry is None:
        window.resize(args.size)
    window.show()
    _open(window, args)
    return app.exec()


def _open(window, args: argparse.Namespace) -> None:
    """Start on the saved comparison or the pair the arguments name."""
    if args.saved is not None:
        window.notes.files.open_file(args.saved)
    else:
        window.session.open_pair(args.left, args.right)


TIMINGS_ENV = "CROSSCHECK_TIMINGS"


def _trace_timings(window) -> None:
    """For benchmarks: print when the comparison was first painted and when flags arrived.

    Times are wall-clock seconds since the epoch (the caller subtracts its launch time);
    "painted" is stamped after the event loop has handled the paint of the new content.
    """
    from PySide6.QtCore import QTimer

    def stamp(name: str) -> None:
        window.view.repaint()
        print(f"crosscheck-timing {name} {time.time():.3f}", file=sys.stderr, flush=True)

    window.session.comparison_changed.connect(
        lambda _c: QTimer.singleShot(0, lambda: stamp("painted"))
    )
    window.session.comparison_completed.connect(
        lambda _c: QTimer.singleShot(0, lambda: stamp("complete"))
    )


def _screenshot(app, args: argparse.Namespace) -> int:
    """Render offscreen once the comparison is in and the view settled, save, exit (1 with
    a message on failure).

    Uses a throw-away settings file, so screenshots do not depend on (or change) the
    user's preferences, geometry or recent list.
    """
    from PySide6.QtCore import QTimer

    from viewer.ui.screenshot import save_screenshot, when_settled

    def fail(message: str) -> None:
        print(f"crosscheck: {message}", file=sys.stderr)
        app.exit(1)

    def settled(in_time: bool) -> None:
        if not in_time:
            print("crosscheck: the view had not settled; captured as it is", file=sys.stderr)
        # Two turns of the event loop: the last geometry is applied, then the grab paints.
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, capture))

    def capture() -> None:
        try:
            save_screenshot(window, args.screenshot)
        except OSError as exc:
            fail(str(exc))
            return
        app.exit(0)

    with tempfile.TemporaryDirectory(prefix="crosscheck-shot-") as scratch:
        window = _window(args, str(Path(scratch) / "settings.ini"))
        window.show_error = lambda _parent, message, _title="": fail(message)
        window.resize(args.size)
        window.show()
        # Once the fact flags are in, the articles laid out, and the scroll map, overview
        # and bands drawn.
        window.session.comparison_completed.connect(
            lambda _c: when_settled(window.view.is_settled, settled, SETTLE_TIMEOUT_MS)
        )
        if os.environ.get(TIMINGS_ENV):
            _trace_timings(window)
        QTimer.singleShot(
            SCREENSHOT_TIMEOUT_MS, lambda: fail("timed out before the comparison was ready")
        )
        # From the event loop: a file that cannot be opened must be able to end it.
        QTimer.singleShot(0, lambda: _open(window, args))
        code = app.exec()
        window.session.close()
        window.deleteLater()
    return code
