"""CPU seconds per verified problem by difficulty (the worker's own CPU plus its sandboxed children), the inputs of
the README's cost table. CPU time, not wall time: it is what Lambda bills at 1 vCPU and it barely moves when other
processes share the machine.

    python bench/cost.py [--seeds 1]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # runnable as `python bench/<name>.py`

from generator.problems.catalog import topics as families  # noqa: E402 - after the path
from generator.problems.pipeline import GenerationFailedError, derive_seed, generate_problem  # noqa: E402
from generator.problems.schema import Difficulty  # noqa: E402


def cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, default=1)
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"{args.seeds} seed(s) per family and difficulty, every family")
    print(f"{'difficulty':<10}{'problems':>9}{'cpu mean':>10}{'cpu p90':>9}{'cpu max':>9}{'wall mean':>11}"
          f"{'full KB':>9}{'public KB':>11}", flush=True)
    for level in Difficulty:
        cpu, wall, failed, full, public = [], [], 0, [], []
        for family in families():
            for seed in range(args.seeds):
                before, started = cpu_seconds(), time.perf_counter()
                try:
                    problem = generate_problem(family, difficulty=level, language="en",
                                     seed=derive_seed("cost", family.name, level.value, seed),
                                     problem_id=f"cost-{family.name}-{level.value}-{seed}")
                    full.append(len(problem.model_dump_json().encode()) / 1024)
                    public.append(len(json.dumps(problem.public_view(), ensure_ascii=False).encode()) / 1024)
                except GenerationFailedError:
                    failed += 1
                except LookupError:  # this family has no task at this difficulty
                    continue
                cpu.append(cpu_seconds() - before)
                wall.append(time.perf_counter() - started)
        cpu.sort()
        p90 = cpu[min(len(cpu) - 1, int(0.9 * len(cpu)))]
        print(f"{level.value:<10}{len(cpu):>9}{statistics.mean(cpu):>10.2f}{p90:>9.2f}{cpu[-1]:>9.2f}"
              f"{statistics.mean(wall):>11.2f}{statistics.mean(full or [0]):>9.1f}{statistics.mean(public or [0]):>11.1f}"
              + (f"  ({failed} failed)" if failed else ""), flush=True)


if __name__ == "__main__":
    main()
