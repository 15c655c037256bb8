"""Per-caller limits and POST /jobs/{id}/retry over real HTTP (serverless-offline) on the local stack, with the
queue-triggered worker: 429 + Retry-After, then a cancelled job resumed to success by a retry."""
from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from generator.local.stack import LocalStack
from tests.integration.test_api_http import http, wait_done

pytestmark = [pytest.mark.integration, pytest.mark.e2e]
JOB = {"prompt": "a DFS problem on grids", "difficulty": "tutorial", "language": "en"}


@pytest.fixture(scope="module")
def limited_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalStack]:
    stack = LocalStack(http_port=0, lambda_port=0, emulator_port=0,
                       log_path=tmp_path_factory.mktemp("limited-stack") / "sls-offline.log",
                       offline_args=["--param=maxJobsInFlight=1", "--param=maxProblemsPerDay=6"])
    stack.start()
    try:
        yield stack
    finally:
        stack.stop()


def test_limits_429_and_retry_resumes_a_cancelled_job(limited_stack: LocalStack) -> None:
    api = limited_stack.base_url
    status, _, job = http("POST", f"{api}/jobs", {**JOB, "count": 3, "seed": 5})
    assert status == 202, job
    job_id = job["job_id"]
    status, headers, body = http("POST", f"{api}/jobs", {**JOB, "count": 1})
    assert status == 429 and body["error"]["code"] == "too_many_jobs_in_flight", body
    assert headers["retry-after"] == "30"

    status, _, cancelled = http("DELETE", f"{api}/jobs/{job_id}")
    assert status == 200 and cancelled["status"] == "cancelled", cancelled
    status, headers, retried = http("POST", f"{api}/jobs/{job_id}/retry")
    assert status == 202 and retried["status"] == "queued", retried
    assert headers["location"] == f"/jobs/{job_id}" and int(headers["retry-after"]) >= 1
    status, headers, again = http("POST", f"{api}/jobs/{job_id}/retry")
    # Still queued: the same answer, nothing changed; once the worker took it: 409 job_running.
    assert (status, headers.get("idempotent-replayed")) == (200, "true") or again["error"]["code"] == "job_running"

    final = wait_done(api, job_id)
    assert final["status"] == "succeeded" and final["progress"]["completed"] == 3, final
    status, _, body = http("POST", f"{api}/jobs/{job_id}/retry")
    assert status == 409 and body["error"]["code"] == "job_succeeded", body

    # 3 problems used today (the retry did not count again); 3 more fit, a 7th does not.
    status, _, second = http("POST", f"{api}/jobs", {**JOB, "count": 3})
    assert status == 202, second
    status, headers, body = http("POST", f"{api}/jobs", {**JOB, "count": 1})
    assert status == 429 and body["error"]["code"] == "daily_problem_limit", body
    assert 0 < int(headers["retry-after"]) <= 86400
    http("DELETE", f"{api}/jobs/{second['job_id']}")
    time.sleep(0.5)  # let the worker notice the cancel before the stack stops
