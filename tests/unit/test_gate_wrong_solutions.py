"""The gate's known-wrong and known-too-slow solutions: each must fail a test, and the verdict it gets is the one
the gate saw. A too-slow solution runs the max tests first (it is there to exceed the limit on one), its cheap
tests only when it passed every max test."""
from __future__ import annotations

import dataclasses

import pytest

from generator.problems import gate
from generator.problems.family import Draft, WrongSolution
from generator.problems.family import TestInput as Case
from generator.problems.gate import GateContext, GateError, verify
from generator.problems.schema import Constraint, Difficulty

REFERENCE = "s = int(input())\nprint('PASS' if s >= 50 else 'FAIL')\n"
VALIDATOR = ("import sys\ndata = sys.stdin.read()\nassert data.endswith('\\n')\ns = int(data)\n"
             "assert str(s) + '\\n' == data and 0 <= s <= 100\n")
# Right on every test but the max one (100), where it loops: too slow.
LOOPS_ON_MAX = "s = int(input())\nwhile s == 100:\n    pass\nprint('PASS' if s >= 50 else 'FAIL')\n"
# Too slow on the max test, and also wrong on the small test 0.
LOOPS_ON_MAX_WRONG_ON_0 = LOOPS_ON_MAX.replace("print(", "print('PASS' if s == 0 else ")
# Right on the max test, wrong on 0: a "slow" solution that is only wrong.
WRONG_ON_0 = "s = int(input())\nprint('PASS' if s >= 50 or s == 0 else 'FAIL')\n"
CONTEXT = GateContext(problem_id="planted", difficulty=Difficulty.easy, language="en", seed=1)


def draft(*wrong: WrongSolution) -> Draft:
    return Draft(
        family="planted", variant="pass_mark", theme="plain", title="Pass Mark", tags=["implementation"],
        legend="Print PASS when the score is at least 50, else FAIL.", input_format="One integer S.",
        output_format="PASS or FAIL.", constraints=[Constraint(symbol="S", low=0, high=100)],
        reference=REFERENCE, brute=REFERENCE.replace(">= 50", "in range(50, 101)"), validator=VALIDATOR,
        tests=[Case("10\n", "sample", small=True), Case("90\n", "sample", small=True),
               Case("0\n", "small", small=True), Case("49\n", "small", small=True),
               Case("50\n", "small", small=True), Case("100\n", "max")],
        stress=[f"{s % 101}\n" for s in range(101)],
        near_invalid=["101\n", "-1\n", "050\n"],
        wrong_solutions=list(wrong),
    )


def test_a_too_slow_solution_is_judged_on_the_max_tests_first(monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[str] = []
    real = gate.run_many

    def counting(source, inputs, limits=gate.SandboxLimits()):  # noqa: ANN001, ANN202
        if source == LOOPS_ON_MAX_WRONG_ON_0:
            ran.extend(inputs)
        return real(source, inputs, limits)

    monkeypatch.setattr(gate, "run_many", counting)
    problem = verify(draft(WrongSolution("tl_loops", LOOPS_ON_MAX_WRONG_ON_0, "slow"),
                           WrongSolution("wa_zero", WRONG_ON_0)), CONTEXT)
    verdicts = {k.name: k.verdict for k in problem.programs.known_solutions}
    # Over the limit on the max test: its cheap tests (where it is also wrong) are never run.
    assert verdicts == {"tl_loops": "time_limit_exceeded", "wa_zero": "wrong_answer"}
    assert ran == []


def test_a_too_slow_solution_that_passes_the_max_tests_still_has_to_fail_a_cheap_one() -> None:
    problem = verify(draft(WrongSolution("tl_not_slow", WRONG_ON_0, "slow")), CONTEXT)
    assert {k.name: k.verdict for k in problem.programs.known_solutions} == {"tl_not_slow": "wrong_answer"}
    passes = dataclasses.replace(draft(WrongSolution("tl_fine", REFERENCE.replace("s >= 50", "50 <= s"), "slow")))
    with pytest.raises(GateError) as failed:
        verify(passes, CONTEXT)
    assert failed.value.code == "wrong_solution_passed"


def test_a_solution_too_slow_on_the_max_test_only_is_time_limit_exceeded() -> None:
    problem = verify(draft(WrongSolution("tl_loops", LOOPS_ON_MAX, "slow")), CONTEXT)
    assert [k.verdict for k in problem.programs.known_solutions] == ["time_limit_exceeded"]


# --- a task's floor under the time limit ----------------------------------------------------------------------

def test_a_time_limit_floor_raises_the_calibrated_limit_and_slow_solutions_must_still_exceed_it() -> None:
    # segment_tree.range_add_sum: the reference (two Fenwick trees) calibrates 2 s, while a clean lazy segment tree
    # in plain Python needs ~2.3 s; the task asks for at least 5 s, and its too-slow solution still exceeds that.
    plain = verify(draft(WrongSolution("tl_loops", LOOPS_ON_MAX, kind="slow")), CONTEXT)
    assert plain.limits.time_ms == 1000
    floored = draft(WrongSolution("tl_loops", LOOPS_ON_MAX, kind="slow"))
    floored.min_time_limit_ms = 2000
    problem = verify(floored, CONTEXT)
    assert problem.limits.time_ms == 2000
    assert [k.verdict for k in problem.programs.known_solutions] == ["time_limit_exceeded"]


def test_a_time_limit_floor_off_the_steps_is_rejected() -> None:
    floored = draft(WrongSolution("wa_zero", WRONG_ON_0))
    floored.min_time_limit_ms = 1500
    with pytest.raises(GateError) as failed:
        verify(floored, CONTEXT)
    assert failed.value.code == "bad_time_limit_floor"


# --- the calibration ---------------------------------------------------------------------------------------------

def test_the_time_limit_comes_from_the_faster_of_the_references_two_runs_on_each_max_test(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # CPU time swells when another process shares the core: one slow run of the reference must not move the
    # published limit a step. The first run reports 300 ms on the max test (-> 2 s at 4x), the second 200 ms
    # (-> 1 s): the limit is 1 s. The other way round it is 1 s as well. Two runs of 300 ms give 2 s (at 3x, before
    # verifyproblem's room was widened, they gave 1 s).
    real = gate.run_many

    def timed(first_ms: float, second_ms: float):  # noqa: ANN202
        def run(source, inputs, limits=gate.SandboxLimits()):  # noqa: ANN001, ANN202
            results = real(source, inputs, limits)
            if source == REFERENCE and "100\n" in inputs:
                cpu = second_ms if limits.hash_seed == gate.SECOND_HASH_SEED else first_ms
                results = [dataclasses.replace(r, cpu_ms=cpu) if i == "100\n" else r
                           for i, r in zip(inputs, results)]
            return results
        return run

    for first_ms, second_ms in ((300.0, 200.0), (200.0, 300.0)):
        monkeypatch.setattr(gate, "run_many", timed(first_ms, second_ms))
        problem = verify(draft(WrongSolution("tl_loops", LOOPS_ON_MAX, "slow")), CONTEXT)
        assert problem.limits.time_ms == 1000, (first_ms, second_ms)
    monkeypatch.setattr(gate, "run_many", timed(300.0, 300.0))
    assert verify(draft(WrongSolution("tl_loops", LOOPS_ON_MAX, "slow")), CONTEXT).limits.time_ms == 2000
