"""The HTTP API (API Gateway HTTP API v2): one Powertools resolver for every route.

Client errors become JSON 4xx answers in one place (the exception handlers below); nothing escapes to
the runtime, because API Gateway would turn it into an opaque 502 and serverless-offline hangs on it.
Requests are validated before any S3/SQS call, so a rejected request writes nothing.
"""
from __future__ import annotations

import json
import re
from typing import Annotated, Any

from aws_lambda_powertools.event_handler import APIGatewayHttpResolver, Response
from aws_lambda_powertools.event_handler.openapi.exceptions import RequestValidationError
from aws_lambda_powertools.event_handler.openapi.params import Body, Header

from generator.etags import etag_of, if_none_match_tags
from generator.http_errors import Lang, body_language, error_body, error_json, korean_problem, language_of
from generator.jobs.model import MAX_BODY_BYTES, MAX_PROMPT_CHARS, JobRequest, JobState, is_job_id
from generator.jobs.quotas import QuotaExceededError, SubmissionsDisabledError
from generator.jobs.service import (
    InvalidRequestError,
    JobConflictError,
    JobNotFoundError,
    JobService,
)
from generator.jobs.views import job_view
from generator.observability import logger
from generator.settings import settings

app = APIGatewayHttpResolver(enable_validation=True)

CURSOR_RE = re.compile(r"^[0-9]{13}-[0-9a-f]{32}$")
LIST_FIELDS = ("job_id", "status", "stage", "family", "request", "progress", "created_at", "updated_at",
               "finished_at", "expires_at", "error")
ALLOWED: dict[str, Any] = {
    "prompt": "non-empty text, at most 2000 characters",
    "difficulty": ["tutorial", "easy", "medium", "hard", "튜토리얼", "쉬움", "보통", "어려움"],
    "count": "integer from 1 to MAX_COUNT",
    "language": ["ko", "en"],
    "seed": "integer from 0 to 2^63-1",
    "provider": ["offline", "bedrock", "gemini"],
}


def service() -> JobService:
    from generator.bootstrap import job_service

    return job_service()


# ------------------------------------------------------------------ helpers
def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> Response:
    return Response(
        status_code=status,
        content_type="application/json",
        body=json.dumps(body, ensure_ascii=False, separators=(",", ":")),
        headers=headers or {},
    )


def request_language() -> Lang:
    """ko/en for this request's messages: Accept-Language, else the body's `language`, else English."""
    event = app.current_event
    return language_of(event.headers.get("accept-language"), body_language(event.body))


def error(status: int, code: str, message: str, *, fields: list[dict[str, Any]] | None = None,
          allowed: Any = None, headers: dict[str, str] | None = None, ko_message: str | None = None,
          **extra: Any) -> Response:
    """Every error answer of the resolver goes through here (generator/http_errors.py: the shape, ko/en)."""
    lang = request_language()
    body = error_body(code, message, lang=lang, fields=fields, allowed=allowed, ko_message=ko_message, **extra)
    return json_response(status, body, {"Content-Language": lang, **(headers or {})})


def owner() -> str:
    """The JWT subject when an authorizer is configured; one default owner locally / with auth off."""
    context = app.current_event.raw_event.get("requestContext") or {}
    claims = ((context.get("authorizer") or {}).get("jwt") or {}).get("claims") or {}
    sub = claims.get("sub")
    return str(sub) if sub else settings().default_owner


def checked_job_id(job_id: str) -> str:
    if not is_job_id(job_id):
        raise InvalidRequestError("malformed_job_id", "job_id must be 32 lowercase hexadecimal characters",
                                  allowed="^[0-9a-f]{32}$")
    return job_id


def int_param(name: str, default: int, low: int, high: int) -> int:
    raw = app.current_event.get_query_string_value(name)
    if raw is None or raw == "":
        return default
    if not raw.isdigit() or not low <= int(raw) <= high:
        raise InvalidRequestError(f"invalid_{name}", f"{name} must be an integer from {low} to {high}",
                                  allowed={"min": low, "max": high})
    return int(raw)


def poll_headers(state: JobState) -> dict[str, str]:
    return {} if state.terminal else {"Retry-After": str(settings().retry_after_seconds)}


def full_view(state: JobState) -> dict[str, Any]:
    view = job_view(state)
    url = service().result_url(state)
    if url:
        view["result_url"] = url
    return view


NOT_FOUND = {"description": "No such job/batch for this caller (another owner's job looks the same)"}


def openapi_document() -> dict[str, Any]:
    """Generated from the routes, completed by generator/openapi_doc.py (imported only for this route)."""
    from generator.openapi_doc import complete

    cfg = settings()
    doc = json.loads(app.get_openapi_json_schema(title="problem-generator", version="1.0.0"))
    return complete(doc, max_count=cfg.max_count, page_limit_max=cfg.page_limit_max)


# ------------------------------------------------------------------ routes
# Routes return Response without a return annotation: the resolver would try to validate against it.
@app.post("/jobs", summary="Submit a generation job", responses={
    202: {"description": "Accepted: the job snapshot; Location and Retry-After headers"},
    200: {"description": "Idempotent replay: the job this Idempotency-Key created (Idempotent-Replayed: true)"},
    409: {"description": "The Idempotency-Key was used with a different body"},
    413: {"description": "Body over 64 KB"},
    429: {"description": "Over a per-caller limit (jobs in flight, problems per UTC day); Retry-After"},
    503: {"description": "New jobs are switched off by the operator; Retry-After"},
})
def submit_job(
    request: Annotated[JobRequest, Body(embed=False)],
    idempotency_key: Annotated[str | None, Header(alias="idempotency-key", max_length=200)] = None,
):
    submitted = service().submit(request, owner=owner(), idempotency_key=idempotency_key)
    state = submitted.state
    view = full_view(state)
    headers = {"Location": f"/jobs/{state.job_id}", "ETag": etag_of(view), **poll_headers(state)}
    if not submitted.created:
        headers["Idempotent-Replayed"] = "true"
    logger.info("job submitted", extra={"job_id": state.job_id, "replayed": not submitted.created,
                                        "count": request.count, "family": state.family})
    return json_response(202 if submitted.created else 200, view, headers)


@app.get("/jobs/<job_id>", summary="Poll a job: the latest snapshot (one S3 GET)", responses={
    200: {"description": "The snapshot; ETag, and Retry-After while the job runs"},
    304: {"description": "If-None-Match matched the current ETag: no body"}, 404: NOT_FOUND})
def get_job(job_id: str):
    state = service().get(checked_job_id(job_id), owner=owner())
    view = full_view(state)
    tag = etag_of(view)
    headers = {"ETag": tag, "Cache-Control": "no-cache", **poll_headers(state)}
    if tag in if_none_match_tags(app.current_event.headers.get("if-none-match")):
        return Response(status_code=304, headers=headers, body="")
    return json_response(200, view, headers)


@app.delete("/jobs/<job_id>", summary="Cancel a job; finished problems are kept", responses={
    200: {"description": "The cancelled snapshot"}, 404: NOT_FOUND,
    409: {"description": "The job already ended"}})
def cancel_job(job_id: str):
    state = service().cancel(checked_job_id(job_id), owner=owner())
    logger.info("job cancelled", extra={"job_id": job_id})
    return json_response(200, full_view(state))


@app.post("/jobs/<job_id>/retry", summary="Resume a failed or cancelled job from its checkpoints", responses={
    202: {"description": "Queued again: finished problems kept, the rest made anew; Location and Retry-After"},
    200: {"description": "Already retried and still queued: the same snapshot (Idempotent-Replayed: true)"},
    404: NOT_FOUND, 409: {"description": "The job is queued, running or succeeded"},
    429: {"description": "Too many jobs in flight for this caller; Retry-After"}})
def retry_job(job_id: str):
    retried = service().retry(checked_job_id(job_id), owner=owner())
    state = retried.state
    headers = {"Location": f"/jobs/{state.job_id}", **poll_headers(state)}
    if not retried.created:
        headers["Idempotent-Replayed"] = "true"
    logger.info("job retried", extra={"job_id": job_id, "replayed": not retried.created, "retries": state.retries})
    return json_response(202 if retried.created else 200, full_view(state), headers)


@app.get("/jobs/<job_id>/problems", summary="Page through a job's finished problems (public view)", responses={
    200: {"description": "A page of problems and next_cursor"}, 404: NOT_FOUND})
def list_problems(job_id: str):
    cfg = settings()
    cursor = int_param("cursor", 0, 0, 10**6)
    limit = int_param("limit", min(10, cfg.page_limit_max), 1, cfg.page_limit_max)
    problems, next_cursor, state = service().page(checked_job_id(job_id), owner=owner(), cursor=cursor, limit=limit)
    body = {"job_id": job_id, "status": state.status, "progress": state.progress.model_dump(),
            "problems": problems, "next_cursor": None if next_cursor is None else str(next_cursor)}
    return json_response(200, body, poll_headers(state))


@app.get("/jobs/<job_id>/result", summary="303 redirect to the complete artifact (hidden tests, solutions)", responses={
    303: {"description": "Location: a short-lived presigned URL of the full result"}, 404: NOT_FOUND,
    409: {"description": "The job has not succeeded (yet)"}})
def get_result(job_id: str):
    state = service().get(checked_job_id(job_id), owner=owner())
    url = service().result_url(state)
    if url is None:
        return error(409, "result_not_ready",
                     f"the job is '{state.status}'; the full result exists once it has succeeded",
                     job_status=state.status)
    return Response(status_code=303, headers={"Location": url, "Cache-Control": "no-store"}, body="")


@app.get("/jobs/<job_id>/export", summary="303 redirect to a zip of Kattis problem packages, one per problem",
         responses={303: {"description": "Location: a short-lived presigned URL of the zip (built on first request)"},
                    400: {"description": "Unknown format (only kattis)"}, 404: NOT_FOUND,
                    409: {"description": "The job has not succeeded (yet)"}})
def get_export(job_id: str):
    fmt = app.current_event.get_query_string_value("format") or "kattis"
    if fmt != "kattis":
        raise InvalidRequestError("invalid_format", f"format '{fmt[:40]}' is not supported", allowed=["kattis"])
    state = service().get(checked_job_id(job_id), owner=owner())
    url = service().export_url(state, fmt)
    if url is None:
        return error(409, "result_not_ready",
                     f"the job is '{state.status}'; the export exists once it has succeeded", job_status=state.status)
    return Response(status_code=303, headers={"Location": url, "Cache-Control": "no-store"}, body="")


@app.get("/topics", summary="The offline catalog: topics, their names, difficulties and task counts (public)",
         responses={200: {"description": "topics: name, title {en, ko}, group, tags, difficulties with task counts, "
                                         "example prompts, focuses (techniques only some of a topic's tasks "
                                         "practise); areas (broad fields served by several topics): the same "
                                         "plus members"}})
def list_topics():
    from generator.problems.catalog import areas, focuses_of, topics

    def view(t) -> dict:
        return {
            "name": t.name,
            "title": t.spec.title,
            "group": t.spec.group,
            "tags": list(t.spec.tags),
            "difficulties": {d.value: len(t.tasks(d)) for d in t.difficulties()},
            "examples": t.spec.examples,
        }

    def focus_view(f) -> dict:
        return {"name": f.name, "title": f.spec.title,
                "difficulties": {d.value: len(f.tasks(d)) for d in f.difficulties()}}

    body = {"topics": [{**view(t), "focuses": [focus_view(f) for f in focuses_of(t)]} for t in topics()],
            "areas": [{**view(a), "members": list(a.members)} for a in areas()]}
    return json_response(200, body, {"Cache-Control": "public, max-age=300"})


@app.get("/jobs", summary="List the caller's jobs, newest first", responses={
    200: {"description": "jobs, next_cursor, has_more"}, 400: {"description": "Invalid limit or cursor"}})
def list_jobs():
    limit = int_param("limit", 20, 1, 100)
    cursor = app.current_event.get_query_string_value("cursor") or None
    if cursor is not None and not CURSOR_RE.fullmatch(cursor):
        raise InvalidRequestError("invalid_cursor", "cursor must be a value returned as next_cursor")
    states, next_cursor = service().list_jobs(owner=owner(), cursor=cursor, limit=limit)
    summaries = [{k: job_view(s)[k] for k in LIST_FIELDS} for s in states]
    return json_response(200, {"jobs": summaries, "next_cursor": next_cursor, "has_more": next_cursor is not None})


@app.get("/batches", summary="List scheduled batches, newest first", responses={
    200: {"description": "batches, next_cursor, has_more"}, 400: {"description": "Invalid limit, cursor or name"}})
def list_batches():
    from generator import batch_routes
    from generator.bootstrap import batch_service

    query = app.current_event.get_query_string_value
    return _answer(batch_routes.list_batches(batch_service(), cursor=query("cursor"), limit=query("limit"),
                                             name=query("name")))


@app.get("/batches/<batch_id>", summary="Poll a scheduled batch: job counts, problems, export (one S3 GET)", responses={
    200: {"description": "The batch; ETag, and Retry-After until it is final"},
    304: {"description": "If-None-Match matched the current ETag: no body"}, 404: NOT_FOUND})
def get_batch(batch_id: str):
    from generator import batch_routes
    from generator.bootstrap import batch_service

    return _answer(batch_routes.get_batch(batch_service(), batch_id,
                                          if_none_match=app.current_event.headers.get("if-none-match"),
                                          retry_after_seconds=settings().retry_after_seconds))


def _answer(answer: tuple[int, dict[str, Any] | None, dict[str, str]]) -> Response:
    status, body, headers = answer
    if body is None:  # 304: no body
        return Response(status_code=status, headers=headers, body="")
    if status >= 400:  # batch_routes speaks the same codes; give them the one shape and language here
        err = body["error"]
        return error(status, err["code"], err["message"], allowed=err.get("allowed"), headers=headers)
    return json_response(status, body, headers)


@app.get("/openapi.json", summary="This API's OpenAPI document")
def openapi():
    return json_response(200, openapi_document())


@app.get("/config", summary="What a client needs to build its form: generators, limits, languages (public)")
def client_config():
    from generator.problems.schema import DIFFICULTY_ALIASES
    from generator.providers.config import load_llm_config

    cfg = settings()
    korean = {english.value: label for label, english in DIFFICULTY_ALIASES.items() if not label.isascii()}
    body = {
        "providers": load_llm_config().usable(),
        "languages": ["ko", "en"],
        "difficulties": [{"value": value, "ko": label, "en": value} for value, label in korean.items()],
        "limits": {"max_count": cfg.max_count, "prompt_max_chars": MAX_PROMPT_CHARS,
                   "body_max_bytes": MAX_BODY_BYTES, "page_limit_max": cfg.page_limit_max},
        "defaults": {"difficulty": "easy", "count": 1, "language": "en", "provider": "offline"},
    }
    return json_response(200, body, {"Cache-Control": "max-age=60"})


# ------------------------------------------------------------------ errors
@app.exception_handler(RequestValidationError)
def on_validation_error(exc: RequestValidationError) -> Response:
    lang = request_language()
    fields = []
    for err in exc.errors():
        kind = err.get("type")
        # loc is ("body", field, ...) for the request model; a JSON decoding error carries a character offset
        # instead of a field name, which is not a field.
        loc = [str(p) for p in err.get("loc", ()) if p not in ("body",) and not isinstance(p, int)]
        name = loc[0] if loc else "body"
        problem = err.get("msg", "invalid")
        if kind == "json_invalid":
            loc, name, problem = [], "body", "the body is not valid JSON"
        elif kind == "extra_forbidden":
            problem = "unknown field"
        if lang == "ko":
            problem = korean_problem(kind, problem, dict(err.get("ctx") or {}))
        entry: dict[str, Any] = {"field": ".".join(loc) or name, "problem": problem}
        if name in ALLOWED:
            entry["allowed"] = ALLOWED[name].replace("MAX_COUNT", str(settings().max_count)) \
                if isinstance(ALLOWED[name], str) else ALLOWED[name]
        elif err.get("type") == "extra_forbidden":
            entry["allowed"] = sorted(ALLOWED)
        fields.append(entry)
    summary = "; ".join(f"{f['field']}: {f['problem']}" for f in fields)
    return error(400, "invalid_request", f"the request is invalid — {summary}", fields=fields,
                 ko_values={"summary": summary})


@app.exception_handler(InvalidRequestError)
def on_invalid(exc: InvalidRequestError) -> Response:
    value = None
    if exc.code.startswith("provider_"):
        value = body_value("provider")
    return error(400, exc.code, exc.messages.get("en", exc.message), allowed=exc.allowed, ko_values={"value": value},
                 ko_message=exc.messages.get("ko"))


def body_value(name: str) -> Any:
    """A field of the JSON body, for wording an error about it (None when unreadable)."""
    try:
        body = app.current_event.json_body
    except Exception:  # noqa: BLE001 - any unreadable body simply has no such value
        return None
    return body.get(name) if isinstance(body, dict) else None


@app.exception_handler(JobNotFoundError)
def on_not_found(exc: JobNotFoundError) -> Response:
    return error(404, "job_not_found", "no job with this id")


@app.exception_handler(QuotaExceededError)
def on_quota(exc: QuotaExceededError) -> Response:
    return with_retry_after(error(429, exc.code, exc.message, allowed={"limit": exc.limit}), exc.retry_after)


@app.exception_handler(SubmissionsDisabledError)
def on_disabled(exc: SubmissionsDisabledError) -> Response:
    return with_retry_after(error(503, exc.code, exc.message), exc.retry_after)


def with_retry_after(response: Response, seconds: int) -> Response:
    response.headers["Retry-After"] = str(seconds)
    return response


@app.exception_handler(JobConflictError)
def on_conflict(exc: JobConflictError) -> Response:
    status = getattr(exc, "status", None) or _status_in(exc.message)
    return error(409, exc.code, exc.message, ko_values={"status": status})


def _status_in(message: str) -> str | None:
    match = re.search(r"'(queued|running|succeeded|failed|cancelled)'", message)
    return match.group(1) if match else None


@app.not_found
def on_no_route(exc: Exception) -> Response:
    path = app.current_event.path
    method = app.current_event.http_method
    segments = path.strip("/").split("/")
    if segments[0] == "jobs" and len(segments) >= 2 and not is_job_id(segments[1]):
        return error(400, "malformed_job_id", "job_id must be 32 lowercase hexadecimal characters",
                     allowed="^[0-9a-f]{32}$")
    allow = allowed_methods(path)
    if allow:
        return error(405, "method_not_allowed", f"{method} is not allowed on {path}; allowed: {', '.join(allow)}",
                     allowed=allow, headers={"Allow": ", ".join(allow)},
                     ko_values={"method": method, "path": path, "allow": ", ".join(allow)})
    return error(404, "no_route", f"no route for {method} {path}", ko_values={"method": method, "path": path})


def allowed_methods(path: str) -> list[str]:
    """The methods some route of this resolver serves on `path` (empty: no such path at all)."""
    # Powertools' route tables (no public accessor): each route has .rule (compiled) and .method.
    routes = [*getattr(app, "_static_routes", []), *getattr(app, "_dynamic_routes", [])]
    return sorted({route.method.upper() for route in routes if route.rule.match(path)})


@app.exception_handler(Exception)
def on_unexpected(exc: Exception) -> Response:
    if local_stack_down(exc):
        logger.warning("the local AWS emulator is not reachable", extra={"error": str(exc)})
        return error(503, "local_stack_not_running",
                     "the local stack is not running: start it with `make dev` in another terminal, then retry")
    logger.exception("unexpected error")
    return error(500, "internal_error", "the service failed; retry later")


def local_stack_down(exc: Exception) -> bool:
    """On the local stage a refused connection to the emulator means `make dev` is not running."""
    if settings().stage != "local":
        return False
    from botocore.exceptions import EndpointConnectionError

    return isinstance(exc, EndpointConnectionError)


# ------------------------------------------------------------------ entry
def handle(event: dict[str, Any], context: Any) -> dict[str, Any]:
    """Resolve an HTTP API event; oversized and non-JSON bodies are refused before parsing."""
    body = event.get("body") or ""
    headers = {str(k).lower(): v for k, v in (event.get("headers") or {}).items()}
    lang = language_of(headers.get("accept-language"))
    size = len(body.encode()) if isinstance(body, str) else 0
    if event.get("isBase64Encoded"):
        size = size * 3 // 4
    if size > MAX_BODY_BYTES:
        return error_json(413, error_body("body_too_large", f"the body must be at most {MAX_BODY_BYTES} bytes",
                                          lang=lang, allowed={"max_bytes": MAX_BODY_BYTES}), lang)
    if body and not is_json_media_type(headers.get("content-type")):
        lang = language_of(headers.get("accept-language"), body_language(body))
        return error_json(415, error_body("unsupported_media_type", "Content-Type must be application/json",
                                          lang=lang, allowed=["application/json"],
                                          fields=[{"field": "content-type", "allowed": ["application/json"],
                                                   "problem": "Content-Type은 application/json이어야 합니다"
                                                   if lang == "ko" else "must be application/json"}]),
                          lang, {"Accept": "application/json"})
    try:
        return app.resolve(event, context)
    except Exception:  # last line of defence: never let the runtime see an exception
        logger.exception("resolver failed")
        return error_json(500, error_body("internal_error", "the service failed; retry later", lang=lang), lang)


def is_json_media_type(content_type: str | None) -> bool:
    """application/json (any parameters, e.g. charset) or a +json type."""
    media = (content_type or "").split(";")[0].strip().lower()
    return media == "application/json" or (media.startswith("application/") and media.endswith("+json"))
