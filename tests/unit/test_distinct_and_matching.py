"""Variety and prompt mapping: one prompt with 100 seeds gives ≥ 95 distinct problems, and free-text prompts
in Korean and English map to families (or fail listing what is supported)."""
from __future__ import annotations

import random

import pytest

from generator.problems.catalog import topics as families
from generator.problems.gate import problem_signature
from generator.problems.matching import UnsupportedPromptError, match_family
from generator.problems.pipeline import derive_seed
from generator.problems.schema import Difficulty


@pytest.mark.parametrize("prompt", ["a DFS problem on grids", "미로 탈출 BFS 최단 거리"])
def test_one_prompt_hundred_seeds_gives_at_least_95_distinct_problems(prompt):
    family = match_family(prompt).family
    signatures, statements = set(), set()
    for seed in range(100):
        # A problem's signature and statement look at its samples only: the other tests are not generated.
        draft = family.draft(random.Random(derive_seed("variety", seed)), Difficulty.easy, "en", with_stress=False,
                             only=("sample",))
        signatures.add(problem_signature(draft))
        statements.add((draft.legend, tuple(t.input for t in draft.tests if t.category == "sample")))
    assert len(signatures) >= 95 and len(statements) >= 95, (len(signatures), len(statements))


@pytest.mark.parametrize("prompt, family", [
    ("a DFS problem on grids", "grid_bfs"),  # a grid DFS prompt gets a grid task (grid_bfs.islands), not a graph
    ("격자에서 DFS 문제", "grid_bfs"),
    ("count the connected components of a graph", "components"),
    ("연결 요소의 개수를 구하는 문제", "components"),
    ("그래프 최단 경로", "dijkstra"),  # a graph shortest-path prompt must not get a grid maze
    ("shortest path in a weighted graph", "dijkstra"),
    ("미로 최단 거리 BFS", "grid_bfs"),
    ("미로 탈출 BFS", "grid_bfs"),
    ("DP 배낭 문제", "knapsack"),
    ("0/1 knapsack with a weight limit", "knapsack"),
    ("가장 긴 증가하는 부분 수열", "lis"),
    ("dijkstra weighted shortest path", "dijkstra"),
    ("다익스트라 가중치 그래프", "dijkstra"),
    ("에라토스테네스의 체로 소수 구하기", "sieve"),
    ("prime sieve", "sieve"),
    ("구간 합 구하기 누적 합", "prefix_sums"),
    ("binary search on the answer", "binary_search"),
    ("이분 탐색 랜선 자르기", "binary_search"),
    ("greedy meeting rooms", "greedy"),
    ("회의실 배정 그리디", "greedy"),
    ("sorting records by several keys", "sorting"),
    ("정렬 문제", "sorting"),
    ("브루트 포스 완전 탐색", "brute_force"),
    ("robot simulation implementation", "implementation"),
    ("구현 시뮬레이션", "implementation"),
    ("stack brackets", "stack"),
    ("괄호 스택 문제", "stack"),
    ("priority queue heap", "heap"),
    ("running median with two heaps", "heap:median"),  # a focus: the two-heap task
    ("절댓값 힙", "heap"),
    ("오큰수 구하기", "stack:monotonic"),  # a focus: the monotonic-stack tasks
    ("largest rectangle in histogram", "stack:monotonic"),
    ("히스토그램에서 가장 큰 직사각형", "stack:monotonic"),
    ("a greedy interval scheduling problem", "greedy"),
    ("정렬 문제를 내 주세요", "sorting"),
    ("우선순위 큐", "heap"),
    ("union find disjoint set", "union_find"),
    ("유니온 파인드", "union_find"),
    ("minimum spanning tree", "mst"),  # issue 11: MST prompts go to the mst topic (every difficulty)
    ("최소 스패닝 트리 크루스칼", "mst"),
])
def test_prompts_map_to_families(prompt, family):
    match = match_family(prompt)
    assert match.family.name == family, match.reason
    assert match.matched and family in match.family.name


@pytest.mark.parametrize("prompt", ["topological sort", "a topological sort problem, medium", "topo sort of a DAG",
                                    "위상 정렬 문제", "위상정렬 보통"])
def test_topological_sort_never_gives_a_record_sorting_problem(prompt):
    """Issue 11: the sorting topic's keywords are specific and it excludes topological phrases."""
    try:
        assert match_family(prompt).family.name != "sorting"
    except UnsupportedPromptError:
        pass  # a refusal is honest; a record-sorting problem is not


@pytest.mark.parametrize("prompt", ["write a poem about the sea", "고양이 사진", "", "🙂"])
def test_unsupported_prompts_list_what_is_supported(prompt):
    with pytest.raises(UnsupportedPromptError) as info:
        match_family(prompt)
    message = str(info.value)
    assert all(f.name in message for f in families())


def test_at_least_twelve_families_cover_the_algorithm_types():
    names = {f.name for f in families()}
    assert len(names) >= 12
    assert {"implementation", "sieve", "brute_force", "greedy", "sorting", "prefix_sums", "binary_search",
            "grid_bfs", "components", "dijkstra", "knapsack", "lis", "stack", "heap", "union_find"} <= names


@pytest.mark.parametrize("family", families(), ids=lambda f: f.name)
def test_consecutive_problems_of_a_job_tell_different_stories(family):
    """The offline maker passes theme_slot = job seed + index: three problems in a row never share a theme,
    and the slot changes only the theme (the draft's random stream, hence its tests, stays the same). Samples only:
    every generator command carries the draft's seed and parameters, so equal sample commands mean equal tests."""
    from generator.problems.family import theme_slot

    job_seed = 987_654_321
    themes = []
    for index in range(3):
        seed = derive_seed(job_seed, index)
        with theme_slot(job_seed + index):
            draft = family.draft(random.Random(seed), family.difficulties()[0], "en", with_stress=False,
                                 only=("sample",))
        plain = family.draft(random.Random(seed), family.difficulties()[0], "en", with_stress=False, only=("sample",))
        if draft.task_id == plain.task_id:  # a catalog topic's slot also picks the task (distinct tasks per job)
            assert draft.test_commands == plain.test_commands
            assert [t.input for t in draft.tests] == [t.input for t in plain.tests]
        themes.append(draft.theme)
    assert len(set(themes)) == 3, themes
