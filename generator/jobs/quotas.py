"""Per-owner limits on jobs in flight and problems per UTC day, and the submit kill switch.

One small S3 object per owner (`owners/<owner hash>/quota.json`) holds the current UTC day, the problems requested
that day and the ids of the owner's jobs that were queued or running when last seen. It is changed only by
compare-and-swap, like the snapshots, so concurrent submits of one owner cannot both take the last slot. Jobs in
flight are pruned lazily: only when the limit would be hit are the listed jobs' snapshots read (at most
`max_jobs_in_flight` GETs), and those that ended are dropped.

A reservation is made before the job is written; a submit that fails after it (S3 or SQS down) leaves the day's
count a little high, never low — the limit errs on the side of the operator's bill.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

from generator.jobs import keys
from generator.jobs.ports import BlobStore, ConflictError
from generator.settings import Settings

CAS_ATTEMPTS = 10
# Retry-After for "too many jobs in flight": a few problems take tens of seconds; polling sooner only costs requests.
IN_FLIGHT_RETRY_AFTER_SECONDS = 30


class QuotaExceededError(Exception):
    """The owner is over a limit: answered 429 with Retry-After."""

    def __init__(self, code: str, message: str, retry_after: int, limit: int) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.retry_after = retry_after
        self.limit = limit


class SubmissionsDisabledError(Exception):
    """The operator switched submissions off (the kill switch): answered 503."""

    def __init__(self, message: str, retry_after: int = 300) -> None:
        super().__init__(message)
        self.code = "submissions_disabled"
        self.message = message
        self.retry_after = retry_after


def quota_key(owner: str) -> str:
    return f"owners/{keys.owner_key(owner)}/quota.json"


def seconds_to_next_utc_day(now: datetime) -> int:
    now = now.astimezone(timezone.utc)
    midnight = (now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return max(1, int((midnight - now).total_seconds() + 0.999))


class OwnerQuotas:
    def __init__(self, store: BlobStore, settings: Settings, clock: Callable[[], datetime],
                 status_of: Callable[[str], str | None]) -> None:
        self.store = store
        self.settings = settings
        self.clock = clock
        self.status_of = status_of  # a job's status, or None if it is gone

    @property
    def enabled(self) -> bool:
        return self.settings.max_jobs_in_flight > 0 or self.settings.max_problems_per_day > 0

    def reserve(self, owner: str, job_id: str, problems: int) -> None:
        """Count a new job of `problems` problems against the owner's limits, or raise QuotaExceededError."""
        self._change(owner, job_id, problems)

    def reserve_in_flight(self, owner: str, job_id: str) -> None:
        """A retried job is in flight again; its problems were counted when it was submitted."""
        self._change(owner, job_id, 0)

    def _change(self, owner: str, job_id: str, problems: int) -> None:
        if not self.enabled:
            return
        key = quota_key(owner)
        for _ in range(CAS_ATTEMPTS):
            found = self.store.get(key)
            record = json.loads(found.body) if found is not None else {}
            now = self.clock()
            today = now.astimezone(timezone.utc).date().isoformat()
            used = int(record.get("problems", 0)) if record.get("day") == today else 0
            in_flight: list[str] = [j for j in record.get("in_flight", []) if j != job_id]
            self._check_daily(used, problems, now)
            limit = self.settings.max_jobs_in_flight
            if limit and len(in_flight) >= limit:
                in_flight = [j for j in in_flight if self.status_of(j) in ("queued", "running")]
                if len(in_flight) >= limit:
                    raise QuotaExceededError(
                        "too_many_jobs_in_flight",
                        f"at most {limit} jobs may be queued or running at once per caller; wait for one to "
                        "finish (or cancel one) and submit again",
                        retry_after=IN_FLIGHT_RETRY_AFTER_SECONDS, limit=limit)
            body = json.dumps({"day": today, "problems": used + problems, "in_flight": in_flight + [job_id]}).encode()
            try:
                if found is None:
                    self.store.put(key, body, if_none_match=True)
                else:
                    self.store.put(key, body, if_match=found.etag)
                return
            except ConflictError:
                continue  # another submit of this owner won the race: count again
        raise ConflictError(f"quota record of owner {keys.owner_key(owner)}: too many concurrent updates")

    def _check_daily(self, used: int, problems: int, now: datetime) -> None:
        limit = self.settings.max_problems_per_day
        if limit and problems and used + problems > limit:
            left = max(0, limit - used)
            raise QuotaExceededError(
                "daily_problem_limit",
                f"at most {limit} problems per caller per UTC day; {left} left today, this request asks for "
                f"{problems}; the count resets at 00:00 UTC",
                retry_after=seconds_to_next_utc_day(now), limit=limit)
