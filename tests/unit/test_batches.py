"""Scheduled batches against the in-memory fakes: deterministic ids, idempotent firing, fan-out, tracking by
compare-and-swap, export, deduplication window, malformed specifications, event shapes, and the HTTP answers."""
from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from generator import batch_routes
from generator.batches import (
    BatchNotFoundError,
    BatchSpecError,
    InvalidBatchIdError,
    _key_hash,
    check_servable,
    export_key,
    history_key,
    item_idempotency_key,
    make_batch_id,
    parse_batch_id,
    parse_batches,
    record_key,
    wire,
)
from generator.jobs import keys
from generator.jobs.model import JobState
from generator.jobs.service import Outcome, ProblemFailedError
from generator.scheduled import InvalidScheduledEventError, check, parse_event
from generator.settings import load_settings
from tests.fakes import FakeClock, FakeMaker, MemoryQueue, MemoryStore, fake_problem

PROJECT = Path(__file__).resolve().parents[2]
FOREVER = lambda: 10**9  # noqa: E731
T0 = datetime(2026, 11, 22, 18, 0, tzinfo=timezone.utc)

SPEC = """
[batches.nightly]
description = "three items"
[[batches.nightly.items]]
prompt = "grid maze"
count = 2
[[batches.nightly.items]]
prompt = "prefix sums"
difficulty = "tutorial"
count = 1
language = "ko"
[[batches.nightly.items]]
prompt = "binary search"
count = 3

[batches.pinned]
[[batches.pinned.items]]
prompt = "grid maze"
count = 3
seed = 42
"""


class AvoidingMaker(FakeMaker):
    """Like the real pipeline: a draft whose signature must be avoided is regenerated with another seed."""

    def make(self, state, index, avoid, on_stage):
        if self.before:
            self.before(index)
        if index in self.fail_at:
            raise ProblemFailedError("gate_failed", f"problem {index} never verified")
        for attempt in range(5):
            problem = fake_problem(state.job_id, index, state.seed + 1_000_003 * attempt)
            if problem.verification.signature not in avoid:
                self.made.append(index)
                return problem
        raise ProblemFailedError("gate_failed", "only repeats")


class FlakyStore(MemoryStore):
    """Fails the next `fail` writes whose key contains `needle` (an S3 outage that outlived botocore's retries)."""

    def __init__(self) -> None:
        super().__init__()
        self.needle, self.fail = "", 0

    def put(self, key, body, **kw):
        if self.fail and self.needle in key:
            self.fail -= 1
            raise RuntimeError(f"injected failure writing {key}")
        return super().put(key, body, **kw)

    def put_stream(self, key, chunks, **kw):
        if self.fail and self.needle in key:
            self.fail -= 1
            raise RuntimeError(f"injected failure writing {key}")
        return super().put_stream(key, chunks, **kw)


def make(spec: str = SPEC, *, maker=None, store=None, dedup_days=None, **overrides):
    settings = dataclasses.replace(load_settings(), **{"handoff_margin_ms": 1000, **overrides})
    store, queue, clock = store or MemoryStore(), MemoryQueue(), FakeClock()
    specs = parse_batches(spec)
    jobs, batches = wire(store=store, queue=queue, settings=settings, maker=maker or AvoidingMaker(), clock=clock,
                         dedup_days=dedup_days, specs=lambda: specs)
    return jobs, batches, store, queue, clock


def run_all(jobs, queue) -> None:
    """Drain the queue like the worker does (one message at a time, in order)."""
    while queue.messages:
        message = queue.messages.pop(0)
        jobs.work(message["job_id"], hop=message["hop"], remaining_ms=FOREVER)


def job_keys_in(store) -> list[str]:
    return sorted(k for k in store.objects if k.startswith("jobs/") and k.endswith("/job.json"))


def export_lines(store, batch_id) -> list[dict]:
    return [json.loads(line) for line in store.objects[export_key(batch_id)].decode().splitlines()]


# ------------------------------------------------------------------ ids
def test_batch_id_derives_from_name_and_scheduled_minute():
    assert make_batch_id("nightly", datetime(2026, 1, 1, 0, 0, 37, tzinfo=timezone.utc)) == "nightly-20260101T0000Z"
    kst = timezone(timedelta(hours=9))
    assert make_batch_id("nightly", datetime(2026, 1, 1, 9, 5, tzinfo=kst)) == "nightly-20260101T0005Z"
    assert parse_batch_id("weekly_practice-20261231T2359Z") == ("weekly_practice",
                                                               datetime(2026, 12, 31, 23, 59, tzinfo=timezone.utc))


@pytest.mark.parametrize("bad", ["", "nightly", "nightly-20260101T0000", "Nightly-20260101T0000Z",
                                 "../x-20260101T0000Z", "nightly-20261301T0000Z", "nightly-20260101T2460Z",
                                 "a" * 41 + "-20260101T0000Z", "nightly-20260101T0000Z/../../jobs", "night ly-20260101T0000Z"])
def test_malformed_batch_ids_are_rejected_before_any_key(bad):
    with pytest.raises(InvalidBatchIdError):
        parse_batch_id(bad)
    with pytest.raises(InvalidBatchIdError):
        record_key(bad)


# ------------------------------------------------------------------ firing
def test_fire_creates_one_record_and_one_job_per_item():
    jobs, batches, store, queue, _ = make()
    fired = batches.fire("nightly", T0 + timedelta(seconds=12))
    record = fired.record
    assert fired.created and record.batch_id == "nightly-20261122T1800Z"
    assert record.status == "queued" and record.counts() == {
        "total": 3, "queued": 3, "running": 0, "succeeded": 0, "failed": 0, "cancelled": 0}
    assert [s["created"] for s in fired.submissions] == [True, True, True]
    assert len(job_keys_in(store)) == 3 and len(queue.messages) == 3
    for sub, job in zip(fired.submissions, record.jobs):
        state = JobState.model_validate_json(store.objects[keys.job(sub["job_id"])])
        assert state.batch_id == record.batch_id and state.owner == "scheduler"
        assert job.job_id == sub["job_id"] and state.request == job.request
        assert state.idempotency_key == _key_hash(item_idempotency_key(record.batch_id, job.item))
    # Seeds derive from (batch id, item): the firing is reproducible, items differ.
    assert len({j.request.seed for j in record.jobs}) == 3
    again = make()[1].fire("nightly", T0)
    assert [j.request.seed for j in again.record.jobs] == [j.request.seed for j in record.jobs]


def test_duplicate_firing_creates_nothing_new():
    jobs, batches, store, queue, _ = make()
    first = batches.fire("nightly", T0)
    objects, sent = dict(store.objects), len(queue.messages)
    second = batches.fire("nightly", T0 + timedelta(seconds=30))  # same scheduled minute
    assert not second.created and second.submissions == []
    assert [j.job_id for j in second.record.jobs] == [s["job_id"] for s in first.submissions]
    assert store.objects == objects and len(queue.messages) == sent
    other = batches.fire("nightly", T0 + timedelta(minutes=1))  # another minute is another batch
    assert other.created and other.record.batch_id == "nightly-20261122T1801Z"
    assert len(job_keys_in(store)) == 6


def test_concurrent_duplicate_firings_create_one_batch_and_one_set_of_jobs():
    jobs, batches, store, queue, _ = make()
    results, barrier = [], threading.Barrier(4)

    def fire():
        barrier.wait()
        results.append(batches.fire("nightly", T0))

    threads = [threading.Thread(target=fire) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert len(results) == 4 and sum(r.created for r in results) == 1
    assert len(job_keys_in(store)) == 3
    assert len({tuple(j.job_id for j in r.record.jobs) for r in results if r.record.submitted_at}) == 1
    assert len({m["job_id"] for m in queue.messages}) == 3  # duplicates of a queued job's message are harmless
    assert len([k for k in store.objects if k.startswith("batches/_index/all/")]) == 1


def test_firing_interrupted_part_way_is_completed_by_the_retry():
    store = FlakyStore()
    jobs, batches, _, queue, _ = make(store=store)
    store.needle, store.fail = "owners/", 1  # the second write of a job's listing entry fails
    with pytest.raises(RuntimeError):
        batches.fire("nightly", T0)
    assert batches.get("nightly-20261122T1800Z").status == "submitting"
    retried = batches.fire("nightly", T0)  # Lambda retries the async invocation
    assert not retried.created and retried.record.submitted_at is not None
    assert len(job_keys_in(store)) == 3 and all(j.job_id for j in retried.record.jobs)
    run_all(jobs, queue)
    assert batches.get(retried.record.batch_id).status == "succeeded"


def test_unservable_item_rejects_the_whole_firing_before_any_write():
    spec = SPEC + '\n[batches.bad]\n[[batches.bad.items]]\nprompt = "ok"\n[[batches.bad.items]]\nprompt = "unsupported x"\n'
    jobs, batches, store, queue, _ = make(spec)
    with pytest.raises(BatchSpecError) as err:
        batches.fire("bad", T0)
    assert "batch 'bad'" in str(err.value) and "items[1].prompt" in str(err.value)
    assert store.objects == {} and queue.messages == []


def take_messages_by_item(record, queue: MemoryQueue) -> list[dict]:
    """The firing's queued messages in item order (items are submitted in parallel, so the queue's order is not
    the items' order), taken off the queue."""
    by_job = {m["job_id"]: m for m in queue.messages}
    ordered = [by_job[job.job_id] for job in sorted(record.jobs, key=lambda j: j.item)]
    assert len(by_job) == len(queue.messages) == len(ordered)
    queue.messages.clear()
    return ordered


# ------------------------------------------------------------------ tracking
def test_counts_are_right_while_jobs_run_and_after():
    entered, release = threading.Event(), threading.Event()
    maker = AvoidingMaker()
    jobs, batches, store, queue, _ = make(maker=maker)
    record = batches.fire("nightly", T0).record
    batch_id = record.batch_id
    first, second, third = take_messages_by_item(record, queue)
    assert jobs.work(first["job_id"], hop=0, remaining_ms=FOREVER) is Outcome.completed
    view = batch_routes.get_batch(batches, batch_id)[1]
    assert view["status"] == "running"
    assert view["jobs"] == {"total": 3, "queued": 2, "running": 0, "succeeded": 1, "failed": 0, "cancelled": 0}
    assert view["problems"]["generated"] == 2 and view["export"] is None

    def block(index):
        entered.set()
        release.wait(10)

    maker.before = block
    worker = threading.Thread(target=jobs.work, args=(second["job_id"],), kwargs={"hop": 0, "remaining_ms": FOREVER})
    worker.start()
    assert entered.wait(10)
    view = batch_routes.get_batch(batches, batch_id)[1]
    assert view["jobs"] == {"total": 3, "queued": 1, "running": 1, "succeeded": 1, "failed": 0, "cancelled": 0}
    by_job = {i["job_id"]: i["status"] for i in view["items"]}
    assert [by_job[m["job_id"]] for m in (first, second, third)] == ["succeeded", "running", "queued"]
    maker.before = None
    release.set()
    worker.join(10)
    jobs.work(third["job_id"], hop=0, remaining_ms=FOREVER)
    status, view, headers = batch_routes.get_batch(batches, batch_id)
    assert status == 200 and view["status"] == "succeeded" and "Retry-After" not in headers
    assert view["jobs"] == {"total": 3, "queued": 0, "running": 0, "succeeded": 3, "failed": 0, "cancelled": 0}
    assert view["problems"] == {"requested": 6, "generated": 6, "failed": 0}


def test_poll_is_one_get_of_the_batch_record():
    jobs, batches, store, queue, _ = make()
    batch_id = batches.fire("nightly", T0).record.batch_id
    for expect_final in (False, True):
        store.calls.clear()
        status, view, headers = batch_routes.get_batch(batches, batch_id)
        assert status == 200 and store.calls == [("get", record_key(batch_id))]
        assert ("Retry-After" in headers) is not expect_final
        run_all(jobs, queue)
    assert view["export"]["url"].startswith("https://example.invalid/" + export_key(batch_id))


def test_every_job_ending_together_updates_the_record_by_compare_and_swap():
    spec = "[batches.wide]\n" + "".join(f'[[batches.wide.items]]\nprompt = "p{i}"\n' for i in range(12))
    jobs, batches, store, queue, _ = make(spec)
    batch_id = batches.fire("wide", T0).record.batch_id
    messages = list(queue.messages)
    queue.messages.clear()
    barrier = threading.Barrier(len(messages))

    def work(message):
        barrier.wait()
        jobs.work(message["job_id"], hop=0, remaining_ms=FOREVER)

    threads = [threading.Thread(target=work, args=(m,)) for m in messages]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    record = batches.get(batch_id)
    assert record.status == "succeeded" and record.counts()["succeeded"] == 12
    assert len(export_lines(store, batch_id)) == 12


# ------------------------------------------------------------------ export
def test_finished_batch_exports_every_problem_in_full():
    jobs, batches, store, queue, _ = make()
    fired = batches.fire("nightly", T0)
    run_all(jobs, queue)
    record = batches.get(fired.record.batch_id)
    lines = export_lines(store, record.batch_id)
    assert [(line["item"], line["index"]) for line in lines] == [(0, 0), (0, 1), (1, 0), (2, 0), (2, 1), (2, 2)]
    for line in lines:
        assert line["batch_id"] == record.batch_id and line["job_id"] == record.jobs[line["item"]].job_id
        assert line["problem"]["tests"] and line["problem"]["reference_solution"]["source"]  # the full view
        result = json.loads(store.objects[keys.result(line["job_id"])])
        assert line["problem"] in result["problems"]
    assert record.export.key == export_key(record.batch_id) == f"batches/{record.batch_id}/export.jsonl"
    assert record.export.problems == 6 and record.export.bytes == len(store.objects[record.export.key])
    view = batch_routes.get_batch(batches, record.batch_id)[1]
    assert view["export"]["key"] == record.export.key and view["export"]["url"]


def test_failed_and_cancelled_jobs_make_a_partial_batch_with_their_finished_problems():
    maker = AvoidingMaker(fail_at={0, 1})
    jobs, batches, store, queue, _ = make(maker=maker)
    fired = batches.fire("nightly", T0)
    first, second, third = take_messages_by_item(fired.record, queue)
    jobs.work(first["job_id"], hop=0, remaining_ms=FOREVER)  # 2 problems, both fail: the job fails
    maker.fail_at.clear()
    jobs.cancel(second["job_id"], owner=None)  # cancelled before it started
    maker.fail_at = {2}
    jobs.work(third["job_id"], hop=0, remaining_ms=FOREVER)  # 2 of 3 problems: succeeded
    record = batches.get(fired.record.batch_id)
    assert record.status == "partial"
    assert record.counts() == {"total": 3, "queued": 0, "running": 0, "succeeded": 1, "failed": 1, "cancelled": 1}
    assert [j.error for j in record.jobs] == ["no_problem_verified", "cancelled", None]
    assert [(line["item"], line["index"]) for line in export_lines(store, record.batch_id)] == [(2, 0), (2, 1)]


def test_batch_with_no_problem_fails_with_an_empty_export():
    jobs, batches, store, queue, _ = make("[batches.one]\n[[batches.one.items]]\nprompt = \"x\"\n",
                                          maker=AvoidingMaker(fail_at={0}))
    batch_id = batches.fire("one", T0).record.batch_id
    run_all(jobs, queue)
    record = batches.get(batch_id)
    assert record.status == "failed" and record.export.problems == 0 and store.objects[export_key(batch_id)] == b""


def test_an_interrupted_export_is_finished_by_the_next_hook_call_or_a_duplicate_firing():
    store = FlakyStore()
    jobs, batches, _, queue, _ = make(store=store)
    batch_id = batches.fire("nightly", T0).record.batch_id
    store.needle, store.fail = "export.jsonl", 1
    last = queue.messages[-1]["job_id"]
    with pytest.raises(RuntimeError):
        run_all(jobs, queue)
    assert batches.get(batch_id).status == "exporting"
    state = JobState.model_validate_json(store.objects[keys.job(last)])
    batches.on_job_terminal(state)  # e.g. the redelivered message (see the report: service.py change)
    record = batches.get(batch_id)
    assert record.status == "succeeded" and len(export_lines(store, batch_id)) == 6
    batches.on_job_terminal(state)  # idempotent
    assert batches.get(batch_id) == record
    # The same repair from a duplicate firing:
    store.needle, store.fail = "export.jsonl", 1
    other = batches.fire("nightly", T0 + timedelta(days=1)).record.batch_id
    with pytest.raises(RuntimeError):
        run_all(jobs, queue)
    assert batches.fire("nightly", T0 + timedelta(days=1)).record.status == "succeeded"
    assert batches.get(other).export is not None


def test_a_job_that_ends_before_the_firing_lists_it_is_matched_by_its_idempotency_key():
    jobs, batches, store, queue, _ = make()
    fired = batches.fire("nightly", T0)
    batch_id = fired.record.batch_id
    # Rewind the record to how it looked before the firing wrote the job ids (the firing "is still running").
    record = batches.get(batch_id)
    for job in record.jobs:
        job.job_id = None
    record.submitted_at, record.status = None, "submitting"
    store.objects[record_key(batch_id)] = record.model_dump_json().encode()
    run_all(jobs, queue)
    record = batches.get(batch_id)
    assert [j.status for j in record.jobs] == ["succeeded"] * 3 and record.status == "submitting"
    assert [j.job_id for j in record.jobs] == [s["job_id"] for s in fired.submissions]
    done = batches.fire("nightly", T0)  # the firing finishes: nothing new, and the batch completes
    assert done.record.status == "succeeded" and len(job_keys_in(store)) == 3


def test_status_moves_only_forward_when_hooks_arrive_late_or_twice():
    jobs, batches, store, queue, _ = make()
    batch_id = batches.fire("nightly", T0).record.batch_id
    run_all(jobs, queue)
    before = batches.get(batch_id)
    for job in before.jobs:
        state = JobState.model_validate_json(store.objects[keys.job(job.job_id)])
        batches.on_job_terminal(state)
        running = state.model_copy(update={"status": "running"})
        batches._mark_running(running)
    assert batches.get(batch_id) == before


# ------------------------------------------------------------------ no repeats
def test_a_batch_avoids_problems_of_earlier_batches_of_the_same_name_within_the_window():
    jobs, batches, store, queue, _ = make(dedup_days=7)

    def signatures(when):
        batch_id = batches.fire("pinned", when).record.batch_id
        run_all(jobs, queue)
        return [line["problem"]["verification"]["signature"] for line in export_lines(store, batch_id)]

    first = signatures(T0)
    second = signatures(T0 + timedelta(days=5))  # same pinned seed: without the history, the same problems
    assert len(set(second)) == 3 and not set(first) & set(second)
    later = signatures(T0 + timedelta(days=9))  # the first batch is out of the window; the second is in
    assert set(later) == set(first) and not set(later) & set(second)
    history = json.loads(store.objects[history_key("pinned")])
    # Entries older than the window (relative to the newest) are pruned.
    assert [e["batch_id"] for e in history["entries"]] == ["pinned-20261127T1800Z", "pinned-20261201T1800Z"]
    assert all(e["recorded_at"] and len(e["signatures"]) == 3 for e in history["entries"])


def test_other_names_and_plain_jobs_do_not_share_the_history():
    twin = SPEC + "\n[batches.twin]\n[[batches.twin.items]]\nprompt = \"grid maze\"\ncount = 3\nseed = 42\n"
    jobs, batches, store, queue, _ = make(twin, dedup_days=7)
    ids = []
    for name in ("pinned", "twin"):
        ids.append(batches.fire(name, T0).record.batch_id)
        run_all(jobs, queue)
    a, b = ([line["problem"]["verification"]["signature"] for line in export_lines(store, i)] for i in ids)
    assert a == b  # different names: repeats are allowed
    plain = jobs.submit(parse_batches(SPEC)["pinned"].items[0], owner="alice").state
    store.calls.clear()
    assert batches.history(plain) == frozenset() and store.calls == []


def test_dedup_window_of_zero_days_turns_deduplication_off():
    jobs, batches, store, queue, _ = make(dedup_days=0)
    ids = []
    for day in (0, 1):
        ids.append(batches.fire("pinned", T0 + timedelta(days=day)).record.batch_id)
        run_all(jobs, queue)
    a, b = ([line["problem"]["verification"]["signature"] for line in export_lines(store, i)] for i in ids)
    assert a == b


def test_dedup_days_explicit_beats_settings_which_come_from_the_environment(monkeypatch):
    from generator.batches import BatchService
    from generator.settings import load_settings

    monkeypatch.delenv("BATCH_DEDUP_DAYS", raising=False)
    assert BatchService(store=MemoryStore(), settings=load_settings()).dedup_days == 30
    monkeypatch.setenv("BATCH_DEDUP_DAYS", "3")
    assert BatchService(store=MemoryStore(), settings=load_settings()).dedup_days == 3
    assert BatchService(store=MemoryStore(), settings=load_settings(), dedup_days=0).dedup_days == 0


def test_history_writes_are_compare_and_swap():
    jobs, batches, store, queue, _ = make(dedup_days=30)
    record = batches.fire("pinned", T0).record
    real_put = store.put
    raced = []

    def racing_put(key, body, **kw):
        if key == history_key("pinned") and not raced:
            raced.append(key)  # another batch of the same name records its entry first
            real_put(key, json.dumps({"name": "pinned", "entries": [{
                "batch_id": "pinned-20261121T1800Z", "fired_at": "2026-11-21T18:00:00Z",
                "recorded_at": "2026-11-21T19:00:00Z", "signatures": ["s1"]}]}).encode())
        return real_put(key, body, **kw)

    store.put = racing_put
    run_all(jobs, queue)
    entries = json.loads(store.objects[history_key("pinned")])["entries"]
    assert [e["batch_id"] for e in entries] == ["pinned-20261121T1800Z", record.batch_id]


# ------------------------------------------------------------------ listing
def test_list_is_newest_first_paginated_and_filterable_by_name():
    jobs, batches, store, queue, _ = make()
    for day in range(3):
        batches.fire("nightly", T0 + timedelta(days=day))
    batches.fire("pinned", T0 + timedelta(hours=1))
    status, page, _ = batch_routes.list_batches(batches, limit="2")
    assert status == 200 and [b["batch_id"] for b in page["batches"]] == ["nightly-20261124T1800Z",
                                                                          "nightly-20261123T1800Z"]
    assert page["has_more"] and "items" not in page["batches"][0] and page["batches"][0]["jobs"]["total"] == 3
    status, rest, _ = batch_routes.list_batches(batches, limit="2", cursor=page["next_cursor"])
    assert [b["batch_id"] for b in rest["batches"]] == ["pinned-20261122T1900Z", "nightly-20261122T1800Z"]
    assert rest["next_cursor"] is None and not rest["has_more"]
    _, named, _ = batch_routes.list_batches(batches, name="pinned")
    assert [b["batch_id"] for b in named["batches"]] == ["pinned-20261122T1900Z"]


@pytest.mark.parametrize("kwargs, code", [
    ({"limit": "0"}, "invalid_limit"), ({"limit": "101"}, "invalid_limit"), ({"limit": "x"}, "invalid_limit"),
    ({"cursor": "../../jobs"}, "invalid_cursor"), ({"name": "Bad Name"}, "invalid_name"),
])
def test_list_rejects_bad_parameters_without_reading(kwargs, code):
    jobs, batches, store, *_ = make()
    status, body, _ = batch_routes.list_batches(batches, **kwargs)
    assert status == 400 and body["error"]["code"] == code and store.calls == []


def test_get_answers_400_404_and_304():
    jobs, batches, store, queue, _ = make()
    status, body, _ = batch_routes.get_batch(batches, "../../etc")
    assert status == 400 and body["error"]["code"] == "malformed_batch_id" and store.calls == []
    status, body, _ = batch_routes.get_batch(batches, "nightly-20200101T0000Z")
    assert status == 404 and body["error"]["code"] == "batch_not_found"
    with pytest.raises(BatchNotFoundError):
        batches.get("nightly-20200101T0000Z")
    batch_id = batches.fire("nightly", T0).record.batch_id
    run_all(jobs, queue)
    status, view, headers = batch_routes.get_batch(batches, batch_id)
    again = batch_routes.get_batch(batches, batch_id, if_none_match=f'W/{headers["ETag"]}')
    assert again == (304, None, headers)


# ------------------------------------------------------------------ specifications
def problems_of(text: str) -> list[str]:
    with pytest.raises(BatchSpecError) as err:
        parse_batches(text, source="batches.toml")
    return err.value.problems


@pytest.mark.parametrize("text, expected", [
    ("[batches.nightly]\ndescription = 'x'\n", ["batch 'nightly': field 'items': Field required"]),
    ("[batches.nightly]\nitems = []\n", ["batch 'nightly': field 'items': List should have at least 1 item"]),
    ("[[batches.nightly.items]]\nprompt = 'a'\ncount = 0\n", ["batch 'nightly': field 'items[0].count'"]),
    ("[[batches.nightly.items]]\nprompt = 'a'\ncount = '3'\n", ["batch 'nightly': field 'items[0].count'"]),
    ("[[batches.nightly.items]]\nprompt = 'a'\n[[batches.nightly.items]]\ndifficulty = 'easy'\n",
     ["batch 'nightly': field 'items[1].prompt': Field required"]),
    ("[[batches.nightly.items]]\nprompt = 'a'\ndifficulty = 'insane'\n", ["batch 'nightly': field 'items[0].difficulty'"]),
    ("[[batches.nightly.items]]\nprompt = 'a'\nlanguage = 'fr'\n", ["batch 'nightly': field 'items[0].language'"]),
    ("[[batches.nightly.items]]\nprompt = 'a'\nprovider = 'openai'\n", ["batch 'nightly': field 'items[0].provider'"]),
    ("[[batches.nightly.items]]\nprompt = '   '\n", ["batch 'nightly': field 'items[0].prompt'"]),
    ("[[batches.nightly.items]]\nprompt = 'a'\ncolour = 'red'\n", ["batch 'nightly': field 'items[0].colour': unknown field"]),
    ("[batches.nightly]\nschedule = 'rate(1 day)'\n[[batches.nightly.items]]\nprompt = 'a'\n",
     ["batch 'nightly': field 'schedule': unknown field"]),
    ("[batches.nightly]\nmanual = 'yes'\n[[batches.nightly.items]]\nprompt = 'a'\n", ["batch 'nightly': field 'manual'"]),
    ("[[batches.'Night Ly'.items]]\nprompt = 'a'\n", ["batch 'Night Ly': name must match"]),
    ("[batches]\nnightly = 3\n", ["batch 'nightly': must be a table"]),
    ("", ["needs at least one [batches.<name>] table"]),
    ("[batch.nightly]\n", ["unknown top-level key 'batch'"]),
    ("[batches.nightly\n", ["not valid TOML"]),
])
def test_malformed_specifications_name_the_batch_and_the_field(text, expected):
    problems = problems_of(text)
    for fragment in expected:
        assert any(fragment in p for p in problems), problems
    assert all(p.startswith("batches.toml: ") for p in problems)


def test_every_problem_of_a_specification_is_reported_at_once():
    problems = problems_of("[[batches.a.items]]\ncount = 0\n[[batches.b.items]]\nprompt = 'x'\nlanguage = 'fr'\n")
    assert any("batch 'a': field 'items[0].prompt'" in p for p in problems)
    assert any("batch 'a': field 'items[0].count'" in p for p in problems)
    assert any("batch 'b': field 'items[0].language'" in p for p in problems)


def test_what_submit_would_refuse_is_caught_at_check_time(tmp_path):
    spec = tmp_path / "batches.toml"
    spec.write_text("[[batches.nightly.items]]\nprompt = 'grid maze'\ncount = 51\n"
                    "[[batches.nightly.items]]\nprompt = 'write a poem'\n"
                    "[[batches.nightly.items]]\nprompt = 'grid maze'\nprovider = 'gemini'\n")
    with pytest.raises(BatchSpecError) as err:
        check(str(spec), max_count=50)
    problems = err.value.problems
    assert any("batch 'nightly': field 'items[0].count': must be at most MAX_COUNT=50" in p for p in problems)
    # (a poem is a request for no problems at all: routing13 refuses it with that reason, 13577dd7)
    assert any("batch 'nightly': field 'items[1].prompt': the prompt asks for no problems" in p for p in problems)
    assert len(problems) == 2  # other providers are checked by their maker when the batch fires
    with pytest.raises(BatchSpecError, match=r"items\[0\].provider"):
        from generator.jobs.service import InvalidRequestError

        def refuse(request):
            raise InvalidRequestError("provider_not_enabled", "not enabled")

        check_servable(parse_batches("[[batches.x.items]]\nprompt = 'a'\n"), max_count=5, prepare=refuse)


def test_the_repository_specification_is_valid():
    specs = check(str(PROJECT / "batches.toml"))
    assert "nightly" in specs and all(spec.items for spec in specs.values())


def _validate(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(PROJECT / "scripts" / "validate_batches.py"), *args],
                          capture_output=True, text=True, timeout=60)


SCHEDULED_YML = """
functions:
  scheduled:
    handler: handler.scheduled
    events:
      - schedule:
          rate: cron(0 18 * * ? *)
          enabled: ${param:scheduleNightly}
          inputTransformer:
            inputPathsMap: {time: $.time, eventId: $.id}
            inputTemplate: '{"batch": "nightly", "time": <time>, "event_id": <eventId>}'
resources:
  Resources:
    Bucket: {Type: 'AWS::S3::Bucket', Properties: {BucketName: !Sub '${AWS::StackName}-x'}}
"""


def test_validation_script_accepts_a_matching_pair_and_rejects_malformed_specs(tmp_path):
    spec, yml = tmp_path / "batches.toml", tmp_path / "serverless.yml"
    spec.write_text("[[batches.nightly.items]]\nprompt = 'grid maze'\n"
                    "[batches.smoke]\nmanual = true\n[[batches.smoke.items]]\nprompt = 'grid maze'\n")
    yml.write_text(SCHEDULED_YML)
    ok = _validate("--spec", str(spec), "--serverless", str(yml))
    assert ok.returncode == 0, ok.stderr
    spec.write_text("[[batches.nightly.items]]\nprompt = 'grid maze'\ncount = -1\n")
    bad = _validate("--spec", str(spec), "--serverless", str(yml))
    assert bad.returncode == 1 and "batch 'nightly': field 'items[0].count'" in bad.stderr


@pytest.mark.parametrize("edit, expected", [
    (lambda y: y.replace('"nightly"', '"nightlly"'), "batch 'nightlly': no such batch"),
    (lambda y: y.replace("cron(0 18 * * ? *)", "cron(0 18 * * *)"), "field 'rate': 'cron(0 18 * * *)': cron needs 6 fields"),
    (lambda y: y.replace("cron(0 18 * * ? *)", "rate(1 days)"), "field 'rate': 'rate(1 days)'"),
    (lambda y: y.replace('"time": <time>, ', ""), "must pass the event time"),
    (lambda y: y.replace("      - schedule:", "      - sqs: x\n      - schedule-off:"), "batch 'nightly': no schedule"),
])
def test_validation_script_rejects_schedules_that_do_not_match_the_specification(edit, expected):
    import importlib.util

    loaded = importlib.util.spec_from_file_location("validate_batches", PROJECT / "scripts" / "validate_batches.py")
    script = importlib.util.module_from_spec(loaded)
    loaded.loader.exec_module(script)
    config = script.yaml.load(edit(SCHEDULED_YML), Loader=script._yaml_loader())
    problems = script.check_schedules(config, parse_batches("[[batches.nightly.items]]\nprompt = 'grid maze'\n"))
    assert any(expected in p for p in problems), problems


def test_check_entry_point_of_the_scheduled_module(tmp_path):
    spec = tmp_path / "batches.toml"
    spec.write_text("[[batches.nightly.items]]\nprompt = 'grid maze'\ndifficulty = 'impossible'\n")
    result = subprocess.run([sys.executable, "-m", "generator.scheduled", "--check", str(spec)], cwd=PROJECT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and "batch 'nightly': field 'items[0].difficulty'" in result.stderr


# ------------------------------------------------------------------ events
def test_event_shapes_all_name_the_batch_and_its_scheduled_minute():
    rule = "arn:aws:events:us-east-1:123456789012:rule/problem-generator-prod-batch-weekly_practice"
    raw = {"version": "0", "id": "e1", "detail-type": "Scheduled Event", "source": "aws.events",
           "time": "2026-01-05T18:00:00Z", "resources": [rule], "detail": {}}
    assert parse_event(raw)[2] == "weekly_practice-20260105T1800Z"
    assert parse_event({**raw, "detail": {"batch": "nightly"}})[0] == "nightly"
    assert parse_event({**raw, "batch": "smoke"})[2] == "smoke-20260105T1800Z"
    transformed = json.loads((PROJECT / "events" / "scheduled.json").read_text())
    name, fired, batch_id = parse_event(transformed)
    assert name in parse_batches((PROJECT / "batches.toml").read_text()) and batch_id.startswith(name + "-")
    assert parse_event({"batch": "nightly", "time": "2026-01-01T09:00:59+09:00"})[2] == "nightly-20260101T0000Z"
    assert parse_event({"batch": "nightly", "time": "2026-01-01T00:00:00"})[2] == "nightly-20260101T0000Z"
    manual = parse_event({"batch": "nightly"})
    assert abs(manual[1] - datetime.now(timezone.utc)) < timedelta(minutes=1)


@pytest.mark.parametrize("event", [
    {"time": "2026-01-01T00:00:00Z", "resources": ["arn:aws:events:us-east-1:1:rule/some-other-rule"]},
    {"batch": "../../x", "time": "2026-01-01T00:00:00Z"},
    {"batch": 3, "time": "2026-01-01T00:00:00Z"},
    {"batch": "nightly", "time": "yesterday"},
    {"batch": "nightly", "time": 1767225600},
    {"batch": "nightly", "time": "0001-01-01T00:00:00Z"},
    "not an object",
])
def test_malformed_events_are_refused(event):
    with pytest.raises(InvalidScheduledEventError):
        parse_event(event)
