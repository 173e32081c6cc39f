"""Atomic saving: a file on disk is always the old version or the new one, never half of each."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import secrets
import stat
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from viewer import __version__
from viewer.annotations.comparison_file import (
    ComparisonFile,
    FileFormatError,
    from_json_dict,
    to_json_dict,
)

__all__ = [
    "SaveError",
    "decode_comparison_file",
    "encode_comparison_file",
    "load_comparison_file",
    "save_atomic",
    "save_comparison_file",
]

_REASONS = {
    "EACCES": "the folder is not writable",
    "EPERM": "the folder is not writable",
    "EROFS": "the disk is read-only",
    "ENOSPC": "the disk is full",
    "EDQUOT": "the disk quota is exceeded",
    "ENOENT": "the folder does not exist",
    "ENOTDIR": "the folder does not exist",
}
_WHY = {getattr(errno, name): why for name, why in _REASONS.items() if hasattr(errno, name)}


class SaveError(OSError):
    """A save that did not happen; the message says why in words, the target is untouched.

    An ``OSError`` (with ``errno``), so callers catching those catch it too, but printed
    without the "[Errno 13]" prefix: the message is meant for the user.
    """

    def __str__(self) -> str:
        return self.strerror or super().__str__()


def _temp_name(target: Path) -> Path:
    """A hidden name beside the target, so the final rename stays on one file system."""
    return target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")


def _open_temp(target: Path) -> tuple[int, Path]:
    """Create the temporary file with the usual permissions (0666 less the umask)."""
    for _ in range(5):
        temp = _temp_name(target)
        try:
            return os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), temp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "could not pick a temporary file name", str(target))


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; some systems (Windows) cannot open a folder."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def save_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash at any moment leaves old or new bytes.

    Writes a temporary file in the same folder, flushes and fsyncs it, renames it over the
    target and fsyncs the folder. A symlink is followed (the link stays a link), an
    existing file keeps its permissions, and on any error the temporary file is removed
    and ``SaveError`` explains what went wrong.
    """
    target = Path(path)
    if target.is_symlink():
        target = target.resolve()
    folder = target.parent
    temp: Path | None = None
    try:
        fd, temp = _open_temp(target)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        with contextlib.suppress(FileNotFoundError):
            os.chmod(temp, stat.S_IMODE(os.stat(target).st_mode))
        os.replace(temp, target)
        temp = None
    except OSError as exc:
        why = _WHY.get(exc.errno or 0, exc.strerror or str(exc))
        if target.is_dir():
            why = "a folder has that name"
        raise SaveError(exc.errno, f"Cannot save {target.name} in {folder}: {why}") from exc
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
    _fsync_folder(folder)


def encode_comparison_file(cf: ComparisonFile, extra: dict[str, Any] | None = None) -> bytes:
    """UTF-8 JSON for ``cf``; ``extra`` adds top-level members (the recovery record)."""
    doc = to_json_dict(cf)
    if extra:
        doc.update(extra)
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def decode_comparison_file(data: bytes, path: str | None = None) -> dict[str, Any]:
    """The JSON object in ``data``, or ``FileFormatError`` saying why it is not one."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileFormatError(
            f"the file is damaged or not a comparison file (not UTF-8 at byte {exc.start})",
            path,
        ) from None
    if not text.strip():
        raise FileFormatError("the file is empty", path)
    try:
        decoded = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FileFormatError(
            f"the file is damaged: not valid JSON (line {exc.lineno}, column {exc.colno})",
            path,
        ) from None
    except (ValueError, RecursionError):
        raise FileFormatError("the file is damaged: not valid JSON", path) from None
    if not isinstance(decoded, dict):
        raise FileFormatError("this is not a Crosscheck comparison file", path)
    return decoded


def save_comparison_file(path: str | os.PathLike[str], cf: ComparisonFile) -> ComparisonFile:
    """Save ``cf`` atomically, stamped with the save time and this version; return it."""
    stamped = replace(cf, saved=datetime.now(UTC), app_version=__version__)
    save_atomic(path, encode_comparison_file(stamped))
    return stamped


def load_comparison_file(path: str | os.PathLike[str]) -> ComparisonFile:
    """Read a comparison file; never writes to it, even to repair it.

    ``OSError`` if it cannot be read, ``FileFormatError`` (with the path) if it is
    damaged, not a comparison file, or written by a newer version.
    """
    name = os.fspath(path)
    data = Path(path).read_bytes()
    try:
        return from_json_dict(decode_comparison_file(data, name))
    except FileFormatError as exc:
        if exc.path:
            raise
        raise FileFormatError(exc.message, name) from None
