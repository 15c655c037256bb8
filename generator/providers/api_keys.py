"""API keys from SSM Parameter Store (SecureString) or Secrets Manager, through Powertools parameters.

Only the parameter NAME travels (environment, never queue messages or job records). The value is fetched
in the worker, cached in the container by Powertools (`max_age`), handed to the SDK client and never
logged: errors quote the parameter name, not the value.

    /problem-generator/dev/gemini-api-key              SSM parameter (decrypted)
    secretsmanager:problem-generator/dev/gemini        Secrets Manager secret by name
    arn:aws:secretsmanager:us-east-1:123:secret:x-AbC  Secrets Manager secret by ARN
"""
from __future__ import annotations

from typing import Any

SECRETS_PREFIX = "secretsmanager:"
# Errors that mean "this deployment is misconfigured", as opposed to a passing SSM/Secrets Manager hiccup.
MISSING_CODES = frozenset({"ParameterNotFound", "ResourceNotFoundException", "AccessDeniedException",
                           "AccessDenied", "ParameterVersionNotFound", "InvalidKeyId", "KMSAccessDeniedException",
                           "DecryptionFailure"})


class ApiKeyError(Exception):
    """The key could not be read. `missing` is True when the parameter is absent or not readable."""

    def __init__(self, parameter: str, reason: str, *, missing: bool) -> None:
        super().__init__(f"could not read the API key from '{parameter}': {reason}")
        self.parameter = parameter
        self.missing = missing


def is_secrets_manager(name: str) -> bool:
    return name.startswith(SECRETS_PREFIX) or name.startswith("arn:aws:secretsmanager:")


def get_api_key(name: str, *, max_age: int = 300, force_fetch: bool = False,
                ssm_provider: Any = None, secrets_provider: Any = None) -> str:
    """The key stored under `name`. Providers default to Powertools' per-container ones (so the cache is
    shared by every caller in the container); tests pass providers built on stubbed clients."""
    from aws_lambda_powertools.utilities import parameters
    from aws_lambda_powertools.utilities.parameters.exceptions import GetParameterError

    try:
        if is_secrets_manager(name):
            secret_id = name.removeprefix(SECRETS_PREFIX)
            value = (secrets_provider.get(secret_id, max_age=max_age, force_fetch=force_fetch)
                     if secrets_provider is not None else
                     parameters.get_secret(secret_id, max_age=max_age, force_fetch=force_fetch))
        else:
            value = (ssm_provider.get(name, decrypt=True, max_age=max_age, force_fetch=force_fetch)
                     if ssm_provider is not None else
                     parameters.get_parameter(name, decrypt=True, max_age=max_age, force_fetch=force_fetch))
    except GetParameterError as exc:
        code = _error_code(exc)
        raise ApiKeyError(name, code or type(exc.__cause__ or exc).__name__, missing=code in MISSING_CODES) from None
    if isinstance(value, bytes):
        value = value.decode()
    if not isinstance(value, str) or not value.strip():
        raise ApiKeyError(name, "the parameter is empty", missing=True)
    return value.strip()


def _error_code(exc: BaseException) -> str | None:
    """The AWS error code behind Powertools' GetParameterError (it keeps the ClientError as __cause__)."""
    cause = exc.__cause__ or exc.__context__
    response = getattr(cause, "response", None)
    if isinstance(response, dict):
        return str(response.get("Error", {}).get("Code") or "") or None
    return None
