"""A job of N problems is N different problems: the problems of one job take the tasks of the topic and difficulty
in turn (N distinct tasks while there are that many) and never repeat a title (the next story theme is taken
before the gate runs).

Drafts of the samples only (the gate is covered elsewhere; the hidden tests were nine tenths of this file's time).
Every cell has fewer tasks than a job has problems, so tasks repeat, and two problems of one task must not share a
hidden test. That rests on two facts, each checked where it is cheap: here, that every problem of a job draws its
own seed (every generator command of two problems of one task differs: the seed is each command's first word);
and in the catalog sweep (scripts/check_package.py, per package, recorded by content hash), that a draft of a
second seed repeats none of a package's non-trivial hidden tests, i.e. every generator uses its seed."""
from __future__ import annotations

import pytest

from generator.problems.catalog import topics
from generator.problems.pipeline import _draft_with_new_title, derive_seed
from generator.problems.schema import Difficulty

JOB_SIZE = 5
CELLS = [(t, d) for t in topics() for d in Difficulty if t.tasks(d)]  # areas: tests/unit/test_areas.py


@pytest.mark.parametrize("topic, difficulty", CELLS, ids=[f"{t.name}-{d.value}" for t, d in CELLS])
def test_a_five_problem_job_has_distinct_tasks_and_titles(topic, difficulty) -> None:
    job_seed = 4242
    avoid: set[str] = set()
    tasks, titles = [], []
    commands: dict[str, tuple[int, str]] = {}  # a sample's generator command -> the problem that ran it
    for index in range(JOB_SIZE):
        draft = _draft_with_new_title(topic, derive_seed(job_seed, index), difficulty, "en" if index % 2 else "ko",
                                      job_seed + index, avoid, with_stress=False, only=("sample",))
        tasks.append(draft.variant)
        titles.append(draft.title)
        avoid.add("title:" + draft.title.strip().lower())
        assert draft.test_commands and len(draft.test_commands) == len(draft.tests)
        for command in draft.test_commands:
            first, earlier = commands.setdefault(command, (index, draft.variant))
            # The same command twice in one job would be the same test twice (generators are seeded by argv alone).
            assert first == index, f"problems {first + 1} ({earlier}) and {index + 1} ({draft.variant}) both run " \
                                   f"`{command}`: they drew the same seed"
    assert len(set(tasks)) == min(JOB_SIZE, len(topic.tasks(difficulty))), tasks
    assert len(set(titles)) == JOB_SIZE, titles

