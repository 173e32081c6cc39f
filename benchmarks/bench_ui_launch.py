"""Time from launching ``crosscheck LEFT RIGHT --screenshot`` to the saved, painted window.

usage: python benchmarks/bench_ui_launch.py [--runs N] [--big-dir DIR]

Runs the real command as a separate process (a cold start every time: Python, Qt, the
engine, the comparison, layout and paint, PNG written) for the bundled sample pair and
for the make_pair.py pair (about 620 KB a side, made in DIR if missing). The whole
process time is an upper bound on "launch to painted": it also includes writing the PNG
and shutting down. The engine's own time is measured in-process for comparison.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MAKE_PAIR = REPO.parent / "shared" / "tools" / "make_pair.py"
sys.path.insert(0, str(REPO))

from viewer.assets import sample_pair  # noqa: E402
from viewer.engine.compare import compare_paths  # noqa: E402

GOALS = {"sample": 1.0, "make_pair": 3.0}


def _command() -> list[str]:
    script = Path(sys.executable).with_name("crosscheck")
    return [str(script)] if script.exists() else [sys.executable, "-m", "viewer"]


def big_pair(folder: Path) -> tuple[Path, Path]:
    """The make_pair.py pair in ``folder``, generated when it is not there yet."""
    found = sorted(p for p in folder.glob("*") if p.is_file()) if folder.is_dir() else []
    if len(found) < 2:
        subprocess.run([sys.executable, str(MAKE_PAIR), str(folder)], check=True)
        found = sorted(p for p in folder.glob("*") if p.is_file())
    return found[0], found[1]


def time_launch(left: Path, right: Path, runs: int) -> list[float]:
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # --screenshot picks offscreen itself
    times = []
    with tempfile.TemporaryDirectory() as scratch:
        env["XDG_CONFIG_HOME"] = scratch  # never touch the user's settings
        shot = Path(scratch) / "shot.png"
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(
                [*_command(), str(left), str(right), "--screenshot", str(shot)],
                check=True,
                env=env,
                capture_output=True,
            )
            times.append(time.perf_counter() - start)
            if not shot.stat().st_size:
                raise SystemExit("the screenshot is empty")
    return times


def time_engine(left: Path, right: Path) -> float:
    start = time.perf_counter()
    compare_paths(str(left), str(right))
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--big-dir", type=Path, default=Path("/tmp/bigpair"))
    args = parser.parse_args()

    pairs = {"sample": sample_pair(), "make_pair": big_pair(args.big_dir)}
    print(
        f"{'pair':<10} {'KB/side':>8} {'engine s':>9} {'launch→painted s (min / median)':>32}  goal"
    )
    worst = 0
    for name, (left, right) in pairs.items():
        size_kb = (left.stat().st_size + right.stat().st_size) / 2048
        engine = time_engine(left, right)
        times = time_launch(left, right, args.runs)
        best, median = min(times), statistics.median(times)
        met = median < GOALS[name]
        worst |= not met
        print(
            f"{name:<10} {size_kb:>8.0f} {engine:>9.2f} {best:>15.2f} / {median:<14.2f}"
            f"  < {GOALS[name]:.0f} s {'met' if met else 'MISSED'}"
        )
    return 1 if worst else 0


if __name__ == "__main__":
    sys.exit(main())
