"""Which known-wrong solutions pass every sample of their task: samples that a tempting wrong idea passes teach
nothing and let a contestant submit it with confidence.

For each package and seed, drafts the samples only (`build_draft(only=("sample",))`, each sample exactly as in the
whole draft), takes the reference's answers, runs every known-wrong solution (solutions/wa_*.py, kind "wrong"; the
too-slow ones are about the max tests) on the samples in the sandbox and judges them as the gate does (the
package's checker program, else its token/line/number comparison). A solution that passes all the samples of every
seed is listed with "all"; of some seeds, with how many. Not every such solution is a defect: a wrong idea that
only an edge case or a large input exposes (overflow, an unreachable target, one element) is the hidden tests'
job. One that a reader of the statement would plausibly submit (a misread tie rule, the wrong direction, a greedy
the story suggests) should fail a sample.

    .venv/bin/python scripts/sample_strength.py heap lis.count_increasing   # topics or topic.task ids
    .venv/bin/python scripts/sample_strength.py --all --seeds 3 -j 2
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


@dataclass
class Passing:
    solution: str  # topic.task/wa_name.py
    seeds_passed: int  # seeds on which it passed every sample
    seeds: int


def sweep(package_id: str, seeds: int) -> list[Passing]:
    from generator.problems.catalog import package_by_id
    from generator.problems.gate import ORACLE_CPU_SECONDS, _judge_all
    from generator.problems.packages import build_draft
    from generator.problems.sandbox import SandboxLimits, Verdict, run_many
    from generator.problems.schema import Difficulty

    package = package_by_id(package_id)
    wrong = [w for w in package.wrong_solutions if w.kind == "wrong"]
    if not wrong:
        return []
    passed = {w.name: 0 for w in wrong}
    for seed in range(seeds):
        language = "ko" if seed % 2 else "en"
        difficulty = Difficulty(package.spec.difficulty)
        draft = build_draft(package, random.Random(seed), difficulty, language, with_stress=False,
                            only=("sample",)).draft
        samples = [t.input for t in draft.tests if t.category == "sample"]
        limits = SandboxLimits(cpu_seconds=ORACLE_CPU_SECONDS, wall_seconds=120, memory_mb=draft.memory_mb)
        answers = run_many(draft.reference, samples, limits)
        if any(a.verdict is not Verdict.ok for a in answers):
            raise RuntimeError(f"the reference fails a sample of seed {seed}")
        for w in wrong:
            runs = run_many(w.source, samples, limits)
            verdicts = _judge_all(draft, [(s, a.stdout, r) for s, a, r in zip(samples, answers, runs)])
            if all(v == "accepted" for v in verdicts):
                passed[w.name] += 1
    return [Passing(f"{package_id}/{name}", n, seeds) for name, n in passed.items() if n]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("selectors", nargs="*", help="topic or topic.task ids")
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--seeds", type=int, default=3, help="seeds 0..N-1 (even: English, odd: Korean)")
    parser.add_argument("-j", "--jobs", type=int, default=1)
    args = parser.parse_args()

    from generator.problems.catalog import selected_ids

    ids = selected_ids(args.selectors, args.all)
    if not ids:
        parser.error("no package matches")
    started = time.perf_counter()
    found: list[Passing] = []
    failed = 0
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        futures = {pool.submit(sweep, i, args.seeds): i for i in ids}
        for future, package_id in futures.items():
            try:
                found += future.result()
            except Exception as exc:  # a broken package: report and go on
                failed += 1
                print(f"FAIL {package_id}: {type(exc).__name__}: {exc}"[:500], flush=True)
    found.sort(key=lambda p: (-p.seeds_passed, p.solution))
    for p in found:
        shown = "all" if p.seeds_passed == p.seeds else f"{p.seeds_passed}/{p.seeds}"
        print(f"{shown:>5}  {p.solution}")
    every = sum(1 for p in found if p.seeds_passed == p.seeds)
    print(f"\n{len(ids)} packages, {len(found)} wrong solutions pass every sample of some seed, {every} of every seed "
          f"({args.seeds} seeds, {time.perf_counter() - started:.0f} s)")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
