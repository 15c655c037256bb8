"""The knapsack, lis, prefix_sums and binary_search families: every difficulty and language passes the
verification gate, drafts are deterministic per seed, different seeds give different problems, and
Korean and English prompts select the right family.

Each gate run executes the real sandbox (validator, reference, brute force, known-wrong and too-slow
solutions; a too-slow one costs a full time limit), so this file takes a few minutes; the per-run gate
times are printed at the end of the module (tests/support/family_gate.py).
"""
from __future__ import annotations

import random

import pytest

from generator.problems.families import family_by_name
from generator.problems.gate import problem_signature
from generator.problems.schema import Difficulty
from tests.support.family_gate import (
    FamilyGate, assert_complete_statement, assert_difficulty_changes_variant_and_constraints,
    assert_gate_passed, assert_prompts_pick, assert_same_seed_same_draft, gate_cases, param_id,
)

FAMILIES = ("knapsack", "lis", "prefix_sums", "binary_search")
MAX_INPUT_BYTES = 1_700_000

PROMPTS = {
    "knapsack": (("DP 배낭 문제", "동적 계획법으로 푸는 냅색 문제를 만들어 주세요"),
                 ("a 0/1 knapsack problem", "dynamic programming knapsack with item counts")),
    "lis": (("가장 긴 증가하는 부분 수열 문제", "LIS 다이나믹 프로그래밍 문제"),
            ("longest increasing subsequence", "an LIS problem solved with dynamic programming")),
    "prefix_sums": (("누적 합으로 구간 합을 구하는 문제", "2차원 누적합 문제"),
                    ("range sum queries with prefix sums", "partial sum problem")),
    "binary_search": (("이분 탐색 문제", "매개 변수 탐색(파라메트릭 서치) 문제"),
                      ("binary search on the answer", "a parametric search problem")),
}

GATE = FamilyGate("dp/search", FAMILIES, family_step=104_729, difficulty_step=17)
_report_timings = GATE.timings_fixture()


# tests/unit/test_families_text.py checks both languages of every draft cheaply.
@gate_cases
@pytest.mark.parametrize("name", FAMILIES)
def test_gate_passes(name: str, difficulty: Difficulty, language: str) -> None:
    draft, problem = GATE.verify(name, difficulty, language)
    assert_gate_passed(draft, problem)
    assert_complete_statement(problem, language)

    assert problem.verification.brute_agreements_stress == len(draft.stress)
    if difficulty in (Difficulty.medium, Difficulty.hard):
        assert any(w.kind == "slow" for w in draft.wrong_solutions), "a too-slow solution must be rejected"
    assert all(len(t.input) <= MAX_INPUT_BYTES for t in problem.tests), "input files must stay small"


# One full second gate run per family (medium: large tests, a slow solution); every difficulty's drafts
# are compared byte for byte in test_same_seed_same_draft.
@pytest.mark.parametrize("difficulty", [Difficulty.medium], ids=param_id)
@pytest.mark.parametrize("name", FAMILIES)
def test_same_seed_same_problem(name: str, difficulty: Difficulty) -> None:
    GATE.assert_same_seed_same_problem(name, difficulty)


@pytest.mark.parametrize("name", FAMILIES)
def test_same_seed_same_draft(name: str) -> None:
    assert_same_seed_same_draft(name, seed=7)


@pytest.mark.parametrize("name", FAMILIES)
def test_different_seeds_different_problems(name: str) -> None:
    family = family_by_name(name)
    for difficulty in Difficulty:
        drafts = [family.draft(random.Random(seed), difficulty, "en") for seed in range(8)]
        assert len({problem_signature(d) for d in drafts}) == len(drafts), difficulty
        assert len({d.theme for d in drafts}) >= 2, difficulty
        assert len({tuple(t.input for t in d.tests) for d in drafts}) == len(drafts), difficulty


@pytest.mark.parametrize("name", FAMILIES)
def test_language_changes_only_the_text(name: str) -> None:
    family = family_by_name(name)
    for difficulty in Difficulty:
        en = family.draft(random.Random(11), difficulty, "en")
        ko = family.draft(random.Random(11), difficulty, "ko")
        assert [t.input for t in en.tests] == [t.input for t in ko.tests]
        assert en.theme == ko.theme and en.legend != ko.legend


@pytest.mark.parametrize("name", FAMILIES)
def test_difficulty_changes_variant_and_constraints(name: str) -> None:
    assert_difficulty_changes_variant_and_constraints(name)


@pytest.mark.parametrize("name", FAMILIES)
def test_prompts_pick_the_family(name: str) -> None:
    korean, english = PROMPTS[name]
    assert_prompts_pick(name, korean + english)
