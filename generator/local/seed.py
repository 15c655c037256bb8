"""The example job the local stack records at start, so every events/*.json works through `sls invoke local`
right away: events/status.json polls it, events/worker.json generates it (a tutorial prefix-sums job, about a
second), events/dead_letter.json fails it as if its deliveries had run out.

It is recorded as a submit would have left it, but without a queue message: only the worker event runs it.
"""
from __future__ import annotations

from datetime import timedelta
from typing import Any

from generator.jobs import keys
from generator.jobs.model import JobRequest, JobState, Progress, utcnow

EXAMPLE_JOB_ID = "0123456789abcdef0123456789abcdef"  # the job events/*.json name
EXAMPLE_OWNER = "local-user"  # settings().default_owner: the owner when auth is off


def example_job() -> JobState:
    now = utcnow()
    return JobState(job_id=EXAMPLE_JOB_ID, owner=EXAMPLE_OWNER, status="queued",
                    request=JobRequest(prompt="prefix sums", difficulty="tutorial", count=1), seed=7,
                    family="prefix_sums", progress=Progress(total=1), created_at=now, updated_at=now,
                    expires_at=now + timedelta(days=1))


def seed_example_job(s3: Any, bucket: str) -> str:
    """Record (or reset) the example job in `bucket`; returns its id."""
    s3.put_object(Bucket=bucket, Key=keys.job(EXAMPLE_JOB_ID), Body=example_job().model_dump_json().encode(),
                  ContentType="application/json")
    return EXAMPLE_JOB_ID
