"""Session-27 red team (jail27): verdicts a program decides for itself, and what the shared process still did apart.

* A program that replaced sys.stdout after printing into it ended with two buffered streams on fd 1. CPython flushes
  the current sys.stdout first, then the one it started with (as the runner's case does); the shared harness flushed
  the one it started with first: "AB" from the shared process, "BA" fresh and on a judge, and the shared process's
  clean run is taken as the result. Both now flush through one piece of code (jail/program_exit.py).
* `raise MemoryError` and `os.kill(os.getpid(), SIGKILL)` were reported memory_limit: a judge calls both a run-time
  error (only a real hit of the memory limit is MLE). The case's exit now tells a MemoryError the program raised with
  a raise statement from one an allocation raised, and the runner takes a SIGKILL for the OOM killer's only where
  the machine's count of OOM kills (/proc/vmstat oom_kill) rose while the case ran.
"""
from __future__ import annotations

import signal
from collections.abc import Callable
from typing import Any

from generator.problems.sandbox import SandboxLimits, Verdict, run_many
from generator.problems.shared_run import run_shared

LIMITS = SandboxLimits(cpu_seconds=2, wall_seconds=60)


# --- the streams a program ends with, fresh and shared ------------------------------------------------------------

REPLACED_STDOUT = ("import sys\nn = int(input())\nprint('A%d' % n, end=' ')\n"
                   "sys.stdout = open(1, 'w', closefd=False)\nprint('B%d' % n)\n")


def _replaced_stdout_runs() -> tuple[list[str], list[str]]:
    inputs = [f"{n}\n" for n in range(6)]
    return ([r.stdout for r in run_many(REPLACED_STDOUT, inputs, LIMITS)],
            [r.stdout for r in run_shared(REPLACED_STDOUT, inputs, LIMITS)])


def test_a_replaced_stdout_is_flushed_in_the_same_order_fresh_and_shared(as_user: Callable[..., Any]) -> None:
    fresh, shared = as_user(_replaced_stdout_runs)
    # CPython: `python3 prog.py | cat` prints "B0\nA0 " (sys.stdout at exit first, then sys.__stdout__).
    assert fresh == [f"B{n}\nA{n} " for n in range(6)]
    assert shared == fresh


# --- MemoryError and SIGKILL: the program's own, or the memory limit's ---------------------------------------------

SELF_RAISED = {
    "raise": "input()\nraise MemoryError\n",
    "raise_called": "input()\ndef f():\n    raise MemoryError('out of memory')\nf()\n",
    "subclass": "input()\nclass Mine(MemoryError):\n    pass\nraise Mine()\n",
}
REAL_HITS = {
    "one_large": "input()\na = [0] * 10**9\nprint(len(a))\n",
    "growing": "input()\nx = []\nwhile True:\n    x.append(bytearray(1 << 20))\n",
    "caught_and_reraised": "input()\ntry:\n    a = [0] * 10**9\nexcept MemoryError:\n    raise\n",
    "in_a_function": "input()\ndef grow():\n    return [1] * 10**9\ngrow()\n",
}
SELF_KILLED = "import os, signal\ninput()\nprint(1, flush=True)\nos.kill(os.getpid(), signal.SIGKILL)\n"


def _memory_runs() -> dict[str, tuple[str, int | None, str]]:
    limits = SandboxLimits(cpu_seconds=2, wall_seconds=60, memory_mb=128)
    found = {}
    for name, source in {**SELF_RAISED, **REAL_HITS, "self_killed": SELF_KILLED}.items():
        result = run_many(source, ["1\n"], limits)[0]
        found[name] = (result.verdict.value, result.exit_code, result.stderr[-300:])
    return found


def test_a_memory_error_or_sigkill_the_program_makes_itself_is_a_runtime_error(as_user: Callable[..., Any]) -> None:
    found = as_user(_memory_runs)
    for name in SELF_RAISED:
        verdict, exit_code, stderr = found[name]
        assert (verdict, exit_code) == (Verdict.runtime_error.value, 1), (name, found[name])
        assert "MemoryError" in stderr or "Mine" in stderr, (name, stderr)
    for name in REAL_HITS:
        assert found[name][:2] == (Verdict.memory_limit.value, 1), (name, found[name])
    assert found["self_killed"][:2] == (Verdict.runtime_error.value, -signal.SIGKILL), found["self_killed"]
