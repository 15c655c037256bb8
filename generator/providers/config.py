"""Which generation providers a deployment offers, and their models: read from the environment at call time
(never at import time), so tests and `sls invoke local` can set the environment freely.

    ENABLED_PROVIDERS          comma list of offline|bedrock|gemini (default: offline)
    BEDROCK_MODEL_ID           model or inference-profile id for Converse, e.g.
                               us.anthropic.claude-sonnet-4-20250514-v1:0 (required to enable bedrock)
    BEDROCK_REGION             region of bedrock-runtime (default: the function's region)
    GEMINI_MODEL               default gemini-2.5-flash
    GEMINI_API_KEY_PARAMETER   NAME of an SSM SecureString holding the key, or of a Secrets Manager secret
                               written as `secretsmanager:<name>` or as its ARN (required to enable gemini)
    LLM_MAX_REPAIRS            gate failures fed back to the model per problem (default 2)
    LLM_MAX_OUTPUT_TOKENS      per call (default: 8192 for bedrock, 32768 for gemini, which counts thinking)
    LLM_TEMPERATURE            default 0.4
    LLM_CONCURRENCY            problems of one LLM job generated at once (default 4)
    LLM_SECRET_MAX_AGE         seconds an API key stays cached in the container (default 300)
"""
from __future__ import annotations

import importlib.util
import os
from collections.abc import Mapping
from dataclasses import dataclass

PROVIDERS = ("offline", "bedrock", "gemini")
LLM_PROVIDERS = ("bedrock", "gemini")

ENABLED_PROVIDERS = "ENABLED_PROVIDERS"
BEDROCK_MODEL_ID = "BEDROCK_MODEL_ID"
BEDROCK_REGION = "BEDROCK_REGION"
GEMINI_MODEL = "GEMINI_MODEL"
GEMINI_API_KEY_PARAMETER = "GEMINI_API_KEY_PARAMETER"
LLM_MAX_REPAIRS = "LLM_MAX_REPAIRS"
LLM_MAX_OUTPUT_TOKENS = "LLM_MAX_OUTPUT_TOKENS"
LLM_TEMPERATURE = "LLM_TEMPERATURE"
LLM_CONCURRENCY = "LLM_CONCURRENCY"
LLM_SECRET_MAX_AGE = "LLM_SECRET_MAX_AGE"

DEFAULT_GEMINI_MODEL = "gemini-2.5-flash"
DEFAULT_MAX_OUTPUT_TOKENS = {"bedrock": 8192, "gemini": 32768}


class ProviderConfigError(ValueError):
    """The environment names something malformed (e.g. an unknown provider in ENABLED_PROVIDERS)."""


@dataclass(frozen=True)
class LlmConfig:
    enabled: tuple[str, ...]
    bedrock_model_id: str
    bedrock_region: str | None
    gemini_model: str
    gemini_api_key_parameter: str
    max_repairs: int
    max_output_tokens: int | None  # None: the provider's default
    temperature: float
    concurrency: int
    secret_max_age: int

    def output_tokens_for(self, provider: str) -> int:
        return self.max_output_tokens or DEFAULT_MAX_OUTPUT_TOKENS[provider]

    def model_for(self, provider: str) -> str:
        return self.bedrock_model_id if provider == "bedrock" else self.gemini_model if provider == "gemini" else ""

    def unusable(self, provider: str) -> str | None:
        """Why `provider` cannot serve requests in this deployment (None: it can)."""
        if provider not in PROVIDERS:
            return f"unknown provider '{provider}'"
        if provider not in self.enabled:
            return f"provider '{provider}' is not enabled in this deployment (ENABLED_PROVIDERS)"
        if provider == "bedrock" and not self.bedrock_model_id:
            return "provider 'bedrock' is enabled but no model is configured (BEDROCK_MODEL_ID)"
        if provider == "gemini":
            if not self.gemini_api_key_parameter:
                return "provider 'gemini' is enabled but no API key parameter is configured (GEMINI_API_KEY_PARAMETER)"
            if not self.gemini_model:
                return "provider 'gemini' is enabled but no model is configured (GEMINI_MODEL)"
        return None

    def refusal(self, provider: str) -> tuple[str, str] | None:
        """(error code, reason) for a submit naming an unusable `provider`; None when it can serve."""
        why = self.unusable(provider)
        if why is None:
            return None
        return ("provider_not_enabled" if provider not in self.enabled else "provider_not_configured"), why

    def usable(self) -> list[str]:
        return [p for p in self.enabled if self.unusable(p) is None]


def _int(env: Mapping[str, str], name: str, default: int, low: int = 0) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise ProviderConfigError(f"{name} must be an integer, got {raw!r}") from exc
    if value < low:
        raise ProviderConfigError(f"{name} must be >= {low}, got {value}")
    return value


def load_llm_config(env: Mapping[str, str] | None = None) -> LlmConfig:
    env = os.environ if env is None else env
    enabled = tuple(dict.fromkeys(p.strip().lower() for p in env.get(ENABLED_PROVIDERS, "offline").split(",")
                                  if p.strip()))
    unknown = [p for p in enabled if p not in PROVIDERS]
    if unknown:
        raise ProviderConfigError(f"{ENABLED_PROVIDERS} names unknown providers {unknown}; known: {list(PROVIDERS)}")
    raw_tokens = env.get(LLM_MAX_OUTPUT_TOKENS, "").strip()
    temperature_raw = env.get(LLM_TEMPERATURE, "").strip()
    try:
        temperature = float(temperature_raw) if temperature_raw else 0.4
    except ValueError as exc:
        raise ProviderConfigError(f"{LLM_TEMPERATURE} must be a number, got {temperature_raw!r}") from exc
    return LlmConfig(
        enabled=enabled,
        bedrock_model_id=env.get(BEDROCK_MODEL_ID, "").strip(),
        bedrock_region=env.get(BEDROCK_REGION, "").strip() or None,
        gemini_model=env.get(GEMINI_MODEL, "").strip() or DEFAULT_GEMINI_MODEL,
        gemini_api_key_parameter=env.get(GEMINI_API_KEY_PARAMETER, "").strip(),
        max_repairs=_int(env, LLM_MAX_REPAIRS, 2),
        max_output_tokens=_int(env, LLM_MAX_OUTPUT_TOKENS, 0, low=256) if raw_tokens else None,
        temperature=temperature,
        concurrency=_int(env, LLM_CONCURRENCY, 4, low=1),
        secret_max_age=_int(env, LLM_SECRET_MAX_AGE, 300),
    )


def sdk_available(provider: str) -> bool:
    """Whether the provider's client library can be imported (without importing it)."""
    if provider == "gemini":
        try:
            return importlib.util.find_spec("google.genai") is not None
        except (ImportError, ValueError):
            return False
    return True
