"""Which known-too-slow solutions (solutions/tl_*.py) PyPy makes fast enough to pass.

The gate times everything with CPython; problemtools' stock languages.yaml (and Kattis) run every .py with pypy3.
A tl_ solution that is slower than the reference only by a constant factor can then finish within the published
limit, and stock verifyproblem reports an error for the export (scripts/pypy_verify.py shows it, but takes hours
for the whole catalog). This is the fast check: for each task it drafts one problem (seed 1, English, as
scripts/export_task.py does), computes the time limit as the gate does (the reference's CPU under CPython in the
sandbox on the max/anti tests, one run, `gate.published_time_limit` with the task's min_time_limit_ms), then runs
each tl_ solution with `pypy3` on the max/anti tests, largest first, stopping at the first it exceeds the limit
on. These are the catalog's own programs: a plain subprocess under RLIMIT_CPU and RLIMIT_AS (the task's memory
limit), no sandbox. A solution that finishes every max/anti test within the limit is RESCUED (a verifyproblem
error on a PyPy judge) unless task.toml's `[export] cpython_only_too_slow` names it (the export leaves it out).

    nice -n 19 .venv/bin/python scripts/pypy_tl_sweep.py --difficulty medium -j 1
    .venv/bin/python scripts/pypy_tl_sweep.py grid_bfs prefix_sums.submatrix_k      # topics or topic.task ids

`--limit ledger` takes the limit tests/catalog_ledger.json recorded (check_package's gate run) instead of one
reference run here, which a loaded machine inflates (at load 15-18 one run read 3000-10000 ms where the ledger has
2000-3000). Per task: difficulty, limit (the ledger's recorded limit too when it differs), each tl_ solution and its largest
PyPy CPU over the tests it ran, or TLE (with the test's CPU), RTE, WALL (killed by the wall clock backstop
before its CPU reached the limit: run it again on a quieter machine), WA (a finished run whose tokens differ from the
reference's, default checker only).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEED = 1  # scripts/export_task.py's default seed
LEDGER = ROOT / "tests" / "catalog_ledger.json"
LARGE = ("max", "anti")
WALL_FACTOR = 30  # the wall-clock backstop: this many times the CPU cap, plus a minute


def run_pypy(source: str, text: str, limit_ms: int, memory_mb: int) -> tuple[str, float, str]:
    """(verdict ok/TLE/RTE/WALL, CPU ms, stdout) of `pypy3 source < text` under RLIMIT_CPU (the limit rounded up to
    whole seconds, SIGXCPU; a finished run is TLE when its CPU is over the limit itself) and RLIMIT_AS = the memory
    limit."""
    cpu_cap = -(-limit_ms // 1000)
    memory = memory_mb << 20

    def limits() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_cap, cpu_cap + 1))
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    with tempfile.TemporaryDirectory(prefix="pypy-tl-") as tmp:
        program = Path(tmp) / "solution.py"
        program.write_text(source)
        with open(Path(tmp) / "in", "w+b") as stdin, open(Path(tmp) / "out", "w+b") as stdout:
            stdin.write(text.encode())
            stdin.seek(0)
            proc = subprocess.Popen(["pypy3", str(program)], stdin=stdin, stdout=stdout, stderr=subprocess.DEVNULL,
                                    cwd=tmp, preexec_fn=limits, env={"PATH": os.environ.get("PATH", "/usr/bin")})
            # Wall-clock backstop only: under `nice -n 19` on a loaded machine a run gets a small share of a core,
            # and one killed by the clock before its CPU reached the limit is WALL (unknown), never TLE.
            fired = threading.Event()

            def backstop() -> None:
                fired.set()
                proc.kill()

            timer = threading.Timer(WALL_FACTOR * cpu_cap + 60, backstop)
            timer.start()
            try:
                _, status, usage = os.wait4(proc.pid, 0)
            finally:
                timer.cancel()
            proc.returncode = os.waitstatus_to_exitcode(status)
            stdout.seek(0)
            output = stdout.read().decode(errors="replace")
    cpu_ms = (usage.ru_utime + usage.ru_stime) * 1000
    if proc.returncode == -signal.SIGXCPU:  # the kernel's own count reached the cap (rusage's can read ~10% less)
        return "TLE", max(cpu_ms, cpu_cap * 1000.0), output
    if cpu_ms > limit_ms:
        return "TLE", cpu_ms, output
    if fired.is_set():
        return "WALL", cpu_ms, output
    return ("ok" if proc.returncode == 0 else "RTE"), cpu_ms, output


def sweep(package_id: str, limit_from: str = "gate") -> dict:
    from generator.problems.catalog import package_by_id
    from generator.problems.gate import ORACLE_CPU_SECONDS, published_time_limit
    from generator.problems.packages import build_draft, checker_is_default
    from generator.problems.sandbox import SandboxLimits, run_many

    package = package_by_id(package_id)
    slow = [w for w in package.wrong_solutions if w.kind == "slow"]
    row: dict = {"id": package_id, "difficulty": package.difficulty.value, "solutions": []}
    if not slow:
        return row
    started = time.perf_counter()
    draft = build_draft(package, random.Random(SEED), package.spec.difficulty, "en", with_stress=False).draft
    large = sorted((t.input for t in draft.tests if t.category in LARGE), key=len, reverse=True)
    oracle = SandboxLimits(cpu_seconds=ORACLE_CPU_SECONDS, wall_seconds=600, memory_mb=draft.memory_mb)
    reference = run_many(draft.reference, large, oracle)
    recorded = json.loads(LEDGER.read_text()).get(package_id, {}).get("time_limit_ms")
    if limit_from == "ledger" and recorded:
        limit_ms = recorded
    else:
        limit_ms = published_time_limit(max((r.cpu_ms for r in reference), default=0.0), draft.min_time_limit_ms)
    row["limit_ms"] = limit_ms
    row["recorded_ms"] = recorded
    marked = set(package.spec.export.cpython_only_too_slow)
    compare = checker_is_default(draft.checker) and draft.checker_program is None
    for wrong in slow:
        verdict, worst = "ok", 0.0
        for text, ref in zip(large, reference):  # largest first: the likeliest to exceed the limit
            got, cpu_ms, output = run_pypy(wrong.source, text, limit_ms, draft.memory_mb)
            worst = max(worst, cpu_ms)
            if got == "ok" and compare and output.split() != ref.stdout.split():
                got = "WA"
            if got != "ok":
                verdict = got
                break
        row["solutions"].append({"name": wrong.name, "verdict": verdict, "cpu_ms": round(worst),
                                 "marked": wrong.name in marked})
    row["seconds"] = round(time.perf_counter() - started, 1)
    return row


def show(row: dict) -> str:
    if not row["solutions"]:
        return f"{row['id']} ({row['difficulty']}): no tl_ solution"
    recorded = row.get("recorded_ms")
    limit = f"{row['limit_ms']} ms" + (f" (ledger {recorded})" if recorded and recorded != row["limit_ms"] else "")
    parts = []
    for s in row["solutions"]:
        shown = f"{s['cpu_ms']} ms" if s["verdict"] == "ok" else f"{s['verdict']} ({s['cpu_ms']} ms)"
        flag = " RESCUED" if s["verdict"] == "ok" and not s["marked"] else (" marked" if s["marked"] else "")
        parts.append(f"{s['name']} {shown}{flag}")
    return f"{row['id']} ({row['difficulty']}): limit {limit}; " + "; ".join(parts) + f" [{row['seconds']} s]"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("selectors", nargs="*", help="topics or topic.task ids (default: every task)")
    parser.add_argument("--difficulty", action="append", choices=["tutorial", "easy", "medium", "hard"],
                        help="only tasks of this difficulty (repeatable)")
    parser.add_argument("-j", "--jobs", type=int, default=1)
    parser.add_argument("--limit", choices=["gate", "ledger"], default="gate",
                        help="gate: calibrate from one reference run here; ledger: the limit check_package recorded "
                             "(the gate's two-run calibration; one run at load 15-18 read up to 3x higher)")
    args = parser.parse_args()
    if shutil.which("pypy3") is None:
        parser.error("needs pypy3 on PATH (Debian: apt-get install pypy3)")

    from generator.problems.catalog import all_packages, selected_ids

    difficulty = {p.id: p.difficulty.value for p in all_packages()}
    ids = [i for i in selected_ids(args.selectors, not args.selectors)
           if not args.difficulty or difficulty[i] in args.difficulty]
    if not ids:
        parser.error("no task matches")
    print(f"pypy3 sweep of {len(ids)} tasks, seed {SEED}, limits from {args.limit}, load {os.getloadavg()[0]:.1f}",
          flush=True)
    started = time.perf_counter()
    rescued, unsure, swept, failed = [], [], 0, 0
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        futures = {i: pool.submit(sweep, i, args.limit) for i in ids}
        for package_id, future in futures.items():
            try:
                row = future.result()
            except Exception as exc:  # a broken package: report and go on
                failed += 1
                print(f"FAIL {package_id}: {type(exc).__name__}: {exc}"[:500], flush=True)
                continue
            if not row["solutions"]:
                continue
            swept += 1
            print(show(row), flush=True)
            rescued += [f"{row['id']}/{s['name']} ({s['cpu_ms']} of {row['limit_ms']} ms)"
                        for s in row["solutions"] if s["verdict"] == "ok" and not s["marked"]]
            unsure += [f"{row['id']}/{s['name']}" for s in row["solutions"] if s["verdict"] == "WALL"]
    print(f"\n{swept} tasks with tl_ solutions swept ({failed} failed) in {time.perf_counter() - started:.0f} s, "
          f"load {os.getloadavg()[0]:.1f}; {len(rescued)} rescued by PyPy:", flush=True)
    for line in rescued:
        print(f"  {line}")
    if unsure:
        print(f"{len(unsure)} killed by the wall clock before the CPU limit (run again): {', '.join(unsure)}")
    return 1 if rescued or unsure or failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
