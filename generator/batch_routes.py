"""GET /batches and GET /batches/{batch_id} as plain functions: (service, arguments) -> (status, body, headers).

The HTTP layer (generator/api.py) only registers them and serialises the answer; a `None` body means an empty
one (304). Errors use the API's shape: {"error": {"code", "message", "allowed"?}}.

Batches are service-wide (fired by the schedule, owned by the spec's `owner`): any caller the API admits may
read them; with JWT auth on, only authenticated callers reach these routes.
"""
from __future__ import annotations

from typing import Any

from generator.batches import (
    BATCH_ID_RE,
    CURSOR_RE,
    FINAL,
    NAME_RE,
    BatchNotFoundError,
    BatchService,
    batch_summary,
    batch_view,
    is_batch_id,
)
from generator.etags import etag_of, if_none_match_tags

Answer = tuple[int, dict[str, Any] | None, dict[str, str]]
LIST_LIMIT_DEFAULT = 20
LIST_LIMIT_MAX = 100


def _error(status: int, code: str, message: str, **extra: Any) -> Answer:
    return status, {"error": {"code": code, "message": message, **extra}}, {}


def get_batch(service: BatchService, batch_id: str, *, if_none_match: str | None = None,
              retry_after_seconds: int = 2) -> Answer:
    """One S3 GET (the batch record); the export URL is presigned locally."""
    if not is_batch_id(batch_id):
        return _error(400, "malformed_batch_id", "batch_id must be <name>-<yyyymmddThhmmZ>, e.g. nightly-20260101T0000Z",
                      allowed=BATCH_ID_RE.pattern)
    try:
        record = service.get(batch_id)
    except BatchNotFoundError:
        return _error(404, "batch_not_found", "no batch with this id")
    view = batch_view(record, service.export_url(record))
    tag = etag_of(view)
    headers = {"ETag": tag, "Cache-Control": "no-cache"}
    if record.status not in FINAL:
        headers["Retry-After"] = str(retry_after_seconds)
    if tag in if_none_match_tags(if_none_match):
        return 304, None, headers
    return 200, view, headers


def list_batches(service: BatchService, *, cursor: str | None = None, limit: str | None = None,
                 name: str | None = None) -> Answer:
    """Newest scheduled time first, `limit` per page (1..100, default 20); `name` filters one batch name."""
    if limit in (None, ""):
        size = LIST_LIMIT_DEFAULT
    elif limit.isdigit() and 1 <= int(limit) <= LIST_LIMIT_MAX:
        size = int(limit)
    else:
        return _error(400, "invalid_limit", f"limit must be an integer from 1 to {LIST_LIMIT_MAX}",
                      allowed={"min": 1, "max": LIST_LIMIT_MAX})
    if cursor in ("",):
        cursor = None
    if cursor is not None and not CURSOR_RE.fullmatch(cursor):
        return _error(400, "invalid_cursor", "cursor must be a value returned as next_cursor")
    if name in ("",):
        name = None
    if name is not None and not NAME_RE.fullmatch(name):
        return _error(400, "invalid_name", "name must be a batch name", allowed=NAME_RE.pattern)
    records, next_cursor = service.list(cursor=cursor, limit=size, name=name)
    body = {"batches": [batch_summary(r) for r in records], "next_cursor": next_cursor,
            "has_more": next_cursor is not None}
    return 200, body, {"Cache-Control": "no-cache"}
