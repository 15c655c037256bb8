"""Issue 12: the most requested topics have at least three different tasks at every difficulty, and a 5-problem
job on one of them takes at least three of them. Each row is a prompt a user types for the topic; the prompt must
route there (a wrong topic is worse than a refusal). The titles of such a job are tests/unit/test_job_variety.py's
business (every topic and area, every difficulty)."""
from __future__ import annotations

import random

import pytest

from generator.problems.family import theme_slot
from generator.problems.matching import match_family
from generator.problems.schema import Difficulty

JOB_SIZE = 5
MIN_TASKS = 3

MAIN_TOPICS = [  # (what the issue calls it, a prompt for it, where it must route)
    ("grid BFS/DFS", "격자 BFS 문제", "grid_bfs"),
    ("graph traversal", "그래프 탐색 DFS 문제", "components"),
    ("shortest paths", "최단 경로 문제", "shortest_paths"),
    ("union-find", "유니온 파인드 문제", "union_find"),
    ("knapsack", "배낭 문제", "knapsack"),
    ("LIS", "가장 긴 증가하는 부분 수열", "lis"),
    ("general DP", "DP 문제", "dp"),
    ("greedy", "그리디 알고리즘 문제", "greedy"),
    ("binary search", "이분 탐색 문제", "binary_search"),
    ("prefix sums", "누적 합 문제", "prefix_sums"),
    ("sorting", "정렬 문제", "sorting"),
    ("stack", "스택 문제", "stack"),
    ("heap", "우선순위 큐 문제", "heap"),
    ("implementation", "구현 문제", "implementation"),
    ("math", "수학 문제", "math"),
    ("primes", "소수 문제", "sieve"),
]

CELLS = [(name, prompt, topic, d) for name, prompt, topic in MAIN_TOPICS for d in Difficulty]


@pytest.mark.parametrize("name, prompt, topic, difficulty", CELLS, ids=[f"{t}-{d.value}" for _, _, t, d in CELLS])
def test_a_five_problem_job_on_a_main_topic_takes_at_least_three_tasks(name, prompt, topic, difficulty) -> None:
    routed = match_family(prompt, difficulty, "ko").family
    assert routed.name == topic, f"{name}: {prompt!r} routed to {routed.name}"
    assert len(routed.tasks(difficulty)) >= MIN_TASKS, [p.id for p in routed.tasks(difficulty)]
    ideas = {p.spec.idea for p in routed.tasks(difficulty)}
    assert len(ideas) == len(routed.tasks(difficulty)), "two tasks of the cell declare one idea"
    for job_seed in (0, 1, 2, 3, 4242):
        chosen = set()
        for index in range(JOB_SIZE):
            with theme_slot(job_seed + index):
                chosen.add(routed.choose(random.Random(index), difficulty).id)
        assert len(chosen) >= MIN_TASKS, chosen

