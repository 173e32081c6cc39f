"""Interleaved A/B of the `crosscheck compare` process between two checkouts of Crosscheck.

usage: python benchmarks/bench_ab.py OTHER_TREE [--runs N] [--big-dir DIR]

Times ``python -m viewer compare LEFT RIGHT --format json`` on the make_pair.py pair, with
and without ``--no-flags``, in this checkout and in ``OTHER_TREE`` (a ``git worktree add``
of an older commit, say), round by round, so that a slow spell of the shared machine
hits all four commands alike. Compiled modules are cached in each tree as an installed
app has them. Prints medians and minima, and how much flags add in each tree.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

from big_pair import big_pair  # noqa: E402


def run_once(tree: Path, left: Path, right: Path, *extra: str) -> float:
    """Wall seconds of one `crosscheck compare` process run from ``tree``'s code."""
    cmd = [sys.executable, "-m", "viewer", "compare", str(left), str(right), "--format", "json"]
    env = dict(os.environ, PYTHONPATH=str(tree))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # cache compiled modules, as installed
    t0 = time.perf_counter()
    with open(os.devnull, "wb") as sink:
        subprocess.run([*cmd, *extra], stdout=sink, check=True, env=env, cwd=tree)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("other", type=Path, help="the other checkout")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--big-dir", type=Path, default=Path("/tmp/bigpair"))
    args = ap.parse_args()
    left, right = big_pair(args.big_dir)
    trees = {"this": REPO, "other": args.other.resolve()}
    times: dict[tuple[str, bool], list[float]] = {}
    for tree in trees.values():  # compile and cache every module first
        run_once(tree, left, right, "--no-flags")
        run_once(tree, left, right)
    for _ in range(args.runs):
        for name, tree in trees.items():
            for flags in (False, True):
                extra = () if flags else ("--no-flags",)
                times.setdefault((name, flags), []).append(run_once(tree, left, right, *extra))
    for name, tree in trees.items():
        bare, full = times[name, False], times[name, True]
        ratio = statistics.median(full) / statistics.median(bare)
        print(
            f"{name} ({tree}): without flags {statistics.median(bare):.2f} s "
            f"(min {min(bare):.2f}), with flags {statistics.median(full):.2f} s "
            f"(min {min(full):.2f}): flags add {ratio - 1:.0%}"
        )


if __name__ == "__main__":
    main()
