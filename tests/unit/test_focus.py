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


@pytest.mark.parametrize("prompt, family, unstated", [
    ("단절점과 단절선 문제", "components:articulation", Difficulty.hard),  # the focus has hard tasks only
    ("하노이 탑 문제", "recursion:hanoi", Difficulty.tutorial),  # the closest of tutorial and hard to easy
    ("재귀 문제", "recursion", Difficulty.easy),
    ("단절점 말고 DFS 문제", "components", Difficulty.easy),  # a focus turned down is not served
])
def test_a_prompt_naming_a_focus_is_served_its_tasks(prompt: str, family: str, unstated: Difficulty) -> None:
    assert match_family(prompt).family.name == family
    assert unstated_difficulty(prompt) is unstated


def test_a_focus_without_the_asked_difficulty_is_refused_with_what_it_has() -> None:
    from generator.problems.matching import UnsupportedPromptError

    with pytest.raises(UnsupportedPromptError) as info:
        match_family("단절점 쉬운 문제", Difficulty.easy, "ko")
    assert "단절점과 단절선" in str(info.value) and "어려움" in str(info.value)


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
