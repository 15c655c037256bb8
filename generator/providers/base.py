"""What every model provider offers the generation chain: one structured-output call.

A provider turns a `ModelRequest` (system prompt, alternating user/assistant turns, a JSON schema the answer
must follow) into a `ModelResponse` carrying the parsed answer and the token usage. A response whose
structured output is missing or unparsable is still a response (`data is None`, `problem` says why): its
tokens were spent and the chain turns the problem into repair feedback. Errors are raised only for calls
that produced nothing: `TransientModelError` after the provider's bounded retries, `ModelError` otherwise.
"""
from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, TypeVar

Role = Literal["user", "assistant"]

T = TypeVar("T")


@dataclass(frozen=True)
class Message:
    role: Role
    text: str


@dataclass(frozen=True)
class ModelRequest:
    system: str
    messages: list[Message]
    schema: dict[str, Any]  # JSON schema of the structured answer (an object)
    tool_name: str  # name of the structured-output tool (Bedrock) / label of the answer (Gemini)
    tool_description: str
    max_output_tokens: int
    temperature: float = 0.4


@dataclass(frozen=True)
class ModelResponse:
    data: dict[str, Any] | None  # the structured answer, or None when the model gave none / unparsable
    text: str  # the raw answer (JSON text of `data`, or whatever the model wrote instead), for repair turns
    input_tokens: int
    output_tokens: int
    model_id: str
    stop_reason: str = ""
    problem: str = ""  # why `data` is None (e.g. "output cut at the token limit"); empty when data is set
    attempts: int = 1  # calls made, counting retries of throttled/transient failures


class ModelError(Exception):
    """The call failed for a reason retrying will not fix (access denied, bad request, unknown model)."""

    def __init__(self, code: str, message: str, *, calls: int = 1) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.calls = calls  # API calls made before giving up (retries included)


class TransientModelError(ModelError):
    """Throttled, overloaded or timed out, still so after the provider's bounded retries."""


class CallFailedError(Exception):
    """`Backoff.run` gave up: `error` is the last failure, `attempts` the calls made."""

    def __init__(self, error: BaseException, attempts: int) -> None:
        super().__init__(str(error))
        self.error = error
        self.attempts = attempts


class ModelProvider(Protocol):
    """One model behind one API. Implementations must be safe to call from several threads at once."""

    name: str  # "bedrock" | "gemini"

    @property
    def model_id(self) -> str: ...

    def generate(self, request: ModelRequest, on_event: Callable[[str], None] = lambda _m: None) -> ModelResponse:
        """One structured call (retrying throttling/transient errors a bounded number of times)."""
        ...


@dataclass
class Usage:
    """Token usage summed over every call made for one problem."""

    input_tokens: int = 0
    output_tokens: int = 0
    calls: int = 0  # API calls, retries included
    model_id: str | None = None
    per_call: list[tuple[int, int]] = field(default_factory=list)

    def add(self, response: ModelResponse) -> None:
        self.input_tokens += response.input_tokens
        self.output_tokens += response.output_tokens
        self.calls += response.attempts
        self.model_id = response.model_id
        self.per_call.append((response.input_tokens, response.output_tokens))


@dataclass(frozen=True)
class Backoff:
    """Bounded retries with full jitter: sleep = uniform(0, min(cap, base * 2**retry))."""

    attempts: int = 4  # calls in total, the first included
    base_seconds: float = 1.0
    cap_seconds: float = 20.0
    sleep: Callable[[float], None] = time.sleep
    uniform: Callable[[float, float], float] = random.uniform

    def delay(self, retry: int) -> float:
        return self.uniform(0.0, min(self.cap_seconds, self.base_seconds * 2**retry))

    def run(self, call: Callable[[], T], *, transient: Callable[[BaseException], str | None],
            on_event: Callable[[str], None] = lambda _m: None) -> tuple[T, int]:
        """Run `call`; when `transient(exc)` names a retryable failure, sleep and retry (bounded).
        Returns (result, calls made); raises CallFailedError(last error, calls made) when it gives up."""
        for attempt in range(1, self.attempts + 1):
            try:
                return call(), attempt
            except Exception as exc:  # noqa: BLE001 - classified just below
                reason = transient(exc)
                if reason is None or attempt == self.attempts:
                    raise CallFailedError(exc, attempt) from exc
                wait = self.delay(attempt - 1)
                on_event(f"model call {reason}; retrying in {wait:.1f} s (attempt {attempt + 1} of {self.attempts})")
                self.sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover


def redact(text: str, *secrets: str | None) -> str:
    """`text` with every non-trivial secret replaced (error messages may quote request details)."""
    for secret in secrets:
        if secret and len(secret) >= 6:
            text = text.replace(secret, "***")
    return text
