"""S3 key layout. Every key is built from a validated job id or a hash, never from raw client text."""
from __future__ import annotations

import hashlib
import re

JOB_ID_RE = re.compile(r"^[0-9a-f]{32}$")  # kept here (not in model) so key building never loads pydantic


def is_job_id(value: str) -> bool:
    return bool(JOB_ID_RE.fullmatch(value))


def _checked(job_id: str) -> str:
    if not is_job_id(job_id):  # defence in depth: the HTTP layer already rejected it
        raise ValueError("malformed job id")
    return job_id


def job(job_id: str) -> str:
    return f"jobs/{_checked(job_id)}/job.json"


def problem(job_id: str, index: int) -> str:
    return f"{problems_prefix(job_id)}{index:05d}.json"


def problems_prefix(job_id: str) -> str:
    """Where a job's checkpoints (its full problems) live: one listing gives them all with their sizes."""
    return f"jobs/{_checked(job_id)}/problems/"


def index_page(job_id: str, page: int) -> str:
    """Recorded items and public views of problems [page * size, (page + 1) * size), once that range is recorded."""
    return f"jobs/{_checked(job_id)}/index/{page:05d}.json"


def result(job_id: str) -> str:
    return f"jobs/{_checked(job_id)}/result.json"


def export(job_id: str, fmt: str) -> str:
    """A judge export of the job's problems, e.g. jobs/<id>/export-kattis.zip (built once, on first request)."""
    return f"jobs/{_checked(job_id)}/export-{fmt}.zip"


def owner_key(owner: str) -> str:
    return hashlib.sha256(owner.encode()).hexdigest()[:32]


def owner_jobs_prefix(owner: str) -> str:
    return f"owners/{owner_key(owner)}/jobs/"


def owner_job(owner: str, created_ms: int, job_id: str) -> str:
    # Inverted timestamp: a plain ascending LIST returns the newest jobs first.
    return f"{owner_jobs_prefix(owner)}{10**13 - created_ms:013d}-{_checked(job_id)}"


def idempotency(owner: str, key: str) -> str:
    digest = hashlib.sha256(f"{owner}\0{key}".encode()).hexdigest()
    return f"idempotency/{owner_key(owner)}/{digest}.json"
