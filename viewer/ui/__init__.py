"""Qt widgets of Crosscheck: the comparison view and the window around it."""

import sys

import PySide6


def _guard_none_refcount() -> None:
    """Work around PySide6 6.12.0 on Python 3.11: every call of a void method drops one
    reference to ``None`` it never took, so a long session (or scrolling a large pair)
    ends in "Fatal Python error: none_dealloc". Python 3.12 made ``None`` immortal; here
    its count is raised far beyond reach. Harmless elsewhere, and skipped there."""
    if sys.version_info >= (3, 12) or not PySide6.__version__.startswith("6.12."):
        return
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


_guard_none_refcount()
