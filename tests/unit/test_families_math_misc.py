"""The implementation family: every difficulty and language
passes the verification gate, drafts are deterministic per seed, and prompts select the right family.

Each gate run executes the real sandbox (validator, reference, brute force, known-wrong and too-slow
solutions), so a full run of this file takes a few minutes; the per-run gate times are printed at the end of
the module (tests/support/family_gate.py).
"""
from __future__ import annotations

import random

import pytest

from generator.problems.families import family_by_name
from generator.problems.gate import problem_signature
from generator.problems.schema import Difficulty
from tests.support.family_gate import (
    HANGUL, FamilyGate, assert_difficulty_changes_variant_and_constraints, assert_gate_passed,
    assert_prompts_pick, assert_same_seed_same_draft, gate_cases, param_id,
)

FAMILIES = ("implementation",)

PROMPTS = {
    "implementation": ("로봇 시뮬레이션 구현 문제", "robot simulation implementation problem"),
}

GATE = FamilyGate("math/misc", FAMILIES, family_step=7919, difficulty_step=131)
_report_timings = GATE.timings_fixture()


# tests/unit/test_families_text.py checks both languages of every draft cheaply.
@gate_cases
@pytest.mark.parametrize("name", FAMILIES)
def test_gate_passes(name: str, difficulty: Difficulty, language: str) -> None:
    draft, problem = GATE.verify(name, difficulty, language)
    assert_gate_passed(draft, problem)

    texts = [problem.title, problem.statement.legend, problem.statement.input_format,
             problem.statement.output_format] + [s.explanation for s in problem.samples]
    if language == "ko":
        assert all(HANGUL.search(text) for text in texts[1:4])
        assert all(HANGUL.search(s.explanation) for s in problem.samples)
    else:
        assert not any(HANGUL.search(text) for text in texts)


# One full second gate run per family (medium: large tests, a slow solution); every difficulty's drafts
# are compared byte for byte in test_same_seed_same_draft_in_every_difficulty.
@pytest.mark.parametrize("difficulty", [Difficulty.medium], ids=param_id)
@pytest.mark.parametrize("name", FAMILIES)
def test_same_seed_same_problem(name: str, difficulty: Difficulty) -> None:
    GATE.assert_same_seed_same_problem(name, difficulty)


@pytest.mark.parametrize("name", FAMILIES)
def test_same_seed_same_draft_in_every_difficulty(name: str) -> None:
    assert_same_seed_same_draft(name, seed=42)


@pytest.mark.parametrize("name", FAMILIES)
def test_different_seeds_different_problems(name: str) -> None:
    family = family_by_name(name)
    for difficulty in Difficulty:
        signatures = {problem_signature(family.draft(random.Random(seed), difficulty, "en")) for seed in range(6)}
        assert len(signatures) == 6, difficulty


@pytest.mark.parametrize("name", FAMILIES)
def test_difficulty_changes_variant_and_constraints(name: str) -> None:
    assert_difficulty_changes_variant_and_constraints(name)


@pytest.mark.parametrize("name", FAMILIES)
def test_prompts_pick_the_family(name: str) -> None:
    assert_prompts_pick(name, PROMPTS[name])


@pytest.mark.parametrize("name", FAMILIES)
def test_every_level_has_a_slow_solution_somewhere(name: str) -> None:
    family = family_by_name(name)
    kinds = [w.kind for d in Difficulty for w in family.draft(random.Random(5), d, "en").wrong_solutions]
    assert "slow" in kinds and "wrong" in kinds
