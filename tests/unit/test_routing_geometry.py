"""Routing of the geometry topic (계산 기하): prompts that name it or one of its techniques reach it, at the level
asked (or the closest one, easier first); the techniques no task practises (rotating calipers, half-plane
intersection, the closest pair of points) and the convex hull trick (a DP optimisation) stay refused; a focus
(convex hull, segment intersection, polygon area, point in polygon) is served only its own task, and refused at a level it lacks;
기하급수 ("exponentially") names no geometry."""
from __future__ import annotations

import pytest

from tests.unit.test_routing import _submit_routing

ROWS = [
    ('기하 쉬운 문제 2개', 'geometry', 'easy', 2),
    ('기하 문제 보통', 'geometry', 'medium', 1),
    ('기하 튜토리얼', 'geometry', 'tutorial', 1),
    ('계산 기하 어려운 문제 3개', 'geometry', 'hard', 3),
    ('幾何の問題を2問', 'geometry', 'easy', 2),
    ('geometry problems, easy', 'geometry', 'easy', 1),
    ('CCW 문제', 'geometry:ccw', 'tutorial', 1),  # routing17: CCW is its own task (was the whole topic at easy)
    ('CCW 쉬운 문제', 'geometry', 'easy', 1),  # a level the ccw task lacks: the whole topic, CCW is every task's tool
    ('백준 11758 CCW', 'geometry:ccw', 'tutorial', 1),  # routing17 (was the whole topic at easy)
    ('CCW 튜토리얼 2문제', 'geometry:ccw', 'tutorial', 2), ('CCW 보통 2개', 'geometry', 'medium', 2),
    ('세 점의 방향 판별하는 문제 주세요', 'geometry:ccw', 'tutorial', 1),
    ('외적 이용해서 방향 판별하는 문제', 'geometry:ccw', 'tutorial', 1),
    ('예외적인 경우가 많은 구현 문제', 'implementation', 'easy', 1),  # 예외적 holds 외적: no geometry
    ('볼록 껍질 어려움', 'geometry:convex_hull', 'hard', 1),
    ('볼록 껍질 문제 2개', 'geometry:convex_hull', 'hard', 2),
    ('컨벡스 헐', 'geometry:convex_hull', 'hard', 1),
    ('convex hull problems, 3', 'geometry:convex_hull', 'hard', 3),
    ('凸包の問題を3問', 'geometry:convex_hull', 'hard', 3),
    ('선분 교차 판정 보통', 'geometry:segment_intersection', 'medium', 1),
    ('CCW 선분 교차 문제', 'geometry:segment_intersection', 'medium', 1),
    ('선분 교차 2 17387', 'geometry:segment_intersection', 'medium', 1),
    ('다각형의 면적 쉬움', 'geometry:polygon_area', 'easy', 1),
    ('다각형 넓이 구하기 신발끈 공식', 'geometry:polygon_area', 'easy', 1),
    ('point in polygon 문제', 'geometry:point_in_polygon', 'medium', 1),
    ('점이 다각형 안에 있는지 판정하는 문제', 'geometry:point_in_polygon', 'medium', 1),
    ('백준 1688', 'geometry:point_in_polygon', 'medium', 1),
    ('다각형 내부 판정 보통 2문제', 'geometry:point_in_polygon', 'medium', 2),
    ('기하 보통 3문제', 'geometry', 'medium', 3),
    ('경우의 수가 기하급수적으로 늘어나는 백트래킹 문제', 'backtracking', 'easy', 1),
    # refused: a technique no task practises, the DP optimisation, a level the focus lacks
    ('convex hull trick', None, None, None),
    ('cht 문제', None, None, None),
    ('회전하는 캘리퍼스', None, None, None),
    ('rotating calipers 문제 2개', None, None, None),
    ('half-plane intersection', None, None, None),
    ('볼록 껍질 쉬운 문제', None, None, None),
    ('segment intersection easy', None, None, None),
]


@pytest.mark.parametrize("prompt, topic, difficulty, count", ROWS, ids=[row[0] for row in ROWS])
def test_a_geometry_prompt_gets_its_topic_difficulty_and_count(prompt, topic, difficulty, count) -> None:
    from generator.jobs.service import InvalidRequestError

    if topic is None:
        with pytest.raises(InvalidRequestError) as info:
            _submit_routing(prompt)
        assert info.value.code == "unsupported_prompt" and info.value.allowed
    else:
        assert _submit_routing(prompt) == (topic, difficulty, count)
