"""Where a verified problem's wall time goes, per phase of the gate (exclusive times: a phase's nested phases are
not counted twice).

    .venv/bin/python bench/gate_phases.py [--seeds 2] [--difficulty medium hard] [--topic grid_bfs ...]

Phases: the draft (package generation), the validator, the reference (tests and stress), the brute force's
cross-checks (`_agree`), the checker self-test, the mutation check, and the known-wrong solutions, split by kind
(wrong / slow) and by the cheap tests against the max tests. Same problems as bench/gate_speed.py.
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
_stack: list[list] = []  # [phase, started, nested seconds]


def _timed(phase: str | None, fn):  # noqa: ANN001, ANN202
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        name = phase
        if name is None:  # _reject_wrong: by the wrong solution's kind
            name = f"wrong:{args[1].kind}"
        if name == "run_program" and _stack:  # the max tests of a known-wrong solution
            name = _stack[-1][0] + " max tests"
        frame = [name, time.perf_counter(), 0.0]
        _stack.append(frame)
        try:
            return fn(*args, **kwargs)
        finally:
            _stack.pop()
            total = time.perf_counter() - frame[1]
            spent[name] += total - frame[2]
            if _stack:
                _stack[-1][2] += total
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
    load = os.getloadavg()[0]
    problems = 0
    started = time.perf_counter()
    for level in args.difficulty:
        for topic in args.topic or TOPICS:
            for n in range(args.seeds):
                seed = derive_seed("bench-gate-speed", topic, level, n)
                t0 = time.perf_counter()
                draft = topic_by_name(topic).draft(random.Random(seed), Difficulty(level), "en")
                spent["draft"] += time.perf_counter() - t0
                gate.verify(draft, gate.GateContext(problem_id="bench", difficulty=Difficulty(level),
                                                    language="en", seed=seed))
                problems += 1
                print(f"{topic} {level} {n}: {time.perf_counter() - t0:.2f} s", flush=True)
    total = time.perf_counter() - started
    print(f"{problems} problems, {total:.1f} s, {problems / total:.3f} problems/s; load {load:.1f} -> "
          f"{os.getloadavg()[0]:.1f}")
    for phase, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"  {phase:<28}{seconds:>8.2f} s{100 * seconds / total:>7.1f}%")


if __name__ == "__main__":
    main()
