"""Fault injection against the embedded emulator (real boto3 over HTTP, real SQS redelivery and redrive):
the at-least-once table of the reliability issue, one test per row."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time

import boto3
import pytest

import handler
from generator import bootstrap
from generator.jobs import keys
from tests.support.esm import LocalEventSourceMapping, to_record
from tests.support.resources import create_job_resources
from tests.support.events import LambdaContext, http_event

pytestmark = pytest.mark.integration

VISIBILITY = 4
MAX_RECEIVES = 3
SETTINGS = {
    "WORKER_TIMEOUT_SECONDS": "3",
    "LEASE_GRACE_SECONDS": "1",
    "VISIBILITY_TIMEOUT_SECONDS": str(VISIBILITY),
    "MAX_RECEIVE_COUNT": str(MAX_RECEIVES),
    "HANDOFF_MARGIN_MS": "500",
    "RETRY_AFTER_SECONDS": "1",
    # The table checks per-problem checkpoints and resume points: one problem at a time (the default follows the
    # host's vCPUs).
    "JOB_CONCURRENCY": "1",
    "POWERTOOLS_SERVICE_NAME": "problem-generator",
    "POWERTOOLS_LOG_LEVEL": "WARNING",
}
JOB = {"prompt": "미로 최단 거리", "difficulty": "tutorial", "count": 3, "language": "ko", "seed": 7}


class Env:
    def __init__(self, emulator, bucket: str, queue_url: str, dlq_url: str) -> None:
        self.emulator = emulator
        self.bucket = bucket
        self.queue_url = queue_url
        self.dlq_url = dlq_url
        self.s3 = boto3.client("s3")
        self.sqs = boto3.client("sqs")
        self.esm = LocalEventSourceMapping(self.sqs, queue_url, handler.worker, budget_ms=120_000)
        self.dlq_esm = LocalEventSourceMapping(self.sqs, dlq_url, handler.dead_letter)

    def submit(self, body: dict | None = None) -> str:
        response = handler.submit(http_event("POST", "/jobs", body=body or JOB), LambdaContext())
        assert response["statusCode"] == 202, response
        return json.loads(response["body"])["job_id"]

    def status(self, job_id: str) -> dict:
        response = handler.status(http_event("GET", f"/jobs/{job_id}"), LambdaContext())
        return json.loads(response["body"])

    def problem_keys(self, job_id: str) -> list[str]:
        found = self.s3.list_objects_v2(Bucket=self.bucket, Prefix=f"jobs/{job_id}/problems/")
        return [o["Key"] for o in found.get("Contents", [])]

    def result(self, job_id: str) -> list[dict]:
        body = json.loads(self.s3.get_object(Bucket=self.bucket, Key=keys.result(job_id))["Body"].read())
        return [{k: v for k, v in p.items() if k != "id"} for p in body["problems"]]

    def done(self, job_id: str) -> bool:
        return self.status(job_id)["status"] in ("succeeded", "failed", "cancelled")

    def recorded_completed(self, job_id: str) -> int:
        """Problems the snapshot records as done, read straight from S3 (no status-poll side effects)."""
        body = self.s3.get_object(Bucket=self.bucket, Key=keys.job(job_id))["Body"].read()
        return json.loads(body)["progress"]["completed"]

    def worker_env(self) -> dict[str, str]:
        return {**os.environ}


@pytest.fixture
def env(aws_env, monkeypatch) -> Env:
    made = create_job_resources(boto3.client("s3"), boto3.client("sqs"), "faults",
                                visibility_seconds=VISIBILITY, max_receives=MAX_RECEIVES)
    name, queue_url, dlq_url = made.name, made.queue_url, made.dead_letter_queue_url
    monkeypatch.setenv("JOBS_BUCKET", name)
    monkeypatch.setenv("JOBS_QUEUE_URL", queue_url)
    for key, value in SETTINGS.items():
        monkeypatch.setenv(key, value)
    bootstrap.reset()
    yield Env(aws_env, name, queue_url, dlq_url)
    bootstrap.reset()


def clean_result(env: Env) -> list[dict]:
    job_id = env.submit()
    env.esm.run_until(lambda: env.done(job_id), timeout=120)
    assert env.status(job_id)["status"] == "succeeded"
    return env.result(job_id)


def test_same_message_three_times_concurrently(env):
    reference = clean_result(env)
    job_id = env.submit()
    message = env.esm.receive()
    event = {"Records": [to_record(message, env.esm.queue_arn)]}
    results: list[dict] = []
    threads = [threading.Thread(target=lambda: results.append(handler.worker(event, LambdaContext()))) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    failures = sum(len(r["batchItemFailures"]) for r in results)
    assert failures == 2, results  # two duplicates found the lease held and asked SQS to retry later
    final = env.status(job_id)
    assert final["status"] == "succeeded" and final["progress"]["completed"] == 3
    assert len(env.problem_keys(job_id)) == 3
    assert [p["index"] for p in final["problems"]] == [0, 1, 2]
    assert env.result(job_id) == reference
    # The redelivered duplicates find a finished job and are acknowledged.
    env.esm.run_until(lambda: env.sqs.get_queue_attributes(
        QueueUrl=env.queue_url, AttributeNames=["ApproximateNumberOfMessagesNotVisible", "ApproximateNumberOfMessages"]
    )["Attributes"] == {"ApproximateNumberOfMessagesNotVisible": "0", "ApproximateNumberOfMessages": "0"}, timeout=30)


def test_crash_by_exception_resumes_at_next_problem(env):
    reference = clean_result(env)
    job_id = env.submit()
    # Every write of problem 2's checkpoint fails (after botocore's retries): the delivery fails after 1 and 2.
    env.emulator.inject(service="s3", operation="PutObject", path_contains=f"{job_id}/problems/00002",
                        status=500, code="InternalError", count=0)
    env.esm.poll_once()
    assert env.esm.deliveries[-1].failed
    assert env.status(job_id)["progress"]["completed"] == 2
    env.emulator.clear_faults()
    env.esm.run_until(lambda: env.done(job_id), timeout=60)
    final = env.status(job_id)
    assert final["status"] == "succeeded" and final["progress"]["completed"] == 3
    assert env.result(job_id) == reference
    assert any("resuming at problem 3" in m for m in final["messages"]), final["messages"]


def test_killed_worker_process_resumes_at_next_problem(env):
    reference = clean_result(env)
    job_id = env.submit()
    message = env.esm.receive()
    event = json.dumps({"Records": [to_record(message, env.esm.queue_arn)]})
    code = ("import json, sys, handler; from tests.support.events import LambdaContext; "
            "handler.worker(json.loads(sys.stdin.read()), LambdaContext())")
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, env=env.worker_env(),
                            start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    proc.stdin.write(event.encode())
    proc.stdin.close()
    deadline = time.monotonic() + 60
    # The snapshot is read from S3, not through GET /jobs/{id}: with this table's 3 s lease, a cold worker process
    # on a loaded machine can take longer than the stall window on its first problem, and a status poll would then
    # (rightly) declare it lost before the kill this row is about.
    while env.recorded_completed(job_id) < 1:
        assert time.monotonic() < deadline and proc.poll() is None
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)  # no cleanup, no lease release: like a Lambda killed mid-job
    proc.wait()
    mid = env.status(job_id)
    assert mid["status"] == "running" and mid["progress"]["completed"] >= 1
    env.esm.run_until(lambda: env.done(job_id), timeout=90)
    final = env.status(job_id)
    assert final["status"] == "succeeded" and final["progress"]["completed"] == 3
    assert len(env.problem_keys(job_id)) == 3
    assert env.result(job_id) == reference


def test_poison_message_goes_to_dlq_and_job_fails_with_reason(env):
    job_id = env.submit()
    env.emulator.inject(service="s3", operation="PutObject", path_contains=f"{job_id}/problems/", status=500,
                        code="InternalError", count=0)
    dlq_count = lambda: int(env.sqs.get_queue_attributes(  # noqa: E731
        QueueUrl=env.dlq_url, AttributeNames=["ApproximateNumberOfMessages"])["Attributes"]["ApproximateNumberOfMessages"])
    env.esm.run_until(lambda: dlq_count() == 1, timeout=120)
    assert len(env.esm.deliveries) == MAX_RECEIVES and all(d.failed for d in env.esm.deliveries)
    assert env.status(job_id)["status"] in ("queued", "running")  # not yet surfaced: the DLQ consumer does it
    env.dlq_esm.poll_once()
    final = env.status(job_id)
    assert final["status"] == "failed" and final["error"]["code"] == "delivery_exhausted"
    assert f"{MAX_RECEIVES} deliveries" in final["error"]["message"]


def test_worker_that_never_returns_is_failed_after_lease(env):
    job_id = env.submit()
    message = env.esm.receive()
    code = ("import json, sys, handler; from tests.support.events import LambdaContext; "
            "handler.worker(json.loads(sys.stdin.read()), LambdaContext())")
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, env=env.worker_env(),
                            start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    proc.stdin.write(json.dumps({"Records": [to_record(message, env.esm.queue_arn)]}).encode())
    proc.stdin.close()
    deadline = time.monotonic() + 60
    while env.status(job_id)["status"] != "running":
        assert time.monotonic() < deadline
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    env.sqs.delete_message(QueueUrl=env.queue_url, ReceiptHandle=message["ReceiptHandle"])  # never redelivered
    assert env.status(job_id)["status"] == "running"
    stall = 3 + 1 + VISIBILITY  # worker timeout + lease grace + visibility timeout
    time.sleep(stall + 1)
    final = env.status(job_id)
    assert final["status"] == "failed" and final["error"]["code"] == "worker_lost"


def test_long_job_continues_across_invocations_with_bounded_hops(env, monkeypatch):
    # Each invocation's budget is just above the hand-off margin: it makes one problem, then hands on.
    monkeypatch.setenv("HANDOFF_MARGIN_MS", "100000")
    monkeypatch.setenv("MAX_HOPS", "10")
    bootstrap.reset()
    reference = clean_result(env)
    job_id = env.submit()
    env.esm.run_until(lambda: env.done(job_id), timeout=120, budget_ms=100_001)
    final = env.status(job_id)
    assert final["status"] == "succeeded" and final["progress"]["completed"] == 3
    hops = [json.loads(d.body).get("hop", 0) for d in env.esm.deliveries[-3:]]
    assert hops == [0, 1, 2]  # one invocation per problem, each a continuation of the last
    assert any("continuing in invocation 3" in m for m in final["messages"])
    assert env.result(job_id) == reference


def test_too_many_hops_is_bounded(env, monkeypatch):
    monkeypatch.setenv("HANDOFF_MARGIN_MS", "100000")
    monkeypatch.setenv("MAX_HOPS", "1")
    bootstrap.reset()
    job_id = env.submit()
    env.esm.run_until(lambda: env.done(job_id), timeout=120, budget_ms=100_001)
    final = env.status(job_id)
    assert final["status"] == "failed" and final["error"]["code"] == "too_many_handoffs"
    assert final["progress"]["completed"] >= 1  # finished problems are kept


def test_cancel_mid_job_keeps_finished_problems(env):
    job_id = env.submit({**JOB, "count": 6})
    worker = threading.Thread(target=lambda: env.esm.run_until(lambda: env.done(job_id), timeout=120))
    worker.start()
    deadline = time.monotonic() + 60
    while (snapshot := env.status(job_id))["progress"]["completed"] < 1:
        # A job that ended before its first problem (failed) can never be cancelled mid-way: say so, not "timeout".
        assert snapshot["status"] in ("queued", "running"), snapshot
        assert time.monotonic() < deadline, snapshot
        time.sleep(0.05)
    response = handler.submit(http_event("DELETE", f"/jobs/{job_id}"), LambdaContext())
    assert response["statusCode"] == 200
    at_cancel = json.loads(response["body"])["progress"]["completed"]
    worker.join(60)
    final = env.status(job_id)
    assert final["status"] == "cancelled" and final["error"]["code"] == "cancelled"
    assert final["progress"]["completed"] == at_cancel and len(final["problems"]) == at_cancel
    assert len(env.problem_keys(job_id)) <= at_cancel + 1  # stopped within one problem
    again = handler.submit(http_event("DELETE", f"/jobs/{job_id}"), LambdaContext())
    assert again["statusCode"] == 409


def test_injected_throttling_is_retried_and_nothing_is_lost(env):
    env.emulator.inject(service="sqs", operation="SendMessage", count=2)  # ThrottlingException
    env.emulator.inject(service="s3", operation="PutObject", count=3)  # 503 SlowDown
    env.emulator.inject(service="s3", operation="GetObject", count=2)
    job_id = env.submit()
    env.esm.run_until(lambda: env.done(job_id), timeout=120)
    final = env.status(job_id)
    assert final["status"] == "succeeded" and final["progress"]["completed"] == 3
    assert all(not d.failed for d in env.esm.deliveries)  # botocore retried; no delivery failed
    throttled = [r for r in env.emulator.requests() if r.get("fault")]
    assert len(throttled) == 7, throttled
