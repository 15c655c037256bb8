"""Export one catalog task as a gate-verified Kattis problem package directory, for reading or for solving it blind.

    .venv/bin/python scripts/export_task.py grid_bfs.break_walls /tmp/pkg              # English, seed 1
    .venv/bin/python scripts/export_task.py grid_bfs.break_walls /tmp/pkg --language ko --seed 7
    .venv/bin/python scripts/export_task.py grid_bfs.break_walls /tmp/pkg --judge my_solution.py

Writes DIR/<short name>/ (problem.yaml, statement, data/sample, data/secret, submissions, output validators), as
`python -m generator --format kattis` does for a prompt. With --judge, also runs a Python program on every sample
and secret test in the sandbox, under the problem's own time limit and checker, and prints every test it fails
(exit status 1 if any).
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def export(task_id: str, out: Path, language: str, seed: int):  # noqa: ANN201 (a Problem; imported lazily)
    from generator.problems.catalog import all_packages
    from generator.problems.gate import GateContext, verify
    from generator.problems.kattis import short_name, write_package
    from generator.problems.packages import build_draft

    package = next((p for p in all_packages() if p.id == task_id), None)
    if package is None:
        raise SystemExit(f"no task {task_id!r}: ids look like 'grid_bfs.break_walls' (see README's catalog table)")
    built = build_draft(package, random.Random(seed), package.spec.difficulty, language)
    problem = verify(built.draft, GateContext(problem_id=task_id.replace(".", "-"), difficulty=package.spec.difficulty,
                                              language=language, seed=seed))
    return problem, write_package(problem, out / short_name(problem))


def judge(problem, source: str) -> int:  # noqa: ANN001
    """Run `source` on every test of the problem in the sandbox, under its own time limit and checker."""
    from generator.problems.checker import outputs_match
    from generator.problems.checker_program import run_checker
    from generator.problems.sandbox import SandboxLimits, Verdict, run_many

    seconds = problem.limits.time_ms / 1000
    limits = SandboxLimits(cpu_seconds=seconds, wall_seconds=60 + 3 * seconds * len(problem.tests),
                           memory_mb=problem.limits.memory_mb)
    runs = run_many(source, [t.input for t in problem.tests], limits)
    checker = problem.programs.checker if problem.programs else None
    judged = run_checker(checker, [(t.input, t.output, r.stdout) for t, r in zip(problem.tests, runs)]) \
        if checker else None
    failed = 0
    for number, (test, run) in enumerate(zip(problem.tests, runs)):
        if run.verdict is not Verdict.ok:
            verdict = run.verdict.value
        elif judged is not None:
            verdict = "AC" if judged[number].accepted else "WA"
        else:
            verdict = "AC" if outputs_match(problem.checker, test.output, run.stdout) else "WA"
        failed += verdict != "AC"
        if verdict != "AC":
            print(f"{verdict:4} test {number} ({test.category}, {len(test.input)} bytes, {run.cpu_ms:.0f} ms CPU)")
    print(f"{len(runs) - failed}/{len(runs)} accepted (time limit {problem.limits.time_ms} ms)")
    return 1 if failed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("task", help="topic.task id, e.g. grid_bfs.break_walls")
    parser.add_argument("out", type=Path)
    parser.add_argument("--language", choices=["en", "ko"], default="en")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--judge", type=Path, metavar="SOLUTION.py", help="run this program on every test")
    args = parser.parse_args()
    problem, package_dir = export(args.task, args.out, args.language, args.seed)
    print(f"wrote {package_dir}")
    return judge(problem, args.judge.read_text()) if args.judge else 0


if __name__ == "__main__":
    raise SystemExit(main())
