"""Session-26 red team (redteam26): what a draft's tests and checker could leave unchecked.

* Stated bounds. A draft states its bounds (the constraints a learner reads) and the gate calibrated the time limit on
  its max tests, but nothing tied the two: an LLM draft could state N <= 10^5 and test N = 1000 at most (a solution
  too slow for the stated bound passed every published test, under a limit set on small inputs), or have a validator
  that holds N to another number than the statement (N <= 2*10^5 enforced, tests at 1.5*10^5 under a stated 10^5).
  The gate now runs the validator with each bound lowered to 90 % of its range (gate.bound_gaps): a max or anti
  test must break the lowered bound, and an LLM's validator must write each stated bound as that number. A catalog
  package's gaps are reported by scripts/check_package.py (people review its tests).
* The checker's self-test tried its near-wrong outputs (empty, a garbage token, a token missing, one extra) on the
  first 8 tests only, which are samples and small tests: a checker that accepts anything on a large input passed.
  The probes now take the first and the largest test of every category, max tests included.
* A program's atexit handlers never ran in the sandbox (the runner ends a case with os._exit, the shared harness its
  process): a common fast-output idiom of Python competitive programming (print into a StringIO, write it out from
  an atexit handler) printed nothing in the gate and its answers on a judge; a reference and a brute force written
  so agreed on empty answers, which were published, and a wrong solution written so was wrong in the gate and
  accepted on a judge. An atexit handler that ends the program with another status (os._exit(3)) was ok in the gate
  and a run-time error on a judge. Both now run them as interpreter exit does: after the program and its threads.
* A file a program opened on fd 1 and never closed (`out = open(1, "w")`) was never flushed in a fresh case: its
  answer was lost (empty in the gate, right on a judge, where CPython and PyPy flush it at exit). A case that made a
  writable file object of a descriptor now has its globals freed at exit, as CPython does, so it is flushed. The
  shared harness freed every input's globals after its run: what their finalizers printed (that file, a __del__) was
  flushed into the NEXT input's output. It is now the input's own where the fresh case prints it too, and cut off
  where it does not. weakref.finalize's exit hook, which the runner and the harness had armed and shut off once for
  good, runs for every program again.
"""
from __future__ import annotations

import dataclasses
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.problems.family import TestInput as Case
from generator.problems.gate import GateContext, GateError, verify
from generator.problems.sandbox import SandboxLimits, Verdict, run_many, run_program
from generator.problems.schema import Difficulty
from generator.problems.shared_run import run_shared
from generator.providers.chain import build_draft
from generator.providers.spec import DesignSpec
from tests.unit import test_checker_program as anymax

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "llm"


# --- the checker's self-test --------------------------------------------------------------------------------------

# The planted problem's checker (any position of a maximum), except that on an input of more than 15 numbers it
# accepts whatever it is given: a checker that gives up on large inputs.
GIVES_UP_ON_LARGE = anymax.CHECKER.replace("tokens = sys.stdin.read().split()\n",
                                           "tokens = sys.stdin.read().split()\nif n > 15:\n    sys.exit(42)\n")


def test_a_checker_that_accepts_anything_on_large_tests_fails_its_self_test() -> None:
    planted = anymax.draft(GIVES_UP_ON_LARGE)
    rng = random.Random(26)
    smalls = []
    for _ in range(9):  # more than 8 samples and small tests before the max test
        n = rng.randint(2, 6)
        smalls.append(Case(f"{n}\n{' '.join(str(rng.randint(1, 4)) for _ in range(n))}\n", "small", small=True))
    tests = [t for t in planted.tests if t.category == "sample"] + smalls + [
        t for t in planted.tests if t.category != "sample" and not t.small]
    with pytest.raises(GateError) as failed:
        verify(dataclasses.replace(planted, tests=tests), anymax.ctx())
    assert failed.value.code == "checker_accepts_wrong"
    assert "20\\n" in failed.value.message  # refused on the max test (N = 20)


# --- stated bounds ------------------------------------------------------------------------------------------------

def _design(**changes: object) -> DesignSpec:
    data = json.loads((FIXTURES / "k_largest_design.json").read_text(encoding="utf-8"))
    data.update(changes)
    return DesignSpec.model_validate(data)


def _max_generator(n: int) -> dict[str, object]:
    return {"category": "max", "purpose": "large", "count": 2, "brute_ok": False, "source": (
        "import random\nseed = int(input())\nrng = random.Random(seed)\n"
        f"n = {n}\nk = rng.randint(n // 2, n)\n"
        "print(n, k)\nprint(*[rng.randint(-10**9, 10**9) for _ in range(n)])\n")}


def _verify_design(spec: DesignSpec):  # noqa: ANN202
    built = build_draft(spec, seed=26, provider="scripted")
    return verify(built.draft, GateContext(problem_id="klargest", difficulty=Difficulty.easy, language="en", seed=26,
                                           generator="scripted"))


def _generators(spec: DesignSpec, max_n: int) -> list[dict[str, object]]:
    kept = [g.model_dump() for g in spec.generators if g.category not in ("max", "anti")]
    return kept + [_max_generator(max_n)]


def test_an_llm_draft_whose_max_tests_stay_far_below_the_stated_bound_is_refused() -> None:
    base = _design()
    with pytest.raises(GateError) as failed:
        _verify_design(_design(generators=_generators(base, 1000)))
    assert failed.value.code == "max_tests_below_bounds"
    assert "N <= 100000" in failed.value.message


def test_an_llm_draft_whose_validator_holds_another_bound_than_the_statement_is_refused() -> None:
    base = _design()
    # The statement says N <= 10^5; the validator lets N reach 2*10^5 and the max tests use 1.5*10^5.
    validator = base.validator.replace("1 <= n <= 100000", "1 <= n <= 200000")
    with pytest.raises(GateError) as failed:
        _verify_design(_design(validator=validator, generators=_generators(base, 150000)))
    assert failed.value.code == "validator_bound_unstated"
    assert "N <= 100000" in failed.value.message


def test_an_llm_draft_whose_tests_reach_its_bounds_passes_the_bound_check() -> None:
    problem = _verify_design(_design())
    assert any(t.category == "max" and t.input.startswith("100000 ") for t in problem.tests)


def test_a_catalog_draft_whose_max_tests_were_swapped_for_small_ones_shows_the_gap() -> None:
    from generator.problems import gate
    from generator.problems.catalog import package_by_id
    from generator.problems.packages import build_draft as package_draft

    package = package_by_id("prefix_sums.abs_total")
    draft = package_draft(package, random.Random(26), package.spec.difficulty, "en", with_stress=False,
                          only=("sample", "max", "anti")).draft
    assert gate.bound_gaps(draft) == []  # as generated: the max tests reach N <= 200000 and the values' bounds
    samples = [t for t in draft.tests if t.category == "sample"]
    gaps = gate.bound_gaps(dataclasses.replace(draft, tests=samples + [Case(t.input, "max") for t in samples]))
    assert len(gaps) == 2 and "N <= 180000" in gaps[0]


# --- atexit handlers ----------------------------------------------------------------------------------------------

# The fast-output idiom: everything printed goes to a StringIO, written out once at exit.
ATEXIT_OUTPUT = """import atexit, io, sys
_buffer = io.StringIO()
sys.stdout = _buffer

@atexit.register
def _write():
    sys.__stdout__.write(_buffer.getvalue())

n = int(input())
print(n * 2)
"""
ATEXIT_STATUS = "import atexit, os\natexit.register(lambda: os._exit(3))\nprint(int(input()) * 2)\n"
LIMITS = SandboxLimits(cpu_seconds=2, wall_seconds=60)


def _atexit_runs() -> list[tuple[str, str, int | None]]:
    fresh = [run_program(ATEXIT_OUTPUT, "21\n", LIMITS), *run_many(ATEXIT_OUTPUT, ["1\n", "2\n"], LIMITS)]
    shared = run_shared(ATEXIT_OUTPUT, [f"{n}\n" for n in range(6)], LIMITS)
    status = [run_program(ATEXIT_STATUS, "4\n", LIMITS), *run_shared(ATEXIT_STATUS, ["1\n"] * 6, LIMITS)]
    return [(r.verdict.value, r.stdout, r.exit_code) for r in (*fresh, *shared, *status)]


def test_atexit_handlers_run_as_at_interpreter_exit(as_user: Callable[..., Any]) -> None:
    runs = as_user(_atexit_runs)
    fresh, shared, status = runs[:3], runs[3:9], runs[9:]
    assert fresh == [("ok", "42\n", 0), ("ok", "2\n", 0), ("ok", "4\n", 0)]
    assert shared == [("ok", f"{2 * n}\n", 0) for n in range(6)]
    assert all(verdict == Verdict.runtime_error.value and exit_code == 3 for verdict, _, exit_code in status), status


UNCLOSED_FD1 = "out = open(1, 'w')\nout.write(str(int(input()) * 2) + '\\n')\n"
DEL_AT_EXIT = "class Late:\n    def __del__(self):\n        print('bye')\nkeep = Late()\nprint(int(input()) * 2)\n"
FINALIZE_AT_EXIT = ("import weakref\nclass A:\n    pass\na = A()\nweakref.finalize(a, print, 'done')\n"
                    "print(int(input()) * 2)\n")


def _exit_runs() -> list[tuple[str, list[str], list[str]]]:
    found = []
    for source in (UNCLOSED_FD1, DEL_AT_EXIT, FINALIZE_AT_EXIT):
        inputs = [f"{n}\n" for n in range(6)]
        found.append(([r.stdout for r in run_many(source, inputs, LIMITS)],
                      [r.stdout for r in run_shared(source, inputs, LIMITS)]))
    return found


def test_what_a_programs_globals_print_as_they_are_freed_is_its_own_fresh_or_shared(
        as_user: Callable[..., Any]) -> None:
    unclosed, deleted, finalized = as_user(_exit_runs)
    # Shared as fresh (which is published), and as CPython and PyPy where they agree: a file left open on fd 1 is
    # flushed at exit; a global's __del__ prints nothing then (PyPy runs no finalizer at exit); weakref.finalize runs
    # at exit (an atexit hook).
    assert unclosed == ([f"{2 * n}\n" for n in range(6)],) * 2
    assert deleted == ([f"{2 * n}\n" for n in range(6)],) * 2
    assert finalized == ([f"{2 * n}\ndone\n" for n in range(6)],) * 2
