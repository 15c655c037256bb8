"""The job service: submit, status, cancel, list, pages, and the worker's resumable loop.

Every write is safe to repeat (SQS delivers at least once): problem objects are deterministic per
(job, index) and written only if absent; the snapshot is changed only by compare-and-swap (S3 If-Match),
so two workers holding the same job never overwrite each other's progress; a lease with expiry decides
which worker generates, and a redelivered job resumes at the first unfinished problem.
"""
from __future__ import annotations

import hashlib
import json
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import Enum
from typing import Any, Protocol

from generator.jobs import index, keys
from generator.jobs.model import (
    Item,
    JobError,
    JobRequest,
    JobState,
    Lease,
    Progress,
    TokenUsage,
    iso,
    new_job_id,
    utcnow,
)
from generator.jobs.ports import BlobStore, ConflictError, JobQueue
from generator.jobs.quotas import OwnerQuotas, QuotaExceededError, SubmissionsDisabledError
from generator.metrics import MetricsSink, default_metrics
from generator.problems.schema import Difficulty, Problem
from generator.settings import Settings

CAS_ATTEMPTS = 10
# A snapshot object is never this large: a status poll reads and parses all of it. The public views it embeds (the
# first page) fill what the rest of the snapshot leaves, so one-page jobs of long problems still need no index page.
SNAPSHOT_BYTES = 64 * 1024
# Views are embedded only while the snapshot stays this far under SNAPSHOT_BYTES: room for what later writes add
# (completion and hand-off notes, an error) without dropping an embedded view again.
VIEW_HEADROOM = 4 * 1024
TERMINAL_METRIC = {"succeeded": "JobsSucceeded", "failed": "JobsFailed", "cancelled": "JobsCancelled"}


class JobNotFoundError(LookupError):
    pass


class JobConflictError(Exception):
    """The request conflicts with the job's state (cancel a finished job, reuse an idempotency key)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class InvalidRequestError(ValueError):
    """`messages`: the message in each language (ko, en) when it says more than the code's generic Korean text
    (generator/http_errors.py), so an answer in either language keeps the detail."""

    def __init__(self, code: str, message: str, allowed: Any = None, messages: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.allowed = allowed
        self.messages = messages or {}


class LeaseHeldError(Exception):
    """Another live worker holds the job: fail this delivery so SQS brings it back later."""


class ProblemFailedError(Exception):
    def __init__(self, code: str, message: str, usage: TokenUsage | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.usage = usage  # LLM tokens spent on the failed attempts


class ProblemMaker(Protocol):
    """Makes problem `index` of a job, deterministically, or raises ProblemFailedError."""

    def prepare(self, request: JobRequest) -> tuple[str, str]:
        """Checks the request can be served; returns (family or plan name, reason). Raises InvalidRequestError."""
        ...

    def make(self, state: JobState, index: int, avoid: frozenset[str], on_stage: Callable[[str], None]) -> Problem: ...


class Outcome(str, Enum):
    completed = "completed"
    handed_off = "handed_off"
    already_terminal = "already_terminal"
    cancelled = "cancelled"
    lost_lease = "lost_lease"
    missing = "missing"


@dataclass(frozen=True)
class Submitted:
    state: JobState
    created: bool  # False when an idempotent retry returned an existing job


@dataclass
class _Made:
    """One attempt at problem `index`: a verified problem, or the reason it failed."""

    problem: Problem | None
    error: JobError | None
    stages: list[str]
    usage: TokenUsage
    replaces_checkpoint: bool = False  # generated although an unrecorded checkpoint exists (it was a repeat)


def _usage_of(problem: Problem) -> TokenUsage:
    p = problem.provenance
    return TokenUsage(input_tokens=p.input_tokens or 0, output_tokens=p.output_tokens or 0,
                      model_ids=[p.model_id] if p.model_id else [])


class _Stop(Exception):
    def __init__(self, outcome: Outcome) -> None:
        self.outcome = outcome


Made = tuple[Item, list[str], dict[str, Any] | None]  # item, stage messages, public view (done problems)


@dataclass
class _Run:
    """One invocation of the worker on one job: the snapshot it last wrote, and what it made since."""

    job_id: str
    token: str
    state: JobState
    etag: str
    pending: list[Made] = field(default_factory=list)  # checkpointed, not yet recorded in the snapshot
    views: dict[int, dict[str, Any]] = field(default_factory=dict)  # public views made here (for index pages)
    done: set[int] = field(default_factory=set)  # every finished index known (pages, snapshot, this run)
    signatures: set[str] = field(default_factory=set)
    recorded_at: datetime | None = None  # the last snapshot write that recorded problems


def title_key(title: str) -> str:
    """How a problem's title joins the signatures a job avoids (the pipeline checks drafts against it)."""
    return "title:" + title.strip().lower()


def request_hash(request: JobRequest) -> str:
    canonical = json.dumps(request.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def _dump(state: JobState) -> bytes:
    """The snapshot's bytes, never SNAPSHOT_BYTES or more: should the rest of it outgrow its headroom, the embedded
    views with the highest indices leave `state` (they stay readable through their index page or checkpoint)."""
    body = state.model_dump_json().encode()
    while len(body) >= SNAPSHOT_BYTES and state.problems:
        excess = len(body) - SNAPSHOT_BYTES + 1
        while excess > 0 and state.problems:
            excess -= _json_size(state.problems.pop()) + 1  # + its comma
        body = state.model_dump_json().encode()
    return body


def _json_size(view: dict[str, Any]) -> int:
    return len(json.dumps(view, ensure_ascii=False, separators=(",", ":")).encode())


def _prompt_refused(language: str, ko: str, en: str) -> InvalidRequestError:
    return InvalidRequestError("unsupported_prompt", ko if language == "ko" else en,
                               allowed=["tutorial", "easy", "medium", "hard"], messages={"ko": ko, "en": en})


def with_prompt_terms(request: JobRequest) -> tuple[JobRequest, str]:
    """The difficulty and count the prompt states ("골드 4 정도로 다섯 개", "three medium problems") fill the fields
    the body left out; a field the body sends wins. Returns the request and a note for the job's stage message.
    A prompt asking for more than the hardest difficulty (Diamond, Ruby) is refused rather than served 'hard'."""
    from generator.problems.prompt_terms import read_prompt

    reading = read_prompt(request.prompt)
    given = request.model_fields_set
    update: dict[str, Any] = {}
    notes = []
    if reading.beyond and "difficulty" not in given:
        raise _prompt_refused(request.language,
                              f"'{reading.beyond}' 난이도의 문제는 없습니다. 가장 어려운 난이도는 '어려움'(골드 2 – "
                              f"플래티넘, Codeforces 1600–2000 정도)입니다",
                              f"no problems at '{reading.beyond}'; the hardest difficulty is 'hard' (about Gold 2 – "
                              f"Platinum, Codeforces 1600–2000)")
    if reading.mixed and "difficulty" not in given:
        # "쉬운 거 2개랑 어려운 거 1개": a job has one difficulty; serving one of them would silently drop the other
        named = ", ".join(f"'{word}'" for word in dict.fromkeys(reading.mixed))
        raise _prompt_refused(request.language,
                              f"한 작업의 문제는 난이도가 하나입니다 (요청에 {named}). 난이도마다 작업을 따로 "
                              f"요청하거나 difficulty를 하나 정해 주세요",
                              f"a job has one difficulty, and the prompt asks for several ({named}); submit one job "
                              f"per difficulty or set `difficulty`")
    if reading.difficulty is not None and "difficulty" not in given:
        chosen = reading.difficulty
        if reading.upper is not None and request.provider == "offline":
            from generator.problems.matching import chosen_difficulty

            chosen = chosen_difficulty(request.prompt, reading.difficulty, reading.upper)  # routing17
        update["difficulty"] = chosen.value
        notes.append(f"difficulty {chosen.value} from '{reading.difficulty_words}'")
    elif reading.difficulty is None and "difficulty" not in given and request.provider == "offline":
        from generator.problems.matching import unstated_difficulty

        fallback = unstated_difficulty(request.prompt, Difficulty(request.difficulty))
        if fallback.value != request.difficulty:
            update["difficulty"] = fallback.value
            notes.append(f"difficulty {fallback.value}: none asked for, and the topic has no {request.difficulty} task")
    if reading.count is not None and "count" not in given:
        update["count"] = reading.count  # 0 for "0문제" or "-2개": submit refuses it (count_out_of_range)
        notes.append(f"count {reading.count} from '{reading.count_words}'")
    if not update:
        return request, ""
    return request.model_copy(update=update), " (prompt: " + ", ".join(notes) + ")"


class JobService:
    def __init__(
        self,
        *,
        store: BlobStore,
        queue: JobQueue,
        settings: Settings,
        maker: ProblemMaker | None = None,
        clock: Callable[[], datetime] = utcnow,
        on_terminal: Callable[[JobState], None] | None = None,
        history: Callable[[JobState], frozenset[str]] | None = None,
        metrics: MetricsSink | None = None,
    ) -> None:
        self.store = store
        self.queue = queue
        self.settings = settings
        self._maker = maker
        self.clock = clock
        self.on_terminal = on_terminal  # called once when a job reaches a terminal status (batch tracking)
        self.history = history  # signatures emitted elsewhere that this job must not repeat (batch windows)
        self.metrics = metrics if metrics is not None else default_metrics()
        self.quotas = OwnerQuotas(store, settings, lambda: self.clock(), self._status_of)

    @property
    def maker(self) -> ProblemMaker:
        if self._maker is None:  # imported lazily: status polls never load the generator
            from generator.jobs.offline_maker import OfflineProblemMaker

            self._maker = OfflineProblemMaker()
        return self._maker

    # ---------------------------------------------------------------- submit
    def submit(self, request: JobRequest, *, owner: str, idempotency_key: str | None = None,
               batch_id: str | None = None) -> Submitted:
        if batch_id is None and not self.settings.submissions_enabled:  # the kill switch (batches: own params)
            self.metrics.emit("SubmitsRefused", dimensions={"reason": "submissions_disabled"})
            raise SubmissionsDisabledError(
                "new jobs are switched off by the operator; existing jobs can still be read"
                + (f": {self.settings.submissions_disabled_message}" if self.settings.submissions_disabled_message
                   else ""))
        request, terms_note = with_prompt_terms(request)
        largest = min(self.settings.max_count, self.settings.max_problems_per_day or self.settings.max_count)
        if not 1 <= request.count <= largest:
            raise InvalidRequestError(
                "count_out_of_range", f"count must be between 1 and {largest}",
                allowed={"min": 1, "max": largest},
            )
        family, reason = self.maker.prepare(request)  # unsupported prompt/provider: 400 before any write
        digest = request_hash(request)
        job_id = new_job_id()
        if idempotency_key is not None:
            job_id = self._claim_idempotency_key(owner, idempotency_key, digest, job_id)
            existing = self._load(job_id)
            if existing is not None:
                state = existing[0]
                if state.status == "queued":
                    # A crash may have happened between recording the job and enqueueing it: enqueue again
                    # (duplicate messages are harmless by design).
                    self.queue.send({"job_id": job_id, "hop": 0})
                return Submitted(state, created=False)
        if batch_id is None:  # scheduled batches are the operator's own: not counted against an owner
            self._reserve(lambda: self.quotas.reserve(owner, job_id, request.count))
        now = self.clock()
        state = JobState(
            job_id=job_id,
            owner=owner,
            request=request,
            seed=request.seed if request.seed is not None else _seed_from(job_id),
            family=family,
            progress=Progress(total=request.count),
            created_at=now,
            updated_at=now,
            expires_at=now + timedelta(days=self.settings.retention_days),
            idempotency_key=hashlib.sha256(idempotency_key.encode()).hexdigest()[:16] if idempotency_key else None,
            request_hash=digest,
            batch_id=batch_id,
        )
        state.note(f"queued: {reason}{terms_note}", now)
        self.store.put(keys.job(job_id), _dump(state), if_none_match=True)
        created_ms = int(now.timestamp() * 1000)
        self.store.put(keys.owner_job(owner, created_ms, job_id), b"{}", if_none_match=False)
        self.queue.send({"job_id": job_id, "hop": 0})
        self.metrics.emit("JobsSubmitted")
        return Submitted(state, created=True)

    def _reserve(self, reserve: Callable[[], None]) -> None:
        try:
            reserve()
        except QuotaExceededError as exc:
            self.metrics.emit("SubmitsRefused", dimensions={"reason": exc.code})
            raise

    def _status_of(self, job_id: str) -> str | None:
        loaded = self._load(job_id)
        return loaded[0].status if loaded is not None else None

    def _claim_idempotency_key(self, owner: str, key: str, digest: str, job_id: str) -> str:
        record_key = keys.idempotency(owner, key)
        record = json.dumps({"job_id": job_id, "request_hash": digest}).encode()
        try:
            self.store.put(record_key, record, if_none_match=True)
            return job_id
        except ConflictError:
            pass
        found = self.store.get(record_key)
        if found is None:  # expired between the two calls; treat as new
            self.store.put(record_key, record, if_none_match=True)
            return job_id
        earlier = json.loads(found.body)
        if earlier["request_hash"] != digest:
            raise JobConflictError(
                "idempotency_key_reused",
                "this Idempotency-Key was already used with a different request body; "
                "use a new key for a different request",
            )
        return str(earlier["job_id"])

    # ---------------------------------------------------------------- reads
    def _load(self, job_id: str) -> tuple[JobState, str] | None:
        found = self.store.get(keys.job(job_id))
        if found is None:
            return None
        return JobState.model_validate_json(found.body), found.etag

    def get(self, job_id: str, *, owner: str | None) -> JobState:
        """The snapshot for a poll: one GET. A job whose worker is gone for good is failed here."""
        loaded = self._load(job_id)
        if loaded is None or (owner is not None and loaded[0].owner != owner):
            raise JobNotFoundError(job_id)  # another owner's job is indistinguishable from no job
        state, etag = loaded
        if self._stalled(state):
            state = self._mark_stalled(job_id, (state, etag))
        return state

    def _stalled(self, state: JobState) -> bool:
        if state.status != "running" or state.heartbeat_at is None:
            return False
        return self.clock() - state.heartbeat_at > timedelta(seconds=self.settings.stall_seconds)

    def _mark_stalled(self, job_id: str, loaded: tuple[JobState, str]) -> JobState:
        def fail(state: JobState) -> bool:
            if not self._stalled(state):
                return False
            self._finish(state, "failed", JobError(
                code="worker_lost",
                message=f"no worker heartbeat for over {self.settings.stall_seconds}s "
                        f"(last stage: {state.stage}); finished problems are kept",
            ))
            return True

        state, _ = self._update(job_id, fail, cached=loaded)
        return state

    def page(self, job_id: str, *, owner: str | None, cursor: int, limit: int) -> tuple[list[dict[str, Any]], int | None, JobState]:
        """Public views of finished problems with index >= cursor, in index order: the snapshot, then the index
        pages the range covers (about limit / INDEX_PAGE_SIZE + 1 GETs). Only the unfinished page of a running
        job beyond the snapshot's first page is read from its checkpoints (fewer than INDEX_PAGE_SIZE)."""
        state = self.get(job_id, owner=owner)
        size = self.settings.index_page_size
        overrides = {i.index: i for i in state.items if i.index < state.indexed}
        found: list[tuple[int, dict[str, Any] | None]] = []  # (index, view if known), limit + 1 at most
        page_no = index.page_of(cursor, size)
        while page_no * size < state.indexed and len(found) <= limit:
            page = index.read_page(self.store, job_id, page_no)
            views = {v["index"]: v for v in page["problems"]}
            for entry in page["items"]:
                at = entry["index"]
                status = overrides[at].status if at in overrides else entry["status"]
                if at >= cursor and status == "done":
                    found.append((at, None if at in overrides else views.get(at)))
            page_no += 1
        embedded = {p["index"]: p for p in state.problems}
        for item in sorted(state.items, key=lambda i: i.index):
            if item.index >= max(cursor, state.indexed) and item.status == "done":
                found.append((item.index, embedded.get(item.index)))
        chosen, rest = found[:limit], found[limit:]
        problems = [view if view is not None else self._public_view(job_id, at) for at, view in chosen]
        return problems, (rest[0][0] if rest else None), state

    def _public_view(self, job_id: str, at: int) -> dict[str, Any]:
        stored = self._stored_problem(job_id, at)
        if stored is None:
            raise RuntimeError(f"checkpoint of problem {at} missing")
        return {"index": at, **stored.public_view()}

    def done_indices(self, state: JobState) -> list[int]:
        """Every finished problem's index: the index pages, then the snapshot (which overrides them)."""
        done: set[int] = set()
        for page_no in range(index.page_count(state.indexed, self.settings.index_page_size)):
            done |= {e["index"] for e in index.read_page(self.store, state.job_id, page_no)["items"]
                     if e["status"] == "done"}
        for item in state.items:
            (done.add if item.status == "done" else done.discard)(item.index)
        return sorted(done)

    def list_jobs(self, *, owner: str, cursor: str | None, limit: int) -> tuple[list[JobState], str | None]:
        prefix = keys.owner_jobs_prefix(owner)
        start_after = prefix + cursor if cursor else None
        found = self.store.list_keys(prefix, start_after=start_after, limit=limit + 1)
        page, more = found[:limit], len(found) > limit
        ids = [k.rsplit("-", 1)[1] for k in page]

        def read(job_id: str) -> JobState | None:
            loaded = self._load(job_id)
            return loaded[0] if loaded else None

        with ThreadPoolExecutor(max_workers=max(1, min(8, len(ids)))) as pool:
            states = [s for s in pool.map(read, ids) if s is not None]
        next_cursor = page[-1][len(prefix):] if more and page else None
        return states, next_cursor

    def result_url(self, state: JobState) -> str | None:
        if state.status != "succeeded" or not state.has_result:
            return None
        return self.store.presign_get(keys.result(state.job_id), self.settings.presign_seconds)

    def export_url(self, state: JobState, fmt: str = "kattis") -> str | None:
        """A presigned URL of a zip with one Kattis problem package per finished problem; built from the
        checkpoints on the first request and kept (deterministic bytes, so a concurrent build writes the same
        object). The zip is spooled to a temporary file, so memory stays flat however large the job."""
        if state.status != "succeeded" or not state.has_result:
            return None
        key = keys.export(state.job_id, fmt)
        if self.store.head(key) is None:  # a job finished before exports existed
            self._write_export(state.job_id, self.done_indices(state), fmt)
        return self.store.presign_get(key, self.settings.presign_seconds)

    def _write_export(self, job_id: str, done: list[int], fmt: str = "kattis") -> None:
        from generator.problems.kattis import write_zip

        with tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024) as spool:
            problems = (self._stored_problem(job_id, at) for at in done)
            write_zip((p for p in problems if p is not None and p.programs is not None), spool)
            size = spool.tell()

            def chunks() -> Iterator[bytes]:
                spool.seek(0)
                yield from iter(lambda: spool.read(1024 * 1024), b"")

            self.store.put_sized(keys.export(job_id, fmt), size, chunks, content_type="application/zip")

    # ---------------------------------------------------------------- cancel
    def cancel(self, job_id: str, *, owner: str | None) -> JobState:
        state = self.get(job_id, owner=owner)

        def mark(s: JobState) -> bool:
            if s.terminal:
                raise JobConflictError("job_finished", f"the job already ended with status '{s.status}'")
            self._finish(s, "cancelled", JobError(
                code="cancelled",
                message=f"cancelled by the owner after {s.progress.completed} of {s.progress.total} problems; "
                        "finished problems are kept",
            ))
            return True

        state, _ = self._update(job_id, mark)
        return state

    # ---------------------------------------------------------------- retry
    def retry(self, job_id: str, *, owner: str | None) -> Submitted:
        """Resume a failed or cancelled job from its checkpoints: finished problems are kept, failed ones get
        another try, and a new queue message brings a fresh delivery budget (receives, hand-offs).

        Idempotent: a repeat while the retried job is still queued answers the same snapshot (`created` False)
        and changes nothing. Once a worker has started it, a repeat answers 409 `job_running` like any running job.
        """
        state = self.get(job_id, owner=owner)  # owner-scoped; also fails a job whose worker is gone for good
        if state.status == "queued" and state.retries:
            self.queue.send({"job_id": job_id, "hop": 0})  # the first answer may have been lost before the send
            return Submitted(state, created=False)
        if not state.terminal:
            raise JobConflictError(f"job_{state.status}", f"the job is '{state.status}'; only a failed or "
                                   "cancelled job can be retried (cancel it first to stop it)")
        if state.status == "succeeded":
            raise JobConflictError("job_succeeded", "the job succeeded; its result is final (submit a new job "
                                   "for more problems)")
        if state.batch_id is None:
            self._reserve(lambda: self.quotas.reserve_in_flight(state.owner, job_id))

        reopened_here: list[bool] = []

        def reopen(s: JobState) -> bool:
            reopened_here.clear()
            if s.status not in ("failed", "cancelled"):
                return False  # a concurrent retry won: answer its snapshot
            reopened_here.append(True)
            now = self.clock()
            kept = [i for i in s.items if i.status == "done"]
            s.items, s.progress.failed = kept, 0
            s.status, s.error, s.finished_at, s.lease, s.heartbeat_at = "queued", None, None, None, None
            s.hops, s.has_result, s.retries = 0, False, s.retries + 1
            s.note(f"retry {s.retries}: {len(kept)} of {s.progress.total} finished problems kept, "
                   f"{s.progress.total - len(kept)} to make", now)
            return True

        reopened, _ = self._update(job_id, reopen)
        self.queue.send({"job_id": job_id, "hop": 0})
        created = bool(reopened_here)
        if created:
            self.metrics.emit("JobsRetried")
        return Submitted(reopened, created=created)

    # ---------------------------------------------------------------- worker
    def work(self, job_id: str, *, hop: int, remaining_ms: Callable[[], int], token: str | None = None) -> Outcome:
        token = token or uuid.uuid4().hex
        loaded = self._load(job_id)
        if loaded is None:
            return Outcome.missing
        lease_for = timedelta(seconds=self.settings.lease_seconds)

        def acquire(s: JobState) -> bool:
            now = self.clock()
            if s.terminal:
                raise _Stop(Outcome.already_terminal)
            if s.lease and s.lease.expires_at > now and s.lease.token != token:
                raise LeaseHeldError(f"job {job_id} is held by another worker until {iso(s.lease.expires_at)}")
            s.lease = Lease(token=token, expires_at=now + lease_for)
            s.status = "running"
            s.started_at = s.started_at or now
            s.heartbeat_at = now
            s.attempts += 1
            done = s.progress.completed + s.progress.failed
            s.note(f"worker started (delivery {s.attempts}, hop {hop}); resuming at problem {done + 1} of {s.progress.total}"
                   if done else f"worker started (delivery {s.attempts}, hop {hop})", now)
            return True

        run: _Run | None = None
        try:
            state, etag = self._update(job_id, acquire, cached=loaded)
            run = _Run(job_id=job_id, token=token, state=state, etag=etag)
            earlier = self.history(state) if self.history is not None else frozenset()
            todo = self._scan(run)  # resume point: every index without a recorded outcome
            wave_size = self._wave_size(state.request)
            made_progress = False
            while todo:
                # Every invocation makes at least one wave (so hand-offs always progress); after that it hands
                # the rest on while more than the margin (≥ one wave's duration) remains.
                if made_progress and remaining_ms() < self.settings.handoff_margin_ms:
                    return self._hand_off(run)
                made_progress = True
                if run.pending and self.store.head(keys.job(job_id)) != run.etag:
                    self._flush(run)  # someone else wrote the snapshot (a cancel?): stop, or record and go on
                wave, todo = todo[:wave_size], todo[wave_size:]
                # Up to `job_concurrency` problems at once (model calls mostly wait); each is checkpointed in
                # index order once the wave is done, so results and resume points keep their order.
                for made in self._make_wave(run.state, wave, frozenset(earlier | run.signatures)):
                    self._made(run, made)
                # Also after the last wave: writing the result and the export can take a while, and polls should
                # see every problem (and a fresh heartbeat) meanwhile.
                if self._record_due(run):
                    self._flush(run)
            self._write_result(run)
            if run.done:  # the judge export, built here so GET /jobs/{id}/export only presigns
                self._write_export(job_id, sorted(run.done))
            run.state, run.etag = self._update(job_id, self._complete(run), cached=(run.state, run.etag))
            return Outcome.completed
        except _Stop as stop:
            if stop.outcome is Outcome.cancelled and run is not None:
                self._discard_unrecorded(run)
            if stop.outcome is Outcome.already_terminal and self.on_terminal is not None:
                # The writer of the terminal status may have died before its hook ran (batch tracking):
                # a redelivery runs it again; the hook is idempotent.
                current = self._load(job_id)
                if current is not None and current[0].terminal:
                    self.on_terminal(current[0])
            return stop.outcome
        except LeaseHeldError:
            raise
        except Exception:
            self._release(job_id, token, run)
            raise

    def _scan(self, run: _Run) -> list[int]:
        """What is left to make, from the index pages and the snapshot; also the job's finished indices and
        signatures (a problem must not repeat an earlier one). Failed problems in pages written before the
        job's latest retry are made again."""
        state, size = run.state, self.settings.index_page_size
        retries = getattr(state, "retries", 0)
        in_snapshot = {i.index for i in state.items}
        todo: set[int] = set(range(state.indexed, state.progress.total)) - in_snapshot
        for page_no in range(index.page_count(state.indexed, size)):
            page = index.read_page(self.store, state.job_id, page_no)
            for entry in page["items"]:
                if entry["index"] in in_snapshot:
                    continue
                if entry["status"] == "done":
                    run.done.add(entry["index"])
                    if entry.get("signature"):
                        run.signatures.add(entry["signature"])
                    if entry.get("title"):
                        run.signatures.add(title_key(entry["title"]))
                elif page.get("retries", 0) < retries:
                    todo.add(entry["index"])
        for item in state.items:
            if item.status == "done":
                run.done.add(item.index)
                if item.signature:
                    run.signatures.add(item.signature)
                if item.title:
                    run.signatures.add(title_key(item.title))
        return sorted(todo)

    def _made(self, run: _Run, made: Made) -> None:
        item, _, public = made
        run.pending.append(made)
        if item.status == "done":
            run.done.add(item.index)
            run.signatures.add(item.signature)
            if item.title:
                run.signatures.add(title_key(item.title))  # titles never repeat within a job
            if public is not None:
                run.views[item.index] = public

    def _record_due(self, run: _Run) -> bool:
        """The snapshot is written for the first problem of an invocation (a poll shows progress at once), then
        at most every RECORD_INTERVAL_SECONDS or INDEX_PAGE_SIZE problems: one S3 write per problem (its
        checkpoint) plus a few."""
        if not run.pending:
            return False
        if run.recorded_at is None or len(run.pending) >= self.settings.index_page_size:
            return True  # also bounds what a run holds in memory, and what a crash leaves unrecorded
        # The record is also the heartbeat: keep it well inside the window after which a poll declares the
        # worker lost (a deployment's window is ~2 h; tests shrink it to seconds).
        interval = min(self.settings.record_interval_seconds, self.settings.lease_seconds / 4)
        return self.clock() - run.recorded_at >= timedelta(seconds=interval)

    def _flush(self, run: _Run) -> None:
        def record(s: JobState) -> bool:
            self._record_pending(s, run)
            return True

        run.state, run.etag = self._update(run.job_id, record, cached=(run.state, run.etag))
        run.pending.clear()
        run.recorded_at = self.clock()
        for at in [at for at in run.views if at < run.state.indexed]:  # written to their page: let them go
            del run.views[at]

    def _discard_unrecorded(self, run: _Run) -> None:
        """A cancelled job keeps exactly what its snapshot recorded: checkpoints made but not recorded before
        the cancel are deleted (best effort; the bucket's lifecycle expires them anyway)."""
        for item, _, _ in run.pending:
            if item.status == "done":
                try:
                    self.store.delete(keys.problem(run.job_id, item.index))
                except Exception:
                    pass
        run.pending.clear()

    def _wave_size(self, request: JobRequest) -> int:
        """Problems made at once: the maker's choice (LLM problems wait on the model), else JOB_CONCURRENCY."""
        choose = getattr(self.maker, "concurrency", None)
        chosen = choose(request) if choose is not None else None
        return max(1, chosen or self.settings.job_concurrency)

    def _make_wave(self, state: JobState, wave: list[int], avoid: frozenset[str]) -> list[Made]:
        if len(wave) == 1:
            made = [self._generate(state, wave[0], avoid)]
        else:
            with ThreadPoolExecutor(max_workers=len(wave)) as pool:
                made = list(pool.map(lambda at: self._generate(state, at, avoid), wave))
        results = []
        for at, attempt in zip(wave, made):
            # Two problems of one wave may repeat each other (problem or title): the later index is regenerated,
            # deterministically.
            if attempt.problem is not None and (attempt.problem.verification.signature in avoid
                                                or title_key(attempt.problem.title) in avoid):
                again = self._generate(state, at, avoid)
                again.stages[:0] = attempt.stages
                again.usage.add(attempt.usage)
                attempt = again
            if attempt.problem is None:
                item = Item(index=at, status="failed", error=attempt.error, usage=attempt.usage)
                results.append((item, attempt.stages, None))
                continue
            avoid = avoid | {attempt.problem.verification.signature, title_key(attempt.problem.title)}
            results.append(self._persist(state, at, attempt))
        return results

    def _generate(self, state: JobState, index: int, avoid: frozenset[str]) -> _Made:
        # Only a later delivery can find a checkpoint nobody recorded (the first one has nothing to resume).
        stored = self._stored_problem(state.job_id, index) if state.attempts > 1 else None
        if stored is not None and stored.verification.signature not in avoid:
            # An earlier delivery made and checkpointed this problem but died before recording it. LLM output is
            # not reproducible (and costs tokens): the checkpoint is the problem, never a second generation.
            return _Made(stored, None, [f"problem {index + 1}: resumed from the checkpoint of an earlier delivery"],
                         _usage_of(stored))
        stages: list[str] = []
        started = time.monotonic()
        try:
            problem = self.maker.make(state, index, avoid, stages.append)
        except ProblemFailedError as exc:
            self._problem_metrics(state, index, "ProblemsFailed", started)
            return _Made(None, JobError(code=exc.code, message=exc.message), stages, exc.usage or TokenUsage())
        self._problem_metrics(state, index, "ProblemsVerified", started)
        return _Made(problem, None, stages, _usage_of(problem), replaces_checkpoint=stored is not None)

    def _problem_metrics(self, state: JobState, index: int, outcome: str, started: float) -> None:
        self.metrics.emit(outcome)
        # job_id/index/family ride along as metadata: Logs Insights can list the slowest problems (README).
        self.metrics.emit("GenerationSeconds", round(time.monotonic() - started, 3), unit="Seconds",
                          dimensions={"difficulty": state.request.difficulty},
                          metadata={"job_id": state.job_id, "index": index, "family": state.family,
                                    "outcome": outcome, "provider": state.request.provider})

    def _stored_problem(self, job_id: str, index: int) -> Problem | None:
        found = self.store.get(keys.problem(job_id, index))
        return Problem.model_validate_json(found.body) if found is not None else None

    def _persist(self, state: JobState, index: int, made: _Made) -> Made:
        """The problem's one write: its checkpoint. Its public view is derived from it (index pages, snapshot)."""
        problem = made.problem
        assert problem is not None
        full = problem.model_dump_json().encode()
        key = keys.problem(state.job_id, index)
        if made.replaces_checkpoint:  # the unrecorded checkpoint became a repeat: this problem replaces it
            self.store.put(key, full)
        else:
            try:
                self.store.put(key, full, if_none_match=True)
            except ConflictError:
                pass  # written by an earlier delivery: the same problem (deterministic, or read back from it)
        item = Item(index=index, status="done", title=problem.title, signature=problem.verification.signature,
                    usage=made.usage)
        return item, made.stages, {"index": index, **problem.public_view()}

    def _owned(self, state: JobState, token: str) -> None:
        if state.status == "cancelled":
            raise _Stop(Outcome.cancelled)
        if state.terminal:
            raise _Stop(Outcome.already_terminal)
        if state.lease is None or state.lease.token != token:
            raise _Stop(Outcome.lost_lease)

    def _record_pending(self, s: JobState, run: _Run) -> None:
        """Record the run's pending problems in snapshot `s` (which the lease must still hold), renew the lease
        (the heartbeat rides on this write) and move full index pages out of the snapshot."""
        self._owned(s, run.token)
        self._record_items(s, run)
        s.heartbeat_at = self.clock()
        s.lease = Lease(token=run.token, expires_at=s.heartbeat_at + timedelta(seconds=self.settings.lease_seconds))
        self._page_out(s, run)

    def _record_items(self, s: JobState, run: _Run) -> None:
        now = self.clock()
        # Views at hand: those embedded, this run's not yet paged (also ones that left the snapshot), the new ones.
        views = {v["index"]: v for v in s.problems} | run.views
        for item, stages, public in run.pending:
            if s.item(item.index) is not None:
                continue
            for message in stages:
                s.note(message, now)
            s.items = sorted(s.items + [item], key=lambda i: i.index)
            if item.index < s.indexed:  # a retried job re-made a problem whose failure is in a page
                s.paged_failures = [f for f in s.paged_failures if f.index != item.index]
            if item.usage is not None:
                s.usage.add(item.usage)
            if item.status == "done":
                s.progress.completed += 1
                if public is not None:
                    views[item.index] = public
                s.note(f"problem {item.index + 1} of {s.progress.total} verified: {item.title}", now)
            else:
                s.progress.failed += 1
                s.note(f"problem {item.index + 1} of {s.progress.total} failed: {item.error.message if item.error else ''}", now)
        self._embed(s, views)

    def _embed(self, s: JobState, views: dict[int, dict[str, Any]]) -> None:
        """Embed the first page: the views of the lowest finished indices, as many as the rest of this snapshot leaves
        room for, so one GET shows them. Recomputed at every record: a view leaves again (highest index first) when
        the rest has grown, and comes back from `views` when there is room. Always a prefix of the finished indices
        (a client pages on after the last one shown): a finished problem whose view is not at hand ends it."""
        not_done = {i.index for i in s.items if i.status != "done"} | {f.index for f in s.paged_failures}
        recorded = {i.index for i in s.items}
        first_page: list[dict[str, Any]] = []
        for at in range(max(views, default=-1) + 1):
            if len(first_page) == self.settings.snapshot_problems:
                break
            if at in views:
                first_page.append(views[at])
            elif at in not_done or (at >= s.indexed and at not in recorded):
                continue  # failed, or not made yet: when it is made, its view is placed here
            else:
                break  # finished, but its view left the snapshot in an earlier invocation
        s.problems = []
        room = SNAPSHOT_BYTES - VIEW_HEADROOM - len(s.model_dump_json().encode())
        s.problems = _within(first_page, room)

    def _page_out(self, s: JobState, run: _Run) -> None:
        """Write every index page whose range is fully recorded and drop its items from the snapshot. The page is
        written before the snapshot that drops the items, so a crash in between only writes it again."""
        size = self.settings.index_page_size
        retries = getattr(s, "retries", 0)
        rewrite = sorted({index.page_of(i.index, size) for i in s.items if i.index < s.indexed})
        for page_no in rewrite:  # re-made problems of a retried job: merge them into their page
            page = index.read_page(self.store, s.job_id, page_no)
            merged = {e["index"]: e for e in page["items"]}
            views = {v["index"]: v for v in page["problems"]}
            for item in [i for i in s.items if index.page_of(i.index, size) == page_no]:
                merged[item.index] = item.model_dump(mode="json")
                views.pop(item.index, None)
                if item.status == "done":
                    views[item.index] = self._view_for(s, run, item.index)
            index.write_page(self.store, s.job_id, page_no, list(merged.values()), list(views.values()), retries)
        s.items = [i for i in s.items if i.index >= s.indexed]
        while s.indexed + size <= s.progress.total:  # a last, shorter page stays in the snapshot (< size items)
            end = s.indexed + size
            chunk = [i for i in s.items if i.index < end]
            if len(chunk) < end - s.indexed:
                break
            if s.indexed == 0 and end == s.progress.total and len(s.problems) == sum(i.status == "done" for i in chunk):
                break  # the whole job is one page whose every view the snapshot embeds: no index object is needed
            views = [self._view_for(s, run, i.index) for i in chunk if i.status == "done"]
            index.write_page(self.store, s.job_id, index.page_of(s.indexed, size),
                             [i.model_dump(mode="json") for i in chunk], views, retries)
            failed = [i for i in chunk if i.status == "failed"]
            s.paged_failures = (s.paged_failures + failed)[:50]
            s.items = [i for i in s.items if i.index >= end]
            s.indexed = end

    def _view_for(self, s: JobState, run: _Run, at: int) -> dict[str, Any]:
        """A done problem's public view: made in this run, embedded in the snapshot, or derived from its
        checkpoint (a page begun by an earlier delivery)."""
        if at in run.views:
            return run.views[at]
        for view in s.problems:
            if view["index"] == at:
                return view
        return self._public_view(s.job_id, at)

    def _write_result(self, run: _Run) -> None:
        """The full artifact in one write request, streamed from the checkpoints one problem at a time: never held
        whole in memory. Its size is known beforehand from one listing of the checkpoints."""
        done = sorted(run.done)
        if not done:
            return
        state = run.state
        head = json.dumps({"job_id": state.job_id, "request": state.request.model_dump(mode="json"),
                           "seed": state.seed}, ensure_ascii=False)
        opening, closing = (head[:-1] + ',"problems":[').encode(), b"]}"
        listed = self.store.sizes(keys.problems_prefix(state.job_id))
        checkpoints = [keys.problem(state.job_id, at) for at in done]
        missing = [key for key in checkpoints if key not in listed]
        if missing:
            raise RuntimeError(f"checkpoint {missing[0]} missing")
        size = len(opening) + sum(listed[key] for key in checkpoints) + len(done) - 1 + len(closing)

        def chunks() -> Iterator[bytes]:
            yield opening
            for n, key in enumerate(checkpoints):
                found = self.store.get(key)
                if found is None or len(found.body) != listed[key]:
                    raise RuntimeError(f"checkpoint {key} changed while the result was written")
                yield (b"," if n else b"") + found.body
            yield closing

        self.store.put_sized(keys.result(state.job_id), size, chunks)

    def _complete(self, run: _Run) -> Callable[[JobState], bool]:
        def complete(s: JobState) -> bool:
            self._record_pending(s, run)
            if s.progress.completed > 0:
                s.has_result = True
                failed = f", {s.progress.failed} failed" if s.progress.failed else ""
                self._finish(s, "succeeded", None, f"succeeded: {s.progress.completed} problems{failed}")
            else:
                reasons = "; ".join(sorted({i.error.code for i in s.items + s.paged_failures if i.error}))
                self._finish(s, "failed", JobError(
                    code="no_problem_verified",
                    message=f"none of the {s.progress.total} problems passed verification ({reasons})",
                ))
            return True

        return complete

    def _hand_off(self, run: _Run) -> Outcome:
        def hand(s: JobState) -> bool:
            self._record_pending(s, run)
            now = self.clock()
            if s.hops >= self.settings.max_hops:
                self._finish(s, "failed", JobError(
                    code="too_many_handoffs",
                    message=f"the job needed more than {self.settings.max_hops} invocations; finished problems are kept",
                ))
                return True
            s.hops += 1
            s.lease = None
            s.note(f"invocation time nearly used up: continuing in invocation {s.hops + 1}", now)
            return True

        state, _ = self._update(run.job_id, hand, cached=(run.state, run.etag))
        if state.terminal:
            return Outcome.completed
        self.queue.send({"job_id": run.job_id, "hop": state.hops})
        return Outcome.handed_off

    def _release(self, job_id: str, token: str, run: _Run | None = None) -> None:
        """After an error, record what was finished and give the lease up, so the redelivery resumes at once
        (best effort)."""
        def releaser(record: bool) -> Callable[[JobState], bool]:
            def release(s: JobState) -> bool:
                if s.lease is None or s.lease.token != token or s.terminal:
                    return False
                if record and run is not None:
                    self._record_pending(s, run)
                s.lease = None
                # The last sign of life: SQS redelivers within its visibility timeout from now, so the stall
                # clock starts here (a delivery that spent long in S3 retries is not a lost worker).
                s.heartbeat_at = self.clock()
                s.note("worker failed; waiting for redelivery", s.heartbeat_at)
                return True

            return release

        for record in ([True, False] if run is not None and run.pending else [False]):
            try:
                self._update(job_id, releaser(record))
                return
            except Exception:  # the original error matters more; without the records, at least free the lease
                continue

    def fail_undeliverable(self, job_id: str, receive_count: int | None) -> bool:
        """Called for messages in the dead-letter queue: the job fails with a readable reason."""
        if self._load(job_id) is None:
            return False

        def fail(s: JobState) -> bool:
            if s.terminal:
                return False
            tries = f"{receive_count} deliveries" if receive_count else "every delivery"
            self._finish(s, "failed", JobError(
                code="delivery_exhausted",
                message=f"the worker failed {tries} (last stage: {s.stage}); finished problems are kept",
            ))
            return True

        self._update(job_id, fail)
        return True

    # ---------------------------------------------------------------- state changes
    def _finish(self, state: JobState, status: str, error: JobError | None, stage: str | None = None) -> None:
        now = self.clock()
        state.status = status  # type: ignore[assignment]
        state.error = error
        state.lease = None
        state.finished_at = now
        state.note(stage or f"{status}: {error.message if error else ''}", now)

    def _update(self, job_id: str, mutate: Callable[[JobState], bool],
                cached: tuple[JobState, str] | None = None) -> tuple[JobState, str]:
        """Read-modify-write with If-Match. On a lost race, re-read and let `mutate` decide again."""
        for _ in range(CAS_ATTEMPTS):
            if cached is not None:
                state, etag = cached[0].model_copy(deep=True), cached[1]
                cached = None
            else:
                loaded = self._load(job_id)
                if loaded is None:
                    raise JobNotFoundError(job_id)
                state, etag = loaded
            was_terminal = state.terminal
            if not mutate(state):
                return state, etag
            state.updated_at = self.clock()
            try:
                new_etag = self.store.put(keys.job(job_id), _dump(state), if_match=etag)
            except ConflictError:
                continue
            if state.terminal and not was_terminal:
                # Exactly once per transition: only the writer of the transition gets here.
                self.metrics.emit(TERMINAL_METRIC[state.status])
                if self.on_terminal is not None:
                    self.on_terminal(state)
            return state, new_etag
        raise ConflictError(f"job {job_id}: too many concurrent updates")


def _within(views: list[dict[str, Any]], budget: int) -> list[dict[str, Any]]:
    """The longest prefix of `views` whose JSON fits in `budget` bytes."""
    kept, used = [], 0
    for view in views:
        used += _json_size(view) + 1  # + its comma
        if used > budget:
            break
        kept.append(view)
    return kept


def _seed_from(job_id: str) -> int:
    return int(job_id[:15], 16)
