"""Verified problems per second, this tree against an earlier commit, side by side on the same machine.

Each problem (topic, difficulty, seed) is drafted and verified once by each tree, alternating, from the same
packages (the earlier tree's catalog is replaced by this tree's), in long-lived child interpreters (one per tree, so imports and warm sandbox runners are paid once, as in the worker): the
ratio holds on a loaded machine. The earlier commit is checked out into a temporary git worktree.

    .venv/bin/python bench/gate_speed.py [--against REV] [--seeds 2] [--difficulty medium] [--topic grid_bfs ...]

The default REV is the last commit before the shared runner for stress cross-checks, calibrated mutant CPU and
one-test calls for known-slow solutions (generator/problems/shared_run.py).
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BEFORE = "8e1d1aa"
NEWER_TASK_KEYS = ("min_time_limit_ms",)  # task.toml keys added after BEFORE
TOPICS = ("grid_bfs", "prefix_sums", "union_find", "knapsack", "heap", "dijkstra", "sorting", "lis",
          "binary_search", "stack")

CHILD = r"""
import json, random, sys, time
from generator.problems.catalog import topic_by_name
from generator.problems.gate import GateContext, verify
from generator.problems.pipeline import derive_seed
from generator.problems.schema import Difficulty
for line in sys.stdin:
    topic, level, n = json.loads(line)
    seed = derive_seed("bench-gate-speed", topic, level, n)
    started = time.perf_counter()
    problem = verify(topic_by_name(topic).draft(random.Random(seed), Difficulty(level), "en"),
                     GateContext(problem_id="bench", difficulty=Difficulty(level), language="en", seed=seed))
    print(json.dumps({"seconds": time.perf_counter() - started, "title": problem.title,
                      "tests": len(problem.tests), "mutation": problem.verification.mutation.model_dump()
                      if problem.verification.mutation else None}), flush=True)
"""


def child(tree: Path, code: str = CHILD) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.Popen([sys.executable, "-c", code], cwd=tree, env=env, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)


@contextlib.contextmanager
def side_by_side(against: str, code: str = CHILD) -> Iterator[tuple[subprocess.Popen[str], subprocess.Popen[str]]]:
    """Two long-lived children running `code`: one in a worktree of `against`, one in this tree. Both read this
    tree's catalog (copied over the earlier tree's): only the code differs."""
    old = Path(tempfile.mkdtemp(prefix="gate-speed-")) / "tree"
    subprocess.run(["git", "worktree", "add", "--detach", str(old), against], cwd=ROOT, check=True,
                   capture_output=True)
    catalog = old / "generator" / "problems" / "catalog"
    shutil.rmtree(catalog)
    shutil.copytree(ROOT / "generator" / "problems" / "catalog", catalog)
    # The earlier tree's TaskSpec forbids keys it does not know: drop them from its copy (a time-limit floor only
    # raises a published limit; the bench's topics ask for none).
    for task in catalog.glob("*/*/task.toml"):
        lines = task.read_text().splitlines(keepends=True)
        kept = [line for line in lines if not line.startswith(NEWER_TASK_KEYS)]
        if len(kept) != len(lines):
            task.write_text("".join(kept))
    before, after = child(old, code), child(ROOT, code)
    try:
        yield before, after
    finally:
        for process in (before, after):
            if process.stdin:
                process.stdin.close()
            process.wait(timeout=60)
        subprocess.run(["git", "worktree", "remove", "--force", str(old)], cwd=ROOT, capture_output=True)
        shutil.rmtree(old.parent, ignore_errors=True)


def ask(process: subprocess.Popen[str], job: list) -> dict:
    assert process.stdin and process.stdout
    process.stdin.write(json.dumps(job) + "\n")
    process.stdin.flush()
    line = process.stdout.readline()
    if not line:
        raise SystemExit(f"the child failed on {job}")
    return json.loads(line)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--against", default=BEFORE)
    parser.add_argument("--seeds", type=int, default=2)
    parser.add_argument("--difficulty", default="medium")
    parser.add_argument("--topic", action="append")
    args = parser.parse_args()
    with side_by_side(args.against) as (before, after):
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
              f"load {os.getloadavg()[0]:.1f}; {args.difficulty}, {args.seeds} seeds per topic, interleaved")
        print(f"{'topic':<16}{args.against + ' /s':>14}{'this tree /s':>14}{'ratio':>8}"
              f"{'mutants made/killed/equivalent/tests added: before':>52}{'this tree':>18}")
        ratios = []
        for topic in args.topic or TOPICS:
            spent_before = spent_after = 0.0
            counts: dict[str, Counter[str]] = {"before": Counter(), "after": Counter()}
            for n in range(args.seeds):
                job = [topic, args.difficulty, n]
                a, b = ask(before, job), ask(after, job)
                # English titles are title-cased since 822e383; the problem is the same either way.
                if a["title"].lower() != b["title"].lower():
                    raise SystemExit(f"{topic} seed {n}: different problems ({a['title']!r} vs {b['title']!r})")
                spent_before += a["seconds"]
                spent_after += b["seconds"]
                for label, answer in (("before", a), ("after", b)):
                    counts[label].update(answer["mutation"] or {})
            ratio = spent_before / spent_after
            ratios.append(ratio)
            made = ["/".join(str(c[k]) for k in ("made", "killed", "equivalent_on_stress", "tests_added"))
                    for c in (counts["before"], counts["after"])]
            print(f"{topic:<16}{args.seeds / spent_before:>14.3f}{args.seeds / spent_after:>14.3f}{ratio:>7.2f}x"
                  f"{made[0]:>52}{made[1]:>18}")
        print(f"median ratio (verified problems/s, this tree / {args.against}): {statistics.median(ratios):.2f}x")


if __name__ == "__main__":
    main()
