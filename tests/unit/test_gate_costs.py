"""What the gate's cross-checks cost in sandbox calls: every mutant runs through the one dispatcher program, several
mutants per shared process on the stress cases, and the brute force's small tests share a process too."""
from __future__ import annotations

import pytest

from generator.problems import gate
from generator.problems.family import TestInput as Case
from generator.problems.family import WrongSolution
from generator.problems.gate import GateContext, verify
from generator.problems.mutation import mutants
from generator.problems.schema import Difficulty
from tests.unit.test_mutation import GRADER, GRADER_BRUTE, weak_draft


def test_mutants_share_processes_on_the_stress_cases_and_the_brute_force_on_the_small_tests(
        monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, str, list[str], int]] = []
    real_shared, real_many = gate.run_shared, gate.run_many

    def shared(source, inputs, limits=gate.SandboxLimits(), **options):  # noqa: ANN001, ANN003, ANN202
        calls.append(("shared", source, list(inputs), options.get("group", 0)))
        return real_shared(source, inputs, limits, **options)

    def many(source, inputs, limits=gate.SandboxLimits()):  # noqa: ANN001, ANN202
        calls.append(("fresh", source, list(inputs), 0))
        return real_many(source, inputs, limits)

    monkeypatch.setattr(gate, "run_shared", shared)
    monkeypatch.setattr(gate, "run_many", many)
    draft = weak_draft()
    draft.reference, draft.brute, draft.title = GRADER, GRADER_BRUTE, "Grades"
    draft.tests = [Case(f"{s}\n", "sample" if s < 10 else "small", small=True) for s in (2, 7, 23, 58, 67, 82, 97)]
    draft.tests.append(Case("100\n", "max"))
    draft.wrong_solutions = [WrongSolution("wa_always_a", "input()\nprint('A')\n")]
    problem = verify(draft, GateContext(problem_id="grades", difficulty=Difficulty.easy, language="en", seed=1))
    assert problem.verification.mutation is not None and problem.verification.mutation.made == 40
    sources = {m.source for m in mutants(GRADER, 10**6)}
    assert not [c for c in calls if c[1] in sources], "a mutant ran on its own, not through the dispatcher"
    dispatcher = [(kind, inputs, group) for kind, source, inputs, group in calls if source.startswith("_CODES = ")]
    # A stress call: whole mutants, each on every stress case (smallest first); several mutants per call, all
    # shared, each mutant's cases in a process of its own (group).
    smallest_first = [draft.stress[i] for i in sorted(range(len(draft.stress)),
                                                      key=lambda i: (len(draft.stress[i]), i))]
    stress = [(kind, inputs, group) for kind, inputs, group in dispatcher if len(inputs) >= len(draft.stress)
              and [text.split("\n", 1)[1] for text in inputs] == smallest_first * (len(inputs) // len(draft.stress))]
    survivors = sum(len(inputs) for _, inputs, _ in stress) // len(draft.stress)
    assert stress and all(kind == "shared" and group == len(draft.stress) for kind, _, group in stress)
    assert survivors >= 10 and len(stress) == -(-survivors // (gate.MUTANT_STRESS_RUNS_PER_CALL // len(draft.stress)))
    brute = [c for c in calls if c[1] == GRADER_BRUTE]
    assert brute and all(kind == "shared" for kind, _, _, _ in brute)


def test_the_checker_self_test_reuses_the_brute_forces_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.unit import test_checker_program as planted

    ran: list[int] = []
    real = gate.run_shared

    def shared(source, inputs, limits=gate.SandboxLimits(), **options):  # noqa: ANN001, ANN003, ANN202
        if source == planted.BRUTE:
            ran.append(len(inputs))
        return real(source, inputs, limits, **options)

    monkeypatch.setattr(gate, "run_shared", shared)
    problem = verify(planted.draft(planted.CHECKER), planted.ctx())
    assert problem.programs.checker == planted.CHECKER
    # Once on the small tests, once on the stress cases: the checker's self-test takes those runs.
    assert ran == [2, 120]


def test_the_checker_judges_each_input_answer_output_triple_once_per_problem(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A known-wrong solution that prints the jury's answer to a test is judged by the checker's self-test judgement
    of that very triple, not by another checker run (dijkstra.print_path: 197 runs, each a Dijkstra of its own)."""
    from tests.unit import test_checker_program as planted

    judged: list[tuple[tuple[str, str, str], bool]] = []
    real = gate.run_checker

    def counting(source, cases, memory_mb=256, *, shared=False):  # noqa: ANN001, ANN202
        judged.extend((case, shared) for case in cases)
        return real(source, cases, memory_mb, shared=shared)

    monkeypatch.setattr(gate, "run_checker", counting)
    draft = planted.draft(planted.CHECKER)
    # Right (the reference's own answer) on the sample, wrong on the small test, where it stops.
    draft.wrong_solutions = [WrongSolution("wa_zero_for_four", "n = int(input())\na = list(map(int, input().split()))\n"
                                                               "print(0 if n == 4 else a.index(max(a)) + 1)\n")]
    problem = verify(draft, planted.ctx())
    assert [s.verdict for s in problem.programs.known_solutions] == ["wrong_answer"]
    sample = ("3\n1 3 3\n", "2\n", "2\n")
    assert [shared for case, shared in judged if case == sample] == [False]
    fresh = [case for case, shared in judged if not shared]
    assert len(fresh) == len(set(fresh)), "a triple was judged twice in fresh processes"
    assert ("4\n2 5 1 5\n", "2\n", "0\n") in fresh  # the wrong answer itself is still judged, fresh


def test_a_shared_judgement_never_stands_for_a_published_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cross-checks (shared processes) may reuse any judgement; a published verdict only a fresh process's."""
    runs: list[tuple[list[tuple[str, str, str]], bool]] = []

    def fake(source, cases, memory_mb=256, *, shared=False):  # noqa: ANN001, ANN202
        runs.append((list(cases), shared))
        return [gate.Judgement(accepted=out == ans, reason="", crashed=out == "crash") for _, ans, out in cases]

    monkeypatch.setattr(gate, "run_checker", fake)
    a, b, crash = ("1\n", "1\n", "1\n"), ("2\n", "2\n", "3\n"), ("3\n", "3\n", "crash")
    token = gate._JUDGED.set({})
    try:
        assert [j.accepted for j in gate._checker("c", [a, a, b], 256, shared=True)] == [True, True, False]
        assert runs[-1] == ([a, b], True)  # a twice in one call: judged once
        assert [j.accepted for j in gate._checker("c", [a, b], 256)] == [True, False]
        assert runs[-1] == ([a, b], False)  # shared judgements do not stand for fresh ones
        gate._checker("c", [a, b], 256, shared=True)
        gate._checker("c", [a, b], 256)
        assert len(runs) == 2  # both now known, fresh: nothing runs
        gate._checker("other checker", [a], 256)
        assert runs[-1] == ([a], False)  # the memo is per checker program
        gate._checker("c", [crash], 256)
        gate._checker("c", [crash], 256)
        assert runs[-2:] == [([crash], False)] * 2  # a crash is never remembered
    finally:
        gate._JUDGED.reset(token)
    gate._checker("c", [a], 256)
    assert runs[-1] == ([a], False)  # outside a verify call nothing is remembered
