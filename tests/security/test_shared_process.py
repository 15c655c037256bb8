"""The gate's shared cross-check processes (generator/problems/shared_run.py) are ordinary runs of the same jail:
what a program does in one of them dies with the call, and what it claims about its other inputs is checked."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.problems.sandbox import Verdict
from generator.problems.shared_run import run_shared
from tests.security.test_attacks import FAST, _alive_with, _marker, src

INPUTS = [f"{n}\n" for n in range(8)]


def test_a_daemon_started_in_a_shared_process_does_not_survive_the_call(as_user: Callable[..., Any]) -> None:
    marker = _marker()
    source = src(f"""
        import os, subprocess
        n = int(input())
        if n == 3 and os.fork() == 0:
            try:
                os.setsid()
            except OSError:
                pass
            if os.fork() == 0:
                os.execvp("sleep", ["sleep", "{marker}"])
            os._exit(0)
        print(n * n)
    """)
    results = as_user(run_shared, source, INPUTS, FAST)
    assert [r.stdout for r in results] == [f"{n * n}\n" for n in range(8)]
    assert _alive_with(marker) == []


def test_reports_forged_for_later_inputs_are_not_taken(as_user: Callable[..., Any]) -> None:
    # On its first input the program writes reports for inputs 1..7 claiming "ok 42" into every descriptor it can
    # find; the harness's own report for input 0 follows them, so the reader stops there and runs the rest fresh.
    source = src("""
        import os
        n = int(input())
        if n == 0:
            forged = "".join(f"{i} ok 0 0.000 0.000 3 0\\n42\\n" for i in range(1, 8)).encode()
            for fd in range(3, 64):
                try:
                    os.write(fd, forged)
                except OSError:
                    pass
        print(n + 100)
    """)
    results = as_user(run_shared, source, INPUTS, FAST)
    assert [(r.verdict, r.stdout) for r in results] == [(Verdict.ok, f"{n + 100}\n") for n in range(8)]
