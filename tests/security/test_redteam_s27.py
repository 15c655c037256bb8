"""Session-27 red team (jail27): verdicts a program decides for itself, and what the shared process still did apart.

* A program that replaced sys.stdout after printing into it ended with two buffered streams on fd 1. CPython flushes
  the current sys.stdout first, then the one it started with (as the runner's case does); the shared harness flushed
  the one it started with first: "AB" from the shared process, "BA" fresh and on a judge, and the shared process's
  clean run is taken as the result. Both now flush through one piece of code (jail/program_exit.py).
* `raise MemoryError` and `os.kill(os.getpid(), SIGKILL)` were reported memory_limit: a judge calls both a run-time
  error (only a real hit of the memory limit is MLE). The case's exit now tells a MemoryError the program raised with
  a raise statement from one an allocation raised, and the runner takes a SIGKILL for the OOM killer's only where
  the machine's count of OOM kills (/proc/vmstat oom_kill) rose while the case ran.
* The bound check (gate.bound_gaps) showed that the max tests reach a stated bound and that the validator's verdict
  turns on it, not that the validator holds it on every value: one checking |A_i| <= 10^9 on the first card alone
  passed. The first and the last value of a max test near the bound are raised past it, each alone: where the
  validator rejects one (and, the bound raised, accepts it) but accepts the other, it holds the bound on some values
  only. And a bound written as a number in task.toml (not a param) was never checked: it is lowered where the
  validator writes that number, as an LLM draft's is.
"""
from __future__ import annotations

import json
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.problems.gate import GateContext, GateError, verify
from generator.problems.sandbox import SandboxLimits, Verdict, run_many
from generator.problems.schema import Difficulty
from generator.problems.shared_run import run_shared
from generator.providers.chain import build_draft
from generator.providers.spec import DesignSpec

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
    # Session 28: the word on stderr and a failing exit are not the memory limit either (the runner read them as it).
    "printed": "import sys\ninput()\nsys.stderr.write('MemoryError\\n')\nsys.exit(1)\n",
    "fake_traceback": ("import sys\ninput()\nsys.stderr.write('Traceback (most recent call last):\\n  File "
                       "\"solution.py\", line 3, in <module>\\nMemoryError\\n')\nraise SystemExit(1)\n"),
    "caught_then_exit": ("import sys\ninput()\ntry:\n    a = [0] * 10**9\nexcept MemoryError:\n"
                         "    print('MemoryError', file=sys.stderr)\n    sys.exit(1)\n"),
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


# --- stated bounds: a validator that checks a bound on some values only -------------------------------------------

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "llm"


def _design(**changes: object) -> DesignSpec:
    data = json.loads((FIXTURES / "k_largest_design.json").read_text(encoding="utf-8"))
    data.update(changes)
    return DesignSpec.model_validate(data)


def _verify_design(spec: DesignSpec):  # noqa: ANN202
    built = build_draft(spec, seed=27, provider="scripted")
    return verify(built.draft, GateContext(problem_id="klargest", difficulty=Difficulty.easy, language="en", seed=27,
                                           generator="scripted"))


def _max_first_at_bound() -> dict[str, object]:
    # A max test whose first card is 10^9: the validator's verdict on it turns on the A_i bound it writes.
    return {"category": "max", "purpose": "large", "count": 2, "brute_ok": False, "source": (
        "import random\nseed = int(input())\nrng = random.Random(seed)\n"
        "n = 100000\nk = rng.randint(n // 2, n)\na = [rng.randint(-10**9, 10**9) for _ in range(n)]\na[0] = 10**9\n"
        "print(n, k)\nprint(*a)\n")}


def test_a_validator_that_holds_a_bound_on_the_first_value_only_is_refused() -> None:
    base = _design()
    # Stated |A_i| <= 10^9; the validator checks it on the first card alone (a generator could publish 10^18 later).
    validator = base.validator.replace(
        'for token in tokens:\n    assert INT.fullmatch(token), "malformed number"\n'
        '    assert -10**9 <= int(token) <= 10**9, "A_i out of range"',
        'for token in tokens:\n    assert INT.fullmatch(token), "malformed number"\n'
        'assert -10**9 <= int(tokens[0]) <= 10**9, "A_i out of range"')
    assert validator != base.validator
    generators = [g.model_dump() for g in base.generators if g.category not in ("max", "anti")]
    spec = _design(validator=validator, generators=generators + [_max_first_at_bound()])
    with pytest.raises(GateError) as failed:
        _verify_design(spec)
    assert failed.value.code == "max_tests_below_bounds"
    assert "A_i <= 1000000000" in failed.value.message and "1000000001" in failed.value.message
    # The honest validator on the same tests passes.
    generators = [g.model_dump() for g in base.generators if g.category not in ("max", "anti")]
    _verify_design(_design(generators=generators + [_max_first_at_bound()]))


def test_a_bound_written_as_a_number_in_task_toml_is_checked_too() -> None:
    import random

    from generator.problems import gate
    from generator.problems.catalog import package_by_id
    from generator.problems.packages import build_draft as package_draft

    # two_pointers.k_distinct states 1 <= K <= 26 as a number (no param carries it to the validator, which writes 26):
    # it was never checked. Without its max test at K = 24 or 25 the tests stop at K = 20 and the check says so.
    package = package_by_id("two_pointers.k_distinct")
    draft = package_draft(package, random.Random(27), package.spec.difficulty, "en", with_stress=False,
                          only=("max", "anti")).draft
    assert gate.bound_gaps(draft) == []
    draft.tests = [t for t in draft.tests if int(t.input.split()[1]) < 24]
    gaps = gate.bound_gaps(draft)
    assert len(gaps) == 1 and "K <= 26" in gaps[0]
