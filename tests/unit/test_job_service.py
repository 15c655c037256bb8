"""The job service against in-memory fakes of its ports: submit, resume, races, cancel, stall, hand-off."""
from __future__ import annotations

import dataclasses
import json
import threading

import pytest

from generator.jobs import keys
from generator.jobs.model import JobRequest, JobState, is_job_id
from generator.jobs.service import (
    InvalidRequestError, ProblemFailedError, JobConflictError, JobNotFoundError, JobService, LeaseHeldError, Outcome,
)
from generator.settings import load_settings
from tests.fakes import ConcurrencyProbe, FakeClock, FakeMaker, MemoryQueue, MemoryStore

FOREVER = lambda: 10**9  # noqa: E731  remaining milliseconds of an invocation that never runs out


def make_service(maker: FakeMaker | None = None, **overrides):
    # One problem at a time unless a test asks for waves: the default follows the host's vCPUs.
    settings = dataclasses.replace(load_settings(), **{"handoff_margin_ms": 1000, "job_concurrency": 1,
                                                       **overrides})
    store, queue, clock = MemoryStore(), MemoryQueue(), FakeClock()
    service = JobService(store=store, queue=queue, settings=settings, maker=maker or FakeMaker(), clock=clock)
    return service, store, queue, clock


def submit(service, count=3, **kw):
    return service.submit(JobRequest(prompt="a DFS problem", count=count), owner="alice", **kw).state


def test_submit_records_job_and_enqueues_only_the_id():
    service, store, queue, _ = make_service()
    state = submit(service)
    assert is_job_id(state.job_id)
    assert queue.messages == [{"job_id": state.job_id, "hop": 0}]
    assert keys.job(state.job_id) in store.objects


def test_submit_rejections_write_nothing():
    service, store, queue, _ = make_service(max_count=5)
    with pytest.raises(InvalidRequestError):
        service.submit(JobRequest(prompt="x", count=6), owner="alice")
    with pytest.raises(InvalidRequestError):
        service.submit(JobRequest(prompt="unsupported thing"), owner="alice")
    assert store.objects == {} and queue.messages == []


def test_worker_generates_all_and_succeeds_with_result():
    service, store, _, _ = make_service()
    state = submit(service)
    assert service.work(state.job_id, hop=0, remaining_ms=FOREVER) is Outcome.completed
    final = service.get(state.job_id, owner="alice")
    assert final.status == "succeeded" and final.progress.completed == 3
    assert [p["index"] for p in final.problems] == [0, 1, 2]
    assert all("tests" not in p and "reference_solution" not in p for p in final.problems)
    result = json.loads(store.objects[keys.result(state.job_id)])
    assert len(result["problems"]) == 3 and "tests" in result["problems"][0]


def test_redelivery_after_crash_resumes_without_regenerating():
    maker = FakeMaker(crash_at={2})
    service, store, _, _ = make_service(maker)
    state = submit(service, count=4)
    with pytest.raises(RuntimeError):
        service.work(state.job_id, hop=0, remaining_ms=FOREVER)
    assert maker.made == [0, 1]
    maker.crash_at.clear()
    assert service.work(state.job_id, hop=0, remaining_ms=FOREVER) is Outcome.completed
    assert maker.made == [0, 1, 2, 3]  # 0 and 1 were not made again
    final = service.get(state.job_id, owner="alice")
    assert final.progress.completed == 4 and final.status == "succeeded"


def test_live_lease_makes_a_duplicate_delivery_retry_later():
    entered, release = threading.Event(), threading.Event()

    def block(index: int) -> None:
        if index == 0:
            entered.set()
            release.wait(5)

    service, *_ = make_service(FakeMaker(before=block))
    state = submit(service, count=2)
    first = threading.Thread(target=service.work, args=(state.job_id,), kwargs={"hop": 0, "remaining_ms": FOREVER})
    first.start()
    entered.wait(5)
    with pytest.raises(LeaseHeldError):
        service.work(state.job_id, hop=0, remaining_ms=FOREVER)
    release.set()
    first.join(5)
    assert service.work(state.job_id, hop=0, remaining_ms=FOREVER) is Outcome.already_terminal
    assert service.get(state.job_id, owner="alice").progress.completed == 2


def test_a_failed_problem_is_reported_and_the_job_goes_on():
    service, *_ = make_service(FakeMaker(fail_at={1}))
    state = submit(service)
    service.work(state.job_id, hop=0, remaining_ms=FOREVER)
    final = service.get(state.job_id, owner="alice")
    assert final.status == "succeeded"
    assert (final.progress.completed, final.progress.failed) == (2, 1)
    assert final.item(1).error.code == "gate_failed"


def test_every_problem_failing_ends_failed_with_an_error():
    service, *_ = make_service(FakeMaker(fail_at={0, 1}))
    state = submit(service, count=2)
    service.work(state.job_id, hop=0, remaining_ms=FOREVER)
    final = service.get(state.job_id, owner="alice")
    assert final.status == "failed" and final.error.code == "no_problem_verified"


def test_cancel_stops_within_one_problem_and_keeps_finished_ones():
    holder: dict[str, JobService] = {}

    def cancel_after_first(index: int) -> None:
        if index == 1:
            holder["svc"].cancel(holder["job"], owner="alice")

    service, *_ = make_service(FakeMaker(before=cancel_after_first))
    state = submit(service, count=5)
    holder.update(svc=service, job=state.job_id)
    assert service.work(state.job_id, hop=0, remaining_ms=FOREVER) is Outcome.cancelled
    final = service.get(state.job_id, owner="alice")
    assert final.status == "cancelled" and final.error.code == "cancelled"
    assert final.progress.completed == 1 and len(final.problems) == 1
    with pytest.raises(JobConflictError):
        service.cancel(state.job_id, owner="alice")


def test_hand_off_continues_in_bounded_hops():
    budget = iter([10**9, 10**9, 0, 10**9, 0, 10**9, 0])  # each invocation can do one or two problems
    service, _, queue, _ = make_service(max_hops=5)
    state = submit(service, count=4)
    queue.messages.clear()
    outcome = service.work(state.job_id, hop=0, remaining_ms=lambda: next(budget))
    assert outcome is Outcome.handed_off and queue.messages[-1] == {"job_id": state.job_id, "hop": 1}
    while outcome is Outcome.handed_off:
        outcome = service.work(state.job_id, hop=queue.messages[-1]["hop"], remaining_ms=lambda: next(budget, 10**9))
    final = service.get(state.job_id, owner="alice")
    assert final.status == "succeeded" and final.progress.completed == 4 and final.hops >= 1


def test_too_many_hops_fails_the_job():
    service, _, queue, _ = make_service(max_hops=2)
    state = submit(service, count=5)  # one problem per invocation, at most 3 invocations
    hop, outcome = 0, Outcome.handed_off
    while outcome is Outcome.handed_off:
        outcome = service.work(state.job_id, hop=hop, remaining_ms=lambda: 0)
        hop += 1
    final = service.get(state.job_id, owner="alice")
    assert final.status == "failed" and final.error.code == "too_many_handoffs"
    assert final.progress.completed == 3 and final.hops == 2


def test_stalled_job_is_failed_on_the_next_poll():
    maker = FakeMaker(crash_at={1})
    service, _, _, clock = make_service(maker)
    state = submit(service, count=3)
    with pytest.raises(RuntimeError):
        service.work(state.job_id, hop=0, remaining_ms=FOREVER)
    # Simulate a killed process instead of an exception: take the lease again and never give it back.
    loaded = JobState.model_validate_json(service.store.get(keys.job(state.job_id)).body)
    assert loaded.lease is None  # the exception path released it
    maker.crash_at.clear()
    service._update(state.job_id, lambda s: bool(setattr(s, "status", "running") or True))
    clock.advance(service.settings.stall_seconds - 1)
    assert service.get(state.job_id, owner="alice").status == "running"
    clock.advance(2)
    final = service.get(state.job_id, owner="alice")
    assert final.status == "failed" and final.error.code == "worker_lost" and final.progress.completed == 1


def test_dead_letter_marks_failed_with_reason_once():
    service, *_ = make_service()
    state = submit(service)
    assert service.fail_undeliverable(state.job_id, 5)
    final = service.get(state.job_id, owner="alice")
    assert final.status == "failed" and "5 deliveries" in final.error.message
    service.fail_undeliverable(state.job_id, 5)
    assert service.get(state.job_id, owner="alice").error == final.error


def test_other_owner_sees_not_found():
    service, *_ = make_service()
    state = submit(service)
    with pytest.raises(JobNotFoundError):
        service.get(state.job_id, owner="mallory")


def test_idempotency_key_same_body_same_job_different_body_conflict():
    service, _, queue, _ = make_service()
    first = service.submit(JobRequest(prompt="a DFS problem", count=2), owner="alice", idempotency_key="k1")
    again = service.submit(JobRequest(prompt="a DFS problem", count=2), owner="alice", idempotency_key="k1")
    assert again.state.job_id == first.state.job_id and not again.created
    with pytest.raises(JobConflictError):
        service.submit(JobRequest(prompt="a DFS problem", count=3), owner="alice", idempotency_key="k1")
    other_owner = service.submit(JobRequest(prompt="a DFS problem", count=2), owner="bob", idempotency_key="k1")
    assert other_owner.state.job_id != first.state.job_id


def test_list_newest_first_with_cursor():
    service, _, _, clock = make_service()
    ids = []
    for _ in range(5):
        ids.append(submit(service).job_id)
        clock.advance(1)
    page, cursor = service.list_jobs(owner="alice", cursor=None, limit=2)
    assert [s.job_id for s in page] == ids[::-1][:2]
    page2, cursor2 = service.list_jobs(owner="alice", cursor=cursor, limit=10)
    assert [s.job_id for s in page2] == ids[::-1][2:] and cursor2 is None


def test_concurrent_waves_keep_index_order_and_resume():
    probe = ConcurrencyProbe()
    maker = FakeMaker(before=probe, crash_at={5})
    service, *_ = make_service(maker, job_concurrency=4)
    state = submit(service, count=7)
    with pytest.raises(RuntimeError):
        service.work(state.job_id, hop=0, remaining_ms=FOREVER)
    mid = service.get(state.job_id, owner="alice")
    assert [i.index for i in mid.items] == [0, 1, 2, 3]  # the first wave was checkpointed in order
    maker.crash_at.clear()
    assert service.work(state.job_id, hop=0, remaining_ms=FOREVER) is Outcome.completed
    final = service.get(state.job_id, owner="alice")
    assert [p["index"] for p in final.problems] == list(range(7)) and probe.peak == 4
    # Checkpointed problems are never made again; the unfinished wave (4, 5, 6) is made again in full.
    assert sorted(maker.made) == [0, 1, 2, 3, 4, 4, 5, 6, 6]


def test_unrecorded_checkpoint_is_reused_never_generated_again():
    """A delivery that wrote problem 0 and died before recording it: the next one takes the stored problem
    (LLM output is not reproducible), and the snapshot agrees with the stored object."""

    class Unrepeatable(FakeMaker):  # like a model: every call gives another problem
        def make(self, state, index, avoid, on_stage):
            problem = super().make(state, index, avoid, on_stage)
            return problem.model_copy(update={"title": f"{problem.title} (call {len(self.made)})"})

    maker = Unrepeatable()
    service, store, _, _ = make_service(maker)
    state = submit(service, count=3)
    real_put = store.put

    def dies_recording_problem_0(key, body, **kw):
        if key == keys.job(state.job_id) and b'"index":0' in body:
            raise RuntimeError("killed between the checkpoint and the snapshot")
        return real_put(key, body, **kw)

    store.put = dies_recording_problem_0
    with pytest.raises(RuntimeError):
        service.work(state.job_id, hop=0, remaining_ms=FOREVER)
    checkpoint = json.loads(store.objects[keys.problem(state.job_id, 0)])
    assert service.get(state.job_id, owner="alice").items == []
    store.put = real_put
    assert service.work(state.job_id, hop=0, remaining_ms=FOREVER) is Outcome.completed
    assert maker.made == [0, 1, 2]  # problem 0 was made once, by the delivery that died
    final = service.get(state.job_id, owner="alice")
    assert final.item(0).title == checkpoint["title"] == "Problem 0 of seed %d (call 1)" % state.seed
    assert final.problems[0]["title"] == checkpoint["title"]
    page, _, _ = service.page(state.job_id, owner="alice", cursor=0, limit=1)
    assert page[0]["title"] == checkpoint["title"]  # public views are derived from the checkpoint, never stored apart


def test_token_usage_of_done_and_failed_problems_is_summed_in_the_snapshot():
    from generator.jobs.model import TokenUsage
    from generator.jobs.service import ProblemFailedError

    class CountingMaker(FakeMaker):
        def make(self, state, index, avoid, on_stage):
            if index == 1:
                raise ProblemFailedError("gate_failed", "never verified",
                                         TokenUsage(input_tokens=7, output_tokens=3, model_ids=["m"]))
            problem = super().make(state, index, avoid, on_stage)
            return problem.model_copy(update={"provenance": problem.provenance.model_copy(
                update={"model_id": "m", "input_tokens": 100, "output_tokens": 10})})

    service, *_ = make_service(CountingMaker())
    state = submit(service, count=3)
    service.work(state.job_id, hop=0, remaining_ms=FOREVER)
    final = service.get(state.job_id, owner="alice")
    assert final.usage.model_dump() == {"input_tokens": 207, "output_tokens": 23, "model_ids": ["m"]}
    assert final.item(1).usage.input_tokens == 7 and final.item(0).usage.output_tokens == 10


def test_redelivery_of_a_finished_job_runs_the_terminal_hook_again():
    """The worker that wrote the terminal status may die before its hook (batch tracking) ran."""
    calls: list[str] = []
    service, *_ = make_service()
    service.on_terminal = lambda s: calls.append(s.status)
    state = submit(service, count=1)
    assert service.work(state.job_id, hop=0, remaining_ms=FOREVER) is Outcome.completed
    assert service.work(state.job_id, hop=0, remaining_ms=FOREVER) is Outcome.already_terminal
    assert calls == ["succeeded", "succeeded"]


def test_wave_size_comes_from_the_maker_for_its_provider():
    probe = ConcurrencyProbe()

    class ConcurrentMaker(FakeMaker):
        def concurrency(self, request):
            return 3

    service, *_ = make_service(ConcurrentMaker(before=probe), job_concurrency=1)
    state = submit(service, count=6)
    service.work(state.job_id, hop=0, remaining_ms=FOREVER)
    assert probe.peak == 3
    assert [p["index"] for p in service.get(state.job_id, owner="alice").problems] == list(range(6))


# ---------------------------------------------------------------- flat worker (issue 14)
def _snapshot_bytes(store, job_id):
    return len(store.objects[keys.job(job_id)])


def test_a_1000_problem_job_keeps_snapshot_size_and_writes_flat():
    """Fake problems, so only the job machinery is measured: the snapshot stops growing once the first page is
    full (older items go to index pages), and each problem costs about one S3 write (its checkpoint)."""
    service, store, _, _ = make_service(max_count=1000)
    state = submit(service, count=1000)
    sizes: list[int] = []
    real_put = store.put

    def watching_put(key, body, **kw):
        if key == keys.job(state.job_id):
            sizes.append(len(body))
        return real_put(key, body, **kw)

    store.put = watching_put
    store.calls.clear()
    assert service.work(state.job_id, hop=0, remaining_ms=FOREVER) is Outcome.completed
    writes = sum(1 for op, _ in store.calls if op == "put")
    assert writes <= 1.2 * 1000, writes  # 1000 checkpoints, 50 index pages, result, a few snapshot writes
    final = service.get(state.job_id, owner="alice")
    assert final.progress.completed == 1000 and len(final.items) == 0 and final.indexed == 1000
    assert max(sizes) < 64 * 1024 and _snapshot_bytes(store, state.job_id) < 64 * 1024
    assert not any(k.startswith(f"jobs/{state.job_id}/public/") for k in store.objects)  # views are derived
    result = json.loads(store.objects[keys.result(state.job_id)])
    assert [p["id"] for p in result["problems"]] == [f"{state.job_id}-{i:05d}" for i in range(1000)]


def test_a_20_problem_job_writes_each_problem_once_and_its_snapshot_every_record_interval():
    """Every S3 write of a job that fits in one index page, problems taking 2 s each: the submit's two objects, the
    lease, one checkpoint per problem, a snapshot record per RECORD_INTERVAL_SECONDS (none after the last problem:
    the completing write records it), the result and the export (one write each, streamed), and no index page (the
    snapshot embeds every view of a one-page job). That is under 1.5 writes per problem."""
    service, store, _, clock = make_service(FakeMaker(before=lambda _: clock.advance(2)), max_count=20,
                                            record_interval_seconds=10, index_page_size=20, snapshot_problems=20)
    state = submit(service, count=20)
    assert service.work(state.job_id, hop=0, remaining_ms=FOREVER) is Outcome.completed
    written = [key.removeprefix(f"jobs/{state.job_id}/") for op, key in store.calls if op == "put"]
    checkpoints = [k for k in written if k.startswith("problems/")]
    snapshots = written.count("job.json")
    assert sorted(checkpoints) == [f"problems/{i:05d}.json" for i in range(20)]
    # submit + lease + records at 2, 12, 22, 32 s (the 40th second is the last problem's) + completion
    assert snapshots == 1 + 1 + 4 + 1, written
    assert written.count("result.json") == 1 and sum(k.startswith("export-") for k in written) == 1
    assert not any(k.startswith("index/") for k in written)
    assert sum(k.startswith("owners/") for k in written) == 1  # the owner's listing marker
    assert len(written) <= 1.5 * 20, written
    final = service.get(state.job_id, owner="alice")
    assert final.indexed == 0 and len(final.items) == 20 and len(final.problems) == 20
    page, cursor, _ = service.page(state.job_id, owner="alice", cursor=0, limit=50)
    assert [p["index"] for p in page] == list(range(20)) and cursor is None


def test_long_statements_embed_fewer_views_and_the_snapshot_stays_under_64_kb():
    """Views of 5 KB each (long statements): the snapshot embeds as many as fit its byte budget, not 20, and the
    one-page job then writes its index page, so every view is still served without reading a checkpoint."""

    class Wordy(FakeMaker):
        def make(self, state, index, avoid, on_stage):
            problem = super().make(state, index, avoid, on_stage)
            return problem.model_copy(update={"statement": problem.statement.model_copy(
                update={"legend": f"Story {index}. " + "A long legend. " * 340})})

    service, store, _, _ = make_service(Wordy(), max_count=20, index_page_size=20, snapshot_problems=20)
    state = submit(service, count=20)
    assert service.work(state.job_id, hop=0, remaining_ms=FOREVER) is Outcome.completed
    final = service.get(state.job_id, owner="alice")
    assert 0 < len(final.problems) < 20 and [p["index"] for p in final.problems] == list(range(len(final.problems)))
    assert _snapshot_bytes(store, state.job_id) < 64 * 1024
    assert keys.index_page(state.job_id, 0) in store.objects
    store.calls.clear()
    page, cursor, _ = service.page(state.job_id, owner="alice", cursor=0, limit=20)
    assert [p["index"] for p in page] == list(range(20)) and cursor is None
    assert not any(op == "get" and "/problems/" in key for op, key in store.calls)  # no checkpoint was read


class Wordy(FakeMaker):
    """Problems whose public view is about `legend_bytes` long (a long statement), failing ones with a long reason."""

    def __init__(self, legend_bytes: int, long_failure_at: set[int] = frozenset(), **kw) -> None:
        super().__init__(**kw)
        self.legend_bytes = legend_bytes
        self.long_failure_at = set(long_failure_at)

    def make(self, state, index, avoid, on_stage):
        if index in self.long_failure_at:
            raise ProblemFailedError("gate_failed", f"problem {index}: " + "the reference disagrees. " * 80)
        problem = super().make(state, index, avoid, on_stage)
        legend = f"Story {index}. " + "A long legend. " * (self.legend_bytes // 15)
        return problem.model_copy(update={"statement": problem.statement.model_copy(update={"legend": legend})})


def _watch_snapshots(store, job_id) -> list[dict]:
    written: list[dict] = []
    real_put = store.put

    def watching_put(key, body, **kw):
        if key == keys.job(job_id):
            assert len(body) < 64 * 1024, len(body)
            written.append(json.loads(body))
        return real_put(key, body, **kw)

    store.put = watching_put
    return written


def test_a_one_page_job_of_long_views_embeds_them_all_and_writes_no_index_page():
    """20 views of ~2.3 KB (46 KB, the size of the largest catalog task's views): the views fill what the rest of
    the snapshot leaves under 64 KB, so all 20 are embedded, no index page is written, and the job stays within
    1.5 S3 writes per problem. (A fixed 40 KB view budget embedded 17 and wrote a page.)"""
    service, store, _, clock = make_service(Wordy(1350, before=lambda _: clock.advance(2)), max_count=20,
                                            record_interval_seconds=10, index_page_size=20, snapshot_problems=20)
    state = submit(service, count=20)
    _watch_snapshots(store, state.job_id)
    store.calls.clear()
    assert service.work(state.job_id, hop=0, remaining_ms=FOREVER) is Outcome.completed
    final = service.get(state.job_id, owner="alice")
    assert sum(len(json.dumps(p, ensure_ascii=False)) for p in final.problems) > 44_000
    assert [p["index"] for p in final.problems] == list(range(20))
    written = [key for op, key in store.calls if op == "put"]
    assert not any("/index/" in key for key in written), written
    assert len(written) + 2 <= 1.5 * 20, written  # + the submit's two writes, made before the calls were cleared


def test_embedded_views_are_always_the_first_finished_problems():
    """Every snapshot written embeds a prefix of the finished indices, whatever room it has: views leave when the
    rest of the snapshot grows (long failures pile up), come back when pages take items out, and never skip a
    finished problem (a client pages on after the last one shown). Every snapshot stays under 64 KB."""
    fails = {3, 25, 26, 41} | set(range(60, 120, 2))
    service, store, _, clock = make_service(
        Wordy(4000, long_failure_at=fails, before=lambda _: clock.advance(10)),
        max_count=120, index_page_size=20, snapshot_problems=20)
    state = submit(service, count=120)
    written = _watch_snapshots(store, state.job_id)
    assert service.work(state.job_id, hop=0, remaining_ms=FOREVER) is Outcome.completed
    finished = [i for i in range(120) if i not in fails]
    shown = [[p["index"] for p in snapshot["problems"]] for snapshot in written]
    for indices in shown:
        assert indices == finished[: len(indices)], indices
    assert max(map(len, shown)) > min(len(s) for s in shown[len(shown) // 2:]) > 0  # left and came back or stayed
    messages = [m for snapshot in written for m in snapshot["messages"]]
    assert max(map(len, messages)) <= 300 + 30 and any(m.endswith("…") for m in messages)
    final = service.get(state.job_id, owner="alice")
    seen, cursor = [p["index"] for p in final.problems], (
        int(final.problems[-1]["index"]) + 1 if final.problems else 0)
    while cursor is not None:
        page, cursor, _ = service.page(state.job_id, owner="alice", cursor=cursor, limit=25)
        seen += [p["index"] for p in page]
    assert seen == finished


def test_snapshot_size_stays_flat_while_records_are_written_every_problem():
    """With a clock that moves past the record interval, every problem is recorded (the worst case for the
    snapshot): its size after 1,000 problems is no larger than after the first page."""
    service, store, _, clock = make_service(FakeMaker(before=lambda i: clock.advance(10), fail_at={7, 400}),
                                            max_count=1000)
    state = submit(service, count=1000)
    sizes: dict[int, int] = {}
    real_put = store.put

    def watching_put(key, body, **kw):
        if key == keys.job(state.job_id):
            sizes[len(sizes)] = len(body)
        return real_put(key, body, **kw)

    store.put = watching_put
    service.work(state.job_id, hop=0, remaining_ms=FOREVER)
    series = list(sizes.values())
    assert len(series) > 1000  # one snapshot write per problem here
    assert max(series[500:]) <= max(series[:60]) + 512, (max(series[:60]), max(series[500:]))
    final = service.get(state.job_id, owner="alice")
    assert [f.index for f in final.paged_failures] == [7, 400] and final.progress.failed == 2


def test_memory_stays_flat_over_a_1000_problem_job():
    """Peak Python heap of the worker for 100 and for 1,000 fake problems: the result is streamed and the
    snapshot bounded, so ten times the problems must not take ten times the memory."""
    import tracemalloc

    def peak(count: int) -> int:
        service, store, *_ = make_service(max_count=count)
        state = submit(service, count=count)

        class Forgetful(list):  # the fake's call log would grow with the job; the worker's memory is measured
            def append(self, _):
                pass

        store.calls = Forgetful()
        tracemalloc.start()
        service.work(state.job_id, hop=0, remaining_ms=FOREVER)
        top = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return top - sum(len(v) for v in store.objects.values())  # the fake bucket lives in this process

    small, large = peak(100), peak(1000)
    assert large < 2 * small + 512 * 1024, (small, large)


def test_problem_pages_and_job_lists_cost_a_bounded_number_of_gets():
    service, store, _, _ = make_service(max_count=1000, page_limit_max=50)
    state = submit(service, count=1000)
    service.work(state.job_id, hop=0, remaining_ms=FOREVER)
    seen, cursor, most = [], 0, 0
    while cursor is not None:
        store.calls.clear()
        problems, cursor, _ = service.page(state.job_id, owner="alice", cursor=cursor, limit=50)
        most = max(most, sum(1 for op, _ in store.calls if op == "get"))
        seen += [p["index"] for p in problems]
        assert all("tests" not in p and "reference_solution" not in p for p in problems)
    assert seen == list(range(1000))
    assert most <= 1 + 50 // service.settings.index_page_size + 2, most  # snapshot + the pages the range spans
    store.calls.clear()
    page, _ = service.list_jobs(owner="alice", cursor=None, limit=20)
    assert [s.job_id for s in page] == [state.job_id]
    assert sum(1 for op, _ in store.calls if op in ("get", "list")) <= 1 + len(page)


def test_a_running_job_pages_its_unfinished_tail_and_cancel_discards_unrecorded_checkpoints():
    holder: dict[str, object] = {}

    def cancel_at(index: int) -> None:
        if index == 45:
            holder["svc"].cancel(holder["job"], owner="alice")  # type: ignore[attr-defined]

    service, store, _, _ = make_service(FakeMaker(before=cancel_at), max_count=100)
    state = submit(service, count=60)
    holder.update(svc=service, job=state.job_id)
    assert service.work(state.job_id, hop=0, remaining_ms=FOREVER) is Outcome.cancelled
    final = service.get(state.job_id, owner="alice")
    recorded = final.progress.completed
    stored = [k for k in store.objects if k.startswith(f"jobs/{state.job_id}/problems/")]
    assert len(stored) == recorded  # the snapshot is the truth: no unrecorded checkpoint outlives the cancel
    problems, cursor, _ = service.page(state.job_id, owner="alice", cursor=0, limit=50)
    rest, _, _ = service.page(state.job_id, owner="alice", cursor=cursor or recorded, limit=50)
    assert [p["index"] for p in problems + rest] == list(range(recorded))


def test_a_retried_job_remakes_failures_that_were_moved_to_index_pages():
    maker = FakeMaker(fail_at={3, 25})
    service, store, _, _ = make_service(maker, max_count=100)
    state = submit(service, count=45)
    service.work(state.job_id, hop=0, remaining_ms=FOREVER)
    assert service.get(state.job_id, owner="alice").progress.failed == 2
    maker.fail_at.clear()

    def reopen(s):  # what a retry does to the snapshot (POST /jobs/{id}/retry)
        s.items = [i for i in s.items if i.status == "done"]
        s.progress.failed, s.status, s.error, s.finished_at, s.lease = 0, "queued", None, None, None
        s.has_result, s.retries = False, getattr(s, "retries", 0) + 1
        return True

    service._update(state.job_id, reopen)
    assert service.work(state.job_id, hop=0, remaining_ms=FOREVER) is Outcome.completed
    final = service.get(state.job_id, owner="alice")
    assert (final.progress.completed, final.progress.failed, final.paged_failures) == (45, 0, [])
    assert service.done_indices(final) == list(range(45))
    assert sorted(i for i in maker.made if i in (3, 25)) == [3, 3, 25, 25]
