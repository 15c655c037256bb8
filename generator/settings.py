"""Typed settings read from the environment when first needed (never at import time), so tests can set
the environment freely and cold starts stay cheap."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name, "")
    return int(raw) if raw.strip() else default


@dataclass(frozen=True)
class Settings:
    stage: str
    jobs_bucket: str
    jobs_queue_url: str
    max_count: int  # upper bound of `count` in a job request
    snapshot_problems: int  # public problems embedded in a status snapshot (the first page)
    page_limit_max: int  # largest `limit` for paging endpoints
    retention_days: int  # S3 lifecycle expiry of job data; shown as expires_at
    worker_timeout_seconds: int  # the worker Lambda's timeout (the lease is derived from it)
    visibility_timeout_seconds: int  # SQS visibility timeout of the jobs queue
    max_receive_count: int  # SQS redrive maxReceiveCount
    max_hops: int  # bound on continuation messages per job
    handoff_margin_ms: int  # hand the rest of a job on when less than this remains
    retry_after_seconds: int  # Retry-After hint while a job runs
    default_owner: str  # owner of jobs when auth is disabled
    batch_spec_path: str  # the batch specification file the scheduled function reads
    presign_seconds: int
    lease_grace_seconds: int  # lease beyond the worker timeout, for clock skew between writers
    job_concurrency: int  # problems of one offline job generated at once (LLM jobs use LLM_CONCURRENCY)
    batch_dedup_days: int  # a batch avoids problems emitted by batches of the same name within this window
    index_page_size: int = 20  # recorded problems per index object (older items leave the snapshot in pages)
    record_interval_seconds: int = 10  # the worker writes the snapshot at most this often (plus first/last records)
    # Operator controls (issue 15). 0 means no limit. Scheduled batches are exempt from the per-owner limits and
    # from the kill switch (their own schedule params switch them).
    submissions_enabled: bool = True  # the kill switch: False makes POST /jobs answer 503
    submissions_disabled_message: str = ""  # shown in that 503, e.g. why and until when
    max_jobs_in_flight: int = 0  # per owner: jobs queued or running at once
    max_problems_per_day: int = 0  # per owner: problems requested per UTC day

    @property
    def lease_seconds(self) -> int:
        """A live worker renews its lease at least once per problem; one invocation never outlives this."""
        return self.worker_timeout_seconds + self.lease_grace_seconds

    @property
    def stall_seconds(self) -> int:
        """No heartbeat for this long means no worker will come back: SQS would have redelivered by now."""
        return self.lease_seconds + self.visibility_timeout_seconds


def load_settings() -> Settings:
    env = os.environ
    return Settings(
        stage=env.get("STAGE", "local"),
        jobs_bucket=env.get("JOBS_BUCKET", ""),
        jobs_queue_url=env.get("JOBS_QUEUE_URL", ""),
        max_count=_int("MAX_COUNT", 50),
        snapshot_problems=_int("SNAPSHOT_PROBLEMS", 20),
        page_limit_max=_int("PAGE_LIMIT_MAX", 50),
        retention_days=_int("RETENTION_DAYS", 30),
        worker_timeout_seconds=_int("WORKER_TIMEOUT_SECONDS", 900),
        visibility_timeout_seconds=_int("VISIBILITY_TIMEOUT_SECONDS", 5400),
        max_receive_count=_int("MAX_RECEIVE_COUNT", 5),
        max_hops=_int("MAX_HOPS", 20),
        handoff_margin_ms=_int("HANDOFF_MARGIN_MS", 120_000),
        retry_after_seconds=_int("RETRY_AFTER_SECONDS", 2),
        default_owner=env.get("DEFAULT_OWNER", "local-user"),
        batch_spec_path=env.get("BATCH_SPEC_PATH", "batches.toml"),
        presign_seconds=_int("PRESIGN_SECONDS", 900),
        lease_grace_seconds=_int("LEASE_GRACE_SECONDS", 30),
        # Offline problems are CPU-bound sandbox work: one per vCPU the function has (1769 MB = 1 vCPU on Lambda).
        job_concurrency=_int("JOB_CONCURRENCY", len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
                             else (os.cpu_count() or 1)),
        batch_dedup_days=_int("BATCH_DEDUP_DAYS", 30),
        index_page_size=max(1, _int("INDEX_PAGE_SIZE", 20)),
        record_interval_seconds=_int("RECORD_INTERVAL_SECONDS", 10),
        submissions_enabled=env.get("SUBMISSIONS_ENABLED", "true").strip().lower() not in ("false", "0", "no", "off"),
        submissions_disabled_message=env.get("SUBMISSIONS_DISABLED_MESSAGE", "").strip(),
        max_jobs_in_flight=_int("MAX_JOBS_IN_FLIGHT", 0),
        max_problems_per_day=_int("MAX_PROBLEMS_PER_DAY", 0),
    )


@lru_cache(maxsize=1)
def settings() -> Settings:
    """Per-container settings. Tests call `settings.cache_clear()` after changing the environment."""
    return load_settings()
