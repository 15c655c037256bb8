"""Google Gemini through Google's official SDK `google-genai` (an optional extra: requirements-llm.txt).

The SDK is imported only when a real client is built; tests hand in a client object with the same surface
(`client.models.generate_content(model=, contents=, config=)` returning an object with `.text`,
`.candidates[i].finish_reason` and `.usage_metadata`). Structured output: `response_mime_type`
application/json with `response_json_schema`.

The API key is read (cached per container) from SSM/Secrets Manager by NAME, given to the client and never
logged; error messages are redacted in case they quote it. The SDK retries nothing unless told to
(`HttpOptions.retry_options`), so retries are ours: a small bounded number with full jitter on 408/429/5xx
and connection errors. On 401/403 the client is dropped so the next call re-reads a rotated key.
"""
from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from typing import Any

from generator.observability import logger
from generator.providers.api_keys import get_api_key
from generator.providers.base import Backoff, CallFailedError, ModelError, ModelRequest, ModelResponse, TransientModelError, redact

TRANSIENT_HTTP = frozenset({408, 429, 500, 502, 503, 504})
AUTH_HTTP = frozenset({401, 403})
REQUEST_TIMEOUT_MS = 300_000


def _real_client(api_key: str) -> Any:
    from google import genai
    from google.genai import types

    return genai.Client(api_key=api_key, http_options=types.HttpOptions(timeout=REQUEST_TIMEOUT_MS))


class GeminiProvider:
    name = "gemini"

    def __init__(self, model: str, *, api_key_parameter: str = "", client: Any = None,
                 client_factory: Callable[[str], Any] | None = None,
                 key_loader: Callable[..., str] | None = None, secret_max_age: int = 300,
                 backoff: Backoff | None = None) -> None:
        self._model = model
        self._parameter = api_key_parameter
        self._client = client
        self._factory = client_factory or _real_client
        self._load_key = key_loader or get_api_key
        self._max_age = secret_max_age
        self._backoff = backoff or Backoff(attempts=4, base_seconds=1.0, cap_seconds=20.0)
        self._lock = threading.Lock()
        self._key: str | None = None  # only to redact error messages; never logged or stored
        self._force_fetch = False

    @property
    def model_id(self) -> str:
        return self._model

    def client(self) -> Any:
        with self._lock:
            if self._client is None:
                key = self._load_key(self._parameter, max_age=self._max_age, force_fetch=self._force_fetch)
                self._key, self._force_fetch = key, False
                self._client = self._factory(key)
            return self._client

    def check(self) -> None:
        """Submit-time readiness: SDK importable (unless a client is injected) and the key readable (cached).
        Raises ModelError("provider_not_configured") for a deployment problem; a passing SSM error is let go
        (the worker reads the key again)."""
        from generator.providers.api_keys import ApiKeyError
        from generator.providers.config import sdk_available

        if self._client is None and self._factory is _real_client and not sdk_available("gemini"):
            raise ModelError("provider_not_configured", "provider 'gemini' is enabled but the google-genai SDK is "
                                                        "not installed (requirements-llm.txt)")
        if self._client is not None:
            return
        try:
            self._load_key(self._parameter, max_age=self._max_age)
        except ApiKeyError as exc:
            if exc.missing:
                raise ModelError("provider_not_configured", str(exc)) from None
            logger.warning("could not check the Gemini API key at submit time", extra={"reason": str(exc)})

    def _drop_client(self) -> None:
        with self._lock:
            self._client, self._force_fetch = None, True

    @staticmethod
    def content_params(request: ModelRequest) -> dict[str, Any]:
        """Keyword arguments of `models.generate_content` (dict forms the SDK accepts)."""
        return {
            "contents": [{"role": "model" if m.role == "assistant" else "user", "parts": [{"text": m.text}]}
                         for m in request.messages],
            "config": {
                "system_instruction": request.system,
                "response_mime_type": "application/json",
                "response_json_schema": request.schema,
                "max_output_tokens": request.max_output_tokens,
                "temperature": request.temperature,
            },
        }

    def generate(self, request: ModelRequest, on_event: Callable[[str], None] = lambda _m: None) -> ModelResponse:
        client = self.client()
        params = self.content_params(request)
        started = time.monotonic()
        try:
            raw, attempts = self._backoff.run(
                lambda: client.models.generate_content(model=self._model, **params),
                transient=_transient, on_event=lambda m: on_event(redact(m, self._key)))
        except CallFailedError as failed:
            exc, calls = failed.error, failed.attempts
            status = _status(exc)
            if status in AUTH_HTTP:
                self._drop_client()
            message = redact(f"Gemini {status or type(exc).__name__} after {calls} calls: {exc}", self._key)[:500]
            if _transient(exc):
                raise TransientModelError("model_unavailable", message, calls=calls) from None
            raise ModelError("model_error", message, calls=calls) from None
        response = parse_response(raw, self._model, attempts)
        logger.info("gemini generate_content", extra={
            "model_id": self._model, "input_tokens": response.input_tokens, "output_tokens": response.output_tokens,
            "stop_reason": response.stop_reason, "attempts": attempts,
            "latency_ms": int((time.monotonic() - started) * 1000), "structured": response.data is not None,
        })
        return response


def parse_response(raw: Any, model: str, attempts: int = 1) -> ModelResponse:
    usage = getattr(raw, "usage_metadata", None)
    input_tokens = int(getattr(usage, "prompt_token_count", 0) or 0)
    # Thinking tokens are billed as output.
    output_tokens = int(getattr(usage, "candidates_token_count", 0) or 0) + int(
        getattr(usage, "thoughts_token_count", 0) or 0)
    candidates = getattr(raw, "candidates", None) or []
    finish = _name(getattr(candidates[0], "finish_reason", None)) if candidates else ""
    try:
        text = raw.text or ""
    except Exception:  # noqa: BLE001 - the SDK's .text may raise on odd candidates
        text = ""
    data: dict[str, Any] | None = None
    problem = ""
    if not candidates:
        feedback = getattr(raw, "prompt_feedback", None)
        problem = f"no answer (prompt feedback: {_name(getattr(feedback, 'block_reason', None)) or 'none'})"
    elif finish == "MAX_TOKENS":
        problem = "the answer was cut off at the output token limit; make it shorter"
    elif finish not in ("", "STOP"):
        problem = f"the answer stopped early ({finish})"
    else:
        try:
            parsed = json.loads(text)
        except ValueError as exc:
            problem = f"the answer is not valid JSON ({exc})"
        else:
            if isinstance(parsed, dict):
                data = parsed
            else:
                problem = "the answer is JSON but not an object"
    return ModelResponse(data=data, text=text, input_tokens=input_tokens, output_tokens=output_tokens,
                         model_id=model, stop_reason=finish, problem=problem, attempts=attempts)


def _name(value: Any) -> str:
    if value is None:
        return ""
    return str(getattr(value, "name", None) or getattr(value, "value", None) or value).upper()


def _status(exc: BaseException) -> int | None:
    """HTTP status of a google.genai.errors.APIError (attribute `code`), or of a look-alike."""
    for attribute in ("code", "status_code"):
        value = getattr(exc, attribute, None)
        if isinstance(value, int):
            return value
    return None


def _transient(exc: BaseException) -> str | None:
    status = _status(exc)
    if status in TRANSIENT_HTTP:
        return f"throttled/unavailable (HTTP {status})"
    name = type(exc).__name__
    if status is None and (isinstance(exc, (TimeoutError, ConnectionError)) or "Timeout" in name
                           or "Connect" in name or name in ("RemoteProtocolError", "ReadError")):
        return f"failed ({name})"
    return None
