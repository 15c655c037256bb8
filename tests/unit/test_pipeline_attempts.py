"""pipeline.generate_problem's attempts: a draft whose generator fails on its seed is a failed attempt (the next
seed is tried), not an exception out of the worker (a redelivery has the same seed and would fail the same way)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from generator.problems import pipeline
from generator.problems.packages import PackageError
from generator.problems.schema import Difficulty


class _Family:
    name = "fake"

    def __init__(self, failing_seeds: int) -> None:
        self.failing_seeds, self.seeds = failing_seeds, []

    def draft(self, rng, difficulty, language, *, with_stress=True, only=None):  # noqa: ANN001, ANN201
        self.seeds.append(rng.random())
        if len(self.seeds) <= self.failing_seeds:
            raise PackageError("fake.task: generator `python gen.py 7 max` time_limit: [sandbox] CPU time limit")
        return SimpleNamespace(title=f"title {len(self.seeds)}", variant="task")


@pytest.fixture
def verified(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    drafts: list[object] = []

    def verify(draft, context, on_stage):  # noqa: ANN001, ANN202
        drafts.append(draft)
        return SimpleNamespace(title=draft.title, verification=SimpleNamespace(signature=f"sig {draft.title}"))

    monkeypatch.setattr(pipeline, "verify", verify)
    return drafts


def _generate(family: _Family, rejections: list[str], stages: list[str]):  # noqa: ANN202
    return pipeline.generate_problem(family, difficulty=Difficulty.easy, language="en", seed=5, problem_id="p",
                                     on_stage=stages.append, on_rejection=rejections.append)


def test_a_generator_failure_moves_on_to_the_next_attempt_seed(verified: list[object]) -> None:
    family, rejections, stages = _Family(failing_seeds=1), [], []
    problem = _generate(family, rejections, stages)
    assert problem.title == "title 2" and len(verified) == 1
    assert len(set(family.seeds)) == 2  # another seed, so other inputs
    assert rejections == ["generator_failed"]
    assert any("a generator failed in attempt 1" in stage and "CPU time limit" in stage for stage in stages)


def test_a_generator_that_always_fails_ends_as_the_problems_error(verified: list[object]) -> None:
    family, rejections, stages = _Family(failing_seeds=pipeline.MAX_ATTEMPTS), [], []
    with pytest.raises(pipeline.GenerationFailedError) as failed:
        _generate(family, rejections, stages)
    assert failed.value.code == "gate_failed" and "generator_failed" in failed.value.message
    assert rejections == ["generator_failed"] * pipeline.MAX_ATTEMPTS and not verified
