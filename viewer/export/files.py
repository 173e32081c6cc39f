"""Atomic output files: check the folder first, write a temporary sibling, rename at the end."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from viewer.export.options import ExportError


def checked_target(path: str | Path) -> Path:
    """The absolute output path, or ExportError when it cannot be written.

    Qt's PDF writer fails silently on a missing or read-only folder, so this is checked
    up front, where the message can still name the real cause.
    """
    target = Path(path).expanduser().absolute()
    folder = target.parent
    if not folder.exists():
        raise ExportError(f"cannot write {target}: folder {folder} does not exist")
    if not folder.is_dir():
        raise ExportError(f"cannot write {target}: {folder} is not a folder")
    if target.is_dir():
        raise ExportError(f"cannot write {target}: it is a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(f"cannot write {target}: folder {folder} is not writable")
    return target


@contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it onto ``target`` only on success.

    A crash, an exception or a full disk leaves at most the temporary file's removal to
    do, never a half-written file under the final name.
    """
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as error:
        raise ExportError(f"cannot write {target}: {error.strerror or error}") from error
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
        os.chmod(temporary, 0o644 & ~_umask())
        os.replace(temporary, target)
    except OSError as error:
        raise ExportError(f"cannot write {target}: {error.strerror or error}") from error
    finally:
        temporary.unlink(missing_ok=True)


def write_text_atomically(target: Path, text: str) -> None:
    """Write UTF-8 text to ``target`` through a temporary sibling."""
    with atomic_output(target) as temporary:
        temporary.write_text(text, encoding="utf-8")


def _umask() -> int:
    """The process umask (read by setting it, the only portable way, and restoring it)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask
