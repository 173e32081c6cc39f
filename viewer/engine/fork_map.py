"""A map over a list that uses a second core through fork, and falls back to one core.

Per-pair work (word diffs, fact flags) and loading the two files are independent pieces of
pure Python, so the GIL keeps them on one core. A forked child inherits the inputs for
free (copy on write), computes its share and sends back only the results, pickled through
a pipe. Nothing here is needed for correctness: whenever forking is not possible or not
safe (no ``os.fork``, other threads running, a child that fails), the work is done in
this process and the result is the same.
"""

from __future__ import annotations

import os
import pickle
import sys
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

__all__ = ["available_workers", "fork_map"]

_FAILED = b"\x00"  # a child's whole message when it could not finish its share


def available_workers(limit: int = 2) -> int:
    """How many processes a fork map may use here: the usable cores, at most ``limit``.

    Linux only: macOS's system libraries are not safe to use in a forked child (Python's
    own multiprocessing stopped forking there), and Windows has no fork.
    """
    if not (hasattr(os, "fork") and sys.platform.startswith("linux")):
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(limit, cores))


def fork_map(
    fn: Callable[[T], R], items: Sequence[T], workers: int = 1, *, warm_up: bool = False
) -> list[R]:
    """``[fn(x) for x in items]``, with a share of the items computed in forked children.

    The shares interleave (every ``workers``-th item) because costs cluster by position:
    the opening paragraphs of an article differ most. With ``warm_up`` the first item is
    done before forking, so the lazy imports and caches it fills are paid once and
    inherited. Forking is skipped when ``workers`` is 1, when there are fewer items than
    workers, and when other threads run in this process (a child of a threaded process
    may inherit a held lock and hang). Exceptions surface exactly as in the plain loop: a
    child that raises sends nothing back and its share is computed here again.
    """
    head = [fn(items[0])] if warm_up and items else []
    rest = items[len(head) :]
    if workers <= 1 or len(rest) < workers or not _safe_to_fork():
        return head + [fn(x) for x in rest]
    children = [(k, _spawn(fn, rest[k::workers])) for k in range(1, workers)]
    out: list[R | None] = [None] * len(rest)
    out[0::workers] = [fn(x) for x in rest[0::workers]]
    for k, child in children:
        out[k::workers] = _collect(child, fn, rest[k::workers])
    return head + out  # type: ignore[operator]


def _safe_to_fork() -> bool:
    return hasattr(os, "fork") and threading.active_count() == 1


def _spawn(fn: Callable[[T], R], chunk: Sequence[T]) -> tuple[int, int] | None:
    """Fork a child that maps ``fn`` over ``chunk``; (pid, read end), or None if no fork."""
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:  # the child: compute, send, and leave without running any cleanup
        os.close(read_end)
        try:
            payload = pickle.dumps([fn(x) for x in chunk], protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException:  # the parent recomputes and raises it there
            payload = _FAILED
        try:
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(payload)
        finally:
            os._exit(0)
    os.close(write_end)
    return pid, read_end


def _collect(child: tuple[int, int] | None, fn: Callable[[T], R], chunk: Sequence[T]) -> list[R]:
    """The child's results, or the chunk computed here when the child had none to give."""
    if child is None:
        return [fn(x) for x in chunk]
    pid, read_end = child
    with os.fdopen(read_end, "rb") as pipe:
        payload = pipe.read()
    os.waitpid(pid, 0)
    if payload and payload != _FAILED:
        try:
            results = pickle.loads(payload)
        except Exception:  # a truncated message: do the work here
            results = None
        if isinstance(results, list) and len(results) == len(chunk):
            return results
    return [fn(x) for x in chunk]
