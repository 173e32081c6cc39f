"""A guard against PySide6 6.12.0 on Python 3.11 freeing ``None``: add references to it.

That release returns ``None`` from every void Qt method without taking a reference, so
each call such as ``QTextCharFormat.setFontWeight`` lowers ``None``'s reference count by
one; a few thousand calls later CPython aborts with "none_dealloc: deallocating None".
An export makes hundreds of thousands of such calls. Python 3.12+ makes ``None``
immortal, and other PySide6 releases are not affected: there ``top_up`` does nothing.
"""

from __future__ import annotations

import ctypes
import sys

_LOW_WATER = 1_000_000
_BATCH = 10_000_000
_MORTAL_NONE = sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def top_up() -> None:
    """Raise ``None``'s reference count by ten million whenever it runs below a million.

    The count is raised in place (``ob_refcnt`` is the first field of every CPython
    object) rather than by holding references in a list, because a list is freed at
    interpreter shutdown, which would bring the deficit back and abort the process
    on exit. Cheap enough to call once per exported row.
    """
    if _MORTAL_NONE and sys.getrefcount(None) < _LOW_WATER:
        ctypes.c_ssize_t.from_address(id(None)).value += _BATCH
