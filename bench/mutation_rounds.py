"""The gate's mutation step, this tree against an earlier commit, side by side on the same machine: wall seconds of
the step and its report (mutants made / killed / equivalent on stress / tests added) per package.

The default earlier commit, 3301549, is the one before 71d4a51. Since then the step checks every mutant of the
reference (MAX_MUTANTS 24 → 160), runs the dispatcher's rounds in one shared process with a too-slow run taken as
killed (no second, fresh run), and lets only the mutants that the stress cases tell apart from the reference run
the larger tests. Packages alternate between the two trees, in long-lived child interpreters
(bench/gate_speed.py's `side_by_side`), so machine load hits both alike.

    python bench/mutation_rounds.py [--against REV] [--packages binary_search.cables lis.count ...] [--seeds 2]
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gate_speed import ask, side_by_side  # noqa: E402

BEFORE = "3301549"
DEFAULT = ["binary_search.cables", "lis.count", "grid_bfs.break_walls", "two_pointers.shortest_sum",
           "union_find.kruskal", "stack.histogram", "binomial.ballot_count", "components.bridges"]

CHILD = r"""
import json, random, sys, time
import generator.problems.gate as gate
from generator.problems.catalog import all_packages
from generator.problems.packages import build_draft
from generator.problems.sandbox import SandboxLimits, run_many
from generator.problems.shared_run import run_shared
by_id = {p.id: p for p in all_packages()}
for line in sys.stdin:
    pid, seed = json.loads(line)
    package = by_id[pid]
    draft = build_draft(package, random.Random(seed), package.spec.difficulty, "en").draft
    oracle = SandboxLimits(cpu_seconds=10, wall_seconds=300, memory_mb=draft.memory_mb)
    reference = run_many(draft.reference, [t.input for t in draft.tests], oracle)
    stress = [r.stdout for r in run_shared(draft.reference, draft.stress, oracle)]
    started = time.perf_counter()
    report, added = gate._kill_mutants(draft, [r.stdout for r in reference], stress, [r.cpu_ms for r in reference])
    print(json.dumps({"seconds": time.perf_counter() - started, "title": draft.title,
                      "mutation": report.model_dump()}), flush=True)
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--against", default=BEFORE)
    parser.add_argument("--packages", nargs="+", default=DEFAULT)
    parser.add_argument("--seeds", type=int, default=1)
    args = parser.parse_args()
    with side_by_side(args.against, CHILD) as (before, after):
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
              f"load {os.getloadavg()[0]:.1f}; wall seconds of the mutation step, {args.seeds} seed(s), alternated")
        print(f"{'package':<30}{args.against + ' s':>12}{'now s':>8}{'ratio':>7}   made/killed/equivalent/added: "
              f"{args.against} → now")
        ratios = []
        for pid in args.packages:
            spent = {"before": 0.0, "after": 0.0}
            reports: dict[str, list[str]] = {"before": [], "after": []}
            for seed in range(args.seeds):
                for label, process in (("before", before), ("after", after)):
                    answer = ask(process, [pid, seed])
                    spent[label] += answer["seconds"]
                    m = answer["mutation"]
                    reports[label].append(f"{m['made']}/{m['killed']}/{m['equivalent_on_stress']}/{m['tests_added']}")
            ratio = spent["before"] / spent["after"]
            ratios.append(ratio)
            print(f"{pid:<30}{spent['before']:>12.2f}{spent['after']:>8.2f}{ratio:>6.2f}x   "
                  f"{' '.join(reports['before'])} → {' '.join(reports['after'])}", flush=True)
        print(f"median speed-up of the step: {statistics.median(ratios):.2f}x")


if __name__ == "__main__":
    main()
