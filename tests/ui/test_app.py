"""Arguments of the window, and ``--screenshot`` run as a real process."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from tests.ui.conftest import long_comparison
from tests.ui.widgets import run_crosscheck, show_view
from viewer.annotations.model import Side
from viewer.assets import sample_pair
from viewer.ui.app import parse_args
from viewer.ui.screenshot import is_blank, parse_size, when_settled

LEFT, RIGHT = (str(p) for p in sample_pair())


@pytest.mark.parametrize(
    ("argv", "left", "right"),
    [
        ([], LEFT, RIGHT),
        (["a.txt", "b.md"], "a.txt", "b.md"),
        (["a.txt", "b.txt", "--dark", "--size", "800x600"], "a.txt", "b.txt"),
    ],
)
def test_parse_args_finds_the_pair(argv: list[str], left: str, right: str) -> None:
    args = parse_args(argv)
    assert (args.left, args.right) == (left, right)


@pytest.mark.parametrize(
    "argv",
    [
        ["only-one.txt"],
        ["a", "b", "c"],
        ["a", "b", "--size", "big"],
        ["a", "b", "--size", "10x10"],
    ],
)
def test_parse_args_rejects_misuse_with_status_2(argv: list[str], capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        parse_args(argv)
    assert exit_info.value.code == 2
    assert "crosscheck: error:" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1400x900", QSize(1400, 900)), (" 640X480 ", QSize(640, 480)), ("800×600", QSize(800, 600))],
)
def test_parse_size(text: str, expected: QSize) -> None:
    assert parse_size(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_screenshot_writes_a_painted_image(tmp_path: Path, dark: bool) -> None:
    out = tmp_path / "shot.png"
    extra = ["--dark"] if dark else []
    result = run_crosscheck(
        tmp_path, LEFT, RIGHT, "--screenshot", str(out), "--size", "900x640", *extra
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.size() == QSize(900, 640)
    assert not is_blank(image)
    # The window's background follows the theme: sample the status bar's corner.
    corner = image.pixelColor(image.width() - 3, image.height() - 3)
    assert (corner.lightness() < 100) if dark else (corner.lightness() > 150)
    assert not (tmp_path / "config").exists()  # the user's settings were not touched


@pytest.mark.slow
def test_screenshot_of_bad_input_fails_with_a_message(tmp_path: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    out = tmp_path / "shot.png"
    result = run_crosscheck(tmp_path, LEFT, str(binary), "--screenshot", str(out))
    assert result.returncode == 1
    assert "binary" in result.stderr and "photo.txt" in result.stderr
    assert not out.exists()


@pytest.mark.parametrize(
    ("settles_after", "expected"),
    [(0, True), (3, True), (None, False)],  # at once, after three checks, never
)
def test_when_settled_waits_for_settling_or_the_timeout(
    qtbot, settles_after: int | None, expected: bool
) -> None:
    checks: list[int] = []

    def is_settled() -> bool:
        checks.append(1)
        return settles_after is not None and len(checks) > settles_after

    results: list[bool] = []
    when_settled(is_settled, results.append, timeout_ms=80, step_ms=5)
    assert results == []  # from the event loop, never before returning
    qtbot.waitUntil(lambda: bool(results), timeout=5_000)
    qtbot.wait(30)
    assert results == [expected]


def test_a_long_pair_is_captured_with_its_overview_drawn(qtbot) -> None:
    """What ``--screenshot`` waits for: a long pair laid out, its overview map filled."""
    view = show_view(qtbot, long_comparison(paragraphs=900), (900, 500))
    seen: list[tuple[bool, bool]] = []
    when_settled(
        view.is_settled,
        lambda in_time: seen.append((in_time, bool(view.overview.chunks(Side.RIGHT)))),
        timeout_ms=10_000,
    )
    assert not view.overview.chunks(Side.RIGHT)  # not yet: the layout is still going
    qtbot.waitUntil(lambda: bool(seen), timeout=12_000)
    assert seen == [(True, True)]
