"""The status poll without the resolver: GET /jobs/{job_id} answered from one S3 GET with json, boto3 and this
module only (no Powertools event handler, no pydantic, no batch code), because every new status container
pays its imports on the first poll.

It answers only the common case — the caller's job, found, not stalled — and returns None for anything else
(other routes, malformed ids, missing jobs, a job whose worker is lost), which the full resolver in
generator/api.py then answers with the API's error shapes and side effects. Both paths build the view with
generator.jobs.views.snapshot_view, so they send the same body and ETag.
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any

from generator.etags import etag_of, if_none_match_tags
from generator.jobs import keys
from generator.jobs.views import TERMINAL, snapshot_view
from generator.settings import settings

PREFIX = "/jobs/"


def _owner(event: dict[str, Any], default: str) -> str:
    context = event.get("requestContext") or {}
    claims = ((context.get("authorizer") or {}).get("jwt") or {}).get("claims") or {}
    sub = claims.get("sub")
    return str(sub) if sub else default


def _job_id(event: dict[str, Any]) -> str | None:
    method = (event.get("requestContext") or {}).get("http", {}).get("method") or event.get("httpMethod")
    path = event.get("rawPath") or event.get("path") or ""
    if method != "GET" or not path.startswith(PREFIX):
        return None
    job_id = path[len(PREFIX):]
    return job_id if keys.is_job_id(job_id) else None


def try_handle(event: dict[str, Any]) -> dict[str, Any] | None:
    job_id = _job_id(event)
    if job_id is None:
        return None
    from generator.bootstrap import s3_client
    from generator.jobs.aws import S3BlobStore

    cfg = settings()
    store = S3BlobStore(s3_client(), cfg.jobs_bucket)
    found = store.get(keys.job(job_id))
    if found is None:
        return None
    snapshot = json.loads(found.body)
    if snapshot.get("owner") != _owner(event, cfg.default_owner):
        return None  # the resolver answers 404, the same as for no job
    heartbeat = snapshot.get("heartbeat_at")
    if snapshot["status"] == "running" and heartbeat and (
            datetime.now(timezone.utc) - datetime.fromisoformat(heartbeat) > timedelta(seconds=cfg.stall_seconds)):
        return None  # the service marks the lost worker's job failed
    view = snapshot_view(snapshot)
    if snapshot["status"] == "succeeded" and snapshot.get("has_result"):
        view["result_url"] = store.presign_get(keys.result(job_id), cfg.presign_seconds)
    tag = etag_of(view)
    headers = {"ETag": tag, "Cache-Control": "no-cache"}
    if snapshot["status"] not in TERMINAL:
        headers["Retry-After"] = str(cfg.retry_after_seconds)
    request_headers = {k.lower(): v for k, v in (event.get("headers") or {}).items()}
    if tag in if_none_match_tags(request_headers.get("if-none-match")):
        return {"statusCode": 304, "headers": headers, "body": "", "isBase64Encoded": False}
    return {"statusCode": 200, "headers": {"Content-Type": "application/json", **headers},
            "body": json.dumps(view, ensure_ascii=False, separators=(",", ":")), "isBase64Encoded": False}
