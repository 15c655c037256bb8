"""The knapsack, lis, prefix_sums and binary_search topics, now catalog packages (generator/problems/catalog/):
Korean and English prompts select the right topic, every difficulty has tasks with distinct ideas and rating bands
that fit, tutorial and easy (and every other pair of difficulties) are different tasks, and a topic drafted through
`family_by_name` still behaves like the old family (deterministic per seed, same tests in both languages).

The whole gate, the Kattis export and verifyproblem run per package in tests/unit/test_catalog.py (ledger-backed).
"""
from __future__ import annotations

import random

import pytest

from generator.problems.catalog import topic_by_name
from generator.problems.catalog import topic_by_name as family_by_name
from generator.problems.gate import problem_signature
from generator.problems.schema import Difficulty
from tests.support.family_gate import assert_prompts_pick

TOPICS = ("knapsack", "lis", "prefix_sums", "binary_search")

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


@pytest.mark.parametrize("name", TOPICS)
def test_prompts_pick_the_topic(name: str) -> None:
    korean, english = PROMPTS[name]
    assert_prompts_pick(name, korean + english)


@pytest.mark.parametrize("name", TOPICS)
def test_every_difficulty_has_its_own_tasks(name: str) -> None:
    topic = topic_by_name(name)
    seen: dict[str, Difficulty] = {}
    for difficulty in Difficulty:
        tasks = topic.tasks(difficulty)
        assert tasks, f"{name} has no {difficulty.value} task"
        for package in tasks:
            # One task is one difficulty: the tutorial is not the easy task with smaller bounds.
            assert package.spec.idea not in seen, f"{package.id} repeats the idea of a {seen[package.spec.idea]} task"
            seen[package.spec.idea] = difficulty
    # Signatures of different tasks never collide (a task's family variant is its package name).
    names = [p.name for p in topic.packages]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("name", TOPICS)
def test_draft_is_deterministic_and_language_changes_only_the_text(name: str) -> None:
    family = family_by_name(name)
    difficulty = Difficulty.easy
    en = family.draft(random.Random(7), difficulty, "en")
    again = family.draft(random.Random(7), difficulty, "en")
    ko = family.draft(random.Random(7), difficulty, "ko")
    assert [t.input for t in en.tests] == [t.input for t in again.tests] == [t.input for t in ko.tests]
    assert en.stress == again.stress and en.near_invalid == again.near_invalid
    assert problem_signature(en) == problem_signature(again)
    assert en.theme == ko.theme and en.legend != ko.legend
    other = family.draft(random.Random(8), difficulty, "en")
    assert problem_signature(other) != problem_signature(en)
