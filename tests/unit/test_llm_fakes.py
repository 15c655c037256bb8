"""Shared fakes and recorded-style model outputs for the LLM tests (no tests here; no network anywhere).

- Bedrock: a REAL botocore `bedrock-runtime` client (dummy credentials, never sends: botocore's Stubber answers
  every call and checks the request parameters against the service model).
- Gemini: `FakeGeminiClient` with the surface of `google.genai.Client` used by the provider, answering with
  objects shaped like `GenerateContentResponse` built from recorded REST JSON.
"""
from __future__ import annotations

import copy
import json
import threading
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from generator.jobs.model import JobRequest, JobState, Progress, utcnow
from generator.providers.base import Backoff

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "llm"
MODEL_ID = "us.anthropic.claude-sonnet-4-20250514-v1:0"
GEMINI_MODEL = "gemini-2.5-flash"


def fixture(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def no_sleep_backoff(attempts: int = 3, slept: list[float] | None = None) -> Backoff:
    """Full-jitter backoff that records its delays instead of sleeping."""
    record = slept if slept is not None else []
    return Backoff(attempts=attempts, base_seconds=1.0, cap_seconds=8.0, sleep=record.append)


# ------------------------------------------------------------------------------------------- Bedrock
def converse_tool_use(payload: dict[str, Any], *, tool: str = "submit_problem", input_tokens: int = 2841,
                      output_tokens: int = 4127) -> dict[str, Any]:
    """A Converse response answering with one call of `tool` (shape of bedrock_converse_tool_use.json)."""
    response = fixture("bedrock_converse_tool_use.json")
    response.pop("ResponseMetadata")  # Stubber adds its own
    response["output"]["message"]["content"][1]["toolUse"].update(name=tool, input=copy.deepcopy(payload))
    response["usage"] = {"inputTokens": input_tokens, "outputTokens": output_tokens,
                         "totalTokens": input_tokens + output_tokens}
    return response


def converse_fixture(name: str) -> dict[str, Any]:
    response = fixture(name)
    response.pop("ResponseMetadata")
    return response


def bedrock_client() -> Any:
    import boto3

    from generator.providers.bedrock import bedrock_client_config

    session = boto3.session.Session(aws_access_key_id="test", aws_secret_access_key="test", region_name="us-east-1")
    return session.client("bedrock-runtime", config=bedrock_client_config())


# ------------------------------------------------------------------------------------------- Gemini
class FakeApiError(Exception):
    """Looks like google.genai.errors.APIError (ClientError/ServerError): `code`, `status`, `details`."""

    def __init__(self, code: int, status: str, message: str) -> None:
        self.code, self.status, self.details = code, status, {"error": {"code": code, "message": message,
                                                                         "status": status}}
        super().__init__(f"{code} {status}. {self.details}")


def gemini_response(rest: dict[str, Any]) -> Any:
    """A GenerateContentResponse-shaped object from recorded REST JSON (camelCase -> the SDK's attributes)."""
    candidates = [SimpleNamespace(
        content=c.get("content"), finish_reason=SimpleNamespace(name=c.get("finishReason", "STOP")),
        index=c.get("index", 0)) for c in rest.get("candidates", [])]
    usage = rest.get("usageMetadata", {})
    text = "".join(p.get("text", "") for p in rest["candidates"][0]["content"]["parts"]) if candidates else None
    return SimpleNamespace(
        text=text, candidates=candidates, model_version=rest.get("modelVersion"),
        prompt_feedback=None,
        usage_metadata=SimpleNamespace(prompt_token_count=usage.get("promptTokenCount"),
                                       candidates_token_count=usage.get("candidatesTokenCount"),
                                       thoughts_token_count=usage.get("thoughtsTokenCount"),
                                       total_token_count=usage.get("totalTokenCount")),
    )


def gemini_json(payload: dict[str, Any], *, prompt_tokens: int = 2630, output_tokens: int = 3988,
                thoughts: int = 1450) -> Any:
    rest = fixture("gemini_generate_content.json")
    rest["candidates"][0]["content"]["parts"][0]["text"] = json.dumps(payload, ensure_ascii=False)
    rest["usageMetadata"].update(promptTokenCount=prompt_tokens, candidatesTokenCount=output_tokens,
                                 thoughtsTokenCount=thoughts)
    return gemini_response(rest)


class FakeModels:
    def __init__(self, script: list[Any] | Callable[[dict[str, Any]], Any], latency: float = 0.0) -> None:
        self.script = script
        self.latency = latency
        self.calls: list[dict[str, Any]] = []
        self._lock = threading.Lock()

    def generate_content(self, *, model: str, contents: Any, config: Any) -> Any:
        with self._lock:
            call = {"model": model, "contents": contents, "config": config}
            self.calls.append(call)
            if callable(self.script):
                answer = self.script(call)
            else:
                if not self.script:
                    raise AssertionError("the fake Gemini client has no scripted answer left")
                answer = self.script.pop(0)
        if self.latency:
            time.sleep(self.latency)  # simulated model latency (outside the lock: calls overlap)
        if isinstance(answer, BaseException):
            raise answer
        return answer


class FakeGeminiClient:
    """The part of google.genai.Client the provider uses: `client.models.generate_content(...)`."""

    def __init__(self, script: list[Any] | Callable[[dict[str, Any]], Any], latency: float = 0.0) -> None:
        self.models = FakeModels(script, latency)


# ------------------------------------------------------------------------------------------- jobs
def job_state(provider: str = "bedrock", *, prompt: str = "an easy sorting problem", language: str = "en",
              count: int = 1, seed: int = 7, job_id: str = "0123456789abcdef0123456789abcdef") -> JobState:
    now = utcnow()
    return JobState(job_id=job_id, owner="alice",
                    request=JobRequest(prompt=prompt, language=language, count=count, provider=provider, seed=seed),
                    seed=seed, family=f"llm:{provider}", progress=Progress(total=count), created_at=now,
                    updated_at=now, expires_at=now + timedelta(days=1))


class MetricsSink:
    """Stands in for Powertools EphemeralMetrics: keeps what one problem emitted."""

    emitted: list[dict[str, Any]]

    def __init__(self) -> None:
        self.emitted = []

    def __call__(self) -> Any:
        sink = self
        record: dict[str, Any] = {"dimensions": {}, "metrics": {}}

        class _One:
            def add_dimension(self, name: str, value: str) -> None:
                record["dimensions"][name] = value

            def add_metric(self, name: str, unit: Any, value: float) -> None:
                record["metrics"][name] = value

            def flush_metrics(self) -> None:
                sink.emitted.append(record)

        return _One()
