"""The gate's mutation step with the first round's size as the only difference, side by side in one run: one case
per mutant in the first round (the gate's MUTANT_ROUNDS) against four (its previous rounds). A mutant whose loop
bound was mutated runs to the mutant CPU limit on every case it is given, so the first round decides the cost.
Runs alternate (new, old, new, old) per package so machine load hits both alike; the report and added tests must
be identical.

    python bench/mutation_rounds.py [--packages binary_search.cables lis.count ...] [--repeat 2]
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

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import generator.problems.gate as gate  # noqa: E402
from generator.problems.catalog import all_packages  # noqa: E402
from generator.problems.packages import build_draft  # noqa: E402
from generator.problems.sandbox import SandboxLimits, run_many  # noqa: E402

PREVIOUS_ROUNDS = ((0, 4), (4, 12), (12, 10**9))
DEFAULT = ["binary_search.cables", "lis.count", "grid_bfs.break_walls", "two_pointers.shortest_sum",
           "union_find.kruskal", "stack.histogram"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--packages", nargs="+", default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"wall seconds of the mutation step, median of {args.repeat}, runs alternated")
    print(f"{'package':<28}{'mutants':>8}{'killed':>7}{'now s':>8}{'before s':>10}{'ratio':>7}")
    by_id = {p.id: p for p in all_packages()}
    ratios = []
    for pid in args.packages:
        package = by_id[pid]
        draft = build_draft(package, random.Random(1), package.spec.difficulty, "en").draft
        oracle = SandboxLimits(cpu_seconds=10, wall_seconds=300, memory_mb=draft.memory_mb)
        reference = run_many(draft.reference, [t.input for t in draft.tests], oracle)
        outputs, cpu_ms = [r.stdout for r in reference], [r.cpu_ms for r in reference]
        stress = [r.stdout for r in run_many(draft.reference, draft.stress, oracle)]
        timings: dict[str, list[float]] = {"now": [], "before": []}
        reports = {}
        for _ in range(args.repeat):
            for label, rounds in (("now", gate.MUTANT_ROUNDS), ("before", PREVIOUS_ROUNDS)):
                saved, gate.MUTANT_ROUNDS = gate.MUTANT_ROUNDS, rounds
                started = time.perf_counter()
                try:
                    reports[label] = gate._kill_mutants(draft, outputs, stress, cpu_ms)
                finally:
                    gate.MUTANT_ROUNDS = saved
                timings[label].append(time.perf_counter() - started)
        assert reports["now"] == reports["before"], (pid, reports)
        now, before = statistics.median(timings["now"]), statistics.median(timings["before"])
        ratios.append(before / now)
        report = reports["now"][0]
        print(f"{pid:<28}{report.made:>8}{report.killed:>7}{now:>8.2f}{before:>10.2f}{before / now:>7.2f}",
              flush=True)
    print(f"median speed-up {statistics.median(ratios):.2f}x")


if __name__ == "__main__":
    main()
