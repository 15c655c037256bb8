"""Routing of the dp_basics topic (DP 입문 / 1차원 DP): the classic first DP problems by name or number, and the
words for a beginners' DP set, reach the topic; the dp area keeps the field's own names (DP, 동적 계획법,
메모이제이션, 점화식) and serves dp_basics among its members; the neighbours keep theirs (피보나치 수 6 is matrix
exponentiation, house robber III tree DP)."""
from __future__ import annotations

import pytest

from generator.problems.catalog import topic_by_name


def _submit_routing(prompt: str):
    """What POST /jobs decides from a body: the topic, the difficulty and the count (or a 400); as test_routing's."""
    from generator.jobs.model import JobRequest
    from generator.jobs.offline_maker import OfflineProblemMaker
    from generator.jobs.service import with_prompt_terms

    language = "ko" if any("가" <= ch <= "힣" for ch in prompt) else "en"
    request, _ = with_prompt_terms(JobRequest.model_validate({"prompt": prompt, "language": language}))
    family, _ = OfflineProblemMaker(metrics=None).prepare(request)
    return family, request.difficulty, request.count

ROWS = [
    # the words for a beginners' DP set
    ("DP 입문 쉬움 3문제", "dp_basics", "easy", 3),
    ("1차원 DP 보통", "dp_basics", "medium", 1),
    ("기초 DP 문제 5개", "dp_basics", "tutorial", 5),  # 기초 is a tutorial word where no level is said
    ("dp 입문 튜토리얼 2개", "dp_basics", "tutorial", 2),
    ("DP 기초 문제 어려움", "dp_basics", "hard", 1),  # decode_stars
    ("decode ways with wildcards, hard", "dp_basics", "hard", 1),
    ("DP basics, easy", "dp_basics", "easy", 1),
    ("1D DP problems, medium", "dp_basics", "medium", 1),
    ("2 x n 타일링 같은 DP 입문", "dp_basics", "tutorial", 1),
    # the classics by name, in Korean and English, and by number
    ("계단 오르기 같은 문제", "dp_basics", "easy", 1),
    ("계단 오르는 방법의 수", "dp_basics", "easy", 1),
    ("1로 만들기", "dp_basics", "easy", 1),
    ("피보나치 수", "dp_basics", "easy", 1),
    ("피보나치 재귀 문제", "dp_basics", "easy", 1),  # recursion excludes 피보나치
    ("fibonacci dp", "dp_basics", "easy", 1),
    ("포도주 시식 같은 문제", "dp_basics", "easy", 1),
    ("RGB거리 보통", "dp_basics", "medium", 1),
    ("RGB거리 2 보통", "dp_basics", "medium", 1),
    ("퇴사 2", "dp_basics", "easy", 1),  # Baekjoon 15486's title, not a count
    ("1로 만들기 2", "dp_basics", "easy", 1),
    ("연속합 문제", "dp_basics", "easy", 1),
    ("백준 1912", "dp_basics", "easy", 1),
    ("백준 14501 퇴사", "dp_basics", "easy", 1),
    ("스티커 dp 문제", "dp_basics", "easy", 1),
    ("타일링 문제 쉬움", "dp_basics", "easy", 1),
    ("house robber", "dp_basics", "easy", 1),
    ("climbing stairs dp", "dp_basics", "easy", 1),
    ("decode ways", "dp_basics", "easy", 1),
    ("maximum subarray sum, easy", "dp_basics", "easy", 1),
    ("최대 부분합 (Kadane)", "dp_basics", "easy", 1),
    ("number of ways to climb a staircase taking 1 or 2 steps", "dp_basics", "easy", 1),
    # the neighbours keep theirs
    ("피보나치 수 6", "modpow:matrix", "hard", 1),
    ("행렬 거듭제곱으로 피보나치", "modpow:matrix", "hard", 1),
    ("house robber III", "tree_dp", "easy", 1),
    ("DP 문제 5개", "dp", "easy", 5),
    ("DP 문제 보통 3개", "dp", "medium", 3),
    ("동적 계획법 쉬운 문제", "dp", "easy", 1),
    ("메모이제이션 문제", "dp", "easy", 1),
    ("점화식 문제 3개", "dp", "easy", 3),
    # a named DP technique beats the beginner's words (routing16: these went to dp_basics)
    ("DP 입문 LIS 문제", "lis", "tutorial", 1),
    ("다이나믹 프로그래밍 입문 배낭 문제 1개", "knapsack", "tutorial", 1),
    ("DP 기초 LCS 2문제", "lcs", "tutorial", 2),
    ("dp basics knapsack", "knapsack", "easy", 1),
    ("1차원 DP 보통 LIS", "lis", "medium", 1),
    ("DP 입문, 배낭 말고 계단 오르기", "dp_basics", "tutorial", 1),  # a technique turned down does not count
]


@pytest.mark.parametrize("prompt, topic, difficulty, count", ROWS, ids=[row[0] for row in ROWS])
def test_a_dp_basics_prompt_gets_its_topic_difficulty_and_count(prompt, topic, difficulty, count) -> None:
    assert _submit_routing(prompt) == (topic, difficulty, count)




def test_the_dp_area_serves_dp_basics_among_its_members() -> None:
    area = topic_by_name("dp")
    assert "dp_basics" in [t.spec.name for t in area.member_topics]
    assert {p.id for p in topic_by_name("dp_basics").packages} <= {p.id for p in area.packages}
