"""RoutingProblemMaker: one ProblemMaker for the job service that sends each job to the maker of its
`request.provider` (offline families, Bedrock or Gemini), after checking the deployment enables it.

Makers are built on first use and kept for the container (the LLM makers keep their SDK clients). A
provider that is not enabled or not configured is refused in `prepare`, i.e. at submit time with a 400,
before anything is written or queued.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from generator.jobs.model import JobRequest, JobState
from generator.jobs.service import InvalidRequestError, ProblemMaker
from generator.problems.schema import Problem
from generator.providers.config import LLM_PROVIDERS, LlmConfig, ProviderConfigError, load_llm_config


class RoutingProblemMaker:
    def __init__(self, *, makers: dict[str, ProblemMaker] | None = None,
                 config: Callable[[], LlmConfig] = load_llm_config,
                 factory: Callable[[str], ProblemMaker] | None = None) -> None:
        """`makers` pins a maker per provider (tests); others come from `factory` (default: the offline maker
        and LlmProblemMaker), built once."""
        self._makers: dict[str, ProblemMaker] = dict(makers or {})
        self._config = config
        self._factory = factory or (lambda provider: _default_maker(provider, config))
        self._lock = threading.Lock()

    def maker_for(self, provider: str) -> ProblemMaker:
        with self._lock:
            if provider not in self._makers:
                self._makers[provider] = self._factory(provider)
            return self._makers[provider]

    def prepare(self, request: JobRequest) -> tuple[str, str]:
        try:
            cfg = self._config()
        except ProviderConfigError as exc:  # a deployment error, but say so instead of a 500 on every submit
            raise InvalidRequestError("provider_not_configured", str(exc), allowed=["offline"]) from exc
        refused = cfg.refusal(request.provider)
        if refused is not None:
            raise InvalidRequestError(*refused, allowed=cfg.usable())
        return self.maker_for(request.provider).prepare(request)

    def make(self, state: JobState, index: int, avoid: frozenset[str], on_stage: Callable[[str], None]) -> Problem:
        return self.maker_for(state.request.provider).make(state, index, avoid, on_stage)

    def concurrency(self, request: JobRequest) -> int | None:
        """How many problems of this job to make at once: LLM_CONCURRENCY for LLM jobs (they wait on the model);
        None for offline jobs, whose problems are CPU bound: the job service then uses JOB_CONCURRENCY."""
        if request.provider in LLM_PROVIDERS:
            try:
                return self._config().concurrency
            except ProviderConfigError:
                return 1
        return None


def _default_maker(provider: str, config: Callable[[], LlmConfig]) -> Any:
    if provider == "offline":
        from generator.jobs.offline_maker import OfflineProblemMaker

        return OfflineProblemMaker()
    from generator.providers.llm_maker import LlmProblemMaker

    return LlmProblemMaker(provider, config=config)
