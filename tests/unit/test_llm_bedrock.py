"""LlmProblemMaker on Bedrock: a real bedrock-runtime client answered by botocore's Stubber (no network) with
recorded-style Converse responses; every draft really runs through the sandbox and the verification gate."""
from __future__ import annotations

import json

import pytest
from botocore.stub import ANY, Stubber

from generator.jobs.service import ProblemFailedError
from generator.providers.bedrock import BedrockProvider
from generator.providers.config import load_llm_config
from generator.providers.llm_maker import LlmProblemMaker
from generator.providers.spec import DesignSpec, StatementSpec, json_schema
from tests.unit.test_llm_fakes import (
    MODEL_ID, MetricsSink, bedrock_client, converse_fixture, converse_tool_use, fixture, job_state, no_sleep_backoff,
)

DESIGN = fixture("k_largest_design.json")
WRONG_REFERENCE = fixture("k_largest_design_wrong_reference.json")
STATEMENT_EN = fixture("k_largest_statement_en.json")
STATEMENT_KO = fixture("k_largest_statement_ko.json")
ENV = {"ENABLED_PROVIDERS": "offline,bedrock", "BEDROCK_MODEL_ID": MODEL_ID}


class Harness:
    def __init__(self, *, repairs: int = 2, attempts: int = 3) -> None:
        self.client = bedrock_client()
        self.stubber = Stubber(self.client)
        self.requests: list[dict] = []
        self.client.meta.events.register("provide-client-params.bedrock-runtime.Converse",
                                         lambda params, **_: self.requests.append(json.loads(json.dumps(params))))
        self.slept: list[float] = []
        self.metrics = MetricsSink()
        env = {**ENV, "LLM_MAX_REPAIRS": str(repairs)}
        provider = BedrockProvider(MODEL_ID, client=self.client, backoff=no_sleep_backoff(attempts, self.slept))
        self.maker = LlmProblemMaker("bedrock", provider=provider, config=lambda: load_llm_config(env),
                                     metrics=self.metrics)
        self.stages: list[str] = []

    def design(self, payload: dict, **usage: int) -> None:
        expected = {"modelId": MODEL_ID, "system": ANY, "messages": ANY, "inferenceConfig": ANY,
                    "toolConfig": {"tools": [{"toolSpec": {"name": "submit_problem", "description": ANY,
                                                           "inputSchema": {"json": json_schema(DesignSpec)}}}],
                                   "toolChoice": {"tool": {"name": "submit_problem"}}}}
        self.stubber.add_response("converse", converse_tool_use(payload, **usage), expected)

    def statement(self, payload: dict) -> None:
        expected = {"modelId": MODEL_ID, "system": ANY, "messages": ANY, "inferenceConfig": ANY,
                    "toolConfig": {"tools": [{"toolSpec": {"name": "submit_statement", "description": ANY,
                                                           "inputSchema": {"json": json_schema(StatementSpec)}}}],
                                   "toolChoice": {"tool": {"name": "submit_statement"}}}}
        self.stubber.add_response("converse", converse_tool_use(payload, tool="submit_statement", input_tokens=1500,
                                                                output_tokens=420), expected)

    def make(self, language: str = "en"):
        with self.stubber:
            problem = self.maker.make(job_state("bedrock", language=language), 0, frozenset(), self.stages.append)
            self.stubber.assert_no_pending_responses()
        return problem


def test_correct_problem_passes_the_gate_with_provenance_and_metrics():
    h = Harness()
    h.design(DESIGN)
    h.statement(STATEMENT_EN)
    problem = h.make()

    assert problem.verification.passed
    assert problem.verification.wrong_solutions_rejected == [
        "first_k_without_sorting", "at_most_k_cards", "repeated_max_removal"]
    assert problem.verification.brute_agreements_stress >= 100
    assert problem.verification.categories["max"] == 2
    # Samples are executed tests: outputs printed by the reference, never written by the model.
    assert [(s.input, s.output) for s in problem.samples] == [("5 2\n3 -1 4 1 5\n", "9\n"),
                                                               ("4 3\n-2 -7 -1 -8\n", "-10\n")]
    assert problem.title == "Best K Cards"
    assert "1 ≤ N ≤ 10^5" in problem.statement.constraints_text
    assert problem.provenance.generator == "bedrock" and problem.provenance.family == "llm"
    assert problem.provenance.model_id == MODEL_ID
    assert (problem.provenance.input_tokens, problem.provenance.output_tokens) == (2841 + 1500, 4127 + 420)
    assert h.metrics.emitted == [{"dimensions": {"provider": "bedrock", "model_id": MODEL_ID}, "metrics": {
        "LlmInputTokens": 4341, "LlmOutputTokens": 4547, "LlmModelCalls": 2, "LlmRepairs": 0,
        "LlmProblemsVerified": 1}}]
    # Every step of the chain shows up as a stage message, in order.
    wanted = ["understanding the request", "designing the problem", "reference solution", "brute-force solution",
              "input validator", "test generators", "generators ran in the sandbox", "executing everything",
              "time limit", "statement and samples rendered from", "title: Best K Cards", "statement in English"]
    positions = [next(i for i, s in enumerate(h.stages) if w in s) for w in wanted]
    assert positions == sorted(positions), h.stages
    # One user turn for the design; the structured answer is forced through the tool.
    assert [m["role"] for m in h.requests[0]["messages"]] == ["user"]
    assert "an easy sorting problem" in h.requests[0]["messages"][0]["content"][0]["text"]


def test_wrong_reference_is_exposed_by_the_brute_force_and_repaired():
    h = Harness()
    h.design(WRONG_REFERENCE)
    h.design(DESIGN, input_tokens=9100, output_tokens=4300)
    h.statement(STATEMENT_KO)
    problem = h.make(language="ko")

    assert problem.verification.passed
    assert any("brute_disagrees" in s for s in h.stages)
    assert any("repair 1 of 2" in s for s in h.stages)
    repair = h.requests[1]["messages"]
    assert [m["role"] for m in repair] == ["user", "assistant", "user"]
    feedback = repair[2]["content"][0]["text"]
    assert "brute_disagrees" in feedback and "reference '0\\n', brute '-10\\n'" in feedback
    assert json.loads(repair[1]["content"][0]["text"])["reference"] == WRONG_REFERENCE["reference"]
    assert problem.title == "최고의 K장" and problem.language == "ko"
    assert "카드의 수" in problem.statement.constraints_text
    assert problem.provenance.input_tokens == 2841 + 9100 + 1500
    assert h.metrics.emitted[0]["metrics"]["LlmRepairs"] == 1


def test_malformed_structured_output_goes_back_to_the_model():
    h = Harness()
    h.stubber.add_response("converse", converse_fixture("bedrock_converse_malformed.json"))
    h.design(DESIGN)
    h.statement(STATEMENT_EN)
    problem = h.make()

    assert problem.verification.passed
    feedback = h.requests[1]["messages"][2]["content"][0]["text"]
    assert "malformed_output" in feedback and "reference: Field required" in feedback
    assert problem.provenance.input_tokens == 2841 + 2841 + 1500  # the malformed answer's tokens count too


def test_throttling_is_retried_with_jittered_backoff_then_succeeds():
    h = Harness()
    h.stubber.add_client_error("converse", service_error_code="ThrottlingException", service_message="Too many "
                               "requests, please wait before trying again.", http_status_code=429)
    h.stubber.add_client_error("converse", service_error_code="ServiceUnavailableException",
                               service_message="Service unavailable", http_status_code=503)
    h.design(DESIGN)
    h.statement(STATEMENT_EN)
    problem = h.make()

    assert problem.verification.passed
    assert len(h.slept) == 2 and 0 <= h.slept[0] <= 1.0 and 0 <= h.slept[1] <= 2.0  # full jitter, capped
    assert any("ThrottlingException" in s and "retrying" in s for s in h.stages)
    assert h.metrics.emitted[0]["metrics"]["LlmModelCalls"] == 4
    # Below this bounded retry, botocore itself retries with client-side rate limiting.
    assert h.client.meta.config.retries["mode"] == "adaptive"


def test_throttling_that_never_ends_fails_the_problem_not_the_worker():
    h = Harness(attempts=2)
    for _ in range(2):
        h.stubber.add_client_error("converse", service_error_code="ThrottlingException", http_status_code=429)
    with pytest.raises(ProblemFailedError) as failed:
        h.make()
    assert failed.value.code == "model_unavailable" and "ThrottlingException" in failed.value.message
    assert h.metrics.emitted[0]["metrics"]["LlmProblemsFailed"] == 1


def test_access_denied_is_not_retried():
    h = Harness()
    h.stubber.add_client_error("converse", service_error_code="AccessDeniedException", http_status_code=403,
                               service_message="You don't have access to the model with the specified model ID.")
    with pytest.raises(ProblemFailedError) as failed:
        h.make()
    assert failed.value.code == "model_error" and h.slept == []


def test_a_model_that_never_converges_fails_after_bounded_repairs():
    h = Harness(repairs=1)
    h.design(WRONG_REFERENCE)
    h.design(WRONG_REFERENCE)
    with pytest.raises(ProblemFailedError) as failed:
        h.make()
    assert failed.value.code == "gate_failed"
    assert "after 2 model attempts (brute_disagrees, brute_disagrees)" in failed.value.message
    assert len(h.requests) == 2  # no statement call for an unverified problem
    assert h.metrics.emitted[0]["metrics"]["LlmProblemsFailed"] == 1
