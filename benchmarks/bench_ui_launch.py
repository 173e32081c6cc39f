"""Time from launching ``crosscheck LEFT RIGHT --screenshot`` to the saved, painted window.

usage: python benchmarks/bench_ui_launch.py [--runs N] [--big-dir DIR]

Runs the real command as a separate process (a cold start every time: Python, Qt, the
engine, the comparison, layout and paint, PNG written) for the bundled sample pair and
for the make_pair.py pair (about 620 KB a side, made in DIR if missing). "Launch to
painted" is the time until the screenshot file appears (it is renamed into place once
written): an upper bound, as it includes encoding the PNG. The whole process time (also
shutting down) is shown beside it. The engine's own time is measured in-process.
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
sys.path.insert(0, str(REPO))

from big_pair import big_pair  # noqa: E402

from viewer.assets import sample_pair  # noqa: E402
from viewer.engine.compare import compare_paths  # noqa: E402

GOALS = {"sample": 1.0, "make_pair": 3.0}


def _command() -> list[str]:
    script = Path(sys.executable).with_name("crosscheck")
    return [str(script)] if script.exists() else [sys.executable, "-m", "viewer"]


def time_launch(left: Path, right: Path, runs: int) -> dict[str, list[float]]:
    """Per run, seconds from launch: first paint of the comparison, fact flags in, the
    screenshot saved (view settled), and the process gone."""
    env = dict(os.environ, CROSSCHECK_TIMINGS="1")
    env.pop("QT_QPA_PLATFORM", None)  # --screenshot picks offscreen itself
    times: dict[str, list[float]] = {"painted": [], "complete": [], "saved": [], "exited": []}
    with tempfile.TemporaryDirectory() as scratch:
        env["XDG_CONFIG_HOME"] = scratch  # never touch the user's settings
        shot = Path(scratch) / "shot.png"
        for _ in range(runs):
            shot.unlink(missing_ok=True)
            launched = time.time()
            start = time.perf_counter()
            child = subprocess.Popen(
                [*_command(), str(left), str(right), "--screenshot", str(shot)],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            seen = None
            while child.poll() is None:
                if seen is None and shot.exists():
                    seen = time.perf_counter() - start
                time.sleep(0.002)
            end = time.perf_counter() - start
            if child.returncode != 0 or not shot.exists() or not shot.stat().st_size:
                raise SystemExit(f"the screenshot failed (exit status {child.returncode})")
            for line in child.stderr.read().splitlines():
                if line.startswith("crosscheck-timing "):
                    _, name, stamp = line.split()
                    times[name].append(float(stamp) - launched)
            times["saved"].append(seen if seen is not None else end)
            times["exited"].append(end)
    return times


def time_engine(left: Path, right: Path) -> float:
    """The engine alone, in process, with fact flags (what the window waits for in total)."""
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
        "| pair | KB a side | engine alone | painted (min / median) | flags in | "
        "settled and saved | exited | goal (painted) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    worst = 0
    for name, (left, right) in pairs.items():
        size_kb = (left.stat().st_size + right.stat().st_size) / 2048
        engine = time_engine(left, right)
        times = time_launch(left, right, args.runs)
        painted = times["painted"] or times["saved"]
        median = statistics.median(painted)
        met = median < GOALS[name]
        worst |= not met
        cells = [
            name,
            f"{size_kb:.0f}",
            f"{engine:.2f} s",
            f"{min(painted):.2f} / {median:.2f} s",
            *(f"{statistics.median(times[k]):.2f} s" for k in ("complete", "saved", "exited")),
            f"< {GOALS[name]:.0f} s {'met' if met else 'MISSED'}",
        ]
        print("| " + " | ".join(cells) + " |", flush=True)
    return 1 if worst else 0


if __name__ == "__main__":
    sys.exit(main())
