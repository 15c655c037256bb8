"""A topic's focus (topic.toml `[[focus]]`): a technique that only some of a topic's tasks practise. A prompt that
names it is served those tasks only: "단절점 문제" used to be refused although graph traversal has the bridge and
cut-vertex tasks, because routing it to the topic would have served its other tasks."""
from __future__ import annotations

import random

import pytest

from generator.problems.catalog import focuses, topic_by_name, topics
from generator.problems.matching import match_family, unstated_difficulty
from generator.problems.schema import Difficulty


def test_a_focus_holds_only_its_tasks_and_is_found_by_the_name_a_job_records() -> None:
    focus = topic_by_name("components:articulation")
    assert {p.id for p in focus.packages} == {"components.bridges", "components.cut_vertices"}
    assert focus.difficulties() == [Difficulty.hard]
    rng = random.Random(3)
    assert {focus.choose(rng, Difficulty.hard).id for _ in range(8)} <= {p.id for p in focus.packages}
    draft = focus.draft(random.Random(1), Difficulty.hard, "ko", with_stress=False, only=("sample",))
    assert draft.task_id in {"components.bridges", "components.cut_vertices"}


def test_every_focus_names_tasks_of_its_topic_and_keywords_that_rank_the_topic() -> None:
    by_name = {t.name: t for t in topics()}
    assert focuses(), "the catalog has focuses"
    for focus in focuses():
        topic = by_name[focus.name.split(":")[0]]
        assert focus.packages and {p.id for p in focus.packages} < {p.id for p in topic.packages}, focus.name
        assert set(focus.keywords) <= set(topic.keywords), focus.name
        for keyword in focus.keywords:  # each keyword alone reaches the focus
            assert match_family(f"{keyword} 문제").family.name == focus.name, keyword


def test_a_focus_numbered_title_alone_reaches_the_focus_and_with_a_unit_is_a_count_of_the_topic() -> None:
    """routing25b: `numbered_titles` ("가장 긴 증가하는 부분 수열 2") are no keywords of the focus: "… 2 문제" is two
    problems of the topic (the keywords' check above would read it so), while the title alone or "… 같은 문제" is
    the focus."""
    from generator.problems.prompt_terms import read_prompt

    by_name = {t.name: t for t in topics()}
    titled = [(f, spec) for f in focuses() for spec in by_name[f.name.split(":")[0]].spec.focus
              if f.name.endswith(f":{spec.name}") and spec.numbered_titles]
    assert titled, "a focus has numbered titles"
    for focus, spec in titled:
        topic = focus.name.split(":")[0]
        for title in spec.numbered_titles:
            assert title in by_name[topic].spec.keywords, title
            assert match_family(title).family.name == focus.name, title
            assert match_family(f"{title} 같은 문제").family.name == focus.name, title
            number = int(title.rsplit(" ", 1)[1])
            assert match_family(f"{title} 문제").family.name == topic, title
            assert read_prompt(f"{title} 문제").count == number, title


@pytest.mark.parametrize("prompt, family, unstated", [
    ("단절점과 단절선 문제", "components:articulation", Difficulty.hard),  # the focus has hard tasks only
    ("하노이 탑 문제", "recursion:hanoi", Difficulty.tutorial),  # the closest of tutorial and hard to easy
    ("재귀 문제", "recursion", Difficulty.easy),
    ("단절점 말고 DFS 문제", "components", Difficulty.easy),  # a focus turned down is not served
    # session 18 (focus5): techniques users name that only some tasks of a topic practise
    ("세그먼트 트리 lazy propagation 문제", "segment_tree:lazy", Difficulty.hard),
    ("느리게 갱신되는 세그먼트 트리", "segment_tree:lazy", Difficulty.hard),
    ("매내처 알고리즘 문제", "palindromes:manacher", Difficulty.hard),
    ("manacher's algorithm", "palindromes:manacher", Difficulty.hard),
    ("뤼카 정리 문제", "binomial:lucas", Difficulty.hard),
    ("리루팅 문제", "tree_dp:rerooting", Difficulty.hard),
    ("전방향 트리 DP", "tree_dp:rerooting", Difficulty.hard),
    ("LCA 바이너리 리프팅", "lca:binary_lifting", Difficulty.medium),  # not the easy parent-climbing task
    ("희소 배열 문제", "lca:binary_lifting", Difficulty.medium),
    ("LIS O(n log n) 문제", "lis:nlogn", Difficulty.easy),
    ("이분 탐색으로 LIS", "lis:nlogn", Difficulty.easy),
    ("모노토닉 스택 문제", "stack:monotonic", Difficulty.medium),
    ("오큰수", "stack:monotonic", Difficulty.medium),
    ("행렬 거듭제곱 문제", "modpow:matrix", Difficulty.hard),
    ("확장 유클리드 호제법 문제", "gcd_lcm:extended_euclid", Difficulty.hard),
    ("오일러 피 함수", "sieve:totient", Difficulty.medium),
    ("segmented sieve", "sieve:segmented", Difficulty.hard),
    ("오일러 투어 테크닉", "tree_traversal:euler_tour", Difficulty.medium),
    ("가중치 유니온 파인드", "union_find:weighted", Difficulty.medium),
    ("중국인의 나머지 정리 문제", "gcd_lcm:crt", Difficulty.hard),  # refused until gcd_lcm.two_remainders
    ("외판원 순회 문제", "bitmask_dp:tsp", Difficulty.hard),
    ("함수형 그래프 문제", "cycle_detection:functional", Difficulty.tutorial),
    ("사이클 판별 문제", "cycle_detection", Difficulty.easy),
    ("2차원 누적합 문제", "prefix_sums:two_d", Difficulty.medium),
    ("차분 배열 문제", "prefix_sums:difference", Difficulty.medium),
    ("편집 거리 문제", "lcs:edit_distance", Difficulty.easy),
    ("가운데를 말해요", "heap:median", Difficulty.hard),
    ("비트마스크 DP 문제", "bitmask_dp", Difficulty.easy),
    ("누적 합 문제", "prefix_sums", Difficulty.easy),
    ("LCS 문제", "lcs", Difficulty.easy),
    ("힙 문제", "heap", Difficulty.easy),
    ("거듭제곱 문제", "modpow", Difficulty.easy),
    ("유클리드 호제법 문제", "gcd_lcm", Difficulty.easy),
    ("소수 문제", "sieve", Difficulty.easy),
    ("유니온 파인드 문제", "union_find", Difficulty.easy),
    ("LCA 문제", "lca", Difficulty.easy),  # the topic itself when no focus is named
    ("LIS 문제", "lis", Difficulty.easy),
    ("스택 문제", "stack", Difficulty.easy),
    ("마나커 말고 팰린드롬 문제", "palindromes", Difficulty.easy),  # turned down
    ("리루팅 말고 트리 DP", "tree_dp", Difficulty.easy),
    ("rerooting dp 말고 트리 dp", "tree_dp", Difficulty.easy),  # the shorter keyword inside is turned down too
    ("뤼카 정리 말고 이항 계수", "binomial", Difficulty.easy),  # 뤼카 lies inside 뤼카 정리
    ("articulation points 말고 DFS", "components", Difficulty.easy),  # articulation point lies inside the plural
    ("lazy propagation 말고 펜윅 트리", "segment_tree", Difficulty.easy),
    ("바이너리 리프팅 없이 LCA", "lca", Difficulty.easy),
    ("모노토닉 스택 말고 괄호 스택 문제", "stack", Difficulty.easy),
])
def test_a_prompt_naming_a_focus_is_served_its_tasks(prompt: str, family: str, unstated: Difficulty) -> None:
    assert match_family(prompt).family.name == family
    assert unstated_difficulty(prompt) is unstated


def test_a_focus_without_the_asked_difficulty_is_refused_with_what_it_has() -> None:
    from generator.problems.matching import UnsupportedPromptError

    with pytest.raises(UnsupportedPromptError) as info:
        match_family("단절점 쉬운 문제", Difficulty.easy, "ko")
    assert "단절점과 단절선" in str(info.value) and "어려움" in str(info.value)


@pytest.mark.parametrize("prompt, difficulty, have", [
    ("lazy propagation 쉬운 문제", Difficulty.easy, ["어려움"]),
    ("매내처 알고리즘 보통", Difficulty.medium, ["어려움"]),
    ("뤼카 정리 튜토리얼", Difficulty.tutorial, ["어려움"]),
    ("리루팅 쉬움", Difficulty.easy, ["어려움"]),
    ("희소 배열 튜토리얼", Difficulty.tutorial, ["보통", "어려움"]),
    ("LIS nlogn 튜토리얼", Difficulty.tutorial, ["쉬움", "보통", "어려움"]),
    ("오큰수 쉬운 문제", Difficulty.easy, ["보통", "어려움"]),  # the topic's easy tasks are bracket and stack drills
])
def test_a_level_a_focus_lacks_is_refused_with_the_focus_levels(prompt: str, difficulty: Difficulty,
                                                                 have: list[str]) -> None:
    """A focus serves only its own tasks: asked for a level none of them has, the refusal names the focus and the
    levels it has, never the topic's other tasks at that level."""
    from generator.problems.matching import UnsupportedPromptError

    with pytest.raises(UnsupportedPromptError) as info:
        match_family(prompt, difficulty, "ko")
    message = str(info.value)
    assert message.endswith("가능한 난이도: " + ", ".join(have)), message


def test_the_session_18_focuses_hold_the_tasks_that_practise_them() -> None:
    """Each focus's tasks were read (statement and reference) for the technique: a change to a list is deliberate."""
    held = {f.name: {p.path.name for p in f.packages} for f in focuses()}
    assert held["segment_tree:lazy"] == {"range_add_sum"}
    assert held["palindromes:manacher"] == {"count_substrings", "prefix_suffix"}
    assert held["binomial:lucas"] == {"lucas"}
    assert held["tree_dp:rerooting"] == {"distance_sums", "best_around"}
    assert held["lca:binary_lifting"] == {"queries", "distance", "kth_on_path", "path_max"}
    assert held["lis:nlogn"] == {"fewest_piles", "strict", "bitonic", "envelopes", "count", "on_some_lis",
                                 "small_steps"}
    assert held["stack:monotonic"] == {"next_greater", "remove_k_digits", "histogram", "subarray_min_sum",
                                       "visible_pairs"}
    assert held["modpow:matrix"] == {"linear_recurrence", "walk_count"}
    assert held["gcd_lcm:extended_euclid"] == {"diophantine_count", "two_remainders"}
    assert held["gcd_lcm:crt"] == {"two_remainders"}
    assert held["bitmask_dp:tsp"] == {"tsp"}
    assert held["prefix_sums:two_d"] == {"grid_2d", "submatrix_k"}
    assert held["prefix_sums:difference"] == {"range_add"}
    assert held["lcs:edit_distance"] == {"edit_distance", "weighted_deletions"}
    assert held["heap:median"] == {"running_median"}
    assert held["cycle_detection:functional"] == {"permutation_cycles", "rho_lengths"}
    assert held["sieve:totient"] == {"farey_count"}
    assert held["sieve:segmented"] == {"segmented"}
    assert held["tree_traversal:euler_tour"] == {"ancestor_queries", "subtree_sum_updates"}
    assert held["union_find:weighted"] == {"weighing", "two_teams"}


# Held-out prompts for the focuses, written the way users ask before the focuses existed, routed the way POST /jobs
# does with a body that holds only the prompt: (prompt, family or None for a refusal, difficulty, count).
FOCUS_HELDOUT: list[tuple[str, str | None, str | None, int | None]] = [
    ("세그 레이지 문제 2개", "segment_tree:lazy", "hard", 2),
    ("lazy seg tree 어려운 거 2개", "segment_tree:lazy", "hard", 2),
    ("구간에 값 더하고 구간 합 구하는 lazy propagation 문제", "segment_tree:lazy", "hard", 1),
    ("백준 10999 같은 문제", "segment_tree:lazy", "hard", 1),
    ("레이지 프로퍼게이션 쉬운 문제", None, None, None),
    ("마나커로 가장 긴 팰린드롬 구하기", "palindromes:manacher", "hard", 1),
    ("manacher's algorithm problems, easy", None, None, None),
    ("Lucas 정리로 이항계수 mod p", "binomial:lucas", "hard", 1),
    ("nCr mod p with Lucas theorem, 2 problems", "binomial:lucas", "hard", 2),
    ("뤼카의 정리 연습", "binomial:lucas", "hard", 1),
    ("전방향 DP 트리 문제 두 개", "tree_dp:rerooting", "hard", 2),
    ("rerooting technique problems", "tree_dp:rerooting", "hard", 1),
    ("sum of distances in tree leetcode 834", "tree_dp:rerooting", "hard", 1),
    ("바이너리 리프팅으로 k번째 조상 구하기", "lca:binary_lifting", "medium", 1),
    ("binary lifting kth ancestor hard", "lca:binary_lifting", "hard", 1),
    ("LCA 2 같은 문제", "lca:binary_lifting", "medium", 1),
    ("희소 배열 튜토리얼", None, None, None),
    ("LIS nlogn 버전 3문제", "lis:nlogn", "easy", 3),
    ("LIS O(N log N) 어려움", "lis:nlogn", "hard", 1),
    ("patience sorting problems medium", "lis:nlogn", "medium", 1),
    ("monotonic stack problems, hard", "stack:monotonic", "hard", 1),
    ("단조 스택 어려운 문제 3개", "stack:monotonic", "hard", 3),
    ("daily temperatures 같은 문제", "stack:monotonic", "medium", 1),
    ("오큰수 쉬운 문제", None, None, None),
    ("모노토닉 스택 말고 괄호 스택 문제", "stack", "easy", 1),
    ("뤼카 정리 말고 이항 계수 쉬움", "binomial", "easy", 1),
    ("백준 11444 피보나치 수 6 같은 행렬 곱셈 문제", "modpow:matrix", "hard", 1),
    ("matrix power fibonacci problems x2", "modpow:matrix", "hard", 2),
    ("행렬 거듭제곱 쉬운 문제", None, None, None),
    ("ax + by = c 확장 유클리드로 푸는 문제", "gcd_lcm:extended_euclid", "hard", 1),
    ("extended gcd practice", "gcd_lcm:extended_euclid", "hard", 1),
    ("CRT problems", "gcd_lcm:crt", "hard", 1),
    ("chinese remainder theorem with non-coprime moduli x2", "gcd_lcm:crt", "hard", 2),
    ("백준 6064 카잉 달력 같은 문제", "gcd_lcm:crt", "hard", 1),
    ("연립 합동식 쉬운 문제", None, None, None),
    ("crt 말고 확장 유클리드", "gcd_lcm:extended_euclid", "hard", 1),
    ("오일러 피 함수 체로 구하기", "sieve:totient", "medium", 1),
    ("euler phi function sieve, hard", None, None, None),
    ("구간 에라토스테네스 체 10^12까지", "sieve:segmented", "hard", 1),
    ("오일러 투어 테크닉으로 서브트리 쿼리", "tree_traversal:euler_tour", "medium", 1),
    ("euler tour technique hard", "tree_traversal:euler_tour", "hard", 1),
    ("교수님은 기다리지 않는다 같은 가중치 유니온 파인드", "union_find:weighted", "medium", 1),
    ("weighted union find problems, hard", "union_find:weighted", "hard", 1),
    ("가중치 유니온 파인드 튜토리얼", None, None, None),
    ("외판원 순회 문제 2개", "bitmask_dp:tsp", "hard", 2),
    ("TSP 쉬운 문제", None, None, None),
    ("백준 11660 구간 합 구하기 5 같은 문제", "prefix_sums:two_d", "medium", 1),
    ("2d prefix sum problems, hard", "prefix_sums:two_d", "hard", 1),
    ("imos법 연습", "prefix_sums:difference", "medium", 1),
    ("레벤슈타인 거리 문제 2개", "lcs:edit_distance", "easy", 2),
    ("편집 거리 어려운 문제", None, None, None),
    ("최대 힙과 최소 힙으로 중앙값 유지하기", "heap:median", "hard", 1),
    ("함수형 그래프 사이클 어려운 문제", "cycle_detection:functional", "hard", 1),
    ("functional graph cycles, medium", None, None, None),
    ("토끼와 거북이 알고리즘", "cycle_detection", "easy", 1),  # no task needs Floyd's O(1) memory: the whole topic
    ("LIS 문제 보통", "lis", "medium", 1),
    ("스택 문제 2개", "stack", "easy", 2),
]


@pytest.mark.parametrize("prompt, family, difficulty, count", FOCUS_HELDOUT, ids=[row[0] for row in FOCUS_HELDOUT])
def test_a_held_out_focus_prompt_gets_its_family_difficulty_and_count(prompt, family, difficulty, count) -> None:
    from generator.jobs.model import JobRequest
    from generator.jobs.offline_maker import OfflineProblemMaker
    from generator.jobs.service import InvalidRequestError, with_prompt_terms

    language = "ko" if any("가" <= ch <= "힣" for ch in prompt) else "en"

    def submit():
        request, _ = with_prompt_terms(JobRequest.model_validate({"prompt": prompt, "language": language}))
        routed, _ = OfflineProblemMaker(metrics=None).prepare(request)
        return routed, request.difficulty, request.count

    if family is None:
        with pytest.raises(InvalidRequestError) as info:
            submit()
        assert info.value.code == "unsupported_prompt" and info.value.allowed
    else:
        assert submit() == (family, difficulty, count)


@pytest.mark.parametrize("focus", [
    '[[focus]]\nname = "x"\ntitle = { en = "x" }\nkeywords = ["단절점"]\ntasks = ["no_such_task"]\n',
    '[[focus]]\nname = "x"\ntitle = { en = "x" }\nkeywords = ["a phrase the topic lacks"]\ntasks = ["bridges"]\n',
])
def test_a_focus_naming_an_unknown_task_or_a_keyword_the_topic_lacks_is_a_catalog_error(tmp_path, monkeypatch,
                                                                                           focus: str) -> None:
    import generator.problems.catalog as catalog

    source = catalog.CATALOG_DIR / "components"
    copy = tmp_path / "components"
    copy.mkdir()
    for entry in source.iterdir():  # the topic's tasks and shared files as they are, its topic.toml with the focus
        if entry.name != "topic.toml":
            (copy / entry.name).symlink_to(entry)
    text = (source / "topic.toml").read_text(encoding="utf-8")
    (copy / "topic.toml").write_text(text[:text.index("[[focus]]")] + focus, encoding="utf-8")
    monkeypatch.setattr(catalog, "CATALOG_DIR", tmp_path)
    catalog.topics.cache_clear()
    try:
        with pytest.raises(ValueError, match="focus 'x'"):
            catalog.topics()
    finally:
        catalog.topics.cache_clear()
