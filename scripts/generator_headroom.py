"""How close each package's generators come to their CPU limit (generator_limits(): 10 s per run).

A generator run past its limit fails the draft (PackageError), so a generator whose CPU time varies with the seed
(rejection sampling: draw until the input has some property) fails now and then, and more often on a loaded or a
slower machine (the clean-clone CI of c144f2fb failed on backtracking.sudoku's gen_forgetful: 10.5 s on one seed).
This drafts each task as the service does (build_draft, stress inputs included) for a few seeds and prints the
largest CPU time of one generator run per task, with its command, largest first; `--over S` lists only the tasks
above S seconds. A command near the limit deserves a look at its CPU over many seeds (run it alone with
`python gen.py SEED ...` and /usr/bin/time).

    nice -n 19 .venv/bin/python scripts/generator_headroom.py --all -j 2 --json /tmp/headroom.json
    .venv/bin/python scripts/generator_headroom.py backtracking.sudoku --seeds 1 2 3 4
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


_RUNS: list[tuple[float, str]] = []  # this worker process's generator runs: (CPU seconds, stdin) for the task at hand


def _record_runs() -> None:
    """Wraps the sandbox's two batch runners, once per worker process, so that each run's CPU lands in _RUNS."""
    from generator.problems import sandbox, shared_run

    if getattr(sandbox.run_many, "records_runs", False):
        return

    def recording(run):  # noqa: ANN001, ANN202
        def wrapped(program, inputs, limits, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
            results = run(program, inputs, limits, *args, **kwargs)
            _RUNS.extend((result.cpu_ms / 1000, stdin.strip()[:200]) for stdin, result in zip(inputs, results))
            return results
        wrapped.records_runs = True
        return wrapped

    sandbox.run_many = recording(sandbox.run_many)
    shared_run.run_shared = recording(shared_run.run_shared)


def _measure(task_id: str, seeds: list[int]) -> tuple[str, float, str, str]:
    """(task, largest CPU seconds of one generator run, its stdin (the command's arguments), error or '')."""
    from generator.problems.catalog import package_by_id
    from generator.problems.packages import build_draft

    _record_runs()
    _RUNS[:] = [(0.0, "")]
    package = package_by_id(task_id)
    error = ""
    for seed in seeds:
        try:
            build_draft(package, random.Random(seed), package.spec.difficulty, "en")
        except Exception as exc:  # noqa: BLE001 - reported per task, the sweep goes on
            error = f"{type(exc).__name__}: {str(exc)[:300]}"
    cpu, command = max(_RUNS)
    return task_id, cpu, command, error


def main() -> int:
    from generator.problems.catalog import all_packages

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("tasks", nargs="*", help="topic.task ids or topics")
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--over", type=float, default=0.0, help="print only tasks above this many CPU seconds")
    parser.add_argument("-j", "--jobs", type=int, default=1)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    ids = [p.id for p in all_packages()
           if args.all or p.id in args.tasks or p.spec.topic in args.tasks]
    if not ids:
        parser.error("no task selected (name tasks or topics, or --all)")
    def show(row: tuple[str, float, str, str]) -> None:
        task_id, cpu, command, error = row
        if cpu >= args.over or error:
            print(f"{cpu:6.2f} s  {task_id:45} {command[:90]!r}" + (f"  ERROR {error}" if error else ""), flush=True)

    rows = []
    with ProcessPoolExecutor(args.jobs) as pool:
        for row in pool.map(_measure, ids, [args.seeds] * len(ids)):  # (as they come: a whole sweep takes hours)
            rows.append(row)
            show(row)
    print("largest first:")
    rows.sort(key=lambda row: -row[1])
    for row in rows:
        show(row)
    if args.json:
        args.json.write_text(json.dumps([dict(task=t, cpu_s=c, command=m, error=e) for t, c, m, e in rows], indent=1))
    return 1 if any(error for *_, error in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
