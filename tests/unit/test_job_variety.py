"""A job of N problems is N different problems: the problems of one job take the tasks of the topic and difficulty
in turn (N distinct tasks while there are that many) and never repeat a title (the next story theme is taken
before the gate runs). Drafts only (the gate is covered elsewhere): each draft runs the package's generators, all but
the stress inputs, which only the gate uses."""
from __future__ import annotations

import pytest

from generator.problems.catalog import topics
from generator.problems.packages import repeatable
from generator.problems.pipeline import _draft_with_new_title, derive_seed
from generator.problems.schema import Difficulty

JOB_SIZE = 5
CELLS = [(t, d) for t in topics() for d in Difficulty if t.tasks(d)]  # areas: tests/unit/test_areas.py


@pytest.mark.parametrize("topic, difficulty", CELLS, ids=[f"{t.name}-{d.value}" for t, d in CELLS])
def test_a_five_problem_job_has_distinct_tasks_and_titles(topic, difficulty) -> None:
    job_seed = 4242
    avoid: set[str] = set()
    tasks, titles = [], []
    hidden: dict[str, int] = {}  # non-trivial hidden test -> the problem that has it
    for index in range(JOB_SIZE):
        draft = _draft_with_new_title(topic, derive_seed(job_seed, index), difficulty, "en" if index % 2 else "ko",
                                      job_seed + index, avoid, with_stress=False)
        tasks.append(draft.variant)
        titles.append(draft.title)
        avoid.add("title:" + draft.title.strip().lower())
        for test in draft.tests:
            if not repeatable(test.category, test.input):
                # Two problems of one job may be one task (more problems than tasks): never the same hidden test.
                assert hidden.setdefault(test.input, index) == index, \
                    f"problems {hidden[test.input] + 1} and {index + 1} ({draft.variant}) share a {test.category} test"
    assert len(set(tasks)) == min(JOB_SIZE, len(topic.tasks(difficulty))), tasks
    assert len(set(titles)) == JOB_SIZE, titles
