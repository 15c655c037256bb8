"""Where a verified problem's wall time goes, per phase of the gate (exclusive times: a phase's nested phases are
not counted twice).

    .venv/bin/python bench/gate_phases.py [--seeds 2] [--difficulty medium hard] [--topic grid_bfs ...]

Phases: the draft (package generation), the validator, the reference (tests and stress), the brute force's
cross-checks (`_agree`), the checker self-test, the mutation check, and the known-wrong solutions, split by kind
(wrong / slow) and by the cheap tests against the max tests. Same problems as bench/gate_speed.py. Beside the wall
time, each phase's CPU (this process, the sandbox runners and every case), where a cpuacct cgroup can be made (root,
cgroup v1): on a loaded machine the wall time is mostly the other processes'.
"""
from __future__ import annotations

import argparse
import functools
import os
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generator.problems import gate  # noqa: E402 - after the path
from generator.problems.catalog import topic_by_name  # noqa: E402
from generator.problems.pipeline import derive_seed  # noqa: E402
from generator.problems.schema import Difficulty  # noqa: E402

TOPICS = ("grid_bfs", "union_find", "dijkstra", "stack", "sorting", "lis")

spent: dict[str, float] = defaultdict(float)
cpu_spent: dict[str, float] = defaultdict(float)
_stack: list[list] = []  # [phase, started, nested seconds, CPU at start, nested CPU]
_GROUP = Path(f"/sys/fs/cgroup/cpuacct/gate-phases-{os.getpid()}")


def _join_cpu_group() -> bool:
    """Put this process (and so every sandbox runner and case it starts) in a cpuacct cgroup of its own, where the
    machine allows it (root, cgroup v1): then each phase's CPU is counted, sandboxed cases included."""
    try:
        _GROUP.mkdir()
        (_GROUP / "cgroup.procs").write_text(str(os.getpid()))
        return True
    except OSError:
        return False


def _cpu() -> float:
    try:
        return int((_GROUP / "cpuacct.usage").read_text()) / 1e9
    except OSError:
        return 0.0


def _timed(phase: str | None, fn):  # noqa: ANN001, ANN202
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        name = phase
        if name is None:  # _reject_wrong: by the wrong solution's kind
            name = f"wrong:{args[1].kind}"
        if name == "run_program" and _stack:  # the max tests of a known-wrong solution
            name = _stack[-1][0] + " max tests"
        frame = [name, time.perf_counter(), 0.0, _cpu(), 0.0]
        _stack.append(frame)
        try:
            return fn(*args, **kwargs)
        finally:
            _stack.pop()
            total, cpu = time.perf_counter() - frame[1], _cpu() - frame[3]
            spent[name] += total - frame[2]
            cpu_spent[name] += cpu - frame[4]
            if _stack:
                _stack[-1][2] += total
                _stack[-1][4] += cpu
    return wrapper


def install() -> None:
    for attr, phase in (("_run_validator", "validator"), ("_agree", "brute cross-check"),
                        ("_self_test_checker", "checker self-test"), ("_kill_mutants", "mutation check"),
                        ("_reject_wrong", None), ("run_program", "run_program")):
        setattr(gate, attr, _timed(phase, getattr(gate, attr)))
    gate.verify = _timed("reference + rest", gate.verify)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, default=2)
    parser.add_argument("--difficulty", nargs="+", default=["medium", "hard"])
    parser.add_argument("--topic", action="append")
    args = parser.parse_args()
    install()
    counted = _join_cpu_group()
    load = os.getloadavg()[0]
    problems = 0
    started = time.perf_counter()
    for level in args.difficulty:
        for topic in args.topic or TOPICS:
            for n in range(args.seeds):
                seed = derive_seed("bench-gate-speed", topic, level, n)
                t0, c0 = time.perf_counter(), _cpu()
                draft = topic_by_name(topic).draft(random.Random(seed), Difficulty(level), "en")
                spent["draft"] += time.perf_counter() - t0
                cpu_spent["draft"] += _cpu() - c0
                gate.verify(draft, gate.GateContext(problem_id="bench", difficulty=Difficulty(level),
                                                    language="en", seed=seed))
                problems += 1
                print(f"{topic} {level} {n}: {time.perf_counter() - t0:.2f} s", flush=True)
    total = time.perf_counter() - started
    print(f"{problems} problems, {total:.1f} s, {problems / total:.3f} problems/s; load {load:.1f} -> "
          f"{os.getloadavg()[0]:.1f}")
    cpu_total = sum(cpu_spent.values())
    if counted:
        print(f"CPU (this process, its sandbox runners and their cases): {cpu_total:.1f} s, "
              f"{cpu_total / problems:.2f} s per problem")
    print(f"  {'phase':<28}{'wall':>10}{'':>8}" + (f"{'CPU':>10}{'':>8}" if counted else ""))
    for phase, seconds in sorted(spent.items(), key=lambda item: -cpu_spent[item[0]] if counted else -item[1]):
        cpu = f"{cpu_spent[phase]:>8.2f} s{100 * cpu_spent[phase] / cpu_total:>7.1f}%" if counted and cpu_total else ""
        print(f"  {phase:<28}{seconds:>8.2f} s{100 * seconds / total:>7.1f}%{cpu}")
    if counted:
        from generator.problems.sandbox import close_runners
        close_runners()
        (_GROUP.parent / "cgroup.procs").write_text(str(os.getpid()))  # out of it, or it cannot be removed
        for _ in range(50):  # the runners leave the group a moment after they are told to stop
            try:
                _GROUP.rmdir()
                break
            except OSError:
                time.sleep(0.1)


if __name__ == "__main__":
    main()
