"""Paint time per scrolled frame of the comparison view on a large pair.

usage: python benchmarks/bench_ui_paint.py [LEFT RIGHT] [--frames N] [--step PX] [--size WxH]

Without paths it writes the 2,000-paragraph pair of ``../shared/tools/make_pair.py`` to a
temporary folder. Each frame scrolls the left pane by ``--step`` pixels (the right pane
follows through the scroll map, the bands and overview are recomputed) and then
repaints the whole view synchronously: scroll handling plus a full repaint, a worse case
than a real scroll, where Qt blits and repaints only the exposed strip.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from big_pair import big_pair
from PySide6.QtWidgets import QApplication

from viewer.annotations.model import Side
from viewer.engine.compare import compare_paths
from viewer.ui.comparison_view import ComparisonView
from viewer.ui.pane_prep import prepare_view_data


def _pair(args: argparse.Namespace) -> tuple[str, str]:
    if args.left and args.right:
        return args.left, args.right
    left, right = big_pair()
    return str(left), str(right)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("left", nargs="?")
    parser.add_argument("right", nargs="?")
    parser.add_argument("--frames", type=int, default=300)
    parser.add_argument("--step", type=int, default=37)
    parser.add_argument("--size", default="1400x900")
    parser.add_argument("--freeze", action="store_true", help="gc.freeze() after comparing")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    app = QApplication.instance() or QApplication([])
    left, right = _pair(args)

    t0 = time.perf_counter()
    comparison = compare_paths(left, right)
    prepare_view_data(comparison)  # as the compare worker does, off the GUI thread
    if args.freeze:
        gc.collect()
        gc.freeze()
    t1 = time.perf_counter()
    view = ComparisonView()
    view.resize(width, height)
    view.show()
    view.set_comparison(comparison)
    t_set = time.perf_counter()
    app.processEvents()
    view.repaint()
    t2 = time.perf_counter()
    # Qt lays long articles out in timer steps; the scroll map and overview follow.
    longest = 0.0
    while not view.is_settled():
        turn = time.perf_counter()
        app.processEvents()
        longest = max(longest, time.perf_counter() - turn)
        time.sleep(0.001)
    t3 = time.perf_counter()

    pane = view.pane(Side.LEFT)
    bar = pane.editor.verticalScrollBar()
    frames: list[float] = []
    cpu: list[float] = []  # this process's CPU time: wall time inflates on a busy machine
    for i in range(args.frames):
        start, start_cpu = time.perf_counter(), time.process_time()
        bar.setValue(bar.value() + (args.step if i < args.frames // 2 else -args.step))
        view.repaint()
        frames.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    # Incremental case: what a real wheel scroll costs (Qt blits, paints the exposed strip).
    incremental: list[float] = []
    for _ in range(args.frames // 2):
        start = time.perf_counter()
        bar.setValue(bar.value() + args.step)
        app.processEvents()
        incremental.append((time.perf_counter() - start) * 1000)

    def pct(values: list[float], q: float) -> float:
        return sorted(values)[min(len(values) - 1, int(q * len(values)))]

    blocks = len(comparison.left.blocks), len(comparison.right.blocks)
    print(f"pair: {left} / {right}")
    print(f"blocks: {blocks[0]} / {blocks[1]}, pairs: {len(comparison.pairs)}")
    print(
        f"compare: {(t1 - t0) * 1000:.0f} ms, set_comparison: {(t_set - t1) * 1000:.0f} ms,"
        f" view built and painted: {(t2 - t1) * 1000:.0f} ms,"
        f" laid out and settled: {(t3 - t1) * 1000:.0f} ms"
        f" (longest event-loop turn meanwhile {longest * 1000:.0f} ms)"
    )
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    for name, values in (
        ("full repaint", frames),
        ("full repaint, CPU time", cpu),
        ("incremental", incremental),
    ):
        print(
            f"{name} per scrolled frame ({len(values)} frames, {args.step} px): "
            f"median {statistics.median(values):.1f} ms, p95 {pct(values, 0.95):.1f} ms, "
            f"max {max(values):.1f} ms"
        )
    view.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
