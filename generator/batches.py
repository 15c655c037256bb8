"""Scheduled batches: named specifications fired on a schedule, fanned out as one job per item, tracked in one
S3 object, deduplicated against earlier batches of the same name, and exported as one JSON Lines artifact.

Keys (all under `batches/`, built only from a batch id or name that passed the strict regexes below):

    batches/<batch_id>/batch.json              the batch record: a status poll reads only this object
    batches/<batch_id>/export.jsonl            one full problem per line (hidden tests, solution), when finished
    batches/_index/all/<inverted ms>-<id>      listing, newest first (a plain ascending LIST)
    batches/_index/by-name/<name>/<inv>-<id>   the same, per batch name
    batches/_history/<name>.json               signatures emitted by finished batches of a name, with times

Every write is safe to repeat (EventBridge delivers at least once, SQS too):
- the batch id derives from the batch name and the scheduled time (`nightly-20260101T0000Z`), and the record is
  created with If-None-Match; each item's job is submitted with the idempotency key `batch:<batch_id>:<item>`,
  so a duplicate firing finds the jobs already there and submits nothing new;
- the record changes only by compare-and-swap (If-Match, re-read and decide again on 412), and job status only
  moves forward (queued -> running -> ended), so late or repeated hook calls change nothing;
- the export's content is a function of the finished jobs, and the history keeps one entry per batch id.

The job service calls two hooks: `history(state)` when a worker takes a job (it returns the signatures the job
must avoid, and doubles as the "job started" signal that moves the job to `running` in the record), and
`on_job_terminal(state)` once a job ends. The call that records the last job's end writes the export and the
history entry; any later call for the same batch finishes that work if it was interrupted.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import time
import tomllib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictStr, ValidationError

from generator.jobs import keys as job_keys
from generator.jobs.model import MAX_SEED, TERMINAL, JobRequest, JobState, iso, utcnow
from generator.jobs.ports import BlobStore, ConflictError
from generator.observability import logger

if TYPE_CHECKING:
    from generator.jobs.service import JobService
    from generator.settings import Settings

# A batch name is a lowercase identifier; a batch id is the name plus the scheduled minute in UTC.
NAME_PATTERN = r"[a-z][a-z0-9_-]{0,39}"
NAME_RE = re.compile(rf"^{NAME_PATTERN}$")
STAMP_FORMAT = "%Y%m%dT%H%MZ"
BATCH_ID_RE = re.compile(rf"^(?P<name>{NAME_PATTERN})-(?P<stamp>[0-9]{{8}}T[0-9]{{4}}Z)$")
CURSOR_RE = re.compile(rf"^[0-9]{{13}}-{NAME_PATTERN}-[0-9]{{8}}T[0-9]{{4}}Z$")
MAX_ITEMS = 200
CAS_ATTEMPTS = 40
EXPORT_CONTENT_TYPE = "application/x-ndjson"
READ_THREADS = 8

JobStatus = Literal["queued", "running", "succeeded", "failed", "cancelled"]
BatchStatus = Literal["submitting", "queued", "running", "exporting", "succeeded", "partial", "failed"]
FINAL: frozenset[str] = frozenset({"succeeded", "partial", "failed"})
_RANK = {"queued": 0, "running": 1, "succeeded": 2, "failed": 2, "cancelled": 2}


# ================================================================ errors
class BatchSpecError(ValueError):
    """The batch specification is malformed. Each problem names the batch and the field."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


class UnknownBatchError(LookupError):
    def __init__(self, name: str, known: list[str]) -> None:
        super().__init__(f"no batch named '{name}' in the specification; known: {', '.join(known) or 'none'}")
        self.name = name
        self.known = known


class BatchNotFoundError(LookupError):
    pass


class InvalidBatchIdError(ValueError):
    pass


# ================================================================ ids and keys
def floor_minute(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).replace(second=0, microsecond=0)


def make_batch_id(name: str, fired_at: datetime) -> str:
    """`<name>-<yyyymmddThhmmZ>` of the scheduled minute: the same firing always gets the same id."""
    return check_batch_id(f"{check_name(name)}-{floor_minute(fired_at).strftime(STAMP_FORMAT)}")


def check_name(name: str) -> str:
    if not isinstance(name, str) or not NAME_RE.fullmatch(name):
        raise InvalidBatchIdError(f"batch name must match {NAME_RE.pattern}")
    return name


def check_batch_id(batch_id: str) -> str:
    parse_batch_id(batch_id)
    return batch_id


def is_batch_id(value: str) -> bool:
    try:
        parse_batch_id(value)
    except InvalidBatchIdError:
        return False
    return True


def parse_batch_id(batch_id: str) -> tuple[str, datetime]:
    """(name, scheduled minute). Strict: every S3 key below is built only from an id that passed this."""
    match = BATCH_ID_RE.fullmatch(batch_id) if isinstance(batch_id, str) else None
    if match is None:
        raise InvalidBatchIdError(f"batch id must match {BATCH_ID_RE.pattern}")
    try:
        fired = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=timezone.utc)
    except ValueError as exc:
        raise InvalidBatchIdError("batch id has an impossible date or time") from exc
    return match["name"], fired


def record_key(batch_id: str) -> str:
    return f"batches/{check_batch_id(batch_id)}/batch.json"


def export_key(batch_id: str) -> str:
    return f"batches/{check_batch_id(batch_id)}/export.jsonl"


def history_key(name: str) -> str:
    return f"batches/_history/{check_name(name)}.json"


INDEX_PREFIX = "batches/_index/all/"


def index_prefix(name: str | None = None) -> str:
    return INDEX_PREFIX if name is None else f"batches/_index/by-name/{check_name(name)}/"


def index_entry(batch_id: str, fired_at: datetime) -> str:
    # Inverted milliseconds: an ascending LIST returns the newest scheduled time first.
    return f"{10**13 - int(fired_at.timestamp() * 1000):013d}-{check_batch_id(batch_id)}"


def item_idempotency_key(batch_id: str, item: int) -> str:
    return f"batch:{batch_id}:{item}"


def _key_hash(key: str) -> str:
    """How JobState stores an idempotency key (JobService.submit): the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def item_seed(batch_id: str, item: int) -> int:
    """A batch's problems are reproducible from its id: each item's seed derives from (batch id, item)."""
    digest = hashlib.sha256(f"batch-seed:{batch_id}:{item}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % (MAX_SEED + 1)


# ================================================================ specification (batches.toml)
class BatchSpec(BaseModel):
    """One `[batches.<name>]` table. Items are job requests (strict: a string is not a number)."""

    model_config = ConfigDict(extra="forbid", strict=True)
    description: StrictStr = ""
    owner: Annotated[StrictStr, Field(min_length=1, max_length=200)] = "scheduler"
    # A manual batch is fired only by hand (sls invoke); every other batch needs a schedule in serverless.yml.
    manual: StrictBool = False
    items: Annotated[list[JobRequest], Field(min_length=1, max_length=MAX_ITEMS)]


def _where(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(table)"


def parse_batches(text: str, *, source: str = "batches.toml") -> dict[str, BatchSpec]:
    """Parse and validate every batch. All problems are reported, each naming the batch and the field."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise BatchSpecError([f"{source}: not valid TOML: {exc}"]) from exc
    unknown_top = sorted(set(raw) - {"batches"})
    problems = [f"{source}: unknown top-level key '{k}' (only [batches.<name>] tables)" for k in unknown_top]
    batches = raw.get("batches")
    if not isinstance(batches, dict) or not batches:
        raise BatchSpecError(problems + [f"{source}: needs at least one [batches.<name>] table"])
    parsed: dict[str, BatchSpec] = {}
    for name, body in batches.items():
        if not NAME_RE.fullmatch(name):
            problems.append(f"{source}: batch '{name}': name must match {NAME_RE.pattern} "
                            "(lowercase letters, digits, '_' and '-'; at most 40 characters)")
            continue
        if not isinstance(body, dict):
            problems.append(f"{source}: batch '{name}': must be a table with an `items` array")
            continue
        try:
            parsed[name] = BatchSpec.model_validate(body)
        except ValidationError as exc:
            for error in exc.errors():
                message = "unknown field" if error["type"] == "extra_forbidden" else error["msg"]
                problems.append(f"{source}: batch '{name}': field '{_where(error['loc'])}': {message}")
    if problems:
        raise BatchSpecError(problems)
    return parsed


def load_batches(path: str | Path) -> dict[str, BatchSpec]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise BatchSpecError([f"{path}: cannot read the batch specification: {exc}"]) from exc
    return parse_batches(text, source=str(path))


def check_servable(specs: dict[str, BatchSpec], *, max_count: int, prepare: Callable[[JobRequest], Any],
                   source: str = "batches.toml") -> None:
    """What the job service would refuse at submit time (count bound, prompt without a family, a provider not
    enabled), found before any firing: a batch must never be half submitted."""
    from generator.jobs.service import InvalidRequestError

    fields = {"count_out_of_range": "count", "unsupported_prompt": "prompt", "provider_not_enabled": "provider"}
    problems = []
    for name, spec in specs.items():
        for index, item in enumerate(spec.items):
            where = f"{source}: batch '{name}': field 'items[{index}]"
            if item.count > max_count:
                problems.append(f"{where}.count': must be at most MAX_COUNT={max_count}, got {item.count}")
                continue
            try:
                prepare(item)
            except InvalidRequestError as exc:
                problems.append(f"{where}.{fields.get(exc.code, 'prompt')}': {exc.message}")
    if problems:
        raise BatchSpecError(problems)


# ================================================================ the batch record
class BatchJob(BaseModel):
    item: int
    request: JobRequest
    job_id: str | None = None
    status: JobStatus = "queued"
    completed: int = 0  # problems generated, known when the job ends
    failed: int = 0
    error: str | None = None  # the job's error code when it failed or was cancelled


class BatchExport(BaseModel):
    key: str
    problems: int
    bytes: int
    written_at: datetime


class BatchRecord(BaseModel):
    """batches/<batch_id>/batch.json: everything GET /batches/{batch_id} shows, in one object."""

    model_config = ConfigDict(extra="ignore")
    batch_id: str
    name: str
    description: str = ""
    owner: str
    status: BatchStatus = "submitting"
    fired_at: datetime  # the scheduled minute
    created_at: datetime
    updated_at: datetime
    submitted_at: datetime | None = None
    finished_at: datetime | None = None
    jobs: list[BatchJob]
    export: BatchExport | None = None

    def counts(self) -> dict[str, int]:
        counts = {"total": len(self.jobs), "queued": 0, "running": 0, "succeeded": 0, "failed": 0, "cancelled": 0}
        for job in self.jobs:
            counts[job.status] += 1
        return counts

    @property
    def all_ended(self) -> bool:
        return self.submitted_at is not None and all(j.status in TERMINAL for j in self.jobs)

    def derive_status(self) -> None:
        if self.status in FINAL:
            return
        if self.submitted_at is None:
            self.status = "submitting"
        elif self.all_ended:
            self.status = "exporting"
        elif any(j.status != "queued" for j in self.jobs):
            self.status = "running"
        else:
            self.status = "queued"


class HistoryEntry(BaseModel):
    batch_id: str
    fired_at: datetime
    recorded_at: datetime
    signatures: list[str]


class History(BaseModel):
    name: str
    entries: list[HistoryEntry] = Field(default_factory=list)


@dataclass(frozen=True)
class Fired:
    record: BatchRecord
    submissions: list[dict[str, Any]]  # {"item", "job_id", "created"}: created is False for a duplicate firing
    created: bool  # False when this firing's batch already existed


# ================================================================ the service
class BatchService:
    def __init__(
        self,
        *,
        store: BlobStore,
        settings: Settings,
        jobs: JobService | None = None,
        specs: Callable[[], dict[str, BatchSpec]] | None = None,
        clock: Callable[[], datetime] = utcnow,
        dedup_days: int | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.store = store
        self.settings = settings
        self._jobs = jobs
        self._specs = specs
        self.clock = clock
        self._dedup_days = dedup_days
        self._sleep = sleep

    def bind(self, jobs: JobService) -> None:
        """The job service is built with this service's hooks, then handed back here (see `wire`)."""
        self._jobs = jobs

    @property
    def jobs(self) -> JobService:
        if self._jobs is None:
            raise RuntimeError("BatchService has no JobService: call bind() (generator.batches.wire does)")
        return self._jobs

    @property
    def dedup_days(self) -> int:
        """Explicit argument, else Settings.batch_dedup_days (BATCH_DEDUP_DAYS, default 30)."""
        return self._dedup_days if self._dedup_days is not None else self.settings.batch_dedup_days

    def specs(self) -> dict[str, BatchSpec]:
        if self._specs is not None:
            return self._specs()
        return load_batches(self.settings.batch_spec_path)

    # ------------------------------------------------------------ firing
    def fire(self, name: str, fired_at: datetime) -> Fired:
        """Create the batch of this (name, scheduled time) and submit one job per item; repeat-safe."""
        specs = self.specs()
        if name not in specs:
            raise UnknownBatchError(name, sorted(specs))
        spec = specs[name]
        batch_id = make_batch_id(name, fired_at)
        now = self.clock()
        record = BatchRecord(
            batch_id=batch_id, name=name, description=spec.description, owner=spec.owner,
            fired_at=floor_minute(fired_at), created_at=now, updated_at=now,
            jobs=[BatchJob(item=i, request=self._request(batch_id, i, item)) for i, item in enumerate(spec.items)],
        )
        # Refuse what the job service would refuse before writing anything: never a half-submitted batch.
        check_servable({name: spec}, max_count=self.settings.max_count, prepare=self.jobs.maker.prepare)
        created = True
        try:
            self.store.put(record_key(batch_id), _dump(record), if_none_match=True)
        except ConflictError:
            created = False
            record = self.get(batch_id)
            if record.submitted_at is not None:
                logger.info("duplicate firing: the batch exists and is fully submitted",
                            extra={"batch_id": batch_id, "status": record.status})
                return Fired(self.repair(batch_id), [], created=False)
            # The first firing may have stopped part-way: submit the record's items again (the idempotency keys
            # give back the same jobs).
        for prefix in (index_prefix(), index_prefix(name)):
            self.store.put(prefix + index_entry(batch_id, record.fired_at), b"{}")
        submissions = self._submit_all(record)
        by_item = {s["item"]: s["job_id"] for s in submissions}

        def submitted(r: BatchRecord) -> bool:
            for job in r.jobs:
                job.job_id = job.job_id or by_item.get(job.item)
            if r.submitted_at is not None and all(j.job_id for j in r.jobs):
                return False
            r.submitted_at = r.submitted_at or self.clock()
            r.derive_status()
            return True

        record = self._update(batch_id, submitted)
        logger.info("batch fired", extra={"batch_id": batch_id, "items": len(record.jobs), "new_batch": created,
                                          "new_jobs": sum(1 for s in submissions if s["created"])})
        if record.status == "exporting":  # every job ended before the record listed them all
            record = self._finalize(record)
        return Fired(record, submissions, created)

    def _request(self, batch_id: str, index: int, item: JobRequest) -> JobRequest:
        if item.seed is not None:
            return item
        return item.model_copy(update={"seed": item_seed(batch_id, index)})

    def _submit_all(self, record: BatchRecord) -> list[dict[str, Any]]:
        def submit(job: BatchJob) -> dict[str, Any]:
            submitted = self.jobs.submit(job.request, owner=record.owner,
                                         idempotency_key=item_idempotency_key(record.batch_id, job.item),
                                         batch_id=record.batch_id)
            return {"item": job.item, "job_id": submitted.state.job_id, "created": submitted.created}

        with ThreadPoolExecutor(max_workers=max(1, min(READ_THREADS, len(record.jobs)))) as pool:
            return list(pool.map(submit, record.jobs))

    # ------------------------------------------------------------ job hooks
    def history(self, state: JobState) -> frozenset[str]:
        """JobService `history` hook, called when a worker takes a job: marks the job running in its batch
        record (best effort) and returns the signatures earlier batches of the same name emitted within
        BATCH_DEDUP_DAYS of this batch's scheduled time."""
        if not state.batch_id:
            return frozenset()
        name, fired = parse_batch_id(state.batch_id)
        try:
            self._mark_running(state)
        except Exception:  # tracking must never stop generation; the end of the job is recorded anyway
            logger.warning("could not mark the job running in its batch", exc_info=True,
                           extra={"batch_id": state.batch_id, "job_id": state.job_id})
        days = self.dedup_days
        if days <= 0:
            return frozenset()
        earliest = fired - timedelta(days=days)
        history, _ = self._load_history(name)
        return frozenset(
            signature
            for entry in history.entries
            if entry.batch_id != state.batch_id and entry.fired_at >= earliest
            for signature in entry.signatures
        )

    def on_job_terminal(self, state: JobState) -> None:
        """JobService `on_terminal` hook. Idempotent: calling it again for the same job changes nothing, except
        that it completes an export that an earlier call could not finish."""
        if not state.batch_id:
            return
        batch_id = check_batch_id(state.batch_id)

        def ended(r: BatchRecord) -> bool:
            job = _job_of(r, state)
            if job is None or job.status in TERMINAL:
                return False
            job.job_id = state.job_id
            job.status = state.status
            job.completed = state.progress.completed
            job.failed = state.progress.failed
            job.error = state.error.code if state.error else None
            r.derive_status()
            return True

        try:
            record = self._update(batch_id, ended)
        except BatchNotFoundError:
            logger.error("job of an unknown batch ended", extra={"batch_id": batch_id, "job_id": state.job_id})
            return
        logger.info("batch job ended", extra={"batch_id": batch_id, "job_id": state.job_id, "job_status": state.status,
                                              "batch_status": record.status, "counts": record.counts()})
        if record.status == "exporting":
            self._finalize(record)

    def _mark_running(self, state: JobState) -> None:
        def started(r: BatchRecord) -> bool:
            job = _job_of(r, state)
            if job is None or job.status != "queued":
                return False
            job.job_id = state.job_id
            job.status = "running"
            r.derive_status()
            return True

        self._update(check_batch_id(state.batch_id or ""), started)

    # ------------------------------------------------------------ repair
    def repair(self, batch_id: str) -> BatchRecord:
        """Bring the record in line with its jobs (a hook call that failed for good) and finish an interrupted
        export. Reads the state of every job the record does not show as ended; called on duplicate firings."""
        record = self.get(batch_id)
        if record.status in FINAL:
            return record
        pending = [j for j in record.jobs if j.job_id and j.status not in TERMINAL]
        for state in _parallel(lambda j: self._job_state(j.job_id), pending):
            if state is not None and state.status != "queued":
                if state.terminal:
                    self.on_job_terminal(state)
                else:
                    self._mark_running(state)
        record = self.get(batch_id)
        if record.status == "exporting":
            record = self._finalize(record)
        return record

    # ------------------------------------------------------------ export and history
    def _finalize(self, record: BatchRecord) -> BatchRecord:
        """Every job ended: write the export, record the emitted signatures, mark the batch finished."""
        signatures: list[str] = []
        counted = {"lines": 0}

        def lines_of_all_jobs() -> Any:
            for job in record.jobs:
                for line, signature in self._export_lines(record.batch_id, job):
                    counted["lines"] += 1
                    if signature:
                        signatures.append(signature)
                    yield line

        key = export_key(record.batch_id)
        # Streamed: one problem in memory at a time, uploaded in parts (full problems can be megabytes each).
        size = self.store.put_stream(key, lines_of_all_jobs(), content_type=EXPORT_CONTENT_TYPE)
        lines = counted["lines"]
        self._record_history(record, signatures)
        export = BatchExport(key=key, problems=lines, bytes=size, written_at=self.clock())

        finished_here: list[bool] = []

        def finished(r: BatchRecord) -> bool:
            finished_here.clear()
            if r.status in FINAL:
                return False
            finished_here.append(True)
            r.export = export
            r.finished_at = self.clock()
            succeeded = sum(1 for j in r.jobs if j.status == "succeeded")
            r.status = "succeeded" if succeeded == len(r.jobs) else ("partial" if lines else "failed")
            return True

        final = self._update(record.batch_id, finished)
        if finished_here and final.status == "failed" and self._jobs is not None:
            self._jobs.metrics.emit("BatchesFailed")  # alarmed on: a scheduled batch emitted nothing
        logger.info("batch finished", extra={"batch_id": record.batch_id, "status": final.status,
                                             "problems": lines, "export_key": key, "export_bytes": size})
        return final

    def _export_lines(self, batch_id: str, job: BatchJob) -> Any:
        """(encoded line, signature) per finished problem of a job, read from its checkpoints one at a time (a
        failed or cancelled job keeps what it finished)."""
        if not job.job_id:
            return
        state = self._job_state(job.job_id)
        if state is None:  # expired
            return
        for index in self.jobs.done_indices(state):
            found = self.store.get(job_keys.problem(state.job_id, index))
            if found is None:
                raise RuntimeError(f"batch export: problem {index} of job {state.job_id} is missing")
            problem = json.loads(found.body)
            line = {"batch_id": batch_id, "item": job.item, "job_id": job.job_id, "index": index, "problem": problem}
            signature = (problem.get("verification") or {}).get("signature")
            yield json.dumps(line, ensure_ascii=False, separators=(",", ":")).encode() + b"\n", signature

    def _job_state(self, job_id: str) -> JobState | None:
        found = self.store.get(job_keys.job(job_id))
        return None if found is None else JobState.model_validate_json(found.body)

    def _load_history(self, name: str) -> tuple[History, str | None]:
        found = self.store.get(history_key(name))
        if found is None:
            return History(name=name), None
        return History.model_validate_json(found.body), found.etag

    def _record_history(self, record: BatchRecord, signatures: list[str]) -> None:
        key = history_key(record.name)
        for attempt in range(CAS_ATTEMPTS):
            history, etag = self._load_history(record.name)
            if any(e.batch_id == record.batch_id for e in history.entries):
                return
            history.entries.append(HistoryEntry(batch_id=record.batch_id, fired_at=record.fired_at,
                                                recorded_at=self.clock(), signatures=sorted(set(signatures))))
            newest = max(e.fired_at for e in history.entries)
            keep_from = newest - timedelta(days=max(self.dedup_days, 0))
            history.entries = sorted((e for e in history.entries if e.fired_at >= keep_from),
                                     key=lambda e: e.fired_at)
            body = history.model_dump_json().encode()
            try:
                if etag is None:
                    self.store.put(key, body, if_none_match=True)
                else:
                    self.store.put(key, body, if_match=etag)
                return
            except ConflictError:
                self._backoff(attempt)
        raise ConflictError(f"{key}: too many concurrent updates")

    # ------------------------------------------------------------ reads
    def get(self, batch_id: str) -> BatchRecord:
        """One GET: the batch record."""
        found = self.store.get(record_key(batch_id))
        if found is None:
            raise BatchNotFoundError(batch_id)
        return BatchRecord.model_validate_json(found.body)

    def export_url(self, record: BatchRecord) -> str | None:
        if record.export is None:
            return None
        return self.store.presign_get(record.export.key, self.settings.presign_seconds)

    def list(self, *, cursor: str | None, limit: int, name: str | None = None) -> tuple[list[BatchRecord], str | None]:
        """Newest scheduled time first; `cursor` is a `next_cursor` from an earlier page."""
        prefix = index_prefix(name)
        if cursor is not None and not CURSOR_RE.fullmatch(cursor):
            raise InvalidBatchIdError("cursor must be a value returned as next_cursor")
        found = self.store.list_keys(prefix, start_after=prefix + cursor if cursor else None, limit=limit + 1)
        page, more = found[:limit], len(found) > limit
        ids = [k[len(prefix) + 14:] for k in page]

        def read(batch_id: str) -> BatchRecord | None:
            try:
                return self.get(batch_id)
            except (BatchNotFoundError, InvalidBatchIdError):
                return None

        records = [r for r in _parallel(read, ids) if r is not None]
        return records, (page[-1][len(prefix):] if more and page else None)

    # ------------------------------------------------------------ compare-and-swap
    def _update(self, batch_id: str, mutate: Callable[[BatchRecord], bool]) -> BatchRecord:
        """Read-modify-write with If-Match; on 412 re-read and let `mutate` decide again."""
        key = record_key(batch_id)
        for attempt in range(CAS_ATTEMPTS):
            found = self.store.get(key)
            if found is None:
                raise BatchNotFoundError(batch_id)
            record = BatchRecord.model_validate_json(found.body)
            if not mutate(record):
                return record
            record.updated_at = self.clock()
            try:
                self.store.put(key, _dump(record), if_match=found.etag)
                return record
            except ConflictError:
                self._backoff(attempt)
        raise ConflictError(f"batch {batch_id}: too many concurrent updates")

    def _backoff(self, attempt: int) -> None:
        self._sleep(random.uniform(0, min(0.5, 0.01 * 2 ** min(attempt, 6))))


def _job_of(record: BatchRecord, state: JobState) -> BatchJob | None:
    """The record's entry for a job: by job id, else by the item's idempotency key (a hook may run before
    the firing has written the job ids into the record)."""
    for job in record.jobs:
        if job.job_id == state.job_id:
            return job
    if state.idempotency_key:
        for job in record.jobs:
            if job.job_id is None and _key_hash(item_idempotency_key(record.batch_id, job.item)) == state.idempotency_key:
                return job
    return None


def _parallel(fn: Callable[[Any], Any], values: list[Any]) -> list[Any]:
    if len(values) <= 1:
        return [fn(v) for v in values]
    with ThreadPoolExecutor(max_workers=min(READ_THREADS, len(values))) as pool:
        return list(pool.map(fn, values))


def _dump(record: BatchRecord) -> bytes:
    return record.model_dump_json().encode()


# ================================================================ views
def batch_summary(record: BatchRecord) -> dict[str, Any]:
    requested = sum(j.request.count for j in record.jobs)
    return {
        "batch_id": record.batch_id,
        "name": record.name,
        "description": record.description,
        "status": record.status,
        "fired_at": iso(record.fired_at),
        "created_at": iso(record.created_at),
        "updated_at": iso(record.updated_at),
        "finished_at": iso(record.finished_at) if record.finished_at else None,
        "jobs": record.counts(),
        "problems": {
            "requested": requested,
            "generated": sum(j.completed for j in record.jobs),  # of the jobs that ended
            "failed": sum(j.failed for j in record.jobs),
        },
        "links": {"self": f"/batches/{record.batch_id}"},
    }


def batch_view(record: BatchRecord, export_url: str | None) -> dict[str, Any]:
    """GET /batches/{batch_id}: the summary, each job, and the export (key and presigned URL) once finished."""
    view = batch_summary(record)
    view["items"] = [
        {
            "item": j.item,
            "job_id": j.job_id,
            "status": j.status,
            "prompt": j.request.prompt,
            "difficulty": j.request.difficulty,
            "language": j.request.language,
            "count": j.request.count,
            "completed": j.completed,
            "failed": j.failed,
            "error": j.error,
            "links": {"job": f"/jobs/{j.job_id}"} if j.job_id else {},
        }
        for j in record.jobs
    ]
    view["export"] = None
    if record.export is not None:
        view["export"] = {"key": record.export.key, "format": "jsonl", "problems": record.export.problems,
                          "bytes": record.export.bytes, "written_at": iso(record.export.written_at),
                          "url": export_url}
    return view


# ================================================================ wiring
def wire(*, store: BlobStore, queue: Any, settings: Settings, maker: Any = None,
         clock: Callable[[], datetime] = utcnow, dedup_days: int | None = None,
         specs: Callable[[], dict[str, BatchSpec]] | None = None) -> tuple[JobService, BatchService]:
    """A job service whose hooks feed a batch service, and that batch service (bootstrap, tests, bench)."""
    from generator.jobs.service import JobService

    batches = BatchService(store=store, settings=settings, clock=clock, dedup_days=dedup_days, specs=specs)
    jobs = JobService(store=store, queue=queue, settings=settings, maker=maker, clock=clock,
                      on_terminal=batches.on_job_terminal, history=batches.history)
    batches.bind(jobs)
    return jobs, batches
