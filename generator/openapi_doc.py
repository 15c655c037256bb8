"""The OpenAPI 3.1 document of the HTTP API: what Powertools generates from the routes, completed with what the
routes send (they return `Response` objects, so the resolver cannot see their bodies): response schemas for every
route and status, query parameters, response headers, the Korean difficulty labels, limits, readable operation
ids and the JWT security scheme. `openapi-spec-validator` accepts it (tests/functional/test_openapi.py), and
`openapi-typescript` turns it into the types the web client is checked against.

Imported only when GET /openapi.json is served, so the poll routes never pay for these models.
"""
from __future__ import annotations

import json
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic.json_schema import models_json_schema

from generator.jobs.model import MAX_BODY_BYTES, MAX_PROMPT_CHARS, MAX_SEED
from generator.problems.schema import DIFFICULTY_ALIASES, Constraint, Limits, Sample, Statement

Status = Literal["queued", "running", "succeeded", "failed", "cancelled"]
Difficulty = Literal["tutorial", "easy", "medium", "hard"]
BatchStatus = Literal["running", "succeeded", "partial", "failed"]


# ------------------------------------------------------------------ response bodies
class ErrorField(BaseModel):
    field: str = Field(description="The request field (or header, query or path parameter) that is wrong")
    problem: str = Field(description="What is wrong, in the response's language")
    allowed: Any = Field(default=None, description="What would be accepted: values, a range or a pattern")


class ErrorDetail(BaseModel):
    code: str = Field(description="Stable machine-readable code, e.g. invalid_request, job_not_found")
    message: str = Field(description="Human-readable, Korean or English (Accept-Language, else the body's language)")
    fields: list[ErrorField] = Field(description="One entry per wrong field; empty when no field is at fault")
    allowed: Any = Field(default=None, description="What would be accepted, when the error is about one value")


class Error(BaseModel):
    """The one error shape of every 4xx and 5xx answer."""

    error: ErrorDetail


class Progress(BaseModel):
    total: int
    completed: int
    failed: int


class JobErrorInfo(BaseModel):
    code: str
    message: str


class Usage(BaseModel):
    input_tokens: int
    output_tokens: int
    model_ids: list[str]


class Verification(BaseModel):
    model_config = ConfigDict(extra="allow")
    passed: bool
    time_limit_ms: int
    signature: str


class Provenance(BaseModel):
    model_config = ConfigDict(extra="allow")
    generator: str
    family: str
    seed: int


class PublicProblem(BaseModel):
    """A verified problem without hidden tests or solutions (those are only in GET /jobs/{job_id}/result)."""

    index: int = Field(ge=0, description="Position in the job, from 0")
    schema_version: str
    id: str
    title: str
    difficulty: Difficulty
    language: Literal["ko", "en"]
    tags: list[str]
    statement: Statement = Field(description="Markdown with TeX math ($...$)")
    constraints: list[Constraint]
    limits: Limits
    samples: list[Sample]
    checker: dict[str, Any]
    provenance: Provenance
    verification: Verification


class JobRequestEcho(BaseModel):
    prompt: str
    difficulty: Difficulty
    count: int
    language: Literal["ko", "en"]
    seed: int
    provider: Literal["offline", "bedrock", "gemini"]


class Failure(BaseModel):
    index: int
    code: str | None = None
    message: str | None = None


class JobLinks(BaseModel):
    self: str
    problems: str
    result: str


class JobSnapshot(BaseModel):
    """The job as one S3 object: progress, the first finished problems, and how it ended."""

    job_id: str = Field(pattern="^[0-9a-f]{32}$")
    status: Status
    stage: str
    family: str | None
    request: JobRequestEcho
    progress: Progress
    problems: list[PublicProblem]
    problems_next_cursor: str | None = Field(description="More finished problems: GET /jobs/{job_id}/problems?cursor=")
    failures: list[Failure]
    usage: Usage
    messages: list[str]
    error: JobErrorInfo | None
    created_at: str
    updated_at: str
    started_at: str | None
    finished_at: str | None
    expires_at: str
    links: JobLinks
    result_url: str | None = Field(default=None, description="Presigned URL of the full artifact, once succeeded")
    batch_id: str | None = None


class ProblemsPage(BaseModel):
    job_id: str
    status: Status
    progress: Progress
    problems: list[PublicProblem]
    next_cursor: str | None


class JobSummary(BaseModel):
    job_id: str
    status: Status
    stage: str
    family: str | None
    request: JobRequestEcho
    progress: Progress
    created_at: str
    updated_at: str
    finished_at: str | None
    expires_at: str
    error: JobErrorInfo | None


class JobList(BaseModel):
    jobs: list[JobSummary]
    next_cursor: str | None
    has_more: bool


class BatchSummary(BaseModel):
    model_config = ConfigDict(extra="allow")
    batch_id: str
    name: str
    description: str
    status: BatchStatus | str
    fired_at: str
    created_at: str
    updated_at: str
    finished_at: str | None
    jobs: dict[str, int]
    problems: dict[str, int]
    links: dict[str, str]


class BatchList(BaseModel):
    batches: list[BatchSummary]
    next_cursor: str | None
    has_more: bool


class BatchExport(BaseModel):
    key: str
    format: Literal["jsonl"]
    problems: int
    bytes: int
    written_at: str
    url: str | None


class BatchView(BatchSummary):
    items: list[dict[str, Any]]
    export: BatchExport | None


class DifficultyOption(BaseModel):
    value: Difficulty
    ko: str = Field(description="The Korean label, accepted in requests too")
    en: str


class ConfigLimits(BaseModel):
    max_count: int = Field(description="Largest `count` of a job")
    prompt_max_chars: int
    body_max_bytes: int
    page_limit_max: int = Field(description="Largest `limit` of GET /jobs/{job_id}/problems")


class ClientConfig(BaseModel):
    """What a client needs to build its form: usable generators, limits, languages, difficulties."""

    providers: list[Literal["offline", "bedrock", "gemini"]] = Field(description="Generators this deployment serves")
    languages: list[Literal["ko", "en"]]
    difficulties: list[DifficultyOption]
    limits: ConfigLimits
    defaults: dict[str, Any]


class Topic(BaseModel):
    model_config = ConfigDict(extra="allow")
    name: str
    title: dict[str, str] = Field(description="By language: en, ko")
    group: str | None = None
    tags: list[str] = []
    difficulties: dict[str, int] = Field(description="Tasks per difficulty")
    examples: Any = Field(default=None, description="Example prompts (per language)")


class Focus(BaseModel):
    name: str = Field(description="topic:focus, the family a prompt naming the focus is routed to")
    title: dict[str, str] = Field(description="By language: en, ko")
    difficulties: dict[str, int] = Field(description="The focus's tasks per difficulty")


class TopicWithFocuses(Topic):
    focuses: list[Focus] = Field(default=[], description="Techniques inside the topic that only some of its tasks "
                                                        "practise; a prompt naming one is served those tasks")


class Area(Topic):
    members: list[str] = Field(description="The topics whose tasks the area serves, taken in turn")


class TopicList(BaseModel):
    """The offline catalog, for prompt suggestions."""

    topics: list[TopicWithFocuses]
    areas: list[Area] = Field(default=[], description="Broad fields (\"DP\", \"math\"): prompts naming no topic")


class OpenApiDocument(BaseModel):
    model_config = ConfigDict(extra="allow")
    openapi: str


RESPONSE_MODELS: list[type[BaseModel]] = [Error, JobSnapshot, ProblemsPage, JobList, BatchList, BatchView,
                                          ClientConfig, TopicList, OpenApiDocument]

# ------------------------------------------------------------------ per-route answers
HEADERS: dict[str, dict[str, Any]] = {
    "ETag": {"description": "Version of the body; send it back as If-None-Match", "schema": {"type": "string"}},
    "Retry-After": {"description": "Seconds to wait before polling again (while not finished)",
                    "schema": {"type": "integer", "minimum": 0}},
    "Location": {"description": "Where the resource (or the result) is", "schema": {"type": "string"}},
    "Idempotent-Replayed": {"description": "true when an earlier request with this Idempotency-Key made the job",
                            "schema": {"type": "string", "enum": ["true"]}},
    "Cache-Control": {"schema": {"type": "string"}},
    "Content-Language": {"description": "Language of the error message", "schema": {"type": "string",
                                                                                     "enum": ["ko", "en"]}},
    "Allow": {"description": "The methods this path serves", "schema": {"type": "string"}},
}

# status -> (description, schema name or None for no body, headers)
Answer = tuple[str, str | None, list[str]]
NOT_FOUND: Answer = ("No such job/batch for this caller (another owner's job looks the same)", "Error",
                     ["Content-Language"])
BAD: Answer = ("Invalid request: which field is wrong and what is allowed (fields)", "Error", ["Content-Language"])

ROUTES: dict[tuple[str, str], dict[str, Any]] = {
    ("post", "/jobs"): {"operationId": "submitJob", "responses": {
        "202": ("Accepted: the job snapshot", "JobSnapshot", ["Location", "Retry-After", "ETag"]),
        "200": ("Idempotent replay: the job this Idempotency-Key made", "JobSnapshot",
                ["Location", "Retry-After", "ETag", "Idempotent-Replayed"]),
        "400": BAD,
        "409": ("The Idempotency-Key was used with a different body", "Error", ["Content-Language"]),
        "413": ("Body over 64 KB", "Error", ["Content-Language"]),
        "415": ("Content-Type is not application/json", "Error", ["Content-Language"]),
    }},
    ("get", "/jobs/{job_id}/export"): {"operationId": "getJobExport", "query": ["format"], "responses": {
        "303": ("Location: a short-lived presigned URL of the zip of Kattis packages", None,
                ["Location", "Cache-Control"]),
        "400": BAD, "404": NOT_FOUND, "409": ("The job has not succeeded (yet)", "Error", ["Content-Language"])}},
    ("get", "/topics"): {"operationId": "listTopics", "public": True, "responses": {
        "200": ("The offline catalog's topics", "TopicList", ["Cache-Control"])}},
    ("get", "/jobs"): {"operationId": "listJobs", "query": ["limit:1:100", "cursor:jobs"], "responses": {
        "200": ("The caller's jobs, newest first", "JobList", ["Cache-Control"]), "400": BAD}},
    ("get", "/jobs/{job_id}"): {"operationId": "getJob", "if_none_match": True, "responses": {
        "200": ("The snapshot", "JobSnapshot", ["ETag", "Retry-After", "Cache-Control"]),
        "304": ("If-None-Match matched the current ETag: no body", None, ["ETag", "Retry-After"]),
        "400": BAD, "404": NOT_FOUND}},
    ("delete", "/jobs/{job_id}"): {"operationId": "cancelJob", "responses": {
        "200": ("The cancelled snapshot; finished problems are kept", "JobSnapshot", []),
        "400": BAD, "404": NOT_FOUND, "409": ("The job already ended", "Error", ["Content-Language"])}},
    ("post", "/jobs/{job_id}/retry"): {"operationId": "retryJob", "responses": {
        "202": ("Queued again: finished problems kept, the rest made anew", "JobSnapshot", ["Location", "Retry-After"]),
        "200": ("Already retried and still queued: the same snapshot", "JobSnapshot",
                ["Location", "Retry-After", "Idempotent-Replayed"]),
        "400": BAD, "404": NOT_FOUND,
        "409": ("The job is queued, running or succeeded", "Error", ["Content-Language"])}},
    ("get", "/jobs/{job_id}/problems"): {"operationId": "listJobProblems", "query": ["cursor:index", "limit:1:page"],
                                         "responses": {
        "200": ("A page of finished problems", "ProblemsPage", ["Retry-After"]), "400": BAD, "404": NOT_FOUND}},
    ("get", "/jobs/{job_id}/result"): {"operationId": "getJobResult", "responses": {
        "303": ("Location: a short-lived presigned URL of the full artifact", None, ["Location", "Cache-Control"]),
        "400": BAD, "404": NOT_FOUND, "409": ("The job has not succeeded (yet)", "Error", ["Content-Language"])}},
    ("get", "/batches"): {"operationId": "listBatches", "query": ["limit:1:100", "cursor:batches", "name"],
                          "responses": {
        "200": ("Scheduled batches, newest first", "BatchList", ["Cache-Control"]), "400": BAD}},
    ("get", "/batches/{batch_id}"): {"operationId": "getBatch", "if_none_match": True, "responses": {
        "200": ("The batch", "BatchView", ["ETag", "Retry-After", "Cache-Control"]),
        "304": ("If-None-Match matched the current ETag: no body", None, ["ETag", "Retry-After"]),
        "400": BAD, "404": NOT_FOUND}},
    ("get", "/openapi.json"): {"operationId": "getOpenApi", "public": True, "responses": {
        "200": ("This document", "OpenApiDocument", [])}},
    ("get", "/config"): {"operationId": "getConfig", "public": True, "responses": {
        "200": ("Usable generators, limits, languages and difficulties", "ClientConfig", ["Cache-Control"])}},
}

# Every route may also answer these (the resolver's error handlers and the guards before it).
COMMON: dict[str, Answer] = {
    "500": ("The service failed; retry later", "Error", ["Content-Language"]),
}


def _query(spec: str, page_limit_max: int) -> dict[str, Any]:
    name, _, rest = spec.partition(":")
    if name == "limit":
        low, high = rest.split(":")
        maximum = page_limit_max if high == "page" else int(high)
        return {"name": "limit", "in": "query", "required": False,
                "description": f"Page size, 1..{maximum}",
                "schema": {"type": "integer", "minimum": int(low), "maximum": maximum}}
    if name == "cursor":
        schema: dict[str, Any] = {"type": "string"}
        if rest == "index":
            schema["pattern"] = "^[0-9]+$"
        elif rest == "jobs":
            schema["pattern"] = "^[0-9]{13}-[0-9a-f]{32}$"
        return {"name": "cursor", "in": "query", "required": False, "schema": schema,
                "description": "The next_cursor of the previous page"}
    if name == "format":
        return {"name": "format", "in": "query", "required": False,
                "schema": {"type": "string", "enum": ["kattis"], "default": "kattis"}, "description": "Export format"}
    return {"name": name, "in": "query", "required": False, "schema": {"type": "string"},
            "description": "Only batches of this name (batches.toml)"}


def _camel(name: str) -> str:
    head, *rest = [part for part in re.split(r"[^0-9A-Za-z]+", name) if part]
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _content(schema_name: str) -> dict[str, Any]:
    return {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema_name}"}}}


def complete(doc: dict[str, Any], *, max_count: int, page_limit_max: int) -> dict[str, Any]:
    """Fill in what the generated document lacks (see the module docstring). Routes added elsewhere without an
    entry in ROUTES still get a readable operation id and the error responses."""
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    for unused in ("HTTPValidationError", "ValidationError", "ResponseValidationError"):
        schemas.pop(unused, None)
    _, defs = models_json_schema([(m, "validation") for m in RESPONSE_MODELS],
                                 ref_template="#/components/schemas/{model}")
    for definition in defs.get("$defs", {}).values():
        # A field that defaults to None is one the API may leave out: no `default`, or generated clients would
        # type it as always present.
        for prop in definition.get("properties", {}).values():
            if "default" in prop and prop["default"] is None:
                del prop["default"]
    schemas.update(defs.get("$defs", {}))
    _request_model(schemas, max_count)
    doc["components"]["securitySchemes"] = {"jwt": {
        "type": "http", "scheme": "bearer", "bearerFormat": "JWT",
        "description": "The identity provider's access token (stages with `auth: jwt`); the token's `sub` owns "
                       "the jobs. Stages with auth off (local) accept requests without it."}}
    doc["security"] = [{"jwt": []}]
    doc.setdefault("info", {})["description"] = (
        "Verified competitive-programming problems through an asynchronous job API. Errors: every 4xx/5xx body "
        "is an Error; messages are Korean or English by Accept-Language.")
    for path, operations in doc["paths"].items():
        for method, operation in operations.items():
            spec = ROUTES.get((method, path), {})
            operation["operationId"] = spec.get("operationId") or _readable_id(operation["operationId"], method, path)
            if spec.get("public"):
                operation["security"] = []
            parameters = [p for p in operation.get("parameters", []) if p.get("in") != "query"]
            parameters += [_query(q, page_limit_max) for q in spec.get("query", [])]
            if spec.get("if_none_match"):
                parameters.append({"name": "If-None-Match", "in": "header", "required": False,
                                   "schema": {"type": "string"}, "description": "The ETag of the last answer seen"})
            for parameter in parameters:
                if parameter.get("in") == "path":
                    parameter["schema"] = {**parameter.get("schema", {}), **_path_pattern(parameter["name"])}
            if parameters:
                operation["parameters"] = parameters
            responses = operation.setdefault("responses", {})
            responses.pop("422", None)
            answers = dict(spec.get("responses", {}))
            # Errors declared on the route but not listed here (e.g. a quota's 429) still get the Error shape.
            for code, response in responses.items():
                if code[0] in "45" and code not in answers:
                    description = response.get("description", "")
                    headers = ["Content-Language"] + (["Retry-After"] if "Retry-After" in description else [])
                    answers[code] = (description, "Error", headers)
            if not spec and (operation.get("parameters") or operation.get("requestBody")):
                answers.setdefault("400", BAD)
            for code, (description, schema_name, headers) in {**answers, **COMMON}.items():
                response = {"description": description or "OK"}
                if schema_name:
                    response["content"] = _content(schema_name)
                if headers:
                    response["headers"] = {h: HEADERS[h] for h in headers}
                responses[code] = response
    doc["paths"] = dict(sorted(doc["paths"].items()))
    return doc


def _path_pattern(name: str) -> dict[str, Any]:
    if name == "job_id":
        return {"type": "string", "pattern": "^[0-9a-f]{32}$"}
    if name == "batch_id":
        return {"type": "string", "pattern": "^[a-z0-9_]+-[0-9]{8}T[0-9]{4}Z$"}
    return {"type": "string"}


def _readable_id(generated: str, method: str, path: str) -> str:
    """Powertools' default is <function><path with _>_<method>; keep the function name, camelCased."""
    suffix = re.sub(r"\W", "_", path) + "_" + method
    name = generated[: -len(suffix)] if generated.endswith(suffix) else generated
    return _camel(name)


def _request_model(schemas: dict[str, Any], max_count: int) -> None:
    model = schemas.get("JobRequest")
    if not model:
        return
    props = model["properties"]
    props["count"]["maximum"] = max_count
    props["count"]["description"] = f"How many problems (1..{max_count}, default 1)"
    labels = list(DIFFICULTY_ALIASES)  # English names then the Korean labels, all accepted
    props["difficulty"] = {"type": "string", "enum": labels, "default": "easy",
                           "description": "tutorial|easy|medium|hard, or the Korean labels 튜토리얼|쉬움|보통|어려움"}
    props["prompt"]["maxLength"] = MAX_PROMPT_CHARS
    props["seed"] = {"anyOf": [{"type": "integer", "minimum": 0, "maximum": MAX_SEED}, {"type": "null"}],
                     "description": ("Same seed, same problems (byte-identical), except that a time limit measured on "
                                    "a busy machine may be one step higher")}
    model["description"] = (f"Body of POST /jobs (Content-Type: application/json, at most {MAX_BODY_BYTES} bytes). "
                            "Strict: a JSON string is not a number, true is not 1, unknown fields are refused.")


def render(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
