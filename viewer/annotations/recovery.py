"""Recovery files: every change is autosaved, so a killed session loses no note."""

# A recovery file is an ordinary comparison file with one extra top-level member,
# "recovery": {"key": ..., "path": ...}, so it can also be opened by hand with File > Open.

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from viewer import __version__
from viewer.annotations.comparison_file import (
    ComparisonFile,
    FileFormatError,
    SourceRecord,
    from_json_dict,
)
from viewer.annotations.storage import (
    SaveError,
    decode_comparison_file,
    encode_comparison_file,
    load_comparison_file,
    save_atomic,
)

__all__ = ["RecoveryEntry", "RecoveryStore", "default_recovery_folder", "recovery_key"]

log = logging.getLogger(__name__)

SUFFIX = ".crosscheck"
MEMBER = "recovery"
STALE_TEMP_SECONDS = 600


def default_recovery_folder(base: str | os.PathLike[str] | None = None) -> Path:
    """``base``/recovery (the UI passes Qt's AppDataLocation), else the XDG state folder."""
    if base:
        return Path(base) / "recovery"
    state = os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state"
    return Path(state) / "crosscheck" / "recovery"


def recovery_key(
    left: SourceRecord, right: SourceRecord, path: str | os.PathLike[str] | None = None
) -> str:
    """Name one comparison: its ``*.crosscheck`` file once saved, else the pair's hashes."""
    if path:
        return "file:" + str(Path(path).absolute())
    return f"pair:{left.sha256}:{right.sha256}"


@dataclass(frozen=True, slots=True)
class RecoveryEntry:
    """What a session left behind: enough to offer it to the user without loading it.

    ``file`` is the recovery file itself; ``path`` the ``*.crosscheck`` file the work
    belonged to (``None`` if it was never saved).
    """

    key: str
    saved: datetime | None
    note_count: int
    file: Path
    path: Path | None
    left_title: str | None
    right_title: str | None


class RecoveryStore:
    """A folder of recovery files, one per comparison key, each replaced atomically.

    Call ``pending()`` at start-up, before the session writes anything, to find what a
    crashed session left; ``write()`` after every change; ``discard()`` once the work is
    saved for real or the user declines the recovered notes.
    """

    def __init__(self, folder: str | os.PathLike[str] | None = None) -> None:
        self.folder = Path(folder) if folder else default_recovery_folder()

    def file_for(self, key: str) -> Path:
        """The recovery file of ``key``; hashed, since keys may hold any character."""
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
        return self.folder / f"{digest}{SUFFIX}"

    def write(
        self, key: str, cf: ComparisonFile, *, path: str | os.PathLike[str] | None = None
    ) -> Path:
        """Autosave ``cf`` under ``key`` (atomically); ``path`` is its ``*.crosscheck``."""
        try:
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            why = exc.strerror or str(exc)
            msg = f"Cannot create the recovery folder {self.folder}: {why}"
            raise SaveError(exc.errno, msg) from exc
        stamped = replace(cf, saved=datetime.now(UTC), app_version=__version__)
        record = {"key": key, "path": os.fspath(path) if path else None}
        target = self.file_for(key)
        save_atomic(target, encode_comparison_file(stamped, extra={MEMBER: record}))
        return target

    def _entry(self, file: Path) -> RecoveryEntry:
        raw = decode_comparison_file(file.read_bytes(), str(file))
        record = raw.get(MEMBER)
        if not isinstance(record, dict) or not isinstance(record.get("key"), str):
            raise FileFormatError("not a recovery file", str(file))
        cf = from_json_dict(raw)
        where = record.get("path")
        return RecoveryEntry(
            key=record["key"],
            saved=cf.saved,
            note_count=len(cf.notes),
            file=file,
            path=Path(where) if isinstance(where, str) and where else None,
            left_title=cf.left.title,
            right_title=cf.right.title,
        )

    def _sweep_temps(self) -> None:
        """Remove half-written temporaries left by killed saves.

        Only old ones: another instance may be saving right now. Recovery files
        themselves are never removed here.
        """
        cutoff = time.time() - STALE_TEMP_SECONDS
        for temp in self.folder.glob(f".*{SUFFIX}.*.tmp"):
            with contextlib.suppress(OSError):
                if temp.stat().st_mtime < cutoff:
                    temp.unlink()

    def pending(self) -> list[RecoveryEntry]:
        """Recovery files left in the folder, newest first.

        A file that cannot be read is skipped and logged, never deleted: it may still
        be rescued by hand.
        """
        if not self.folder.is_dir():
            return []
        self._sweep_temps()
        entries = []
        for file in sorted(self.folder.glob(f"*{SUFFIX}")):
            if file.name.startswith("."):
                continue
            try:
                entries.append(self._entry(file))
            except (OSError, FileFormatError) as exc:
                log.warning("skipping unreadable recovery file %s: %s", file, exc)
        oldest = datetime.min.replace(tzinfo=UTC)
        return sorted(entries, key=lambda e: e.saved or oldest, reverse=True)

    def load(self, entry: RecoveryEntry) -> ComparisonFile:
        """The comparison a recovery entry holds, notes and all."""
        return load_comparison_file(entry.file)

    def discard(self, key: str) -> None:
        """Forget ``key``'s recovery file; nothing happens if there is none."""
        self.file_for(key).unlink(missing_ok=True)
