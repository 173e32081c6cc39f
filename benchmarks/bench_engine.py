"""Engine speed: seeds pair in-process, benchmark pairs as whole CLI processes, vs difflib.

usage: python benchmarks/bench_engine.py [--large] [--skip-difflib] [--runs N]

Prints a Markdown table for docs/benchmarks.md. Pairs come from
../shared/tools/make_pair.py (2,000 paragraphs; with --large also 20,000).
"""

from __future__ import annotations

import argparse
import difflib
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


def in_process_ms(left: Path, right: Path, runs: int, flags: bool) -> float:
    compare_paths(str(left), str(right), flags=flags)  # warm caches and imports
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        compare_paths(str(left), str(right), flags=flags)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def cli_process(
    left: Path, right: Path, *extra: str, env: dict[str, str] | None = None
) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak memory (MiB) of one `crosscheck compare` run."""
    cmd = [sys.executable, "-m", "viewer", "compare", str(left), str(right), "--format", "json"]
    cmd += extra
    t0 = time.perf_counter()
    with open(os.devnull, "wb") as sink:
        proc = subprocess.Popen(cmd, stdout=sink, cwd=REPO, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    if status != 0:
        raise SystemExit(f"crosscheck failed with status {status}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def difflib_seconds(left: Path, right: Path) -> float:
    """difflib.SequenceMatcher over the two texts' words (its defaults, as a tool would)."""
    a = left.read_text(encoding="utf-8").split()
    b = right.read_text(encoding="utf-8").split()
    t0 = time.perf_counter()
    difflib.SequenceMatcher(None, a, b).get_opcodes()
    return time.perf_counter() - t0


def installed_env(folder: Path) -> dict[str, str]:
    """The environment of an installed app: compiled modules cached (as pip or a first
    run leaves them), even where the shell sets PYTHONDONTWRITEBYTECODE."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    return env


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--large", action="store_true", help="also the 20,000-paragraph pair")
    ap.add_argument("--skip-difflib", action="store_true")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    left, right = sample_pair()
    bare, full = in_process_ms(left, right, 20, False), in_process_ms(left, right, 20, True)
    print(
        f"sample pair, in process (median of 20): {bare:.1f} ms, {full:.1f} ms with flags",
        flush=True,
    )
    print()
    print("| pair | size a side | process, no flags: wall / CPU | with flags: wall / CPU |", end="")
    print(" peak memory | difflib SequenceMatcher on the words |")
    print("|---|---|---|---|---|---|", flush=True)
    sizes = [2000, 20000] if args.large else [2000]
    ratios = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            l_path, r_path = big_pair(Path(tmp) / f"pair{n}", paragraphs=n)
            env = installed_env(Path(tmp))
            cli_process(l_path, r_path, env=env)  # compiles and caches every module
            # Interleaved, so a slow spell of the machine hits both alike.
            bare, full = [], []
            for _ in range(args.runs):
                bare.append(cli_process(l_path, r_path, "--no-flags", env=env))
                full.append(cli_process(l_path, r_path, env=env))
            skip = args.skip_difflib or n > 2000
            dl = "skipped" if skip else f"{difflib_seconds(l_path, r_path):.1f} s"
            size = l_path.stat().st_size / 1e6
            cells = [
                f"make_pair {n:,} paragraphs",
                f"{size:.2f} MB",
                _timing(bare),
                _timing(full),
                f"{max(r[2] for r in bare + full):.0f} MiB",
                dl,
            ]
            print("| " + " | ".join(cells) + " |", flush=True)
            ratio = statistics.median(r[0] for r in full) / statistics.median(r[0] for r in bare)
            ratios.append(f"{n:,} paragraphs: flags add {ratio - 1:.0%} to the wall time")
    print()
    print("\n".join(ratios))


def _timing(runs: list[tuple[float, float, float]]) -> str:
    """Median wall and CPU seconds of several runs."""
    wall = statistics.median(r[0] for r in runs)
    cpu = statistics.median(r[1] for r in runs)
    return f"{wall:.2f} s / {cpu:.2f} s"


if __name__ == "__main__":
    main()
