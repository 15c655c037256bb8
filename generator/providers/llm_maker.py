"""LlmProblemMaker: the job service's ProblemMaker for one LLM provider, behind the verification gate.

Per problem (stage messages in brackets):
  1. [understanding the request] one structured design call returns the English statement, machine-readable
     constraints, reference, brute force, validator, test generator programs, samples, near-invalid inputs
     and wrong solutions   [design / reference / brute force / validator / test generators]
  2. the generator programs run in the sandbox; the gate executes everything (validator, reference,
     brute-force agreement on 100+ stress inputs, wrong solutions, time-limit calibration)   [gate messages]
  3. a failure (malformed output, a generator crash, any gate check) goes back to the model as feedback,
     at most `max_repairs` times; then the problem fails with ProblemFailedError (the job goes on)
  4. one structured statement call writes title and statement in the requested language, after the tests
     ran   [statement and samples from executed tests / title / statement in <language>]
Token usage and model id of every call are summed into the problem's provenance and emitted as EMF metrics.

`make` is safe to call from several threads at once (one job's problems in parallel): it keeps no state
but the provider, whose clients are thread-safe.
"""
from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import Any

from generator.jobs.model import JobRequest, JobState, TokenUsage
from generator.jobs.service import InvalidRequestError, ProblemFailedError
from generator.observability import SERVICE, logger
from generator.providers.base import Message, ModelError, ModelProvider, ModelRequest, TransientModelError, Usage
from generator.providers.config import LLM_PROVIDERS, LlmConfig, load_llm_config
from generator.problems.schema import Difficulty, Problem

STATEMENT_ATTEMPTS = 2
# A problem whose last attempt failed for one of these reasons fails with that code (refusals: off_topic,
# wrong_difficulty, unsafe_program); any other gate failure is `gate_failed`.
OWN_FAILURE_CODES = ("malformed_output", "generator_failed", "non_stdlib_import", "not_portable", "off_topic",
                     "wrong_difficulty", "unsafe_program")
MAX_ASSISTANT_ECHO = 60_000  # characters of the previous answer repeated in a repair turn


def build_provider(name: str, cfg: LlmConfig, *, key_loader: Callable[..., str] | None = None) -> ModelProvider:
    """The real provider for `name` as configured (clients are created lazily, on the first call)."""
    if name == "bedrock":
        from generator.providers.bedrock import BedrockProvider

        return BedrockProvider(cfg.bedrock_model_id, region=cfg.bedrock_region)
    if name == "gemini":
        from generator.providers.gemini import GeminiProvider

        return GeminiProvider(cfg.gemini_model, api_key_parameter=cfg.gemini_api_key_parameter,
                              key_loader=key_loader, secret_max_age=cfg.secret_max_age)
    raise ValueError(f"not an LLM provider: {name}")


def default_metrics() -> Any:
    from aws_lambda_powertools.metrics import EphemeralMetrics

    namespace = os.environ.get("POWERTOOLS_METRICS_NAMESPACE") or "ProblemGenerator"
    return EphemeralMetrics(namespace=namespace, service=SERVICE)


class LlmProblemMaker:
    def __init__(self, provider_name: str, *, provider: ModelProvider | None = None,
                 config: Callable[[], LlmConfig] = load_llm_config,
                 key_loader: Callable[..., str] | None = None,
                 metrics: Callable[[], Any] | None = default_metrics) -> None:
        if provider_name not in LLM_PROVIDERS:
            raise ValueError(f"not an LLM provider: {provider_name}")
        self.provider_name = provider_name
        self._injected = provider
        self._config = config
        self._key_loader = key_loader
        self._metrics = metrics
        self._lock = threading.Lock()
        self._built: tuple[tuple[Any, ...], ModelProvider] | None = None

    # ------------------------------------------------------------------ submit time
    def prepare(self, request: JobRequest) -> tuple[str, str]:
        cfg = self._config()
        name = self.provider_name
        refused = cfg.refusal(name)
        if refused is not None:
            raise InvalidRequestError(*refused, allowed=cfg.usable())
        provider = self.provider(cfg)
        check = getattr(provider, "check", None)
        if check is not None:
            try:
                check()
            except ModelError as exc:
                raise InvalidRequestError(exc.code, exc.message,
                                          allowed=[p for p in cfg.usable() if p != name]) from None
        return f"llm:{name}", (f"LLM chain via {name} model {provider.model_id}, every problem executed by the verification "
                               f"gate (up to {cfg.max_repairs} repairs)")

    def provider(self, cfg: LlmConfig | None = None) -> ModelProvider:
        if self._injected is not None:
            return self._injected
        cfg = cfg or self._config()
        key = (self.provider_name, cfg.model_for(self.provider_name), cfg.bedrock_region,
               cfg.gemini_api_key_parameter, cfg.secret_max_age)
        with self._lock:
            if self._built is None or self._built[0] != key:
                self._built = (key, build_provider(self.provider_name, cfg, key_loader=self._key_loader))
            return self._built[1]

    # ------------------------------------------------------------------ worker
    def make(self, state: JobState, index: int, avoid: frozenset[str], on_stage: Callable[[str], None]) -> Problem:
        # The gate, the sandbox and the chain load only here, in the worker.
        from generator.problems.gate import GateContext, GateError, verify
        from generator.problems.pipeline import derive_seed
        from generator.providers import chain
        from generator.providers.design_checks import check_design
        from generator.providers.spec import DesignSpec, json_schema

        cfg = self._config()
        provider = self.provider(cfg)
        request = state.request
        difficulty, language = Difficulty(request.difficulty), request.language
        seed = derive_seed(state.seed, index)
        usage = Usage(model_id=provider.model_id)
        max_tokens = cfg.output_tokens_for(self.provider_name)
        attempts = 1 + cfg.max_repairs
        outcome, repairs = "failed", 0
        on_stage(f"understanding the request with {self.provider_name} model {provider.model_id}")
        first = Message("user", chain.design_prompt(request.prompt, difficulty, language, index, request.count,
                                                    seed % 10_000))
        messages = [first]
        failures: list[str] = []
        last = ("", "")
        try:
            for attempt in range(1, attempts + 1):
                repairs = attempt - 1
                on_stage("designing the problem and machine-readable constraints" if attempt == 1 else
                         f"repair {attempt - 1} of {cfg.max_repairs}: asking the model to fix {failures[-1]}")
                response = self._call(provider, ModelRequest(
                    system=chain.DESIGN_SYSTEM, messages=messages, schema=json_schema(DesignSpec),
                    tool_name=chain.DESIGN_TOOL, tool_description="Submit the complete problem design for verification",
                    max_output_tokens=max_tokens, temperature=cfg.temperature), usage, on_stage)
                origins = None
                try:
                    spec = chain.parse_design(response.data, response.problem)
                    _report_design(spec, on_stage)
                    check_design(spec, request.prompt, difficulty)
                    built = chain.build_draft(spec, seed=seed, provider=self.provider_name, on_stage=on_stage)
                    origins = built.origins
                    on_stage(f"executing everything in the sandbox (verification gate, attempt {attempt})")
                    problem = verify(built.draft, GateContext(
                        problem_id=f"{state.job_id}-{index:05d}", difficulty=difficulty, language=language,
                        seed=seed, generator=self.provider_name, model_id=provider.model_id,
                        input_tokens=usage.input_tokens, output_tokens=usage.output_tokens), on_stage)
                    if problem.verification.signature in avoid:
                        raise chain.GeneratorFailedError("repeat", "the verified problem repeats an earlier one")
                except (GateError, chain.GeneratorFailedError, ValueError) as exc:
                    # ValueError (pydantic's ValidationError included): model content the draft or the Problem
                    # schema cannot hold, e.g. a constraint bound that is not a number. Feedback, not a crash.
                    code, message = chain.gate_error_code(exc)
                    last = (code, message)
                    on_stage(f"attempt {attempt} rejected: {code}: {message[:200]}")
                    messages = [first, Message("assistant", response.text[:MAX_ASSISTANT_ECHO] or "(no answer)"),
                                Message("user", chain.feedback(code, message, origins, attempt, failures))]
                    failures.append(code)
                    continue
                problem = self._statement(provider, spec, problem, language, cfg, usage, on_stage)
                problem = problem.model_copy(update={"provenance": problem.provenance.model_copy(update={
                    "model_id": provider.model_id, "input_tokens": usage.input_tokens,
                    "output_tokens": usage.output_tokens})})
                outcome = "verified"
                on_stage(f"verified after {attempt} model design call(s); {usage.input_tokens} input / "
                         f"{usage.output_tokens} output tokens")
                return problem
            code = last[0] if last[0] in OWN_FAILURE_CODES else "gate_failed"
            raise ProblemFailedError(code, f"no verified problem after {attempts} model attempts "
                                           f"({', '.join(failures)}); last: {last[1][:300]}")
        except TransientModelError as exc:
            usage.calls += exc.calls
            raise ProblemFailedError("model_unavailable", exc.message, _spent(usage)) from None
        except ModelError as exc:
            usage.calls += exc.calls
            raise ProblemFailedError("model_error", exc.message, _spent(usage)) from None
        except ProblemFailedError as exc:
            exc.usage = exc.usage or _spent(usage)  # tokens of failed problems count in the job's usage too
            raise
        finally:
            self._emit(provider, usage, outcome, repairs)

    def _call(self, provider: ModelProvider, request: ModelRequest, usage: Usage, on_stage: Callable[[str], None]) -> Any:
        response = provider.generate(request, on_event=on_stage)
        usage.add(response)
        return response

    def _statement(self, provider: ModelProvider, spec: Any, problem: Problem, language: str, cfg: LlmConfig,
                   usage: Usage, on_stage: Callable[[str], None]) -> Problem:
        from generator.providers import chain
        from generator.providers.spec import StatementSpec, json_schema

        on_stage(f"statement and samples rendered from {len(problem.tests)} executed tests "
                 f"({len(problem.samples)} samples)")
        messages = [Message("user", chain.statement_prompt(spec, problem, language))]
        statement = None
        reason = ""
        for attempt in range(1, STATEMENT_ATTEMPTS + 1):
            try:
                response = self._call(provider, ModelRequest(
                    system=chain.STATEMENT_SYSTEM, messages=messages, schema=json_schema(StatementSpec),
                    tool_name=chain.STATEMENT_TOOL, tool_description="Submit the final title and statement",
                    max_output_tokens=min(8192, cfg.output_tokens_for(self.provider_name)),
                    temperature=cfg.temperature), usage, on_stage)
                statement = chain.parse_statement(response.data, response.problem, language)  # type: ignore[arg-type]
                break
            except chain.GeneratorFailedError as exc:
                reason = f"{exc.code}: {exc.message}"
                on_stage(f"statement attempt {attempt} rejected: {reason[:200]}")
                messages = [messages[0], Message("assistant", response.text[:MAX_ASSISTANT_ECHO] or "(no answer)"),
                            Message("user", f"That answer was rejected: {reason[:1000]}. Call submit_statement "
                                            "again with every field, in the statement language.")]
            except ModelError as exc:
                usage.calls += exc.calls
                reason = exc.message
                break
        if statement is None:
            if language != "en":
                raise ProblemFailedError("statement_failed", f"no usable {language} statement: {reason[:300]}")
            on_stage("statement call failed; keeping the verified English draft text")
        result = chain.apply_statement(problem, spec, statement, language)  # type: ignore[arg-type]
        on_stage(f"title: {result.title}")
        on_stage(f"statement in {chain.LANGUAGE_NAMES[language]}")  # type: ignore[index]
        return result

    def _emit(self, provider: ModelProvider, usage: Usage, outcome: str, repairs: int) -> None:
        logger.info("llm problem", extra={"provider": self.provider_name, "model_id": provider.model_id,
                                          "input_tokens": usage.input_tokens, "output_tokens": usage.output_tokens,
                                          "model_calls": usage.calls, "repairs": repairs, "outcome": outcome})
        if self._metrics is None:
            return
        try:
            from aws_lambda_powertools.metrics import MetricUnit

            metrics = self._metrics()
            metrics.add_dimension(name="provider", value=self.provider_name)
            metrics.add_dimension(name="model_id", value=provider.model_id)
            metrics.add_metric(name="LlmInputTokens", unit=MetricUnit.Count, value=usage.input_tokens)
            metrics.add_metric(name="LlmOutputTokens", unit=MetricUnit.Count, value=usage.output_tokens)
            metrics.add_metric(name="LlmModelCalls", unit=MetricUnit.Count, value=usage.calls)
            metrics.add_metric(name="LlmRepairs", unit=MetricUnit.Count, value=repairs)
            metrics.add_metric(name="LlmProblemsVerified" if outcome == "verified" else "LlmProblemsFailed",
                               unit=MetricUnit.Count, value=1)
            metrics.flush_metrics()
        except Exception:  # noqa: BLE001 - metrics must never fail a problem
            logger.warning("could not emit LLM metrics", exc_info=True)


def _spent(usage: Usage) -> TokenUsage:
    return TokenUsage(input_tokens=usage.input_tokens, output_tokens=usage.output_tokens,
                      model_ids=[usage.model_id] if usage.model_id else [])


def _report_design(spec: Any, on_stage: Callable[[str], None]) -> None:
    def lines(source: str) -> int:
        return len(source.strip().splitlines())

    on_stage(f"understood: {spec.understanding.strip()[:160]}")
    on_stage(f"designed '{spec.title}' ({spec.slug}); constraints: "
             + ", ".join(f"{c.symbol} in [{c.low:g}, {c.high:g}]" for c in spec.constraints))
    on_stage(f"reference solution: {lines(spec.reference)} lines")
    on_stage(f"brute-force solution: {lines(spec.brute)} lines")
    on_stage(f"input validator: {lines(spec.validator)} lines")
    on_stage("test generators: " + ", ".join(f"{g.category}×{g.count}" for g in spec.generators)
             + f"; {len(spec.wrong_solutions)} wrong solution(s), {len(spec.near_invalid)} near-invalid inputs")
