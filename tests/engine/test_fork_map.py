"""fork_map: same results as a plain loop, work really shared, every failure recovered."""

import os
import threading

import pytest

from viewer.engine.fork_map import available_workers, fork_map

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


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_every_other_item_runs_in_another_process():
    pids = fork_map(where, list(range(6)), workers=2)
    assert pids[0::2] == [PARENT] * 3
    assert len(set(pids[1::2])) == 1 and pids[1] != PARENT


def test_two_items_use_two_processes():
    assert len(set(fork_map(where, [0, 1], workers=2))) == 2


def test_a_warm_up_item_is_done_before_forking():
    pids = fork_map(where, list(range(7)), workers=2, warm_up=True)
    assert pids[0] == PARENT
    assert pids[1::2] == [PARENT] * 3
    assert len(set(pids[2::2])) == 1 and pids[2] != PARENT


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
