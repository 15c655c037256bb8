"""Builders of Lambda events and contexts, shaped like the real ones (HTTP API v2, SQS, EventBridge)."""
from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode


@dataclass
class LambdaContext:
    function_name: str = "problem-generator-test"
    memory_limit_in_mb: int = 1769
    invoked_function_arn: str = "arn:aws:lambda:us-east-1:123456789012:function:problem-generator-test"
    aws_request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    budget_ms: int = 900_000
    started: float = field(default_factory=time.monotonic)

    def get_remaining_time_in_millis(self) -> int:
        return max(0, int(self.budget_ms - (time.monotonic() - self.started) * 1000))


def http_event(method: str, path: str, *, body: Any = None, raw_body: str | None = None,
               headers: dict[str, str] | None = None, query: dict[str, str] | None = None,
               sub: str | None = None) -> dict[str, Any]:
    text = raw_body if raw_body is not None else (json.dumps(body) if body is not None else None)
    route_params = {}
    parts = path.strip("/").split("/")
    if len(parts) >= 2 and parts[0] == "jobs":
        route_params = {"job_id": parts[1]}
    event: dict[str, Any] = {
        "version": "2.0",
        "routeKey": f"{method} {path}",
        "rawPath": path,
        "rawQueryString": urlencode(query or {}),
        "headers": {"content-type": "application/json", **{k.lower(): v for k, v in (headers or {}).items()}},
        "requestContext": {
            "accountId": "123456789012", "apiId": "local", "domainName": "127.0.0.1", "stage": "$default",
            "requestId": str(uuid.uuid4()), "routeKey": f"{method} {path}", "time": "22/Nov/2026:12:00:00 +0000",
            "timeEpoch": 1795000000000,
            "http": {"method": method, "path": path, "protocol": "HTTP/1.1", "sourceIp": "127.0.0.1",
                     "userAgent": "pytest"},
        },
        "pathParameters": route_params or None,
        "isBase64Encoded": False,
    }
    if query:
        event["queryStringParameters"] = query
    if text is not None:
        event["body"] = text
    if sub is not None:
        event["requestContext"]["authorizer"] = {"jwt": {"claims": {"sub": sub}, "scopes": None}}
    return event


def sqs_event(body: dict[str, Any] | str, *, receive_count: int = 1, queue_arn: str = "arn:aws:sqs:us-east-1:123456789012:q") -> dict[str, Any]:
    return {"Records": [{
        "messageId": str(uuid.uuid4()), "receiptHandle": "rh", "body": body if isinstance(body, str) else json.dumps(body),
        "attributes": {"ApproximateReceiveCount": str(receive_count), "SentTimestamp": "1795000000000",
                       "SenderId": "AIDA", "ApproximateFirstReceiveTimestamp": "1795000000000"},
        "messageAttributes": {}, "md5OfBody": "", "eventSource": "aws:sqs", "eventSourceARN": queue_arn,
        "awsRegion": "us-east-1",
    }]}
