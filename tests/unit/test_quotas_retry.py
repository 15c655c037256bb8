"""Operator controls on in-memory fakes: per-owner limits (jobs in flight, problems per UTC day), the submit kill
switch, POST /jobs/{id}/retry semantics, and the job/problem metrics the alarms read."""
from __future__ import annotations

import dataclasses
import json
from datetime import datetime, timezone

import pytest

from generator.jobs import keys
from generator.jobs.model import JobRequest
from generator.jobs.quotas import QuotaExceededError, SubmissionsDisabledError, quota_key, seconds_to_next_utc_day
from generator.jobs.service import InvalidRequestError, JobConflictError, JobNotFoundError, JobService, Outcome
from generator.metrics import METRIC_NAMES, MemoryMetrics
from generator.settings import load_settings
from tests.fakes import FakeClock, FakeMaker, MemoryQueue, MemoryStore

FOREVER = lambda: 10**9  # noqa: E731


def make_service(maker: FakeMaker | None = None, **overrides):
    # One problem at a time unless a test asks for waves: the default follows the host's vCPUs.
    settings = dataclasses.replace(load_settings(), **{"handoff_margin_ms": 1000, "job_concurrency": 1,
                                                       **overrides})
    store, queue, clock, metrics = MemoryStore(), MemoryQueue(), FakeClock(), MemoryMetrics()
    service = JobService(store=store, queue=queue, settings=settings, maker=maker or FakeMaker(), clock=clock,
                         metrics=metrics)
    return service, store, queue, clock, metrics


def submit(service, count=1, owner="alice", **kw):
    return service.submit(JobRequest(prompt="a DFS problem", count=count), owner=owner, **kw)


# ------------------------------------------------------------------ limits
def test_jobs_in_flight_limit_answers_retry_after_and_frees_a_slot_when_a_job_ends():
    service, store, queue, _, metrics = make_service(max_jobs_in_flight=2)
    first = submit(service).state
    submit(service)
    with pytest.raises(QuotaExceededError) as refused:
        submit(service)
    assert refused.value.code == "too_many_jobs_in_flight" and refused.value.retry_after > 0
    assert refused.value.limit == 2
    assert len(queue.messages) == 2  # the refused submit enqueued nothing and wrote no job
    assert sum(1 for k in store.objects if k.endswith("/job.json")) == 2
    submit(service, owner="bob")  # limits are per owner
    assert service.work(first.job_id, hop=0, remaining_ms=FOREVER) is Outcome.completed
    submit(service)  # the finished job no longer counts
    assert metrics.total("SubmitsRefused", reason="too_many_jobs_in_flight") == 1
    assert metrics.total("JobsSubmitted") == 4


def test_daily_problem_limit_counts_problems_per_utc_day_and_resets_at_midnight():
    service, _, _, clock, _ = make_service(max_problems_per_day=5)
    clock.now = datetime(2026, 11, 22, 23, 0, tzinfo=timezone.utc)
    submit(service, count=3)
    submit(service, count=2)
    with pytest.raises(QuotaExceededError) as refused:
        submit(service, count=1)
    assert refused.value.code == "daily_problem_limit"
    assert refused.value.retry_after == 3600  # until 00:00 UTC
    assert "0 left today" in refused.value.message
    clock.advance(3600)
    submit(service, count=5)


def test_a_count_over_the_daily_limit_is_a_400_not_a_429():
    service, store, _, _, _ = make_service(max_problems_per_day=4)
    with pytest.raises(InvalidRequestError) as refused:
        submit(service, count=5)
    assert refused.value.code == "count_out_of_range" and refused.value.allowed == {"min": 1, "max": 4}
    assert store.objects == {}


def test_idempotent_replays_and_batch_jobs_do_not_use_the_quota():
    service, store, _, _, _ = make_service(max_jobs_in_flight=1, max_problems_per_day=2)
    first = submit(service, count=2, idempotency_key="k1").state
    again = submit(service, count=2, idempotency_key="k1")
    assert not again.created and again.state.job_id == first.job_id
    submit(service, count=2, batch_id="nightly-20261122T1800Z")  # the operator's schedule: exempt
    record = json.loads(store.objects[quota_key("alice")])
    assert record == {"day": "2026-11-22", "problems": 2, "in_flight": [first.job_id]}


def test_concurrent_submits_cannot_both_take_the_last_slot():
    service, store, _, _, _ = make_service(max_jobs_in_flight=1)
    rival = submit(make_service()[0]).state  # the job of a concurrent submit by alice, still queued
    store.objects[keys.job(rival.job_id)] = rival.model_dump_json().encode()
    real_put = store.put
    raced: list[bool] = []

    def put(key, body, **kw):
        if key == quota_key("alice") and not raced:  # the rival's reservation lands between our read and write
            raced.append(True)
            real_put(key, json.dumps({"day": "2026-11-22", "problems": 1, "in_flight": [rival.job_id]}).encode())
        return real_put(key, body, **kw)

    store.put = put
    with pytest.raises(QuotaExceededError):
        submit(service)
    assert raced and json.loads(store.objects[quota_key("alice")])["in_flight"] == [rival.job_id]


def test_seconds_to_next_utc_day():
    assert seconds_to_next_utc_day(datetime(2026, 1, 1, 23, 59, 30, tzinfo=timezone.utc)) == 30
    assert seconds_to_next_utc_day(datetime(2026, 1, 1, 0, 0, tzinfo=timezone.utc)) == 86400


# ------------------------------------------------------------------ kill switch
def test_kill_switch_refuses_api_submits_with_the_operator_message_and_writes_nothing():
    service, store, queue, _, metrics = make_service(submissions_enabled=False,
                                                    submissions_disabled_message="maintenance until 14:00 KST")
    with pytest.raises(SubmissionsDisabledError) as refused:
        submit(service)
    assert "switched off" in refused.value.message and "maintenance until 14:00 KST" in refused.value.message
    assert store.objects == {} and queue.messages == []
    assert metrics.total("SubmitsRefused", reason="submissions_disabled") == 1
    submit(service, batch_id="nightly-20261122T1800Z")  # schedules have their own switches


# ------------------------------------------------------------------ retry
def test_retry_resumes_a_failed_job_keeping_finished_problems_with_a_fresh_budget():
    maker = FakeMaker(crash_at={2})
    service, store, queue, _, metrics = make_service(maker)
    job = submit(service, count=4).state
    with pytest.raises(RuntimeError):
        service.work(job.job_id, hop=0, remaining_ms=FOREVER)
    service.fail_undeliverable(job.job_id, 5)  # the DLQ consumer: delivery_exhausted
    failed = service.get(job.job_id, owner="alice")
    assert failed.status == "failed" and failed.progress.completed == 2
    maker.crash_at.clear()
    queue.messages.clear()

    retried = service.retry(job.job_id, owner="alice")
    assert retried.created
    state = retried.state
    assert state.status == "queued" and state.error is None and state.finished_at is None
    assert state.retries == 1 and state.hops == 0 and [i.index for i in state.items] == [0, 1]
    assert queue.messages == [{"job_id": job.job_id, "hop": 0}]  # a new message: a fresh receive count
    assert service.work(job.job_id, hop=0, remaining_ms=FOREVER) is Outcome.completed
    final = service.get(job.job_id, owner="alice")
    assert final.status == "succeeded" and final.progress.completed == 4
    assert maker.made == [0, 1, 2, 3]  # 0 and 1 were never made again
    assert len(json.loads(store.objects[keys.result(job.job_id)])["problems"]) == 4
    assert metrics.total("JobsRetried") == 1 and metrics.total("JobsFailed") == 1
    assert metrics.total("JobsSucceeded") == 1


def test_retry_gives_failed_problems_another_try_and_resumes_a_cancelled_job():
    maker = FakeMaker(fail_at={1})
    service, _, _, _, _ = make_service(maker)
    job = submit(service, count=3).state
    service.work(job.job_id, hop=0, remaining_ms=FOREVER)
    # A succeeded job with a failed problem cannot be retried: its result is final.
    with pytest.raises(JobConflictError) as succeeded:
        service.retry(job.job_id, owner="alice")
    assert succeeded.value.code == "job_succeeded"

    other = submit(service, count=3).state
    service.cancel(other.job_id, owner="alice")
    maker.fail_at.clear()
    state = service.retry(other.job_id, owner="alice").state
    assert state.status == "queued" and state.progress.failed == 0
    assert service.work(other.job_id, hop=0, remaining_ms=FOREVER) is Outcome.completed
    assert service.get(other.job_id, owner="alice").progress.completed == 3


def test_retry_is_idempotent_while_queued_and_409_once_running_or_for_fresh_jobs():
    service, _, queue, _, metrics = make_service()
    job = submit(service, count=2).state
    with pytest.raises(JobConflictError) as fresh:
        service.retry(job.job_id, owner="alice")
    assert fresh.value.code == "job_queued"
    service.cancel(job.job_id, owner="alice")
    first = service.retry(job.job_id, owner="alice")
    again = service.retry(job.job_id, owner="alice")
    assert first.created and not again.created and again.state.retries == 1
    assert metrics.total("JobsRetried") == 1
    assert queue.messages.count({"job_id": job.job_id, "hop": 0}) == 3  # a duplicate message is harmless
    service.work(job.job_id, hop=0, remaining_ms=lambda: 0)  # one wave, then a hand-off: still running
    assert service.get(job.job_id, owner="alice").status == "running"
    with pytest.raises(JobConflictError) as running:
        service.retry(job.job_id, owner="alice")
    assert running.value.code == "job_running"


def test_retry_is_owner_scoped_and_counts_as_a_job_in_flight():
    service, _, _, _, _ = make_service(max_jobs_in_flight=1)
    job = submit(service).state
    with pytest.raises(JobNotFoundError):
        service.retry(job.job_id, owner="mallory")
    service.cancel(job.job_id, owner="alice")
    submit(service)  # alice's only slot
    with pytest.raises(QuotaExceededError):
        service.retry(job.job_id, owner="alice")
    assert service.get(job.job_id, owner="alice").status == "cancelled"


# ------------------------------------------------------------------ metrics
def test_problem_metrics_count_outcomes_and_time_each_problem_by_difficulty():
    service, _, _, _, metrics = make_service(FakeMaker(fail_at={1}))
    job = service.submit(JobRequest(prompt="a DFS problem", count=3, difficulty="hard"), owner="alice").state
    service.work(job.job_id, hop=0, remaining_ms=FOREVER)
    assert metrics.total("ProblemsVerified") == 2 and metrics.total("ProblemsFailed") == 1
    timings = [(v, u, d) for n, v, u, d in metrics.emitted if n == "GenerationSeconds"]
    assert len(timings) == 3 and all(u == "Seconds" and d == {"difficulty": "hard"} for _, u, d in timings)
    assert {n for n, *_ in metrics.emitted} <= METRIC_NAMES
    slow = [m for (n, *_), m in zip(metrics.emitted, metrics.metadata) if n == "GenerationSeconds"]
    assert [(m["job_id"], m["index"], m["outcome"]) for m in slow] == [
        (job.job_id, 0, "ProblemsVerified"), (job.job_id, 1, "ProblemsFailed"), (job.job_id, 2, "ProblemsVerified")]


def test_powertools_sink_writes_one_emf_line_with_stage_dimension_and_metadata(capsys):
    from generator.metrics import PowertoolsMetrics

    PowertoolsMetrics(namespace="ProblemGenerator", stage="prod").emit(
        "GenerationSeconds", 1.5, unit="Seconds", dimensions={"difficulty": "hard"}, metadata={"job_id": "j1"})
    (line,) = [json.loads(x) for x in capsys.readouterr().out.splitlines() if x.strip()]
    (directive,) = line["_aws"]["CloudWatchMetrics"]
    assert directive["Namespace"] == "ProblemGenerator"
    assert set(directive["Dimensions"][0]) == {"service", "stage", "difficulty"}
    assert line["stage"] == "prod" and line["GenerationSeconds"] in (1.5, [1.5])
    assert line["job_id"] == "j1"
