"""Verified problems per second, this tree against an earlier commit, side by side on the same machine.

Each problem (topic, difficulty, seed) is drafted and verified once by each tree, alternating, from the same
packages (the earlier tree's catalog is replaced by this tree's), in long-lived child interpreters (one per tree, so imports and warm sandbox runners are paid once, as in the worker): the
ratio holds on a loaded machine. The earlier commit is checked out into a temporary git worktree.

    .venv/bin/python bench/gate_speed.py [--against REV] [--seeds 2] [--difficulty medium] [--topic grid_bfs ...]

Besides wall time, each child reports the CPU seconds of its whole process tree (sandboxed cases included) per
problem, which a loaded machine barely changes: from a cpuacct cgroup of its own where the machine allows one (root,
cgroup v1), else summed over its live processes (which misses retired runners).

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
import time
import tomllib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BEFORE = "8e1d1aa"
# task.toml lines added after BEFORE (keys, and the [export] table, whose one key is on one line)
NEWER_TASK_KEYS = ("min_time_limit_ms", "[export]", "cpython_only_too_slow")
NEWER_TOPIC_TABLES = ("[[focus]]", "[focus.")  # topic.toml tables added after BEFORE
TOPICS = ("grid_bfs", "prefix_sums", "union_find", "knapsack", "heap", "dijkstra", "sorting", "lis",
          "binary_search", "stack")

CHILD = r"""
import json, os, random, sys, time
CGROUP = os.environ.get("GATE_SPEED_CGROUP")
if CGROUP:  # join this tree's own cpuacct group: every process below (runners, cases) is counted, dead or alive
    with open(os.path.join(CGROUP, "cgroup.procs"), "w") as f:
        f.write(str(os.getpid()))
def tree_cpu(pid=None):
    if CGROUP:
        with open(os.path.join(CGROUP, "cpuacct.usage")) as f:
            return int(f.read()) / 1e9
    # No cgroup: CPU seconds of this interpreter and every live process below it. A runner killed with its group
    # takes its CPU along (it is never reaped by its parent), so this undercounts when runners are retired.
    pid = pid or os.getpid()
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            kids = [int(k) for k in f.read().split()]
    except OSError:
        return 0.0
    return sum(map(int, fields[11:15])) / os.sysconf("SC_CLK_TCK") + sum(tree_cpu(k) for k in kids)
from generator.problems.catalog import topic_by_name
from generator.problems.gate import GateContext, verify
from generator.problems.pipeline import derive_seed
from generator.problems.schema import Difficulty
for line in sys.stdin:
    topic, level, n = json.loads(line)
    seed = derive_seed("bench-gate-speed", topic, level, n)
    started, cpu_started = time.perf_counter(), tree_cpu()
    draft = topic_by_name(topic).draft(random.Random(seed), Difficulty(level), "en")
    # Sample explanations are the statement's, not the gate's work (one explain.py run per sample), and the earlier
    # tree hands explain.py a payload without the theme's words, which explain.py files read since: off in both.
    draft.explain = None
    problem = verify(draft, GateContext(problem_id="bench", difficulty=Difficulty(level), language="en", seed=seed))
    print(json.dumps({"seconds": time.perf_counter() - started, "cpu": tree_cpu() - cpu_started, "title": problem.title,
                      "tests": len(problem.tests), "mutation": problem.verification.mutation.model_dump()
                      if problem.verification.mutation else None}), flush=True)
"""


CPUACCT = Path("/sys/fs/cgroup/cpuacct")


def cpu_group(name: str) -> Path | None:
    """A fresh cgroup-v1 cpuacct group for one child's process tree (its CPU, dead runners' included), where this
    machine lets us make one (root, cgroup v1 mounted); else None and the child sums its live process tree."""
    group = CPUACCT / f"gate-speed-{os.getpid()}-{name}"
    try:
        group.mkdir()
    except OSError:
        return None
    return group


def child(tree: Path, code: str = CHILD, group: Path | None = None) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    if group is not None:
        env["GATE_SPEED_CGROUP"] = str(group)
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
    loader = (catalog / "__init__.py").read_text()  # code: the earlier tree's own
    # The top-level topic.toml keys the earlier tree's own topics use: any other (bare_titles, also_solves,
    # short_names, ... added since) is one its TopicSpec forbids. Found, not listed: a list went stale twice.
    known_topic_keys = {key for topic in catalog.glob("*/topic.toml") for key in tomllib.loads(topic.read_text())}
    shutil.rmtree(catalog)
    shutil.copytree(ROOT / "generator" / "problems" / "catalog", catalog)
    (catalog / "__init__.py").write_text(loader)
    # The earlier tree's TaskSpec and TopicSpec forbid keys they do not know: drop them from its copy (a time-limit
    # floor only raises a published limit, and the bench's topics ask for none; a focus, bare titles and
    # what a topic also solves only steer routing; the [export] table changes the judge export only).
    for task in catalog.glob("*/*/task.toml"):
        lines = task.read_text().splitlines(keepends=True)
        kept = [line for line in lines if not line.startswith(NEWER_TASK_KEYS)]
        if len(kept) != len(lines):
            task.write_text("".join(kept))
    for topic in catalog.glob("*/topic.toml"):
        lines = topic.read_text().splitlines(keepends=True)
        kept, inside, skipping = [], False, False
        for line in lines:
            if skipping:  # the rest of a newer key's multi-line array
                skipping = not line.startswith("]")
                continue
            if line.startswith("["):
                inside = line.startswith(NEWER_TOPIC_TABLES)
            key = line.split("=", 1)[0].strip() if "=" in line and not line[:1].isspace() else None
            if not inside and key and not key.startswith(("#", "[")) and key not in known_topic_keys:
                skipping = line.rstrip().endswith("[")
                continue
            if not inside:
                kept.append(line)
        if len(kept) != len(lines):
            topic.write_text("".join(kept))
    groups = [cpu_group("before"), cpu_group("after")]
    before, after = child(old, code, groups[0]), child(ROOT, code, groups[1])
    try:
        yield before, after
    finally:
        for process in (before, after):
            if process.stdin:
                process.stdin.close()
            process.wait(timeout=60)
        for group in groups:
            for _ in range(50):  # the runners end with their parent, a moment later
                if group is None or not group.exists():
                    break
                try:
                    group.rmdir()
                except OSError:
                    time.sleep(0.1)
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
        print(f"{'topic':<16}{args.against + ' /s':>14}{'this tree /s':>14}{'ratio':>8}{'CPU s/problem':>15}"
              f"{'ratio':>8}{'mutants made/killed/equivalent/tests added: before':>52}{'this tree':>18}")
        ratios, cpu_ratios = [], []
        for topic in args.topic or TOPICS:
            spent_before = spent_after = cpu_before = cpu_after = 0.0
            counts: dict[str, Counter[str]] = {"before": Counter(), "after": Counter()}
            for n in range(args.seeds):
                job = [topic, args.difficulty, n]
                a, b = ask(before, job), ask(after, job)
                # English titles are title-cased since 822e383; the problem is the same either way.
                if a["title"].lower() != b["title"].lower():
                    raise SystemExit(f"{topic} seed {n}: different problems ({a['title']!r} vs {b['title']!r})")
                spent_before += a["seconds"]
                spent_after += b["seconds"]
                cpu_before += a["cpu"]
                cpu_after += b["cpu"]
                for label, answer in (("before", a), ("after", b)):
                    counts[label].update(answer["mutation"] or {})
            ratio = spent_before / spent_after
            ratios.append(ratio)
            cpu_ratios.append(cpu_before / cpu_after)
            made = ["/".join(str(c[k]) for k in ("made", "killed", "equivalent_on_stress", "tests_added"))
                    for c in (counts["before"], counts["after"])]
            cpu_pair = f"{cpu_before / args.seeds:.2f}/{cpu_after / args.seeds:.2f}"
            print(f"{topic:<16}{args.seeds / spent_before:>14.3f}{args.seeds / spent_after:>14.3f}{ratio:>7.2f}x"
                  f"{cpu_pair:>15}{cpu_ratios[-1]:>7.2f}x{made[0]:>52}{made[1]:>18}")
        print(f"median ratio (verified problems/s, this tree / {args.against}): {statistics.median(ratios):.2f}x")
        # On a loaded machine wall time mostly measures the other processes; CPU per problem (all processes of the
        # gate, sandboxed cases included) is what a worker's vCPUs pay, and holds under load.
        print(f"median ratio (CPU seconds per verified problem, {args.against} / this tree): "
              f"{statistics.median(cpu_ratios):.2f}x; load at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
