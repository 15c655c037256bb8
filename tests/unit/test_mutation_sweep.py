"""scripts/mutation_sweep.py: every mutant of the reference against the PUBLISHED tests. A package whose tests kill
every distinguishable mutant reports none; a planted problem whose tests and stress inputs both miss the pass mark
(so the gate cannot add the test) reports the boundary mutants as distinguishable, with the input that shows it."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from generator.problems.family import Draft, WrongSolution
from generator.problems.family import TestInput as Case
from generator.problems.gate import GateContext, verify
from generator.problems.schema import Constraint, Difficulty

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("mutation_sweep", ROOT / "scripts" / "mutation_sweep.py")
assert _spec is not None and _spec.loader is not None
sweep_script = importlib.util.module_from_spec(_spec)
sys.modules["mutation_sweep"] = sweep_script  # its dataclasses look their module up
_spec.loader.exec_module(sweep_script)

# "Is the score a pass (score >= 50)?" Neither the tests nor the gate's stress inputs hold 49 or 50.
REFERENCE = "s = int(input())\nprint('PASS' if s >= 50 else 'FAIL')\n"
BRUTE = "s = int(input())\nprint(['FAIL', 'PASS'][s in range(50, 101)])\n"
VALIDATOR = ("import sys\ndata = sys.stdin.read()\nassert data.endswith('\\n')\ns = int(data)\n"
             "assert str(s) + '\\n' == data and 0 <= s <= 100\n")
BLIND_SPOT = ("49\n", "50\n")


def blind_draft() -> Draft:
    stress = [f"{s}\n" for s in range(101) if f"{s}\n" not in BLIND_SPOT]
    return Draft(
        family="planted", variant="pass_mark", theme="plain", title="Pass Mark", tags=["implementation"],
        legend="Print PASS when the score is at least 50, else FAIL.", input_format="One integer S.",
        output_format="PASS or FAIL.", constraints=[Constraint(symbol="S", low=0, high=100)],
        reference=REFERENCE, brute=BRUTE, validator=VALIDATOR,
        tests=[Case("10\n", "sample", small=True), Case("90\n", "sample", small=True),
               Case("0\n", "small", small=True), Case("100\n", "max")],
        stress=stress + stress[:5],
        near_invalid=["101\n", "-1\n", "050\n"],
        wrong_solutions=[WrongSolution("wa_always_pass", "input()\nprint('PASS')\n")],
    )


def test_a_blind_spot_the_gate_cannot_see_is_reported_with_its_input() -> None:
    draft = blind_draft()
    problem = verify(draft, GateContext(problem_id="planted", difficulty=Difficulty.easy, language="en", seed=1))
    assert not {t.input for t in problem.tests} & set(BLIND_SPOT), "the gate found the blind spot itself"
    # The sweep's wider stress pool (other drafts' stress inputs) holds the pass mark.
    result = sweep_script.sweep_problem(draft, problem, lambda: sorted(set(draft.stress) | set(BLIND_SPOT)))
    found = {s.description: s.distinguishing_input for s in result.distinguishable}
    assert any(">= → >" in d for d in found), found
    assert set(found.values()) <= set(BLIND_SPOT), found
    assert result.killed + len(result.equivalent) + len(result.distinguishable) == result.mutants
    # Without the wider pool the survivors look equivalent: the sweep's verdict rests on the inputs it tries.
    narrow = sweep_script.sweep_problem(draft, problem, lambda: list(draft.stress))
    assert narrow.distinguishable == [] and len(narrow.equivalent) == len(result.distinguishable)


def test_a_catalog_package_with_strong_tests_has_no_distinguishable_survivor() -> None:
    result = sweep_script.sweep_id("implementation.clock_add", 0, 1)
    assert result.error is None, result.error
    assert result.mutants > 5 and result.killed > 0
    assert result.distinguishable == [], [(s.description, s.distinguishing_input) for s in result.distinguishable]


def test_extra_operators_make_single_point_mutants_the_gate_does_not() -> None:
    source = "x = -3\nif not x in [1] and True:\n    print(x < 2, x is None)\n"
    found = sweep_script.extra_mutants(source, {source})
    descriptions = [m.description for m in found]
    for wanted in ("drop unary -", "drop not", "True → False", "in → not in", "< → >", "is → is not"):
        assert any(wanted in d for d in descriptions), descriptions
    assert len({m.source for m in found}) == len(found) and source not in {m.source for m in found}
    for m in found:
        compile(m.source, "m.py", "exec")
