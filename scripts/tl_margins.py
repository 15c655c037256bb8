"""How far each known-too-slow solution (solutions/tl_*.py) is above its package's time limit.

The gate judges a tl_ solution TIME LIMIT EXCEEDED with a CPU limit equal to the published time limit. One that
is only a little slower passes or fails with machine load, so this sweep asks for a clear margin: it builds the
draft the gate builds (same seed as scripts/check_package.py), computes the time limit the way the gate does
(reference CPU on the max/anti tests, `gate._calibrate`; the ledger's recorded limit if that is higher), then runs
every tl_ solution on the max/anti tests, largest first, in the sandbox with a CPU limit of FACTOR x the limit.
A solution killed there has the margin (">=2x"); otherwise its largest CPU / limit is reported.

    .venv/bin/python scripts/tl_margins.py heap lis.count_increasing   # topics or topic.task ids
    .venv/bin/python scripts/tl_margins.py --all -j 1
    .venv/bin/python scripts/tl_margins.py heap lis --all    # these topics first, then the rest
"""
from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEED = 20261204  # scripts/check_package.py's seed: the draft --record verifies
LEDGER = ROOT / "tests" / "catalog_ledger.json"
LARGE = ("max", "anti")


@dataclass
class Margin:
    solution: str  # topic.task/tl_name.py
    time_limit_ms: int
    worst_ms: float  # largest CPU seen (the kill limit when killed)
    killed: bool  # ran out of FACTOR x the limit on some test
    tests: int

    @property
    def ratio(self) -> float:
        return math.inf if self.killed else self.worst_ms / self.time_limit_ms


def measure(package_id: str, seed: int, factor: float) -> list[Margin]:
    from generator.problems.catalog import package_by_id
    from generator.problems.gate import ORACLE_CPU_SECONDS, _calibrate
    from generator.problems.packages import build_draft
    from generator.problems.sandbox import SandboxLimits, Verdict, run_many, run_program

    package = package_by_id(package_id)
    slow = [w for w in package.wrong_solutions if w.kind == "slow"]
    if not slow:
        return []
    language = "ko" if sum(map(ord, package_id)) % 2 else "en"
    draft = build_draft(package, random.Random(seed), package.spec.difficulty, language, with_stress=False).draft
    large = sorted((t.input for t in draft.tests if t.category in LARGE), key=len, reverse=True)
    oracle = SandboxLimits(cpu_seconds=ORACLE_CPU_SECONDS, wall_seconds=600, memory_mb=draft.memory_mb)
    reference_ms = max((r.cpu_ms for r in run_many(draft.reference, large, oracle)), default=0.0)
    recorded = json.loads(LEDGER.read_text()).get(package_id, {}).get("time_limit_ms", 0) if LEDGER.exists() else 0
    limit_ms = max(_calibrate(reference_ms), recorded)
    kill = SandboxLimits(cpu_seconds=factor * limit_ms / 1000, wall_seconds=4 * factor * limit_ms / 1000 + 5,
                         memory_mb=draft.memory_mb)
    margins = []
    for wrong in slow:
        worst, killed = 0.0, False
        for text in large:  # largest first: the likeliest to be killed, which ends the solution's turn
            result = run_program(wrong.source, text, kill)
            if result.verdict is Verdict.time_limit:
                worst, killed = factor * limit_ms, True
                break
            worst = max(worst, result.cpu_ms)
        margins.append(Margin(f"{package_id}/{wrong.name}", limit_ms, worst, killed, len(large)))
    return margins


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("selectors", nargs="*", help="topic or topic.task ids")
    parser.add_argument("--all", action="store_true")
    parser.add_argument("-j", "--jobs", type=int, default=1)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--factor", type=float, default=2.0, help="kill at this multiple of the time limit")
    args = parser.parse_args()

    from generator.problems.catalog import selected_ids

    ids = selected_ids(args.selectors, args.all)
    if not ids:
        parser.error("no package matches")
    started = time.perf_counter()
    margins: list[Margin] = []
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        futures = {pool.submit(measure, i, args.seed, args.factor): i for i in ids}
        for future, package_id in futures.items():
            try:
                found = future.result()
            except Exception as exc:  # a broken package: report and go on
                print(f"FAIL {package_id}: {type(exc).__name__}: {exc}"[:500], flush=True)
                continue
            for m in found:
                shown = f">={args.factor:g}x" if m.killed else f"{m.ratio:.2f}x"
                print(f"  {m.solution}: TL {m.time_limit_ms} ms, {shown}", flush=True)
            margins.extend(found)
    margins.sort(key=lambda m: (m.ratio, m.solution))
    print(f"\n{'margin':>8}  {'TL ms':>6}  {'worst ms':>8}  tests  solution")
    for m in margins:
        shown = f">={args.factor:g}x" if m.killed else f"{m.ratio:.2f}x"
        print(f"{shown:>8}  {m.time_limit_ms:>6}  {m.worst_ms:>8.0f}  {m.tests:>5}  {m.solution}")
    under = [m for m in margins if not m.killed]
    print(f"\n{len(margins)} tl_ solutions, {len(under)} under {args.factor:g}x the time limit "
          f"({time.perf_counter() - started:.0f} s)")
    return 1 if under else 0


if __name__ == "__main__":
    raise SystemExit(main())
