"""Saving is atomic and loading never touches the file, whatever is wrong with it."""

from __future__ import annotations

import errno
import json
import os
import random
import re
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.annotations.builders import (
    PAYLOADS,
    large_comparison,
    numbered_note,
    sample_comparison,
)
from viewer import __version__
from viewer.annotations import storage
from viewer.annotations.comparison_file import FileFormatError, to_json_dict
from viewer.annotations.recovery import RecoveryStore
from viewer.annotations.storage import (
    SaveError,
    load_comparison_file,
    save_atomic,
    save_comparison_file,
)

REPO = Path(__file__).resolve().parents[2]


def _visible(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def test_save_then_load_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "story.crosscheck"
    cf = sample_comparison()
    stamped = save_comparison_file(path, cf)
    assert stamped.app_version == __version__
    assert stamped.saved is not None and stamped.saved > cf.saved
    assert load_comparison_file(path) == stamped
    raw = path.read_bytes()
    assert "Міністр фінансів".encode() in raw, "non-ASCII text is stored readable"
    assert _visible(tmp_path) == ["story.crosscheck"]


def test_new_file_gets_usual_permissions_and_existing_file_keeps_its_own(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.bin"
    save_atomic(fresh, b"one")
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~_umask()
    fresh.chmod(0o640)
    save_atomic(fresh, b"two")
    assert fresh.read_bytes() == b"two"
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o640


def test_symlink_is_followed_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.crosscheck"
    real.write_bytes(b"old")
    link = tmp_path / "link.crosscheck"
    link.symlink_to(real)
    save_atomic(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


@pytest.mark.parametrize(
    ("make_target", "message"),
    [
        (lambda d: d / "missing" / "x.crosscheck", "the folder does not exist"),
        (lambda d: d / "plain-file" / "x.crosscheck", "the folder does not exist"),
        (lambda d: d / "a-folder", "a folder has that name"),
    ],
    ids=["missing-folder", "folder-is-a-file", "target-is-a-folder"],
)
def test_impossible_save_is_a_clear_error(tmp_path: Path, make_target, message: str) -> None:
    (tmp_path / "plain-file").write_bytes(b"keep")
    (tmp_path / "a-folder").mkdir()
    target = make_target(tmp_path)
    with pytest.raises(SaveError, match=message) as caught:
        save_atomic(target, b"data")
    assert isinstance(caught.value, OSError)
    assert str(caught.value).startswith(f"Cannot save {target.name} in {target.parent}: ")
    assert _visible(tmp_path) == ["a-folder", "plain-file"]
    assert (tmp_path / "plain-file").read_bytes() == b"keep"


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write to any folder")
def test_read_only_folder_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(SaveError, match="not writable"):
            save_atomic(folder / "x.crosscheck", b"data")
    finally:
        folder.chmod(0o700)


@pytest.mark.parametrize(
    ("failing", "code", "message"),
    [
        ("open", errno.EACCES, "the folder is not writable"),
        ("fsync", errno.ENOSPC, "the disk is full"),
        ("replace", errno.EROFS, "the disk is read-only"),
    ],
)
def test_failure_at_any_step_leaves_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str, code: int, message: str
) -> None:
    target = tmp_path / "notes.crosscheck"
    target.write_bytes(b"old content")

    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(storage.os, failing, fail)
    with pytest.raises(SaveError, match=message) as caught:
        save_atomic(target, b"new content")
    monkeypatch.undo()
    assert caught.value.errno == code
    assert target.read_bytes() == b"old content"
    assert _visible(tmp_path) == ["notes.crosscheck"]


def _newer_version() -> bytes:
    d = to_json_dict(sample_comparison())
    d["version"] = 2
    return json.dumps(d).encode()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"  \n", "the file is empty"),
        (b'{"format": "crosscheck/comparison-file", "version": 1, "left": {', "not valid JSON"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", "not UTF-8"),
        (b"[" * 200_000, "not valid JSON"),
        (b"[1, 2]", "not a Crosscheck comparison file"),
        (b'{"format": "other", "version": 1}', "not a Crosscheck comparison file"),
        (_newer_version(), "written by a newer Crosscheck (version 2)"),
    ],
    ids=["empty", "blank", "truncated", "binary", "deep", "list", "foreign", "newer"],
)
def test_unreadable_file_is_reported_and_left_untouched(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "broken.crosscheck"
    path.write_bytes(content)
    before = path.stat()
    with pytest.raises(FileFormatError, match=re.escape(message)) as caught:
        load_comparison_file(path)
    assert caught.value.path == str(path)
    assert str(path) in str(caught.value)
    assert path.read_bytes() == content
    assert path.stat().st_mtime_ns == before.st_mtime_ns
    assert _visible(tmp_path) == ["broken.crosscheck"]


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.crosscheck"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(to_json_dict(sample_comparison())).encode())
    assert load_comparison_file(path) == sample_comparison()


SAVER = """
import sys
from dataclasses import replace
from tests.annotations.builders import PAYLOADS, large_comparison, numbered_note
from viewer.annotations.recovery import RecoveryStore
from viewer.annotations.storage import save_atomic, save_comparison_file

mode, target = sys.argv[1], sys.argv[2]
big = large_comparison()
notes = []
while True:
    notes.append(numbered_note(len(notes)))
    cf = replace(big, notes=tuple(notes))
    if mode == "atomic":
        save_atomic(target, PAYLOADS[len(notes) % 2])
    elif mode == "save":
        save_comparison_file(target, cf)
    else:
        RecoveryStore(target).write("pair:test", cf)
    print(len(notes), flush=True)
"""


def _run_and_kill(mode: str, target: Path, delay: float) -> int:
    """Start a saver looping on ``target``, SIGKILL it after ``delay``; last reported save."""
    child = subprocess.Popen(
        [sys.executable, "-c", SAVER, mode, str(target)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        first = child.stdout.readline()
        assert first.strip() == "1", "the saver did not start"
        time.sleep(delay)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    reported = [first, *child.stdout.read().split()]
    return int(reported[-1])


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["atomic", "save", "recovery"])
def test_killed_saver_leaves_old_or_new_file_never_a_broken_one(tmp_path: Path, mode: str) -> None:
    big = large_comparison()
    for attempt in range(3):
        delay = random.uniform(0.0, 0.25)
        folder = tmp_path / f"attempt{attempt}"
        folder.mkdir()
        target = folder / "big.crosscheck"
        last = _run_and_kill(mode, folder if mode == "recovery" else target, delay)
        if mode == "atomic":
            assert target.read_bytes() in PAYLOADS, f"delay {delay:.3f}s: a broken file"
            continue
        if mode == "save":
            loaded = load_comparison_file(target)
        else:
            store = RecoveryStore(folder)
            (entry,) = store.pending()
            assert entry.key == "pair:test" and entry.note_count in (last, last + 1)
            loaded = store.load(entry)
        count = len(loaded.notes)
        assert count in (last, last + 1), f"delay {delay:.3f}s: {count} notes, last save {last}"
        assert loaded.notes == tuple(numbered_note(i) for i in range(count))
        assert loaded.left == big.left
