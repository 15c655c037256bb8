"""The one error shape of the HTTP API, in Korean or English.

Every 4xx/5xx body is

    {"error": {"code": str, "message": str, "fields": [{"field", "problem", "allowed"?}], "allowed"?: any}}

`fields` is always present (empty when the error is not about a field). The message language is chosen by
`Accept-Language` (ko or en, by quality), else by the request's own `language`, else English. Codes and field
names stay English: clients branch on them; only `message` and `problem` are translated.

Kept free of pydantic and Powertools so the 413/415 answers (given before the resolver runs) stay cheap.
"""
from __future__ import annotations

import json
from typing import Any, Literal

Lang = Literal["ko", "en"]

# The field an error code is about, so a client can mark that input even when the error came from the service
# (e.g. count above MAX_COUNT, a provider that is not enabled) rather than from request-model validation.
FIELD_OF_CODE: dict[str, str] = {
    "count_out_of_range": "count",
    "unsupported_prompt": "prompt",
    "provider_not_enabled": "provider",
    "provider_not_configured": "provider",
    "malformed_job_id": "job_id",
    "malformed_batch_id": "batch_id",
    "invalid_limit": "limit",
    "invalid_cursor": "cursor",
    "invalid_name": "name",
    "invalid_format": "format",
    "idempotency_key_reused": "idempotency-key",
}

# Korean messages by code. `{...}` names come from the error's `allowed` / extra values (see `korean`).
KO: dict[str, str] = {
    "invalid_request": "요청이 올바르지 않습니다: {summary}",
    "count_out_of_range": "count는 1 이상 {max} 이하여야 합니다",
    "unsupported_prompt": "이 요청에 맞는 문제 유형을 찾지 못했습니다. 지원하는 주제를 참고해 주세요",
    "provider_not_enabled": "이 배포에서는 '{value}' 생성기를 사용할 수 없습니다",
    "provider_not_configured": "'{value}' 생성기가 설정되지 않았습니다",
    "malformed_job_id": "job_id는 소문자 16진수 32자여야 합니다",
    "malformed_batch_id": "batch_id 형식은 <이름>-<yyyymmddThhmmZ>입니다 (예: nightly-20260101T0000Z)",
    "invalid_limit": "limit는 {min} 이상 {max} 이하의 정수여야 합니다",
    "invalid_cursor": "cursor는 이전 응답의 next_cursor 값이어야 합니다",
    "invalid_name": "name은 배치 이름이어야 합니다",
    "job_not_found": "해당 ID의 작업이 없습니다",
    "batch_not_found": "해당 ID의 배치가 없습니다",
    "job_finished": "이미 끝난 작업입니다 (상태: {status})",
    "idempotency_key_reused": "같은 Idempotency-Key가 다른 요청 본문에 이미 사용되었습니다",
    "result_not_ready": "작업이 아직 성공하지 않았습니다 (상태: {job_status}). 성공한 뒤에 결과를 받을 수 있습니다",
    "invalid_format": "지원하지 않는 형식입니다",
    "body_too_large": "요청 본문은 {max_bytes}바이트 이하여야 합니다",
    "unsupported_media_type": "Content-Type은 application/json이어야 합니다",
    "no_route": "{method} {path} 경로가 없습니다",
    "method_not_allowed": "{path}에는 {method} 메서드를 쓸 수 없습니다 (가능: {allow})",
    "internal_error": "서비스 오류가 발생했습니다. 잠시 후 다시 시도해 주세요",
    "local_stack_not_running": "로컬 스택이 실행 중이 아닙니다. 다른 터미널에서 `make dev`를 먼저 실행하세요",
}

# Korean wording of the field problems the request model reports (pydantic error types).
KO_PROBLEMS: dict[str, str] = {
    "missing": "필수 항목입니다",
    "string_too_short": "비어 있으면 안 됩니다",
    "string_too_long": "{max_length}자 이하여야 합니다",
    "string_type": "문자열이어야 합니다",
    "int_type": "정수여야 합니다",
    "literal_error": "허용되지 않는 값입니다",
    "greater_than_equal": "{ge} 이상이어야 합니다",
    "less_than_equal": "{le} 이하여야 합니다",
    "extra_forbidden": "알 수 없는 항목입니다",
    "json_invalid": "본문이 올바른 JSON이 아닙니다",
    "model_type": "JSON 객체여야 합니다",
    "model_attributes_type": "JSON 객체여야 합니다",
    "value_error": "내용이 있어야 합니다",
    "out_of_range": "{min} 이상 {max} 이하여야 합니다",
}


def language_of(accept_language: str | None, fallback: str | None = None) -> Lang:
    """ko or en from an Accept-Language header (highest quality wins; ties: first listed), else `fallback`."""
    best: tuple[float, int, Lang] | None = None
    for position, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        primary = tag.strip().lower().split("-")[0]
        if primary not in ("ko", "en"):
            continue
        quality = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality <= 0:
            continue
        candidate = (-quality, position, primary)
        if best is None or candidate < best:
            best = candidate  # type: ignore[assignment]
    if best is not None:
        return best[2]
    return "ko" if fallback == "ko" else "en"


def body_language(body: Any) -> str | None:
    """The `language` a JSON request body asks for, if it is readable (used when Accept-Language is silent)."""
    if not isinstance(body, str) or '"language"' not in body or len(body) > 65536:
        return None
    try:
        value = json.loads(body)
    except ValueError:
        return None
    return value.get("language") if isinstance(value, dict) else None


class _Blank(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "?"


def korean(code: str, english: str, values: dict[str, Any]) -> str:
    template = KO.get(code)
    if template is None:
        return english  # an unknown code: the English text is better than a vague Korean one
    return template.format_map(_Blank({k: v for k, v in values.items() if v is not None}))


def korean_problem(kind: str | None, english: str, values: dict[str, Any]) -> str:
    template = KO_PROBLEMS.get(kind or "")
    return template.format_map(_Blank(values)) if template else english


def error_body(code: str, message: str, *, lang: Lang = "en", fields: list[dict[str, Any]] | None = None,
               allowed: Any = None, ko_values: dict[str, Any] | None = None, ko_message: str | None = None,
               **extra: Any) -> dict[str, Any]:
    """The API's error object. `message` is the English text; `ko_values` fill the Korean template, unless the
    error brings its own Korean text (`ko_message`: a refused prompt says why, which the code's template cannot)."""
    values = dict(ko_values or {})
    if isinstance(allowed, dict):
        values = {**allowed, **values}
    values.update({k: v for k, v in extra.items() if isinstance(v, str | int)})
    said = (ko_message or korean(code, message, values)) if lang == "ko" else message
    fields = list(fields or [])
    if not fields and code in FIELD_OF_CODE:
        entry: dict[str, Any] = {"field": FIELD_OF_CODE[code], "problem": said}
        if allowed is not None:
            entry["allowed"] = allowed
        fields = [entry]
    error: dict[str, Any] = {"code": code, "message": said, "fields": fields}
    if allowed is not None:
        error["allowed"] = allowed
    error.update(extra)
    return {"error": error}


def error_json(status: int, body: dict[str, Any], lang: Lang, headers: dict[str, str] | None = None) -> dict[str, Any]:
    """A finished API Gateway answer, for errors given before (or instead of) the resolver."""
    return {"statusCode": status,
            "headers": {"Content-Type": "application/json", "Content-Language": lang, **(headers or {})},
            "body": json.dumps(body, ensure_ascii=False, separators=(",", ":"))}
