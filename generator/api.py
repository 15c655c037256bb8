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
from generator.jobs.model import MAX_BODY_BYTES, JobRequest, JobState, is_job_id
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


def error(status: int, code: str, message: str, **extra: Any) -> Response:
    return json_response(status, {"error": {"code": code, "message": message, **extra}})


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
# Every 4xx body has this shape (see the exception handlers below); the document says so instead of the
# resolver's default 422 HTTPValidationError, which this API never sends.
ERROR_SCHEMA: dict[str, Any] = {
    "type": "object", "required": ["error"],
    "properties": {"error": {"type": "object", "required": ["code", "message"], "properties": {
        "code": {"type": "string"}, "message": {"type": "string"}, "allowed": {},
        "fields": {"type": "array", "items": {"type": "object", "properties": {
            "field": {"type": "string"}, "problem": {"type": "string"}, "allowed": {}}}}}}},
}


def openapi_document() -> dict[str, Any]:
    doc = json.loads(app.get_openapi_json_schema(title="problem-generator", version="1.0.0"))
    error = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    for operations in doc["paths"].values():
        for operation in operations.values():
            responses = operation.get("responses", {})
            responses.pop("422", None)
            for code, response in responses.items():
                if code.startswith("4"):
                    response.update(error)
            if operation.get("parameters") or operation.get("requestBody"):
                responses["400"] = {"description": "Invalid request: which field is wrong and what is allowed",
                                    **error}
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    for unused in ("HTTPValidationError", "ValidationError"):
        schemas.pop(unused, None)
    schemas["Error"] = ERROR_SCHEMA
    return doc


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
                     status=state.status)
    return Response(status_code=303, headers={"Location": url, "Cache-Control": "no-store"}, body="")


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
    return json_response(status, body, headers)


@app.get("/openapi.json", summary="This API's OpenAPI document")
def openapi():
    return json_response(200, openapi_document())


# ------------------------------------------------------------------ errors
@app.exception_handler(RequestValidationError)
def on_validation_error(exc: RequestValidationError) -> Response:
    fields = []
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ()) if p not in ("body",)]
        name = loc[0] if loc else "body"
        problem = err.get("msg", "invalid")
        if err.get("type") == "json_invalid":
            name, problem = "body", "the body is not valid JSON"
        elif err.get("type") == "extra_forbidden":
            problem = "unknown field"
        entry: dict[str, Any] = {"field": ".".join(loc) or name, "problem": problem}
        if name in ALLOWED:
            entry["allowed"] = ALLOWED[name].replace("MAX_COUNT", str(settings().max_count)) \
                if isinstance(ALLOWED[name], str) else ALLOWED[name]
        elif err.get("type") == "extra_forbidden":
            entry["allowed"] = sorted(ALLOWED)
        fields.append(entry)
    summary = "; ".join(f"{f['field']}: {f['problem']}" for f in fields)
    return error(400, "invalid_request", f"the request is invalid — {summary}", fields=fields)


@app.exception_handler(InvalidRequestError)
def on_invalid(exc: InvalidRequestError) -> Response:
    extra = {"allowed": exc.allowed} if exc.allowed is not None else {}
    return error(400, exc.code, exc.message, **extra)


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
    return error(409, exc.code, exc.message)


@app.not_found
def on_no_route(exc: Exception) -> Response:
    path = app.current_event.path
    segments = path.strip("/").split("/")
    if segments[0] == "jobs" and len(segments) >= 2 and not is_job_id(segments[1]):
        return error(400, "malformed_job_id", "job_id must be 32 lowercase hexadecimal characters",
                     allowed="^[0-9a-f]{32}$")
    return error(404, "no_route", f"no route for {app.current_event.http_method} {path}")


@app.exception_handler(Exception)
def on_unexpected(exc: Exception) -> Response:
    logger.exception("unexpected error")
    return error(500, "internal_error", "the service failed; retry later")


# ------------------------------------------------------------------ entry
def handle(event: dict[str, Any], context: Any) -> dict[str, Any]:
    """Resolve an HTTP API event; oversized bodies are refused before parsing."""
    body = event.get("body") or ""
    size = len(body.encode()) if isinstance(body, str) else 0
    if event.get("isBase64Encoded"):
        size = size * 3 // 4
    if size > MAX_BODY_BYTES:
        return {
            "statusCode": 413,
            "headers": {"Content-Type": "application/json"},
            "body": json.dumps({"error": {"code": "body_too_large",
                                          "message": f"the body must be at most {MAX_BODY_BYTES} bytes",
                                          "allowed": {"max_bytes": MAX_BODY_BYTES}}}),
        }
    try:
        return app.resolve(event, context)
    except Exception:  # last line of defence: never let the runtime see an exception
        logger.exception("resolver failed")
        return {"statusCode": 500, "headers": {"Content-Type": "application/json"},
                "body": json.dumps({"error": {"code": "internal_error", "message": "the service failed; retry later"}})}
