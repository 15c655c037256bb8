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
