"""Provider configuration, routing, API keys through Powertools parameters (Stubber, no network), schemas and
backoff: the fast, gate-free parts of the LLM providers."""
from __future__ import annotations

import boto3
import pytest
from aws_lambda_powertools.utilities.parameters import SecretsProvider, SSMProvider
from botocore.stub import Stubber

from generator.jobs.model import JobRequest
from generator.jobs.service import InvalidRequestError
from generator.providers.api_keys import ApiKeyError, get_api_key
from generator.providers.base import Backoff, CallFailedError, redact
from generator.providers.bedrock import BedrockProvider, parse_converse
from generator.providers.config import ProviderConfigError, load_llm_config, sdk_available
from generator.providers.gemini import GeminiProvider
from generator.providers.routing import RoutingProblemMaker
from generator.providers.spec import DesignSpec, StatementSpec, json_schema
from tests.fakes import FakeMaker
from tests.unit.test_llm_fakes import MODEL_ID, converse_fixture, fixture, job_state


def aws(service: str):
    session = boto3.session.Session(aws_access_key_id="t", aws_secret_access_key="t", region_name="us-east-1")
    return session.client(service)


# ------------------------------------------------------------------------------------------- config
def test_defaults_enable_only_offline():
    cfg = load_llm_config({})
    assert cfg.enabled == ("offline",) and cfg.usable() == ["offline"]
    assert cfg.max_repairs == 2 and cfg.concurrency == 4 and cfg.gemini_model == "gemini-2.5-flash"
    assert cfg.output_tokens_for("bedrock") == 8192 and cfg.output_tokens_for("gemini") == 32768
    assert "not enabled" in cfg.unusable("bedrock")


def test_enabled_providers_and_their_settings_are_read_at_call_time(monkeypatch):
    monkeypatch.setenv("ENABLED_PROVIDERS", " offline , Bedrock,gemini,bedrock")
    monkeypatch.setenv("BEDROCK_MODEL_ID", MODEL_ID)
    monkeypatch.setenv("GEMINI_API_KEY_PARAMETER", "/p/gemini")
    monkeypatch.setenv("LLM_MAX_REPAIRS", "1")
    monkeypatch.setenv("LLM_MAX_OUTPUT_TOKENS", "12000")
    cfg = load_llm_config()
    assert cfg.enabled == ("offline", "bedrock", "gemini") and cfg.usable() == ["offline", "bedrock", "gemini"]
    assert cfg.max_repairs == 1 and cfg.output_tokens_for("gemini") == 12000
    assert cfg.model_for("bedrock") == MODEL_ID


@pytest.mark.parametrize("env", [{"ENABLED_PROVIDERS": "offline,openai"}, {"LLM_MAX_REPAIRS": "two"},
                                 {"LLM_CONCURRENCY": "0"}, {"LLM_TEMPERATURE": "hot"}])
def test_malformed_configuration_is_reported(env):
    with pytest.raises(ProviderConfigError):
        load_llm_config(env)


# ------------------------------------------------------------------------------------------- routing
def test_routing_sends_each_request_to_its_providers_maker():
    offline, bedrock = FakeMaker(), FakeMaker()
    env = {"ENABLED_PROVIDERS": "offline,bedrock", "BEDROCK_MODEL_ID": MODEL_ID, "LLM_CONCURRENCY": "4"}
    router = RoutingProblemMaker(makers={"offline": offline, "bedrock": bedrock}, config=lambda: load_llm_config(env))
    assert router.prepare(JobRequest(prompt="a DFS problem")) == ("fake", "fake family")
    router.make(job_state("bedrock"), 0, frozenset(), lambda _m: None)
    router.make(job_state("offline"), 1, frozenset(), lambda _m: None)
    assert bedrock.made == [0] and offline.made == [1]
    assert router.concurrency(JobRequest(prompt="x", provider="bedrock")) == 4
    assert router.concurrency(JobRequest(prompt="x")) is None  # offline: the job service's JOB_CONCURRENCY
    with pytest.raises(InvalidRequestError) as refused:
        router.prepare(JobRequest(prompt="x", provider="gemini"))
    assert refused.value.code == "provider_not_enabled" and refused.value.allowed == ["offline", "bedrock"]


def test_routing_builds_the_real_makers_lazily_without_network():
    env = {"ENABLED_PROVIDERS": "offline,bedrock", "BEDROCK_MODEL_ID": MODEL_ID}
    router = RoutingProblemMaker(config=lambda: load_llm_config(env))
    family, reason = router.prepare(JobRequest(prompt="x", provider="bedrock"))
    assert family == "llm:bedrock" and MODEL_ID in reason
    assert router.prepare(JobRequest(prompt="a BFS maze problem"))[0] == "grid_bfs"


def test_gemini_without_the_sdk_is_refused_at_submit(monkeypatch):
    # The dev environment installs google-genai; a deployment may not: make it unimportable here.
    import importlib.util

    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name.startswith("google.genai") else real_find_spec(name, *a))
    assert not sdk_available("gemini")
    env = {"ENABLED_PROVIDERS": "offline,gemini", "GEMINI_API_KEY_PARAMETER": "/p/gemini"}
    router = RoutingProblemMaker(config=lambda: load_llm_config(env))
    with pytest.raises(InvalidRequestError) as refused:
        router.prepare(JobRequest(prompt="x", provider="gemini"))
    assert refused.value.code == "provider_not_configured" and "google-genai" in refused.value.message


# ------------------------------------------------------------------------------------------- API keys
def test_ssm_key_is_decrypted_and_cached_per_container():
    ssm = aws("ssm")
    stub = Stubber(ssm)
    stub.add_response("get_parameter", {"Parameter": {"Name": "/p/k", "Type": "SecureString", "Value": "sk-1"}},
                      {"Name": "/p/k", "WithDecryption": True})
    provider = SSMProvider(boto3_client=ssm)
    with stub:
        assert get_api_key("/p/k", ssm_provider=provider) == "sk-1"
        assert get_api_key("/p/k", ssm_provider=provider) == "sk-1"  # cached: no second GetParameter
        stub.assert_no_pending_responses()


def test_secrets_manager_secret_by_prefixed_name():
    sm = aws("secretsmanager")
    stub = Stubber(sm)
    stub.add_response("get_secret_value", {"Name": "pg/gemini", "SecretString": "sk-2"}, {"SecretId": "pg/gemini"})
    with stub:
        assert get_api_key("secretsmanager:pg/gemini", secrets_provider=SecretsProvider(boto3_client=sm)) == "sk-2"


@pytest.mark.parametrize("code, missing", [("ParameterNotFound", True), ("AccessDeniedException", True),
                                           ("ThrottlingException", False)])
def test_key_errors_say_whether_the_deployment_is_misconfigured(code, missing):
    ssm = aws("ssm")
    stub = Stubber(ssm)
    stub.add_client_error("get_parameter", service_error_code=code, http_status_code=400)
    with stub, pytest.raises(ApiKeyError) as failed:
        get_api_key("/p/missing", ssm_provider=SSMProvider(boto3_client=ssm))
    assert failed.value.missing is missing and "/p/missing" in str(failed.value) and code in str(failed.value)


# ------------------------------------------------------------------------------------------- schemas, parsing
@pytest.mark.parametrize("model", [DesignSpec, StatementSpec])
def test_schemas_are_self_contained_objects(model):
    schema = json_schema(model)
    text = str(schema)
    assert schema["type"] == "object" and "$ref" not in text and "$defs" not in text
    assert "title" in schema["properties"]  # the property named title survives; schema titles are dropped
    assert all(not isinstance(v, str) for k, v in schema["properties"].items() if k == "title")


def test_the_recorded_design_matches_the_schema():
    spec = DesignSpec.model_validate(fixture("k_largest_design.json"))
    assert {g.category for g in spec.generators} == {"small", "edge", "random", "anti", "max"}


def test_converse_without_the_tool_call_is_a_response_without_data():
    raw = converse_fixture("bedrock_converse_tool_use.json")
    raw["output"]["message"]["content"] = [{"text": "I cannot help with that."}]
    raw["stopReason"] = "end_turn"
    parsed = parse_converse(raw, "submit_problem", MODEL_ID)
    assert parsed.data is None and "no call of the tool" in parsed.problem and parsed.input_tokens == 2841
    raw = converse_fixture("bedrock_converse_tool_use.json")
    raw["stopReason"] = "max_tokens"
    assert "cut off" in parse_converse(raw, "submit_problem", MODEL_ID).problem


# ------------------------------------------------------------------------------------------- retries
def test_backoff_is_full_jitter_capped_and_bounded():
    slept: list[float] = []
    backoff = Backoff(attempts=5, base_seconds=1.0, cap_seconds=3.0, sleep=slept.append, uniform=lambda a, b: b)
    calls = []

    def flaky():
        calls.append(1)
        raise TimeoutError("slow")

    with pytest.raises(CallFailedError) as failed:
        backoff.run(flaky, transient=lambda e: "timed out")
    assert slept == [1.0, 2.0, 3.0, 3.0] and len(calls) == 5 and failed.value.attempts == 5
    assert Backoff(uniform=lambda a, b: a).delay(3) == 0.0  # full jitter: anywhere from zero


def test_real_clients_use_adaptive_retries_and_are_built_lazily():
    provider = BedrockProvider(MODEL_ID, region="us-east-1")
    assert provider._client is None
    client = provider.client()
    assert client.meta.config.retries["mode"] == "adaptive" and client.meta.region_name == "us-east-1"
    gemini = GeminiProvider("gemini-2.5-flash", api_key_parameter="/p/k",
                            key_loader=lambda *a, **k: pytest.fail("no key read before the first call"))
    assert gemini._client is None


def test_redact_hides_secrets_only_when_non_trivial():
    assert redact("key=abcdef123 and abcdef123", "abcdef123") == "key=*** and ***"
    assert redact("a", "", None, "a") == "a"


# ------------------------------------------------------------------------------------------- statement
def test_statement_must_be_in_the_requested_language_and_keeps_tests_untouched():
    from generator.problems.schema import Constraint
    from generator.providers.chain import GeneratorFailedError, apply_statement, parse_statement
    from tests.fakes import fake_problem

    english, korean = fixture("k_largest_statement_en.json"), fixture("k_largest_statement_ko.json")
    with pytest.raises(GeneratorFailedError) as wrong:
        parse_statement(english, "", "ko")
    assert wrong.value.code == "wrong_language"
    with pytest.raises(GeneratorFailedError):
        parse_statement(None, "no call of the tool 'submit_statement' in the answer", "ko")

    design = DesignSpec.model_validate(fixture("k_largest_design.json"))
    problem = fake_problem("j" * 32, 0, 1).model_copy(update={"constraints": [
        Constraint(symbol="N", low=1, high=100000, meaning={"en": "number of cards"})]})
    final = apply_statement(problem, design, parse_statement(korean, "", "ko"), "ko")
    assert final.title == "최고의 K장" and final.statement.constraints_text == "- 1 ≤ N ≤ 10^5 (카드의 수)"
    assert final.tests == problem.tests and final.samples == problem.samples
    assert final.reference_solution == problem.reference_solution
    kept = apply_statement(problem, design, None, "en")  # English fallback: the verified draft's own text
    assert kept.title == "Best K Cards" and kept.statement.legend == design.legend
