"""fork_map: same results as a plain loop, work really shared, every failure recovered."""

import os
import threading
import time

import pytest

from viewer.engine.fork_map import available_workers, chunk_ranges, fork_map

PARENT = os.getpid()


def square(x: int) -> int:
    return x * x


def where(_x: int) -> int:
    return os.getpid()


def fail_in_child(x: int) -> int:
    if os.getpid() != PARENT:
        raise RuntimeError("child trouble")
    return x + 1


def die_in_child(x: int) -> int:
    if os.getpid() != PARENT:
        os._exit(3)
    return -x


def fail_everywhere(x: int) -> int:
    if x == 7:
        raise ValueError("seven")
    return x


@pytest.mark.parametrize(
    ("fn", "items", "expected"),
    [
        (square, list(range(50)), [x * x for x in range(50)]),
        (square, [], []),
        (square, [3], [9]),
        (square, [3, 4], [9, 16]),
        (square, [3, 4, 5], [9, 16, 25]),
        (fail_in_child, list(range(9)), [x + 1 for x in range(9)]),
        (die_in_child, list(range(9)), [-x for x in range(9)]),
    ],
    ids=["squares", "empty", "one item", "two items", "three items", "child raises", "child dies"],
)
def test_results_equal_a_plain_loop(fn, items, expected):
    assert fork_map(fn, items, workers=2) == expected


def test_an_error_surfaces_in_the_caller_as_in_a_loop():
    with pytest.raises(ValueError, match="seven"):
        fork_map(fail_everywhere, list(range(20)), workers=2)


needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")


def slow_where(x: float) -> int:
    """The process an item ran in; each item takes ``x`` seconds, so both get work."""
    time.sleep(x)
    return os.getpid()


@needs_fork
def test_the_work_is_shared_with_another_process():
    pids = fork_map(slow_where, [0.01] * 40, workers=2)
    assert PARENT in pids
    assert len(set(pids)) == 2


@needs_fork
def test_two_items_use_two_processes():
    assert len(set(fork_map(slow_where, [0.05, 0.05], workers=2))) == 2


@needs_fork
def test_a_process_that_drew_a_costly_item_does_fewer():
    # One item costs as much as the 30 others together: whoever drew it does few else
    # (a fixed split would give each process 15 or 16 items).
    pids = fork_map(slow_where, [0.6] + [0.02] * 30, workers=2)
    assert pids.count(pids[0]) <= 4
    assert set(pids) == {PARENT, next(p for p in pids if p != PARENT)}


@needs_fork
def test_a_warm_up_item_is_done_before_forking():
    pids = fork_map(slow_where, [0.0] + [0.01] * 20, workers=2, warm_up=True)
    assert pids[0] == PARENT
    assert len(set(pids[1:])) == 2


@pytest.mark.parametrize("workers", [1, 2, 3])
@pytest.mark.parametrize("items", [[], [1], [1, 2], list(range(30))])
def test_first_runs_once_here_before_this_process_takes_an_item(workers, items):
    events = []
    out = fork_map(
        lambda x: events.append((os.getpid(), x)) or square(x),
        items,
        workers=workers,
        first=lambda: events.append((os.getpid(), "first")),
    )
    assert out == [x * x for x in items]
    here = [x for pid, x in events if pid == PARENT]  # a child's events stay in the child
    assert here[:1] == ["first"] and here.count("first") == 1


@needs_fork
def test_with_first_to_do_the_children_take_every_item():
    """Two files, two children: this process does ``first`` meanwhile (the finder's import)."""
    pids = fork_map(slow_where, [0.05, 0.05], workers=3, first=lambda: time.sleep(0.2))
    assert PARENT not in pids and len(set(pids)) == 2


def fail_here(x: int) -> int:
    if os.getpid() == PARENT and x >= 0:
        raise LookupError("parent trouble")
    time.sleep(0.01)
    return x


@needs_fork
def test_an_error_here_ends_the_children_at_once():
    t0 = time.perf_counter()
    with pytest.raises(LookupError):
        fork_map(fail_here, list(range(200)), workers=2)
    assert time.perf_counter() - t0 < 1.0  # the child's 2 s of work was not waited for
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)  # and no child is left behind


@pytest.mark.parametrize("items", [[], [5], [5, 6], [5, 6, 7]])
def test_warm_up_keeps_the_results_of_a_loop(items):
    assert fork_map(square, items, workers=2, warm_up=True) == [x * x for x in items]


@pytest.mark.parametrize("workers", [1, 0])
def test_one_worker_stays_in_this_process(workers):
    assert set(fork_map(where, list(range(6)), workers=workers)) == {PARENT}


def test_no_fork_while_other_threads_run():
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert set(fork_map(where, list(range(6)), workers=2)) == {PARENT}
    finally:
        stop.set()
        other.join()


def test_available_workers_is_within_the_limit():
    assert 1 <= available_workers(2) <= 2
    assert available_workers(1) == 1


@pytest.mark.parametrize("platform", ["darwin", "win32"])
def test_no_workers_beyond_linux(monkeypatch, platform):
    monkeypatch.setattr("viewer.engine.fork_map.sys.platform", platform)
    assert available_workers(2) == 1


@pytest.mark.parametrize(
    ("count", "workers", "chunks"),
    [(0, 2, 0), (1, 2, 1), (47, 2, 47), (48, 2, 48), (1_400, 2, 47), (20_000, 2, 625), (90, 3, 45)],
)
def test_chunks_cover_every_item_once_in_order_and_stay_small(count, workers, chunks):
    ranges = chunk_ranges(count, workers)
    assert [i for r in ranges for i in r] == list(range(count))
    assert len(ranges) == chunks
    # a chunk's pickled results must fit a pipe, or the child waits on the parent
    assert all(1 <= len(r) <= 32 for r in ranges)
