"""Cost of fact-change flags: compare_documents on the make_pair.py pair with and without them.

usage: python benchmarks/bench_facts.py [--runs N] [--big-dir DIR] [--finder MOD:FUNC] [--profile]

Loads the pair once (made in DIR if missing), then times ``compare_documents`` without a
flag finder and with ``find_flags`` (best of N runs each), and the time spent inside
``find_flags`` itself. The goal (issue 6): flags add at most 20 % to the comparison.
``--finder`` times another flag finder with the same signature (an older version, say);
``--profile`` prints the top cProfile entries of the flag finder alone.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import pstats
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from big_pair import big_pair  # noqa: E402

from viewer.engine.compare import compare_documents  # noqa: E402
from viewer.engine.document import load_document  # noqa: E402
from viewer.engine.facts import find_flags  # noqa: E402
from viewer.engine.model import Change, Flag  # noqa: E402

GOAL = 0.20
FlagFinder = Callable[..., tuple[Flag, ...]]


class _TimedFinder:
    """A flag finder that adds up its own time and counts the pairs and flags it saw."""

    def __init__(self, finder: FlagFinder = find_flags) -> None:
        self.finder = finder
        self.seconds = 0.0
        self.calls = 0
        self.flags = 0

    def __call__(
        self,
        left: str,
        right: str,
        changes: Sequence[Change],
        documents: tuple[str, str] | None = None,
    ) -> tuple[Flag, ...]:
        t = time.perf_counter()
        out = self.finder(left, right, changes, documents)
        self.seconds += time.perf_counter() - t
        self.calls += 1
        self.flags += len(out)
        return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--big-dir", type=Path, default=Path("/tmp/bigpair"))
    parser.add_argument("--finder", default="viewer.engine.facts:find_flags")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    module, _, name = args.finder.partition(":")
    chosen = getattr(importlib.import_module(module), name)
    lp, rp = big_pair(args.big_dir)
    left, right = load_document(str(lp)), load_document(str(rp))

    plain, flagged, inside = [], [], []
    finder = _TimedFinder(chosen)
    for _ in range(args.runs):
        t = time.perf_counter()
        compare_documents(left, right, flag_finder=None)  # the default finds flags
        plain.append(time.perf_counter() - t)
        finder = _TimedFinder(chosen)
        t = time.perf_counter()
        compare_documents(left, right, flag_finder=finder)
        flagged.append(time.perf_counter() - t)
        inside.append(finder.seconds)
    base, with_flags, own = min(plain), min(flagged), min(inside)
    print(f"pair: {lp} / {rp}, flag finder {args.finder}")
    print(f"compare without flags: {base:.3f} s (best of {args.runs})")
    print(f"compare with flags:    {with_flags:.3f} s")
    print(f"find_flags itself:     {own:.3f} s over {finder.calls} pairs with changes")
    print(f"  {1000 * own / max(1, finder.calls):.3f} ms per pair, {finder.flags} flags")
    print(f"ratio with/without:    {with_flags / base:.3f}  (goal <= {1 + GOAL:.2f})")
    print(f"find_flags / compare:  {own / base:.3f}")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        compare_documents(left, right, flag_finder=chosen)
        profiler.disable()
        stats = pstats.Stats(profiler).sort_stats("cumulative")
        stats.print_stats(r"facts", 30)


if __name__ == "__main__":
    main()
