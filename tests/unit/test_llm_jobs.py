"""LLM providers at the JobService level (tests/fakes.py MemoryStore/MemoryQueue, RoutingProblemMaker): a problem
that never converges fails while the job goes on; unusable providers are a 400 at submit time; the API key
never reaches logs, metrics, job records, queue messages or the problem."""
from __future__ import annotations

import dataclasses
import json
import logging
from functools import partial

import boto3
import pytest
from aws_lambda_powertools.utilities.parameters import SSMProvider
from botocore.stub import Stubber

from generator.jobs import keys
from generator.jobs.model import JobRequest
from generator.jobs.service import InvalidRequestError, JobService, Outcome
from generator.observability import SERVICE
from generator.providers.api_keys import get_api_key
from generator.providers.bedrock import BedrockProvider
from generator.providers.config import load_llm_config
from generator.providers.gemini import GeminiProvider
from generator.providers.llm_maker import LlmProblemMaker, default_metrics
from generator.providers.routing import RoutingProblemMaker
from generator.settings import load_settings
from tests.fakes import FakeClock, FakeMaker, MemoryQueue, MemoryStore
from tests.unit.test_llm_fakes import (
    GEMINI_MODEL, MODEL_ID, FakeApiError, FakeGeminiClient, MetricsSink, bedrock_client, converse_tool_use, fixture,
    gemini_json, no_sleep_backoff,
)

DESIGN = fixture("k_largest_design.json")
WRONG_REFERENCE = fixture("k_largest_design_wrong_reference.json")
PARAMETER = "/problem-generator/test/gemini-api-key"
SECRET = "AIzaSyD-unit-test-SECRET-4f9c2a7e1b"
FOREVER = lambda: 10**9  # noqa: E731


def service_with(maker) -> tuple[JobService, MemoryStore, MemoryQueue]:
    store, queue = MemoryStore(), MemoryQueue()
    settings = dataclasses.replace(load_settings(), handoff_margin_ms=1000)
    return JobService(store=store, queue=queue, settings=settings, maker=maker, clock=FakeClock()), store, queue


def routing(env: dict[str, str], **makers) -> RoutingProblemMaker:
    return RoutingProblemMaker(makers={"offline": FakeMaker(), **makers}, config=lambda: load_llm_config(env))


def test_a_problem_that_never_converges_fails_and_the_job_goes_on():
    # One problem at a time: the stubbed answers are consumed in call order.
    env = {"ENABLED_PROVIDERS": "offline,bedrock", "BEDROCK_MODEL_ID": MODEL_ID, "LLM_MAX_REPAIRS": "2",
           "LLM_CONCURRENCY": "1"}
    client = bedrock_client()
    stubber = Stubber(client)
    for _ in range(3):  # problem 1: the same wrong reference, three times
        stubber.add_response("converse", converse_tool_use(WRONG_REFERENCE))
    stubber.add_response("converse", converse_tool_use(DESIGN))  # problem 2: correct at once
    stubber.add_response("converse", converse_tool_use(fixture("k_largest_statement_en.json"), tool="submit_statement"))
    maker = LlmProblemMaker("bedrock", provider=BedrockProvider(MODEL_ID, client=client, backoff=no_sleep_backoff()),
                            config=lambda: load_llm_config(env), metrics=MetricsSink())
    service, store, _ = service_with(routing(env, bedrock=maker))

    state = service.submit(JobRequest(prompt="an easy sorting problem", count=2, provider="bedrock"),
                           owner="alice").state
    assert state.family == "llm:bedrock" and MODEL_ID in state.stage
    with stubber:
        assert service.work(state.job_id, hop=0, remaining_ms=FOREVER) is Outcome.completed
        stubber.assert_no_pending_responses()

    final = service.get(state.job_id, owner="alice")
    assert final.status == "succeeded"
    assert (final.progress.completed, final.progress.failed) == (1, 1)
    failed = final.item(0)
    assert failed.status == "failed" and failed.error.code == "gate_failed"
    assert "brute_disagrees, brute_disagrees, brute_disagrees" in failed.error.message
    assert final.item(1).status == "done" and final.item(1).title == "Best K Cards"
    result = json.loads(store.objects[keys.result(state.job_id)])
    assert [p["provenance"]["generator"] for p in result["problems"]] == ["bedrock"]
    assert result["problems"][0]["provenance"]["input_tokens"] > 0


@pytest.mark.parametrize("env, provider, code", [
    ({}, "bedrock", "provider_not_enabled"),
    ({"ENABLED_PROVIDERS": "offline,gemini"}, "bedrock", "provider_not_enabled"),
    ({"ENABLED_PROVIDERS": "offline,bedrock"}, "bedrock", "provider_not_configured"),  # no BEDROCK_MODEL_ID
    ({"ENABLED_PROVIDERS": "bedrock", "BEDROCK_MODEL_ID": MODEL_ID}, "offline", "provider_not_enabled"),
    ({"ENABLED_PROVIDERS": "offline,gemini", "GEMINI_API_KEY_PARAMETER": ""}, "gemini", "provider_not_configured"),
    ({"ENABLED_PROVIDERS": "offline,typo"}, "bedrock", "provider_not_configured"),
])
def test_unusable_provider_is_a_400_at_submit_and_writes_nothing(env, provider, code):
    service, store, queue = service_with(routing(env))
    with pytest.raises(InvalidRequestError) as refused:
        service.submit(JobRequest(prompt="an easy sorting problem", provider=provider), owner="alice")
    assert refused.value.code == code and refused.value.message
    assert store.objects == {} and queue.messages == []


def test_gemini_key_parameter_that_does_not_exist_is_a_400_at_submit():
    env = {"ENABLED_PROVIDERS": "offline,gemini", "GEMINI_API_KEY_PARAMETER": PARAMETER}
    ssm = boto3.session.Session(aws_access_key_id="t", aws_secret_access_key="t", region_name="us-east-1").client("ssm")
    stubber = Stubber(ssm)
    stubber.add_client_error("get_parameter", service_error_code="ParameterNotFound", http_status_code=400,
                             expected_params={"Name": PARAMETER, "WithDecryption": True})
    provider = GeminiProvider(GEMINI_MODEL, api_key_parameter=PARAMETER, client_factory=FakeGeminiClient,
                              key_loader=partial(get_api_key, ssm_provider=SSMProvider(boto3_client=ssm)))
    service, store, _ = service_with(routing(env, gemini=LlmProblemMaker("gemini", provider=provider,
                                                                          config=lambda: load_llm_config(env))))
    with stubber, pytest.raises(InvalidRequestError) as refused:
        service.submit(JobRequest(prompt="an easy sorting problem", provider="gemini"), owner="alice")
    assert refused.value.code == "provider_not_configured" and PARAMETER in refused.value.message
    assert store.objects == {}


class Captured(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.getMessage()} {record.__dict__}")


def test_the_api_key_never_reaches_logs_metrics_records_messages_or_problems(capsys):
    # One problem at a time: the fake client's answers are consumed in call order.
    env = {"ENABLED_PROVIDERS": "offline,gemini", "GEMINI_API_KEY_PARAMETER": PARAMETER, "GEMINI_MODEL": GEMINI_MODEL,
           "LLM_MAX_REPAIRS": "1", "LLM_CONCURRENCY": "1"}
    # The key comes from SSM through Powertools parameters: one GetParameter, cached for submit and worker.
    ssm = boto3.session.Session(aws_access_key_id="t", aws_secret_access_key="t", region_name="us-east-1").client("ssm")
    ssm_stub = Stubber(ssm)
    ssm_stub.add_response("get_parameter", {"Parameter": {"Name": PARAMETER, "Type": "SecureString", "Value": SECRET,
                                                          "Version": 3}},
                          expected_params={"Name": PARAMETER, "WithDecryption": True})
    given: list[str] = []
    client = FakeGeminiClient([
        # An error whose text quotes the key (some HTTP stacks echo request details): must be redacted.
        FakeApiError(503, "UNAVAILABLE", f"upstream rejected https://example.invalid/?key={SECRET}"),
        gemini_json(DESIGN),
        gemini_json(fixture("k_largest_statement_ko.json")),
        # The second problem: the same error until the bounded retries give up; its message is stored.
        *[FakeApiError(503, "UNAVAILABLE", f"upstream rejected https://example.invalid/?key={SECRET}")] * 3,
    ])

    def factory(key: str):
        given.append(key)
        return client

    provider = GeminiProvider(GEMINI_MODEL, api_key_parameter=PARAMETER, client_factory=factory,
                              key_loader=partial(get_api_key, ssm_provider=SSMProvider(boto3_client=ssm)),
                              backoff=no_sleep_backoff())
    maker = LlmProblemMaker("gemini", provider=provider, config=lambda: load_llm_config(env), metrics=default_metrics)
    service, store, queue = service_with(routing(env, gemini=maker))

    captured = Captured()
    loggers = [logging.getLogger(), logging.getLogger(SERVICE)]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.addHandler(captured)
        lg.setLevel(logging.DEBUG)
    try:
        with ssm_stub:
            state = service.submit(JobRequest(prompt="정렬 문제", language="ko", provider="gemini", count=2),
                                   owner="alice").state
            assert service.work(state.job_id, hop=0, remaining_ms=FOREVER) is Outcome.completed
            ssm_stub.assert_no_pending_responses()
    finally:
        for lg, level in zip(loggers, levels):
            lg.removeHandler(captured)
            lg.setLevel(level)
    out = capsys.readouterr()

    assert given == [SECRET]  # the SDK client got it, once
    final = service.get(state.job_id, owner="alice")
    assert final.status == "succeeded" and final.progress.failed == 1, final.messages
    error = final.item(1).error
    assert error.code == "model_unavailable" and "key=***" in error.message  # redacted, still useful
    emf = [json.loads(line) for line in out.out.splitlines() if line.startswith("{") and '"_aws"' in line]
    assert [(m["LlmModelCalls"], m.get("LlmProblemsVerified"), m.get("LlmProblemsFailed")) for m in emf] == [
        ([3.0], [1.0], None), ([3.0], None, [1.0])]
    assert emf[0]["LlmInputTokens"][0] > 0 and emf[0]["provider"] == "gemini"
    assert emf[0]["model_id"] == GEMINI_MODEL
    everything = [out.out, out.err, *captured.lines, json.dumps(queue.messages), json.dumps(client.models.calls)]
    everything += [body.decode("utf-8", "replace") for body in store.objects.values()]
    assert captured.lines and store.objects
    for text in everything:
        assert SECRET not in text
