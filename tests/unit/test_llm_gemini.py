"""LlmProblemMaker on Gemini: a local fake client with the google-genai surface, answering with recorded-style
generateContent responses (no network, google-genai not needed). Drafts really run through the gate."""
from __future__ import annotations

import json

import pytest

from generator.jobs.service import ProblemFailedError
from generator.providers.config import load_llm_config
from generator.providers.gemini import GeminiProvider, parse_response
from generator.providers.llm_maker import LlmProblemMaker
from generator.providers.spec import DesignSpec, json_schema
from tests.unit.test_llm_fakes import (
    GEMINI_MODEL, FakeApiError, FakeGeminiClient, MetricsSink, fixture, gemini_json, gemini_response, job_state,
    no_sleep_backoff,
)

DESIGN = fixture("k_largest_design.json")
STATEMENT_KO = fixture("k_largest_statement_ko.json")
STATEMENT_EN = fixture("k_largest_statement_en.json")
PARAMETER = "/problem-generator/test/gemini-api-key"
ENV = {"ENABLED_PROVIDERS": "offline,gemini", "GEMINI_API_KEY_PARAMETER": PARAMETER, "GEMINI_MODEL": GEMINI_MODEL}


def make_maker(script, *, attempts: int = 4, slept=None, keys=None):
    client = FakeGeminiClient(script)
    keys = keys if keys is not None else []

    def factory(key: str):
        keys.append(key)
        return client

    provider = GeminiProvider(GEMINI_MODEL, api_key_parameter=PARAMETER, client_factory=factory,
                              key_loader=lambda name, **_: "AIza-test-key-for-unit-tests",
                              backoff=no_sleep_backoff(attempts, slept))
    metrics = MetricsSink()
    maker = LlmProblemMaker("gemini", provider=provider, config=lambda: load_llm_config(ENV), metrics=metrics)
    return maker, client, metrics


def test_throttling_and_overload_are_retried_then_a_correct_problem_passes_the_gate():
    slept: list[float] = []
    maker, client, metrics = make_maker([
        FakeApiError(429, "RESOURCE_EXHAUSTED", "Resource has been exhausted (e.g. check quota)."),
        FakeApiError(503, "UNAVAILABLE", "The model is overloaded. Please try again later."),
        gemini_json(DESIGN),
        gemini_json(STATEMENT_KO, prompt_tokens=1400, output_tokens=610, thoughts=300),
    ], slept=slept)
    stages: list[str] = []
    problem = maker.make(job_state("gemini", language="ko"), 0, frozenset(), stages.append)

    assert problem.verification.passed and problem.provenance.generator == "gemini"
    assert problem.title == "최고의 K장" and "민지" in problem.statement.legend
    assert [(s.input, s.output) for s in problem.samples][1] == ("4 3\n-2 -7 -1 -8\n", "-10\n")
    # Thinking tokens are billed as output and counted.
    assert (problem.provenance.input_tokens, problem.provenance.output_tokens) == (2630 + 1400,
                                                                                   3988 + 1450 + 610 + 300)
    assert problem.provenance.model_id == GEMINI_MODEL
    assert len(slept) == 2 and all(0 <= s <= 2.0 for s in slept)
    assert any("HTTP 429" in s and "retrying" in s for s in stages)
    assert metrics.emitted[0]["metrics"]["LlmModelCalls"] == 4
    first = client.models.calls[0]
    assert first["model"] == GEMINI_MODEL
    assert first["config"]["response_mime_type"] == "application/json"
    assert first["config"]["response_json_schema"] == json_schema(DesignSpec)
    assert first["contents"][0]["role"] == "user"


def test_truncated_json_goes_back_to_the_model_and_is_repaired():
    maker, client, _ = make_maker([
        gemini_response(fixture("gemini_generate_content_truncated.json")),
        gemini_json(DESIGN),
        gemini_json(STATEMENT_EN),
    ])
    problem = maker.make(job_state("gemini"), 0, frozenset(), lambda _m: None)

    assert problem.verification.passed
    repair = client.models.calls[1]["contents"]
    assert [c["role"] for c in repair] == ["user", "model", "user"]
    assert "cut off at the output token limit" in repair[2]["parts"][0]["text"]
    # The truncated answer's tokens (thinking included) were spent and are counted.
    assert problem.provenance.output_tokens == (1024 + 31744) + (3988 + 1450) + (3988 + 1450)


def test_invalid_argument_is_not_retried():
    maker, _, _ = make_maker([FakeApiError(400, "INVALID_ARGUMENT", "Request contains an invalid argument.")])
    with pytest.raises(ProblemFailedError) as failed:
        maker.make(job_state("gemini"), 0, frozenset(), lambda _m: None)
    assert failed.value.code == "model_error" and "400" in failed.value.message


def test_persistent_429_fails_the_problem_after_a_bounded_number_of_calls():
    slept: list[float] = []
    maker, client, _ = make_maker([FakeApiError(429, "RESOURCE_EXHAUSTED", "quota")] * 3, attempts=3, slept=slept)
    with pytest.raises(ProblemFailedError) as failed:
        maker.make(job_state("gemini"), 0, frozenset(), lambda _m: None)
    assert failed.value.code == "model_unavailable"
    assert len(client.models.calls) == 3 and len(slept) == 2


def test_auth_failure_drops_the_client_so_a_rotated_key_is_read_again():
    keys: list[str] = []
    maker, _, _ = make_maker([FakeApiError(403, "PERMISSION_DENIED", "API key not valid.")], keys=keys)
    with pytest.raises(ProblemFailedError):
        maker.make(job_state("gemini"), 0, frozenset(), lambda _m: None)
    provider = maker.provider()
    assert provider._client is None and provider._force_fetch  # next call re-reads the key, bypassing the cache


def test_parse_response_flags_non_json_and_safety_stops():
    rest = fixture("gemini_generate_content.json")
    rest["candidates"][0]["content"]["parts"][0]["text"] = "Sure! Here is the problem: ..."
    assert "not valid JSON" in parse_response(gemini_response(rest), GEMINI_MODEL).problem
    rest["candidates"][0]["finishReason"] = "SAFETY"
    assert parse_response(gemini_response(rest), GEMINI_MODEL).problem == "the answer stopped early (SAFETY)"


def test_the_real_sdk_accepts_our_request_and_its_response_parses():
    """Runs only where the optional extra (requirements-llm.txt) is installed."""
    types = pytest.importorskip("google.genai.types")
    from generator.providers.base import Message, ModelRequest

    request = ModelRequest(system="s", messages=[Message("user", "u"), Message("assistant", "a")],
                           schema=json_schema(DesignSpec), tool_name="submit_problem", tool_description="d",
                           max_output_tokens=1024)
    params = GeminiProvider.content_params(request)
    config = types.GenerateContentConfig.model_validate(params["config"])
    assert config.response_json_schema == json_schema(DesignSpec) and config.max_output_tokens == 1024
    assert [types.Content.model_validate(c).role for c in params["contents"]] == ["user", "model"]
    real = types.GenerateContentResponse.model_validate(fixture("gemini_generate_content.json"))
    parsed = parse_response(real, GEMINI_MODEL)
    assert parsed.data == DESIGN and (parsed.input_tokens, parsed.output_tokens) == (2630, 3988 + 1450)
    truncated = types.GenerateContentResponse.model_validate(fixture("gemini_generate_content_truncated.json"))
    assert "cut off" in parse_response(truncated, GEMINI_MODEL).problem
    assert json.loads(real.text)["slug"] == "sum_of_k_largest"
