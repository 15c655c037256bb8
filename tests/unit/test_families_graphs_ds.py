"""The stack family (components, dijkstra and union_find are catalog packages now, swept by
tests/unit/test_catalog.py): every difficulty passes the verification
gate (brute-force agreement on >= 100 stress cases, every known-wrong and too-slow solution rejected, every
near-invalid input rejected by the validator), both languages give complete statements over the same tests,
drafts are deterministic per seed, different seeds give different problems, and Korean and English prompts
select the right family.

Each gate run executes the real sandbox (a too-slow solution costs a full time limit), so this file takes a
few minutes; the per-run gate times are printed at the end of the module (tests/support/family_gate.py).
"""
from __future__ import annotations

import random

import pytest

from generator.problems.families import family_by_name
from generator.problems.gate import problem_signature
from generator.problems.schema import Difficulty
from tests.support.family_gate import (
    HANGUL, FamilyGate, assert_complete_statement, assert_difficulty_changes_variant_and_constraints,
    assert_gate_passed, assert_prompts_pick, assert_same_seed_same_draft, gate_cases,
)

FAMILIES = ("stack",)
MAX_INPUT_BYTES = 1_500_000

PROMPTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "stack": (("스택 괄호 문제", "오큰수 구하기", "히스토그램에서 가장 큰 직사각형"),
              ("stack problem with brackets", "next greater element", "largest rectangle in histogram")),
}

GATE = FamilyGate("graphs/ds", FAMILIES, family_step=7_919, difficulty_step=31)
_report_timings = GATE.timings_fixture()


# test_both_languages_same_tests checks both languages of every draft cheaply.
@gate_cases
@pytest.mark.parametrize("name", FAMILIES)
def test_gate_passes(name: str, difficulty: Difficulty, language: str) -> None:
    draft, problem = GATE.verify(name, difficulty, language)
    assert_gate_passed(draft, problem)
    assert_complete_statement(problem, language)

    assert problem.verification.brute_agreements_stress == len(draft.stress)
    # Each level has both a too-slow and a wrong solution.
    assert any(w.kind == "slow" for w in draft.wrong_solutions)
    assert any(w.kind == "wrong" for w in draft.wrong_solutions)
    # The references stay far below the first time-limit step (1000 ms needs a max-test CPU under 333 ms);
    # a loaded machine may inflate the measurement, so only a loose bound is asserted here.
    assert problem.limits.time_ms <= 2000
    assert all(len(t.input) <= MAX_INPUT_BYTES for t in problem.tests), "input files must stay small"


# One full second gate run per family (medium: large tests, slow solutions); every difficulty's drafts are
# compared byte for byte in test_same_seed_same_draft.
@pytest.mark.parametrize("name", FAMILIES)
def test_same_seed_same_problem(name: str) -> None:
    GATE.assert_same_seed_same_problem(name, Difficulty.medium)


@pytest.mark.parametrize("name", FAMILIES)
def test_same_seed_same_draft(name: str) -> None:
    assert_same_seed_same_draft(name, seed=7)


@pytest.mark.parametrize("name", FAMILIES)
def test_different_seeds_different_problems(name: str) -> None:
    family = family_by_name(name)
    for difficulty in Difficulty:
        drafts = [family.draft(random.Random(seed), difficulty, "en") for seed in range(4)]
        assert len({problem_signature(d) for d in drafts}) == len(drafts), difficulty
        assert len({tuple(t.input for t in d.tests if t.category != "max") for d in drafts}) == len(drafts)
    themes = {family.draft(random.Random(seed), Difficulty.tutorial, "ko").theme for seed in range(8)}
    assert len(themes) >= 2


@pytest.mark.parametrize("name", FAMILIES)
def test_both_languages_same_tests(name: str) -> None:
    family = family_by_name(name)
    for difficulty in Difficulty:
        en = family.draft(random.Random(11), difficulty, "en")
        ko = family.draft(random.Random(11), difficulty, "ko")
        assert [t.input for t in en.tests] == [t.input for t in ko.tests]
        assert en.stress == ko.stress and en.near_invalid == ko.near_invalid
        assert en.theme == ko.theme and en.legend != ko.legend
        assert all(HANGUL.search(x) for x in (ko.title, ko.legend, ko.input_format, ko.output_format, ko.notes))
        assert not any(HANGUL.search(x) for x in (en.title, en.legend, en.input_format, en.output_format, en.notes))


@pytest.mark.parametrize("name", FAMILIES)
def test_difficulty_changes_variant_and_constraints(name: str) -> None:
    assert_difficulty_changes_variant_and_constraints(name)


@pytest.mark.parametrize("name", FAMILIES)
def test_themes_in_both_languages(name: str) -> None:
    module = __import__(f"generator.problems.families.{name}", fromlist=["THEMES"])
    assert len(module.THEMES) >= 3
    assert all(set(texts) == {"en", "ko"} for texts in module.THEMES.values())


@pytest.mark.parametrize("name", FAMILIES)
def test_prompts_pick_the_family(name: str) -> None:
    korean, english = PROMPTS[name]
    assert_prompts_pick(name, korean + english)
