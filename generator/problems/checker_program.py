"""Checker programs: problems whose answer is not unique (any shortest path, any valid order, any subset meeting
a target) are judged by a program of the package, not by comparing tokens.

Interface (the Kattis output validator's, so the export copies it unchanged): `python checker.py input answer
feedback_dir < contestant_output`; exit 42 accepts, 43 rejects, with a one-line reason on stderr (or in
feedback_dir/judgemessage.txt). In the gate it runs in the jail like every other program: a small harness writes the
input and the jury's answer into the case's own scratch directory and feeds the contestant's output on stdin, and many
judgements share one sandbox call (one forked process each).
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from generator.problems.sandbox import RunResult, SandboxLimits, Verdict, run_many
from generator.problems.shared_run import run_shared

ACCEPT, REJECT = 42, 43

# The contestant's output reaches the checker as a judge gives it: on fd 0, a file, under a `sys.stdin` made as the
# runner makes it. It was an io.StringIO: `sys.stdin.buffer` (the Kattis idiom, which the export's own float validator
# uses) raised AttributeError and the checker "failed", and `open(0)` / `os.read(0, ...)` read the harness's
# exhausted payload, an empty output; a checker could also tell the gate from a judge by that alone.
HARNESS = """import json as _json, os as _os, sys as _sys
_case = _json.loads(_sys.stdin.read())
for _name in ("input", "answer", "output"):
    with open(_name + ".txt", "w", encoding="utf-8", newline="") as _fh:
        _fh.write(_case[_name])
_fd = _os.open("output.txt", _os.O_RDONLY)
_os.dup2(_fd, 0)
_os.close(_fd)
_os.unlink("output.txt")
_os.makedirs("feedback", exist_ok=True)
_sys.argv = ["checker.py", "input.txt", "answer.txt", "feedback"]
_sys.stdin = _sys.__stdin__ = open(0, "r", encoding="utf-8", newline="\\n", closefd=False)
del _json, _os, _case, _name, _fh, _fd
"""


@dataclass(frozen=True)
class Judgement:
    accepted: bool
    reason: str
    crashed: bool = False  # the checker itself failed (neither 42 nor 43): a package defect


def run_checker(source: str, cases: Sequence[tuple[str, str, str]], memory_mb: int = 256, *,
                shared: bool = False) -> list[Judgement]:
    """Judge (input, jury answer, contestant output) triples with the checker program, in one sandbox call: one
    fresh process per judgement, or with `shared` (cross-checks on stress cases only) one process for all of
    them (shared_run; its accept and reject exits are its normal answers)."""
    if not cases:
        return []
    payloads = [json.dumps({"input": i, "answer": a, "output": o}) for i, a, o in cases]
    limits = SandboxLimits(cpu_seconds=5.0, wall_seconds=600, memory_mb=memory_mb)
    if shared:
        results = run_shared(HARNESS + source, payloads, limits, trusted_exits=frozenset({ACCEPT, REJECT}))
    else:
        results = run_many(HARNESS + source, payloads, limits)
    return [_judgement(r) for r in results]


def _judgement(result: RunResult) -> Judgement:
    reason = result.stderr.strip().splitlines()[-1][:200] if result.stderr.strip() else ""
    if result.exit_code == ACCEPT:
        return Judgement(True, reason)
    if result.exit_code == REJECT:
        return Judgement(False, reason or "rejected")
    crashed = result.verdict is not Verdict.ok or result.exit_code not in (ACCEPT, REJECT)
    return Judgement(False, f"checker ended with {result.verdict.value} (exit {result.exit_code}): {reason}", crashed)


def near_wrong_outputs(output: str) -> list[tuple[str, str]]:
    """Outputs a checker must reject whatever the problem, made from a valid one: (what, text). Value changes
    ("one number off") are not in the list: with many correct answers, a changed number may be another valid one;
    the wrong solutions and mutants probe values."""
    tokens = output.split()
    found = [("empty output", ""), ("garbage token", "x " + " ".join(tokens[1:]) + "\n")]
    if len(tokens) > 1:
        found.append(("truncated output", " ".join(tokens[:-1]) + "\n"))
    found.append(("extra token", output.rstrip("\n") + " 0\n"))
    return found
