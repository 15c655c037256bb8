"""Stock verifyproblem on exported tasks: Python submissions run with pypy3, as problemtools' own languages.yaml says.

The gate measures time limits and verdicts with CPython, and the test suite runs verifyproblem with `python3` mapped
to CPython (tests/support/kattis.py). An importer running problemtools as it ships runs every .py with pypy3
(Python 3.9 in the distributions): a program that crashes there (a 3.10+ call, a recursion limit PyPy cannot
reserve under the memory limit; tests/unit/test_export_runs_on_pypy39.py refuses the known ones statically) or a
too-slow solution that PyPy makes fast enough is a verifyproblem error. This exports each task (scripts/export_task.py,
English, seed 1) and runs verifyproblem with problemtools' default language config; it needs `pypy3` on PATH
(Debian: pypy3).

    .venv/bin/python scripts/pypy_verify.py grid_bfs lis.count      # topics or topic.task ids
    .venv/bin/python scripts/pypy_verify.py --all --sample 20 -j 2
"""
from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


def check(task_id: str) -> tuple[str, int, list[str]]:
    """(task id, errors, the ERROR lines)."""
    from export_task import export

    from tests.support.kattis import PARTS, run_verifyproblem

    with tempfile.TemporaryDirectory(prefix="pypy-verify-") as tmp:
        _, directory = export(task_id, Path(tmp), "en", 1)
        result = run_verifyproblem(directory, PARTS, timeout=1800, stock_languages=True)
    return task_id, result.errors, [line.strip() for line in result.output.splitlines() if line.startswith("ERROR")]


def main() -> None:
    from generator.problems.catalog import selected_ids

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("selectors", nargs="*", help="topics or topic.task ids")
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--sample", type=int, help="this many of the selected tasks, drawn with --draw")
    parser.add_argument("--draw", type=int, default=0, help="seed of the --sample draw")
    parser.add_argument("-j", "--jobs", type=int, default=1)
    args = parser.parse_args()
    if shutil.which("pypy3") is None:
        parser.error("needs pypy3 on PATH (Debian: apt-get install pypy3)")
    ids = selected_ids(args.selectors, args.all)
    if args.sample:
        ids = random.Random(args.draw).sample(ids, min(args.sample, len(ids)))
    if not ids:
        parser.error("name topics or topic.task ids, or --all")
    failed = 0
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        for task_id, errors, lines in pool.map(check, ids):
            failed += errors > 0
            print(f"{'ok  ' if not errors else 'FAIL'} {task_id}: {errors} error(s)", flush=True)
            for line in lines:
                print(f"     {line[:200]}", flush=True)
    print(f"{len(ids) - failed} of {len(ids)} exports pass stock verifyproblem (pypy3)")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
