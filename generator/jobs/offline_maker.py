"""The embedded default generator: offline families behind the verification gate."""
from __future__ import annotations

from collections.abc import Callable

from generator.jobs.model import JobRequest, JobState
from generator.jobs.service import InvalidRequestError, ProblemFailedError
from generator.metrics import MetricsSink, default_metrics
from generator.problems.catalog import topic_by_name as family_by_name
from generator.problems.matching import UnsupportedPromptError, match_family, supported_topics
from generator.problems.schema import Difficulty, Problem


class OfflineProblemMaker:
    def __init__(self, metrics: MetricsSink | None = None) -> None:
        self.metrics = metrics if metrics is not None else default_metrics()

    def prepare(self, request: JobRequest) -> tuple[str, str]:
        if request.provider != "offline":
            raise InvalidRequestError(
                "provider_not_enabled", f"provider '{request.provider}' is not enabled in this deployment",
                allowed=["offline"],
            )
        try:
            match = match_family(request.prompt, Difficulty(request.difficulty), request.language)
        except UnsupportedPromptError as exc:
            raise InvalidRequestError("unsupported_prompt", str(exc), allowed=exc.suggestions or supported_topics(),
                                      messages=exc.messages) from exc
        return match.family.name, f"prompt → family {match.family.name} ({match.reason})"

    def make(self, state: JobState, index: int, avoid: frozenset[str], on_stage: Callable[[str], None]) -> Problem:
        # The gate and sandbox load only here, in the worker, never on the submit path.
        from generator.problems.pipeline import GenerationFailedError, derive_seed, generate_problem

        family = family_by_name(state.family or match_family(state.request.prompt).family.name)
        try:
            return generate_problem(
                family,
                difficulty=Difficulty(state.request.difficulty),
                language=state.request.language,
                seed=derive_seed(state.seed, index),
                problem_id=f"{state.job_id}-{index:05d}",
                avoid=avoid,
                on_stage=on_stage,
                theme_slot=state.seed + index,  # consecutive problems of a job tell different stories
                on_rejection=lambda code: self.metrics.emit("GateRejections", dimensions={"code": code}),
            )
        except GenerationFailedError as exc:
            raise ProblemFailedError(exc.code, exc.message) from exc
