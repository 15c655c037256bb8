"""Amazon Bedrock through the Converse API, structured output via a forced tool.

The request carries one tool whose `inputSchema` is the answer's JSON schema and `toolChoice` forcing it, so
the model's answer arrives as the tool's `input` object (already parsed JSON). `toolChoice: {tool: ...}` is
supported by Anthropic Claude 3+ and Mistral Large models on Bedrock.

Retries: the bedrock-runtime client uses botocore's `adaptive` retry mode (client-side rate limiting plus
jittered exponential backoff on throttling, 5xx and connection errors). What is still throttled after that
is retried a few more times here with full jitter (`Backoff`), then raised as `TransientModelError`.
"""
from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from typing import Any

from generator.observability import logger
from generator.providers.base import Backoff, CallFailedError, ModelError, ModelRequest, ModelResponse, TransientModelError

TRANSIENT_CODES = frozenset({
    "ThrottlingException", "TooManyRequestsException", "ServiceUnavailableException", "InternalServerException",
    "ModelNotReadyException", "ModelTimeoutException", "ServiceQuotaExceededException", "RequestTimeout",
    "RequestTimeoutException",
})
# botocore exceptions (no service error code) that mean the call may succeed if repeated.
TRANSIENT_BOTOCORE = ("ReadTimeoutError", "ConnectTimeoutError", "EndpointConnectionError", "ConnectionClosedError")


def bedrock_client_config() -> Any:
    from botocore.config import Config

    # Generation of a whole draft can take minutes; botocore's adaptive mode handles throttling.
    return Config(retries={"mode": "adaptive", "total_max_attempts": 4}, connect_timeout=10, read_timeout=300,
                  user_agent_extra="problem-generator")


class BedrockProvider:
    name = "bedrock"

    def __init__(self, model_id: str, *, client: Any = None, region: str | None = None,
                 backoff: Backoff | None = None) -> None:
        self._model_id = model_id
        self._client = client
        self._region = region
        self._backoff = backoff or Backoff(attempts=3, base_seconds=2.0, cap_seconds=30.0)
        self._lock = threading.Lock()

    @property
    def model_id(self) -> str:
        return self._model_id

    def client(self) -> Any:
        with self._lock:  # boto3 clients are thread-safe to use, not to create
            if self._client is None:
                import boto3

                self._client = boto3.session.Session().client(
                    "bedrock-runtime", region_name=self._region, config=bedrock_client_config())
            return self._client

    def converse_params(self, request: ModelRequest) -> dict[str, Any]:
        return {
            "modelId": self._model_id,
            "system": [{"text": request.system}],
            "messages": [{"role": m.role, "content": [{"text": m.text}]} for m in request.messages],
            "inferenceConfig": {"maxTokens": request.max_output_tokens, "temperature": request.temperature},
            "toolConfig": {
                "tools": [{"toolSpec": {"name": request.tool_name, "description": request.tool_description,
                                        "inputSchema": {"json": request.schema}}}],
                "toolChoice": {"tool": {"name": request.tool_name}},
            },
        }

    def generate(self, request: ModelRequest, on_event: Callable[[str], None] = lambda _m: None) -> ModelResponse:
        client = self.client()
        params = self.converse_params(request)
        started = time.monotonic()
        try:
            raw, attempts = self._backoff.run(lambda: client.converse(**params), transient=_transient,
                                              on_event=on_event)
        except CallFailedError as failed:
            raise _model_error(failed.error, failed.attempts) from None
        response = parse_converse(raw, request.tool_name, self._model_id, attempts)
        logger.info("bedrock converse", extra={
            "model_id": self._model_id, "input_tokens": response.input_tokens,
            "output_tokens": response.output_tokens, "stop_reason": response.stop_reason, "attempts": attempts,
            "latency_ms": int((time.monotonic() - started) * 1000), "structured": response.data is not None,
        })
        return response


def parse_converse(raw: dict[str, Any], tool_name: str, model_id: str, attempts: int = 1) -> ModelResponse:
    usage = raw.get("usage") or {}
    stop = str(raw.get("stopReason") or "")
    content = ((raw.get("output") or {}).get("message") or {}).get("content") or []
    texts = [block["text"] for block in content if isinstance(block, dict) and "text" in block]
    uses = [block["toolUse"] for block in content if isinstance(block, dict) and "toolUse" in block]
    data: dict[str, Any] | None = None
    problem = ""
    for use in uses:
        if use.get("name") == tool_name and isinstance(use.get("input"), dict):
            data = use["input"]
            break
    if stop == "max_tokens":
        data, problem = None, "the answer was cut off at the output token limit; make it shorter"
    elif data is None:
        problem = (f"no call of the tool '{tool_name}' in the answer" if not uses
                   else f"the tool '{tool_name}' was called without a JSON object as input")
    text = json.dumps(data, ensure_ascii=False) if data is not None else "\n".join(texts) or json.dumps(
        [u.get("input") for u in uses], ensure_ascii=False)
    return ModelResponse(
        data=data, text=text, input_tokens=int(usage.get("inputTokens") or 0),
        output_tokens=int(usage.get("outputTokens") or 0), model_id=model_id, stop_reason=stop, problem=problem,
        attempts=attempts,
    )


def _code(exc: BaseException) -> str:
    response = getattr(exc, "response", None)
    if isinstance(response, dict):
        return str(response.get("Error", {}).get("Code") or "")
    return ""


def _transient(exc: BaseException) -> str | None:
    code = _code(exc)
    if code in TRANSIENT_CODES:
        return f"throttled/unavailable ({code})"
    if type(exc).__name__ in TRANSIENT_BOTOCORE:
        return f"failed ({type(exc).__name__})"
    return None


def _model_error(exc: BaseException, calls: int) -> ModelError:
    code = _code(exc) or type(exc).__name__
    message = getattr(exc, "response", {}).get("Error", {}).get("Message", "") if _code(exc) else str(exc)
    if _transient(exc):
        return TransientModelError("model_unavailable", f"Bedrock {code} after {calls} calls: {message}"[:500],
                                   calls=calls)
    return ModelError("model_error", f"Bedrock {code}: {message}"[:500], calls=calls)
