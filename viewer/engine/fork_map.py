"""A map over a list that uses a second core through fork, and falls back to one core.

Per-pair work (word diffs, fact flags) and loading the two files are independent pieces of
pure Python, so the GIL keeps them on one core. A forked child inherits the inputs for
free (copy on write), computes its share and sends back only the results, pickled through
a pipe. Nothing here is needed for correctness: whenever forking is not possible or not
safe (no ``os.fork``, other threads running, a child that fails), the work is done in
this process and the result is the same.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import struct
import sys
import threading
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

__all__ = ["HeadStart", "available_workers", "chunk_ranges", "fork_map"]

_TICKET = struct.Struct("<I")  # one chunk's number in the work queue
_HEADER = struct.Struct("<II")  # a child's message: chunk number, length of its pickle
# Chunks per worker: enough that the last one to finish leaves the others little to wait
# for (costs vary tenfold between items), few enough that the queue costs nothing.
_CHUNKS_PER_WORKER = 24
# Items per chunk at most: a chunk's pickled results (about 20 KB for 32 aligned pairs) must
# fit the pipe (64 KB), or the child waits on its write until the parent is between chunks.
_MAX_CHUNK = 32


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
    fn: Callable[[T], R],
    items: Sequence[T],
    workers: int = 1,
    *,
    warm_up: bool = False,
    first: Callable[[], object] | None = None,
) -> list[R]:
    """``[fn(x) for x in items]``, with a share of the items computed in forked children.

    The items are cut into chunks that every process takes from one queue as it gets
    free, so a process that drew costly items does fewer: costs cluster by position (the
    opening paragraphs of an article differ most) and vary tenfold between items.
    Children send each chunk's results as soon as it is done, and this process reads
    them between its own chunks, so little is left to unpickle at the end. With
    ``warm_up`` the first item is done before forking, so the lazy imports and caches it
    fills are paid once and inherited. ``first`` runs here as soon as the children are
    forked (in one process: at the start), before this process takes any item: work the
    caller needs next that is none of the items. Forking is skipped when ``workers`` is 1,
    when there are fewer items than processes to take them (``first`` keeps this one
    busy), and when other threads run in this process (a child of a threaded process
    may inherit a held lock and hang). Exceptions surface as in the
    plain loop: a child that raises sends no more, and the chunks it took and did not
    send are computed here again.
    """
    head = [fn(items[0])] if warm_up and items else []
    rest = items[len(head) :]
    chunks = chunk_ranges(len(rest), workers)
    # Every process gets an item at least (the children all of them when this one has
    # ``first`` to do).
    enough = len(rest) >= (workers - 1 if first is not None else workers)
    use_fork = workers > 1 and enough and _safe_to_fork()
    queue = _queue(len(chunks)) if use_fork else None
    if queue is None:
        if first is not None:
            first()
        return head + [fn(x) for x in rest]
    children = [c for c in (_Child.spawn(fn, rest, chunks, queue) for _ in range(1, workers)) if c]
    done: dict[int, list[R]] = {}
    try:
        if first is not None:
            first()
        while (k := _take(queue)) is not None:
            done[k] = [fn(rest[i]) for i in chunks[k]]
            for child in children:
                done.update(child.receive(wait=False))
    except BaseException:
        for child in children:
            child.stop()
        raise
    finally:
        os.close(queue)
    for child in children:
        done.update(child.receive(wait=True))
    results: list[R] = list(head)
    for k, chunk in enumerate(chunks):
        results += done[k] if k in done else [fn(rest[i]) for i in chunk]
    return results


class HeadStart(Generic[T, R]):
    """Work a forked child does ahead, while this process is busy with something else.

    The child calls ``plan`` for the items this process will likely need (the pairs of
    an alignment not yet finished, say) and computes ``fn`` of each in turn. ``results``
    calls it off: the child finishes the item in hand and sends what it has, by item.
    What it did not get to, the caller computes as usual, so a wrong plan costs only the
    second core's time. Nothing is forked when ``workers`` is 1 or forking is not safe;
    use it as a context manager, so that an error here ends the child at once.
    """

    def __init__(
        self, fn: Callable[[T], R], plan: Callable[[], Sequence[T]], workers: int = 1
    ) -> None:
        self._child: _Child | None = None
        self._stop: int | None = None
        if workers > 1 and _safe_to_fork():
            self._spawn(fn, plan)

    def _spawn(self, fn: Callable[[T], R], plan: Callable[[], Sequence[T]]) -> None:
        try:
            stop_r, stop_w = os.pipe()
        except OSError:
            return
        try:
            read_end, write_end = os.pipe()
        except OSError:
            os.close(stop_r)
            os.close(stop_w)
            return
        try:
            pid = os.fork()
        except OSError:
            for fd in (stop_r, stop_w, read_end, write_end):
                os.close(fd)
            return
        if pid == 0:  # the child: work until called off, send, leave without any cleanup
            try:
                os.close(stop_w)
                os.close(read_end)
                os.set_blocking(stop_r, False)
                done: list[tuple[T, R]] = []
                with os.fdopen(write_end, "wb", buffering=0) as pipe:
                    try:
                        for item in plan():
                            if _called_off(stop_r):
                                break
                            done.append((item, fn(item)))
                    finally:  # what was finished, also when an item failed
                        data = pickle.dumps(done, protocol=pickle.HIGHEST_PROTOCOL)
                        pipe.write(_HEADER.pack(0, len(data)) + data)
            finally:
                os._exit(0)
        os.close(stop_r)
        os.close(write_end)
        self._stop = stop_w
        self._child = _Child(pid, read_end)

    def __enter__(self) -> HeadStart[T, R]:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._child is not None:
            self._child.stop()
        self._close()

    def results(self) -> dict[T, R]:
        """What the child finished, by item; called off once (a second call gets {}).

        The item the child failed on, and every item after it, is missing: computed
        again by the caller, an error surfaces there as in a plain loop.
        """
        child, self._child = self._child, None
        if child is None or self._stop is None:
            return {}
        self._close()  # the child reads the end of the stop pipe (no write: no SIGPIPE)
        return dict(child.receive(wait=True).get(0, ()))

    def _close(self) -> None:
        if self._stop is not None:
            os.close(self._stop)
            self._stop = None


def _called_off(stop: int) -> bool:
    """Whether the parent has closed the stop pipe (a read at its end returns at once)."""
    try:
        os.read(stop, 1)
    except BlockingIOError:
        return False
    return True


def chunk_ranges(count: int, workers: int) -> list[range]:
    """``range(count)`` cut into consecutive chunks for the work queue: about
    ``_CHUNKS_PER_WORKER`` a worker, never more than ``_MAX_CHUNK`` items each."""
    per_worker = max(1, workers) * _CHUNKS_PER_WORKER
    size = max(1, min(_MAX_CHUNK, -(-count // per_worker)))
    return [range(k, min(k + size, count)) for k in range(0, count, size)]


def _safe_to_fork() -> bool:
    return hasattr(os, "fork") and threading.active_count() == 1


def _queue(count: int) -> int | None:
    """The read end of a pipe holding the chunk numbers ``0 .. count - 1``, all written.

    Each reader takes one ticket per ``read``: a pipe hands a read of a few bytes to one
    reader whole, and every ticket was in the pipe before anyone read (the pipe buffer
    holds 16,384 of them at least, so the writes never block).
    """
    if count > 16_384:
        return None
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return None
    with os.fdopen(write_end, "wb") as pipe:
        pipe.write(b"".join(_TICKET.pack(k) for k in range(count)))
    return read_end


def _take(queue: int) -> int | None:
    """The next chunk's number, or None when the queue is empty."""
    ticket = os.read(queue, _TICKET.size)
    return _TICKET.unpack(ticket)[0] if len(ticket) == _TICKET.size else None


class _Child:
    """A forked process working off the queue, and what it has sent back so far."""

    def __init__(self, pid: int, read_end: int) -> None:
        self.pid = pid
        self.read_end = read_end
        self.buffer = bytearray()
        self.ended = False  # the child has exited and its pipe is closed
        os.set_blocking(read_end, False)

    @classmethod
    def spawn(
        cls, fn: Callable[[T], R], items: Sequence[T], chunks: list[range], queue: int
    ) -> _Child | None:
        """Fork a child that takes chunks until the queue is empty; None if no fork."""
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
                with os.fdopen(write_end, "wb", buffering=0) as pipe:
                    while (k := _take(queue)) is not None:
                        data = pickle.dumps(
                            [fn(items[i]) for i in chunks[k]], protocol=pickle.HIGHEST_PROTOCOL
                        )
                        pipe.write(_HEADER.pack(k, len(data)) + data)
            finally:  # on an error the parent computes the chunks it never received
                os._exit(0)
        os.close(write_end)
        return cls(pid, read_end)

    def receive(self, wait: bool) -> dict[int, Any]:
        """The chunks sent since the last call; with ``wait``, all until the child ends."""
        if self.ended:
            return {}
        os.set_blocking(self.read_end, wait)
        while True:
            try:
                data = os.read(self.read_end, 1 << 20)
            except BlockingIOError:
                break
            if not data:  # the child has finished (or failed): no more will come
                self._end()
                break
            self.buffer += data
        return self._whole_messages()

    def _whole_messages(self) -> dict[int, Any]:
        out, buf, at = {}, self.buffer, 0
        while len(buf) - at >= _HEADER.size:
            k, n = _HEADER.unpack_from(buf, at)
            if len(buf) - at - _HEADER.size < n:
                break  # the rest of this message is still on its way
            out[k] = pickle.loads(buf[at + _HEADER.size : at + _HEADER.size + n])
            at += _HEADER.size + n
        del buf[:at]
        return out

    def stop(self) -> None:
        """End the child at once: this process is raising, its work is not wanted."""
        if not self.ended:
            with contextlib.suppress(OSError):
                os.kill(self.pid, signal.SIGKILL)
            self._end()

    def _end(self) -> None:
        self.ended = True
        os.close(self.read_end)
        os.waitpid(self.pid, 0)
