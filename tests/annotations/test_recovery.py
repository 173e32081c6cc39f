"""Recovery files: what a crashed session wrote comes back, note for note."""

from __future__ import annotations

import logging
import os
import time
from dataclasses import replace
from pathlib import Path

import pytest

from tests.annotations.builders import numbered_note, sample_comparison
from viewer.annotations.recovery import (
    STALE_TEMP_SECONDS,
    RecoveryStore,
    default_recovery_folder,
    recovery_key,
)
from viewer.annotations.storage import SaveError, save_comparison_file


def test_default_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert default_recovery_folder(tmp_path / "AppData") == tmp_path / "AppData" / "recovery"
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert default_recovery_folder() == tmp_path / "state" / "crosscheck" / "recovery"
    monkeypatch.delenv("XDG_STATE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    expected = tmp_path / ".local" / "state" / "crosscheck" / "recovery"
    assert default_recovery_folder() == expected
    assert RecoveryStore().folder == expected


def test_recovery_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cf = sample_comparison()
    assert recovery_key(cf.left, cf.right) == f"pair:{'a' * 64}:{'b' * 64}"
    monkeypatch.chdir(tmp_path)
    assert recovery_key(cf.left, cf.right, "x.crosscheck") == f"file:{tmp_path / 'x.crosscheck'}"


def test_write_pending_load_restores_every_note(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    assert store.pending() == []
    cf = sample_comparison()
    cf = replace(cf, notes=cf.notes + tuple(numbered_note(i) for i in range(50)))
    key = recovery_key(cf.left, cf.right)
    first = store.write(key, replace(cf, notes=cf.notes[:1]))
    written = store.write(key, cf, path=tmp_path / "story.crosscheck")
    assert written == first == store.file_for(key)
    (entry,) = store.pending()
    assert (entry.key, entry.note_count, entry.file) == (key, 53, written)
    assert entry.path == tmp_path / "story.crosscheck"
    assert (entry.left_title, entry.right_title) == ("Deficit at 3% — Reuters", None)
    restored = store.load(entry)
    assert restored.notes == cf.notes
    assert (restored.left, restored.right, restored.view, restored.tags) == (
        cf.left,
        cf.right,
        cf.view,
        cf.tags,
    )
    assert restored.saved == entry.saved and restored.saved > cf.saved


def test_pending_lists_newest_first_and_discard_forgets(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    cf = sample_comparison()
    store.write("file:/a.crosscheck", cf)
    store.write("pair:1:2", replace(cf, notes=()))
    assert [e.key for e in store.pending()] == ["pair:1:2", "file:/a.crosscheck"]
    assert store.pending()[0].path is None
    store.discard("pair:1:2")
    store.discard("never-written")
    assert [e.key for e in store.pending()] == ["file:/a.crosscheck"]


def test_unreadable_files_are_skipped_and_kept(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = RecoveryStore(tmp_path)
    store.write("good", sample_comparison())
    broken = tmp_path / "broken.crosscheck"
    broken.write_bytes(b'{"format": "crosscheck/comparison-file", "ver')
    plain = tmp_path / "plain.crosscheck"
    save_comparison_file(plain, sample_comparison())
    with caplog.at_level(logging.WARNING, logger="viewer.annotations.recovery"):
        assert [e.key for e in store.pending()] == ["good"]
    assert "broken.crosscheck" in caplog.text and "not a recovery file" in caplog.text
    assert broken.read_bytes() == b'{"format": "crosscheck/comparison-file", "ver'
    assert plain.exists()


def test_old_temporaries_of_killed_saves_are_swept(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    old = tmp_path / ".0123.crosscheck.abcdef.tmp"
    fresh = tmp_path / ".4567.crosscheck.abcdef.tmp"
    old.write_bytes(b"half")
    fresh.write_bytes(b"half")
    past = time.time() - STALE_TEMP_SECONDS - 5
    os.utime(old, (past, past))
    assert store.pending() == []
    assert not old.exists() and fresh.exists()


def test_write_where_impossible_is_a_save_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_bytes(b"")
    with pytest.raises(SaveError, match="Cannot create the recovery folder"):
        RecoveryStore(tmp_path / "file" / "recovery").write("k", sample_comparison())
