"""HeadStart: a child works ahead on planned items; what it finished is exact, the rest is left."""

import os
import threading
import time

import pytest

from viewer.engine.fork_map import HeadStart

PARENT = os.getpid()

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")


def slow_square(x: int) -> tuple[int, int]:
    time.sleep(0.005)
    return x * x, os.getpid()


def fail_at_nine(x: int) -> int:
    if x == 9:
        raise ValueError("nine")
    return -x


def plan_of(items):
    """A plan that says where it ran: the child, not this process, makes it."""
    calls = []

    def plan():
        calls.append(os.getpid())
        return items

    return plan, calls


def no_child_left() -> bool:
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


@needs_fork
def test_the_child_plans_and_works_while_this_process_does_something_else():
    plan, calls = plan_of(list(range(40)))
    with HeadStart(slow_square, plan, workers=2) as head:
        time.sleep(0.4)  # the 40 items take the child 0.2 s
        done = head.results()
    assert sorted(done) == list(range(40))
    assert all(value == k * k and pid != PARENT for k, (value, pid) in done.items())
    assert calls == []  # planned in the child
    assert no_child_left()


@needs_fork
def test_called_off_early_it_returns_what_was_finished_and_no_more():
    plan, _ = plan_of(list(range(400)))  # 2 s of work: called off long before
    t0 = time.perf_counter()
    with HeadStart(slow_square, plan, workers=2) as head:
        time.sleep(0.1)
        done = head.results()
    assert time.perf_counter() - t0 < 0.5  # only the item in hand was waited for
    assert 0 < len(done) < 400
    assert sorted(done) == list(range(len(done)))  # in the plan's order
    assert all(done[k][0] == k * k for k in done)
    assert no_child_left()


@needs_fork
def test_a_failing_item_leaves_out_itself_and_those_after_it():
    with HeadStart(fail_at_nine, lambda: list(range(20)), workers=2) as head:
        time.sleep(0.2)
        done = head.results()
    assert done == {k: -k for k in range(9)}


@needs_fork
def test_a_failing_plan_leaves_everything_to_the_caller():
    def plan():
        raise OSError("no plan")

    with HeadStart(slow_square, plan, workers=2) as head:
        time.sleep(0.05)
        assert head.results() == {}


@needs_fork
def test_an_error_here_ends_the_child_at_once():
    t0 = time.perf_counter()
    with pytest.raises(KeyError), HeadStart(slow_square, lambda: range(400), workers=2):
        raise KeyError("the caller's own trouble")
    assert time.perf_counter() - t0 < 0.5
    assert no_child_left()


@pytest.mark.parametrize("workers", [1, 0])
def test_nothing_is_forked_without_a_second_worker(workers):
    plan, calls = plan_of(list(range(5)))
    with HeadStart(slow_square, plan, workers=workers) as head:
        assert head.results() == {}
    assert calls == []


def test_nothing_is_forked_while_other_threads_run():
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        with HeadStart(slow_square, lambda: range(5), workers=2) as head:
            time.sleep(0.05)
            assert head.results() == {}
    finally:
        stop.set()
        other.join()


@needs_fork
def test_results_are_given_once():
    with HeadStart(slow_square, lambda: range(4), workers=2) as head:
        time.sleep(0.1)
        assert len(head.results()) == 4
        assert head.results() == {}
    assert no_child_left()
