"""Every events/*.json through `sls invoke local -s local -f <function> -p events/<function>.json` against the
running local stack (the command README shows): the real CLI, handler.py and boto3 against the emulator.

The SQS and HTTP events name job 0123456789abcdef0123456789abcdef; the test records that job in the emulator's
bucket first (a tutorial prefix-sums job, quick to generate), as a submit would have."""
from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from generator.jobs import keys
from generator.jobs.model import JobRequest, JobState, Progress, utcnow
from generator.local import stack as local
from generator.local.stack import LocalStack

pytestmark = [pytest.mark.integration, pytest.mark.e2e]

EVENTS = Path(__file__).resolve().parents[2] / "events"
JOB_ID = "0123456789abcdef0123456789abcdef"


def record_job(stack: LocalStack, status: str = "queued") -> None:
    now = utcnow()
    state = JobState(job_id=JOB_ID, owner="local-user", status=status,
                     request=JobRequest(prompt="prefix sums", difficulty="tutorial", count=1), seed=7,
                     family="prefix_sums", progress=Progress(total=1), created_at=now, updated_at=now,
                     expires_at=now + timedelta(days=1))
    stack.s3.put_object(Bucket=local.BUCKET, Key=keys.job(JOB_ID), Body=state.model_dump_json().encode())


def job(stack: LocalStack) -> dict:
    return json.loads(stack.s3.get_object(Bucket=local.BUCKET, Key=keys.job(JOB_ID))["Body"].read())


def test_every_function_has_an_event_file() -> None:
    assert sorted(p.stem for p in EVENTS.glob("*.json")) == ["dead_letter", "scheduled", "status", "submit", "worker"]


def test_submit_event(local_stack: LocalStack) -> None:
    answer = local_stack.invoke_local("submit", EVENTS / "submit.json")
    body = json.loads(answer["body"])
    assert answer["statusCode"] in (200, 202) and answer["headers"]["Location"] == f"/jobs/{body['job_id']}"
    # The job is in the emulator's bucket (the message went to its queue; the stack's worker may be running it).
    assert local_stack.s3.head_object(Bucket=local.BUCKET, Key=keys.job(body["job_id"]))


def test_status_worker_and_dead_letter_events(local_stack: LocalStack) -> None:
    record_job(local_stack)
    answer = local_stack.invoke_local("status", EVENTS / "status.json")
    assert answer["statusCode"] == 200 and json.loads(answer["body"])["status"] == "queued"

    answer = local_stack.invoke_local("worker", EVENTS / "worker.json")
    assert answer == {"batchItemFailures": []}
    done = job(local_stack)
    assert done["status"] == "succeeded" and done["progress"]["completed"] == 1

    record_job(local_stack, status="running")  # as if its worker kept failing until the message moved to the DLQ
    answer = local_stack.invoke_local("dead_letter", EVENTS / "dead_letter.json")
    assert answer == {"batchItemFailures": []}
    failed = job(local_stack)
    assert failed["status"] == "failed" and failed["error"]["code"] == "delivery_exhausted"


def test_scheduled_event_twice_makes_one_batch(local_stack: LocalStack) -> None:
    first = local_stack.invoke_local("scheduled", EVENTS / "scheduled.json")
    again = local_stack.invoke_local("scheduled", EVENTS / "scheduled.json")
    assert first["batch_id"] == again["batch_id"] == "nightly-20260101T1800Z"
    assert len(first["jobs"]) == 3 and again["created"] is False
    assert [j["job_id"] for j in again["jobs"]] == [j["job_id"] for j in first["jobs"]]
    assert not any(j["created"] for j in again["jobs"])
