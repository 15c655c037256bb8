"""Scheduled batches on the embedded emulator: real S3 (conditional writes, presigned export URL) and real SQS
(the local event source mapping of tests/support/esm.py delivers one message at a time and redelivers failures).

Most tests build the services the way bootstrap does (`generator.batches.wire` over the S3/SQS adapters) and run
`JobService.work` behind a minimal SQS handler. `test_through_the_lambda_handlers` runs handler.scheduled,
handler.worker and handler.status instead (bootstrap's wiring and the /batches routes).
"""
from __future__ import annotations

import json
import threading
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

import boto3
import pytest
import requests

import handler
from generator import batch_routes, bootstrap
from generator.batches import FINAL, export_key, history_key, record_key, wire
from generator.jobs import keys
from generator.jobs.aws import S3BlobStore, SqsJobQueue
from generator.jobs.offline_maker import OfflineProblemMaker
from generator.settings import load_settings
from tests.support.esm import LocalEventSourceMapping
from tests.support.resources import create_job_resources
from tests.support.events import LambdaContext, http_event

pytestmark = pytest.mark.integration

T0 = datetime(2026, 11, 22, 18, 0, tzinfo=timezone.utc)
# Tutorial problems of the fastest families (~0.5 s each on 2 cores) keep the file well under a minute.
SPEC = """
[batches.trio]
description = "three items, one problem each"
[[batches.trio.items]]
prompt = "grid maze"
difficulty = "tutorial"
[[batches.trio.items]]
prompt = "prefix sums"
difficulty = "tutorial"
language = "ko"
[[batches.trio.items]]
prompt = "binary search"
difficulty = "tutorial"

[batches.pinned]
description = "the same seed every time: only the history keeps two firings apart"
[[batches.pinned.items]]
prompt = "grid maze"
difficulty = "tutorial"
count = 2
seed = 4242
"""
SETTINGS = {
    "WORKER_TIMEOUT_SECONDS": "60",
    "VISIBILITY_TIMEOUT_SECONDS": "30",
    "HANDOFF_MARGIN_MS": "500",
    "RETRY_AFTER_SECONDS": "1",
    "BATCH_DEDUP_DAYS": "7",
    "POWERTOOLS_SERVICE_NAME": "problem-generator",
    "POWERTOOLS_LOG_LEVEL": "WARNING",
}


def sqs_handler(jobs: Any) -> Any:
    """The worker's contract (batch size 1, failures reported per record) around JobService.work."""
    def handle(event: dict[str, Any], context: Any) -> dict[str, Any]:
        failures = []
        for record in event["Records"]:
            message = json.loads(record["body"])
            try:
                jobs.work(message["job_id"], hop=int(message.get("hop", 0)),
                          remaining_ms=context.get_remaining_time_in_millis)
            except Exception:
                failures.append({"itemIdentifier": record["messageId"]})
        return {"batchItemFailures": failures}

    return handle


class BlockingMaker(OfflineProblemMaker):
    """The offline generator, held before a chosen job's first problem until released."""

    def __init__(self) -> None:
        self.hold_job: str | None = None
        self.entered, self.release = threading.Event(), threading.Event()

    def make(self, state, index, avoid, on_stage):
        if state.job_id == self.hold_job:
            self.entered.set()
            self.release.wait(60)
        return super().make(state, index, avoid, on_stage)


class Env:
    def __init__(self, emulator: Any, bucket: str, queue_url: str, spec_path: str) -> None:
        self.emulator, self.bucket, self.queue_url, self.spec_path = emulator, bucket, queue_url, spec_path
        self.s3, self.sqs = boto3.client("s3"), boto3.client("sqs")
        self.maker = BlockingMaker()
        self.jobs, self.batches = wire(store=S3BlobStore(self.s3, bucket), queue=SqsJobQueue(self.sqs, queue_url),
                                       settings=load_settings(), maker=self.maker)
        self.esm = LocalEventSourceMapping(self.sqs, queue_url, sqs_handler(self.jobs), budget_ms=120_000)

    def finished(self, batch_id: str) -> bool:
        return self.batches.get(batch_id).status in FINAL

    def run(self, batch_id: str, esm: LocalEventSourceMapping | None = None) -> dict[str, Any]:
        (esm or self.esm).run_until(lambda: self.finished(batch_id), timeout=90)
        return batch_routes.get_batch(self.batches, batch_id)[1]

    def keys(self, prefix: str) -> list[str]:
        found = self.s3.list_objects_v2(Bucket=self.bucket, Prefix=prefix)
        return [o["Key"] for o in found.get("Contents", [])]

    def job_records(self) -> list[str]:
        return [k for k in self.keys("jobs/") if k.endswith("/job.json")]

    def queued_messages(self) -> int:
        attributes = self.sqs.get_queue_attributes(QueueUrl=self.queue_url, AttributeNames=[
            "ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"])["Attributes"]
        return int(attributes["ApproximateNumberOfMessages"]) + int(attributes["ApproximateNumberOfMessagesNotVisible"])

    def export(self, view: dict[str, Any]) -> list[dict[str, Any]]:
        response = requests.get(view["export"]["url"], timeout=10)  # the presigned URL from the batch status
        assert response.status_code == 200
        return [json.loads(line) for line in response.text.splitlines()]

    def result(self, job_id: str) -> list[dict[str, Any]]:
        body = self.s3.get_object(Bucket=self.bucket, Key=keys.result(job_id))["Body"].read()
        return json.loads(body)["problems"]


@pytest.fixture
def env(aws_env, monkeypatch, tmp_path) -> Env:
    made = create_job_resources(boto3.client("s3"), boto3.client("sqs"), "batches",
                                visibility_seconds=SETTINGS["VISIBILITY_TIMEOUT_SECONDS"], max_receives=3)
    name, queue_url = made.name, made.queue_url
    spec = tmp_path / "batches.toml"
    spec.write_text(SPEC, encoding="utf-8")
    monkeypatch.setenv("JOBS_BUCKET", name)
    monkeypatch.setenv("JOBS_QUEUE_URL", queue_url)
    monkeypatch.setenv("BATCH_SPEC_PATH", str(spec))
    for key, value in SETTINGS.items():
        monkeypatch.setenv(key, value)
    bootstrap.reset()
    yield Env(aws_env, name, queue_url, str(spec))
    bootstrap.reset()


def test_batch_of_three_items_completes_with_every_jobs_problems_in_the_export(env):
    fired = env.batches.fire("trio", T0)
    assert fired.created and len(fired.submissions) == 3 and env.queued_messages() == 3
    view = env.run(fired.record.batch_id)
    assert view["status"] == "succeeded"
    assert view["jobs"] == {"total": 3, "queued": 0, "running": 0, "succeeded": 3, "failed": 0, "cancelled": 0}
    assert view["problems"] == {"requested": 3, "generated": 3, "failed": 0}
    assert view["export"]["key"] == export_key(fired.record.batch_id)
    lines = env.export(view)
    expected = {(s["job_id"], p["id"]) for s in fired.submissions for p in env.result(s["job_id"])}
    assert {(line["job_id"], line["problem"]["id"]) for line in lines} == expected and len(lines) == 3
    assert [(line["item"], line["index"]) for line in lines] == [(0, 0), (1, 0), (2, 0)]
    for line in lines:  # the full view: hidden tests and the reference solution
        assert line["problem"]["tests"] and line["problem"]["reference_solution"]["source"]
        assert line["problem"]["verification"]["passed"] is True
    assert lines[1]["problem"]["language"] == "ko"
    head = env.s3.head_object(Bucket=env.bucket, Key=view["export"]["key"])
    assert head["ContentType"] == "application/x-ndjson" and head["ContentLength"] == view["export"]["bytes"]


def test_the_same_scheduled_event_twice_creates_one_batch_and_one_set_of_jobs(env):
    first = env.batches.fire("trio", T0)
    again = env.batches.fire("trio", T0 + timedelta(seconds=40))  # the same scheduled minute
    assert not again.created and again.submissions == []
    # Two more copies at once (EventBridge duplicates can arrive together, and Lambda retries a failed firing).
    results: list[Any] = []
    threads = [threading.Thread(target=lambda: results.append(env.batches.fire("trio", T0))) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert [r.created for r in results] == [False, False]
    assert len(env.job_records()) == 3 and env.queued_messages() == 3
    assert [k for k in env.keys("batches/") if k.endswith("/batch.json")] == [record_key(first.record.batch_id)]
    assert len(env.keys("batches/_index/all/")) == len(env.keys("batches/_index/by-name/trio/")) == 1
    view = env.run(first.record.batch_id)
    assert view["status"] == "succeeded" and view["jobs"]["total"] == 3
    assert len(env.esm.deliveries) == 3  # one delivery per job: no duplicate messages were sent
    _, listing, _ = batch_routes.list_batches(env.batches)
    assert [b["batch_id"] for b in listing["batches"]] == [first.record.batch_id]


def test_status_counts_are_right_while_jobs_run_and_after(env):
    fired = env.batches.fire("trio", T0)
    batch_id = fired.record.batch_id

    def counts() -> dict[str, int]:
        env.emulator.clear_requests()
        status, view, headers = batch_routes.get_batch(env.batches, batch_id)
        s3_calls = [r["operation"] for r in env.emulator.requests(service="s3")]
        assert status == 200 and s3_calls == ["GetObject"], s3_calls  # one S3 GET per poll
        assert ("Retry-After" in headers) == (view["status"] not in FINAL)
        return view["jobs"]

    assert counts() == {"total": 3, "queued": 3, "running": 0, "succeeded": 0, "failed": 0, "cancelled": 0}
    env.esm.poll_once()
    assert counts() == {"total": 3, "queued": 2, "running": 0, "succeeded": 1, "failed": 0, "cancelled": 0}
    message = env.esm.receive()
    env.maker.hold_job = json.loads(message["Body"])["job_id"]
    worker = threading.Thread(target=env.esm.deliver, args=(message,))
    worker.start()
    try:
        assert env.maker.entered.wait(30)
        assert counts() == {"total": 3, "queued": 1, "running": 1, "succeeded": 1, "failed": 0, "cancelled": 0}
        assert batch_routes.get_batch(env.batches, batch_id)[1]["status"] == "running"
    finally:
        env.maker.release.set()
        worker.join(60)
    assert counts() == {"total": 3, "queued": 1, "running": 0, "succeeded": 2, "failed": 0, "cancelled": 0}
    env.run(batch_id)
    assert counts() == {"total": 3, "queued": 0, "running": 0, "succeeded": 3, "failed": 0, "cancelled": 0}


def test_a_repeat_within_the_window_is_avoided(env):
    def signatures(when: datetime) -> list[str]:
        batch_id = env.batches.fire("pinned", when).record.batch_id
        return [line["problem"]["verification"]["signature"] for line in env.export(env.run(batch_id))]

    first = signatures(T0)
    second = signatures(T0 + timedelta(days=1))  # same seed: without the history these would be the same problems
    assert len(set(first)) == len(set(second)) == 2 and not set(first) & set(second)
    history = json.loads(env.s3.get_object(Bucket=env.bucket, Key=history_key("pinned"))["Body"].read())
    assert [(e["batch_id"], len(e["signatures"])) for e in history["entries"]] == [
        ("pinned-20261122T1800Z", 2), ("pinned-20261123T1800Z", 2)]
    assert sorted(history["entries"][0]["signatures"]) == sorted(first)
    # Outside the window (BATCH_DEDUP_DAYS=7) the same problems may come back: see tests/unit/test_batches.py.


def test_through_the_lambda_handlers(env):
    event = {"batch": "trio", "time": "2026-11-22T18:00:00Z", "event_id": str(uuid.uuid4()),
             "rule": "arn:aws:events:us-east-1:123456789012:rule/problem-generator-local-batch-trio"}
    first = handler.scheduled(event, LambdaContext())
    again = handler.scheduled(event, LambdaContext())  # the same event delivered twice
    assert first["batch_id"] == again["batch_id"] == "trio-20261122T1800Z"
    assert first["created"] is True and again["created"] is False
    assert [j["job_id"] for j in first["jobs"]] == [j["job_id"] for j in again["jobs"]]
    assert len(env.job_records()) == 3 and env.queued_messages() == 3
    esm = LocalEventSourceMapping(env.sqs, env.queue_url, handler.worker, budget_ms=120_000)

    def status() -> dict[str, Any]:
        response = handler.status(http_event("GET", f"/batches/{first['batch_id']}"), LambdaContext())
        assert response["statusCode"] == 200, response
        return json.loads(response["body"])

    esm.run_until(lambda: status()["status"] in FINAL, timeout=90)
    view = status()
    assert view["status"] == "succeeded" and view["jobs"]["succeeded"] == 3
    assert len(env.export(view)) == 3
    listing = handler.status(http_event("GET", "/batches", query={"limit": "5"}), LambdaContext())
    assert [b["batch_id"] for b in json.loads(listing["body"])["batches"]] == [first["batch_id"]]
    # Configuration errors are answered (a retry cannot fix them) and write nothing.
    unknown = handler.scheduled({"batch": "nope", "time": "2026-11-22T18:00:00Z"}, LambdaContext())
    assert unknown["error"]["code"] == "unknown_batch" and "trio" in unknown["error"]["message"]
    with open(env.spec_path, "a", encoding="utf-8") as spec:
        spec.write('[[batches.trio.items]]\nprompt = "grid maze"\ncount = "2"\n')
    bootstrap.reset()
    before = env.keys("")
    broken = handler.scheduled({**event, "time": "2026-11-23T18:00:00Z"}, LambdaContext())
    assert broken["error"]["code"] == "invalid_batch_spec"
    assert "batch 'trio': field 'items[3].count'" in broken["error"]["message"]
    assert env.keys("") == before
