"""Areas (catalog/areas.toml): a prompt that names a field but no technique ("DP 문제", "math problems", "최단 경로")
gets problems from the field's topics, mixed — never a refusal, never one technique five times. A prompt that names a
technique still gets that technique."""
from __future__ import annotations

import pytest

from generator.problems.catalog import areas, topic_by_name, topics
from generator.problems.family import theme_slot
from generator.problems.matching import match_family
from generator.problems.schema import Difficulty

AREAS = areas()
JOB_SIZE = 5


def test_areas_have_their_own_names_and_known_members() -> None:
    topic_names = {t.name for t in topics()}
    assert {"dp", "math", "shortest_paths", "graphs", "strings", "trees", "data_structures"} <= {a.name for a in AREAS}
    for area in AREAS:
        assert area.name not in topic_names and set(area.members) <= topic_names
        assert topic_by_name(area.name) is area  # a job records the routed name; the worker finds the area by it
        assert area.spec.title["en"] and area.spec.title["ko"]


@pytest.mark.parametrize("area", AREAS, ids=lambda a: a.name)
def test_every_difficulty_of_an_area_mixes_at_least_two_of_its_topics(area) -> None:
    assert area.difficulties() == list(Difficulty)
    for difficulty in Difficulty:
        tasks = area.tasks(difficulty)
        member_tasks = [p for m in area.members for p in topic_by_name(m).tasks(difficulty)]
        assert sorted(p.id for p in tasks) == sorted(p.id for p in member_tasks)  # all of them, each once
        assert len({p.spec.topic for p in tasks}) >= 2, f"{area.name} {difficulty.value}: one topic only"


@pytest.mark.parametrize("area", AREAS, ids=lambda a: a.name)
def test_a_job_on_an_area_takes_a_different_topic_for_each_problem_while_there_are_topics(area) -> None:
    import random

    for difficulty in Difficulty:
        serving = [m for m in area.members if topic_by_name(m).tasks(difficulty)]
        for job_seed in range(120):  # every start of the rotation (job seed + index is the slot)
            chosen = []
            for index in range(JOB_SIZE):
                with theme_slot(job_seed + index):
                    chosen.append(area.choose(random.Random(index), difficulty))
            topics_used = {p.spec.topic for p in chosen}
            assert len(topics_used) == min(JOB_SIZE, len(serving)), [p.id for p in chosen]
            # a topic comes back only when every topic of the area has had its turn, and then with another task
            # while it has one
            for topic in topics_used:
                mine = [p.id for p in chosen if p.spec.topic == topic]
                assert len(set(mine)) == min(len(mine), len(topic_by_name(topic).tasks(difficulty))), mine


AREA_CELLS = [(a, d) for a in AREAS for d in Difficulty]


@pytest.mark.parametrize("area, difficulty", AREA_CELLS, ids=[f"{a.name}-{d.value}" for a, d in AREA_CELLS])
def test_a_five_problem_job_on_an_area_has_five_titles_from_different_topics(area, difficulty) -> None:
    """Drafted as the worker drafts them (job seed + index as the slot), the samples only: topics and titles are
    what is looked at (the gate and the hidden tests are covered elsewhere)."""
    from generator.problems.pipeline import _draft_with_new_title, derive_seed

    job_seed = 4242
    avoid: set[str] = set()
    topics_used, titles = [], []
    for index in range(JOB_SIZE):
        draft = _draft_with_new_title(area, derive_seed(job_seed, index), difficulty, "ko" if index % 2 else "en",
                                      job_seed + index, avoid, with_stress=False, only=("sample",))
        topics_used.append(draft.family)
        titles.append(draft.title)
        avoid.add("title:" + draft.title.strip().lower())
    serving = [m for m in area.members if topic_by_name(m).tasks(difficulty)]
    assert len(set(topics_used)) == min(JOB_SIZE, len(serving)), topics_used
    assert len(set(titles)) == JOB_SIZE, titles


@pytest.mark.parametrize("prompt, routed", [
    ("DP 문제 보통 5개", "dp"), ("dynamic programming, hard", "dp"), ("DP 배낭 문제", "knapsack"),
    ("수학 문제", "math"), ("소수 구하기 수학 문제", "sieve"), ("최단 경로 문제", "shortest_paths"),
    ("다익스트라 최단 경로", "dijkstra"), ("그래프 문제 3개", "graphs"), ("그래프 위상 정렬", "topological_sort"),
])
def test_a_named_technique_wins_over_its_field(prompt: str, routed: str) -> None:
    assert match_family(prompt).family.name == routed


def test_a_model_asked_for_a_field_must_design_a_problem_of_one_of_its_topics() -> None:
    """LLM providers: the off-topic check holds a design for "DP 문제" to the DP area's topics."""
    from generator.providers.design_checks import DesignCheckError, check_topic, requested_topic
    from generator.providers.spec import DesignSpec

    assert requested_topic("DP 문제 보통").name == "dp"

    def design(title: str, tags: list[str]) -> DesignSpec:
        return DesignSpec.model_construct(understanding=f"a {title} problem", title=title, slug="x", tags=tags)

    check_topic(design("Longest increasing subsequence of heights", ["lis"]), "DP 문제 보통")
    check_topic(design("Cheapest packing", ["knapsack"]), "dynamic programming, medium")
    with pytest.raises(DesignCheckError) as info:
        check_topic(design("Sort the scores", ["sorting"]), "DP 문제 보통")
    assert info.value.code == "off_topic"
