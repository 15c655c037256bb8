"""scripts/mutation_sweep.py: every mutant of the reference against the PUBLISHED tests. A package whose tests kill
every distinguishable mutant reports none; a planted problem whose tests and stress inputs both miss the pass mark
(so the gate cannot add the test) reports the boundary mutants as distinguishable, with the input that shows it."""
from __future__ import annotations

import dataclasses
import importlib.util
import sys
from pathlib import Path

from generator.problems.family import Draft
from generator.problems.gate import GateContext, verify
from generator.problems.schema import Difficulty
from tests.unit.test_mutation import weak_draft

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("mutation_sweep", ROOT / "scripts" / "mutation_sweep.py")
assert _spec is not None and _spec.loader is not None
sweep_script = importlib.util.module_from_spec(_spec)
sys.modules["mutation_sweep"] = sweep_script  # its dataclasses look their module up
_spec.loader.exec_module(sweep_script)

# The gate's planted "pass mark" problem (test_mutation.py), with 49 and 50 left out of its stress inputs too: the
# gate cannot add the boundary test, so only a wider pool shows the boundary mutants.
BLIND_SPOT = ("49\n", "50\n")


def blind_draft() -> Draft:
    stress = [f"{s}\n" for s in range(101) if f"{s}\n" not in BLIND_SPOT]
    return dataclasses.replace(weak_draft(), stress=stress + stress[:5])


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


def test_wide_operators_make_the_mutants_of_general_purpose_tools() -> None:
    source = ("a = [1, 2, 3]\ni = 1\nfor x in a:\n    if x & 1:\n        continue\n    i += x << 2\n    break\n"
              "print(a[i % 3], i ** 2)\n")
    found = sweep_script.wide_mutants(source, {source})
    by_kind = {m.description.split(": ", 1)[1]: m.source for m in found}
    assert "continue → break (wide)" in by_kind and "break → continue (wide)" in by_kind, list(by_kind)
    assert "x & 1" not in by_kind["BitAnd → BitOr (wide)"] and "x | 1" in by_kind["BitAnd → BitOr (wide)"]
    assert "x >> 2" in by_kind["LShift → RShift (wide)"] and "i * 2" in by_kind["Pow → Mult (wide)"]
    assert "a[i % 3 + 1]" in by_kind["index + 1 (wide)"] and "a[i % 3 - 1]" in by_kind["index - 1 (wide)"]
    deleted = by_kind["delete `i += x << 2` (wide)"]
    assert "i += x << 2" not in deleted and "pass" in deleted
    assert len({m.source for m in found}) == len(found) and source not in {m.source for m in found}
    for m in found:
        compile(m.source, "m.py", "exec")
