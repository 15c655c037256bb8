"""Verified problems per second, per family and difficulty, on this machine: draft + the whole gate
(validator, reference, brute-force agreement, wrong solutions, time-limit calibration) in the sandbox.

    python bench/families.py [--seeds 2] [--difficulty medium] [--family grid_bfs]
"""
from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # runnable as `python bench/<name>.py`

from generator.problems.catalog import topics as families  # noqa: E402 - after the path
from generator.problems.gate import GateContext, GateError, verify  # noqa: E402
from generator.problems.pipeline import derive_seed  # noqa: E402
from generator.problems.schema import Difficulty  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, default=2)
    parser.add_argument("--difficulty", choices=[d.value for d in Difficulty], action="append")
    parser.add_argument("--family", action="append")
    args = parser.parse_args()
    levels = [Difficulty(d) for d in (args.difficulty or [d.value for d in Difficulty])]
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"{args.seeds} seeds per cell, sequential")
    print(f"{'family':<16}" + "".join(f"{d.value:>12}" for d in levels) + f"{'problems/s':>12}")
    totals: list[float] = []
    for family in families():
        if args.family and family.name not in args.family:
            continue
        cells, spent, made = [], 0.0, 0
        for level in levels:
            times = []
            for seed in range(args.seeds):
                s = derive_seed("bench", family.name, level.value, seed)
                started = time.perf_counter()
                try:
                    verify(family.draft(random.Random(s), level, "en"),
                           GateContext(problem_id="bench", difficulty=level, language="en", seed=s))
                    made += 1
                except GateError as exc:
                    print(f"  {family.name}/{level.value} seed {seed}: gate rejected ({exc.code})")
                times.append(time.perf_counter() - started)
            spent += sum(times)
            cells.append(statistics.median(times))
        rate = made / spent if spent else 0.0
        totals.append(rate)
        print(f"{family.name:<16}" + "".join(f"{c:>11.2f}s" for c in cells) + f"{rate:>12.2f}")
    if totals:
        print(f"median over families: {statistics.median(totals):.2f} verified problems/s (seconds per cell = median)")


if __name__ == "__main__":
    main()
