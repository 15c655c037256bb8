"""Operator controls through handler.py with real-shaped events and the emulator: the kill switch (503), per-caller
limits (429 + Retry-After) and POST /jobs/{id}/retry, each answered in the API's one error shape."""
from __future__ import annotations

import json

import handler
from generator import bootstrap
from tests.functional.conftest import objects, queued
from tests.support.events import LambdaContext, http_event

BODY = {"prompt": "a DFS problem on grids", "difficulty": "tutorial", "count": 2}


def call(fn, event):
    response = fn(event, LambdaContext())
    body = json.loads(response["body"]) if response.get("body") else None
    return response["statusCode"], {k.lower(): v for k, v in (response.get("headers") or {}).items()}, body


def test_kill_switch_answers_503_with_the_operator_message_and_writes_nothing(aws, monkeypatch):
    monkeypatch.setenv("SUBMISSIONS_ENABLED", "false")
    monkeypatch.setenv("SUBMISSIONS_DISABLED_MESSAGE", "maintenance until 14:00 KST")
    bootstrap.reset()
    status, headers, body = call(handler.submit, http_event("POST", "/jobs", body=BODY))
    assert status == 503, body
    assert body["error"]["code"] == "submissions_disabled"
    assert "maintenance until 14:00 KST" in body["error"]["message"]
    assert int(headers["retry-after"]) > 0
    assert objects(aws) == [] and queued(aws) == 0


def test_limits_answer_429_with_retry_after_per_caller(aws, monkeypatch):
    monkeypatch.setenv("MAX_JOBS_IN_FLIGHT", "1")
    monkeypatch.setenv("MAX_PROBLEMS_PER_DAY", "3")
    bootstrap.reset()
    assert call(handler.submit, http_event("POST", "/jobs", body=BODY, sub="alice"))[0] == 202
    status, headers, body = call(handler.submit, http_event("POST", "/jobs", body={**BODY, "count": 1}, sub="alice"))
    assert status == 429 and body["error"]["code"] == "too_many_jobs_in_flight", body
    assert headers["retry-after"] == "30" and body["error"]["allowed"] == {"limit": 1}
    status, headers, body = call(handler.submit, http_event("POST", "/jobs", body=BODY, sub="bob"))
    assert status == 202, body  # bob has his own limits
    status, headers, body = call(handler.submit, http_event("POST", "/jobs", body=BODY, sub="alice"))
    assert status == 429 and body["error"]["code"] == "daily_problem_limit", body
    assert 0 < int(headers["retry-after"]) <= 86400


def test_retry_answers_202_then_replays_and_409_for_fresh_jobs(aws):
    status, _, job = call(handler.submit, http_event("POST", "/jobs", body=BODY))
    job_id = job["job_id"]
    status, _, body = call(handler.submit, http_event("POST", f"/jobs/{job_id}/retry"))
    assert status == 409 and body["error"]["code"] == "job_queued", body
    assert call(handler.submit, http_event("DELETE", f"/jobs/{job_id}"))[0] == 200
    status, headers, body = call(handler.submit, http_event("POST", f"/jobs/{job_id}/retry"))
    assert status == 202 and body["status"] == "queued", body
    assert headers["location"] == f"/jobs/{job_id}" and "idempotent-replayed" not in headers
    status, headers, again = call(handler.submit, http_event("POST", f"/jobs/{job_id}/retry"))
    assert status == 200 and headers["idempotent-replayed"] == "true" and again["job_id"] == job_id
    status, _, body = call(handler.submit, http_event("POST", f"/jobs/{job_id}/retry", sub="mallory"))
    assert status == 404, body
