"""In-memory fakes of the job service's ports (BlobStore, JobQueue, ProblemMaker) with the same
conditional-write semantics as S3, so unit tests can race workers without a network."""
from __future__ import annotations

import hashlib
import io
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

from generator.jobs.model import JobRequest, JobState
from generator.jobs.ports import ConflictError, Versioned
from generator.jobs.service import InvalidRequestError, ProblemFailedError
from generator.problems.schema import (
    Checker, Limits, Problem, Provenance, Sample, Solution, Statement, TestCase, Verification,
)


class MemoryStore:
    def __init__(self) -> None:
        self.objects: dict[str, bytes] = {}
        self.calls: list[tuple[str, str]] = []
        self._lock = threading.Lock()

    @staticmethod
    def _etag(body: bytes) -> str:
        return '"' + hashlib.md5(body).hexdigest() + '"'

    def get(self, key: str) -> Versioned | None:
        with self._lock:
            self.calls.append(("get", key))
            body = self.objects.get(key)
            return None if body is None else Versioned(body, self._etag(body))

    def put(self, key: str, body: bytes, *, if_match: str | None = None, if_none_match: bool = False,
            content_type: str = "application/json") -> str:
        with self._lock:
            self.calls.append(("put", key))
            current = self.objects.get(key)
            if if_none_match and current is not None:
                raise ConflictError(key)
            if if_match is not None and (current is None or self._etag(current) != if_match):
                raise ConflictError(key)
            self.objects[key] = body
            return self._etag(body)

    def put_stream(self, key: str, chunks, *, content_type: str = "application/json") -> int:
        body = self._joined(chunks)
        self._store(key, body)
        return len(body)

    def put_sized(self, key: str, size: int, open_chunks, *, content_type: str = "application/json") -> None:
        body = self._joined(open_chunks())
        if len(body) != size:  # S3 refuses a body shorter or longer than its Content-Length
            raise RuntimeError(f"{key}: {len(body)} bytes, announced {size}")
        self._store(key, body)

    @staticmethod
    def _joined(chunks) -> bytes:
        buffer = io.BytesIO()  # one copy at a time: the stored object is the only whole one
        for chunk in chunks:
            buffer.write(chunk)
        return buffer.getvalue()

    def _store(self, key: str, body: bytes) -> None:
        with self._lock:
            self.calls.append(("put", key))
            self.objects[key] = body

    def sizes(self, prefix: str) -> dict[str, int]:
        with self._lock:
            self.calls.append(("list", prefix))
            return {k: len(v) for k, v in self.objects.items() if k.startswith(prefix)}

    def head(self, key: str) -> str | None:
        with self._lock:
            self.calls.append(("head", key))
            body = self.objects.get(key)
            return None if body is None else self._etag(body)

    def delete(self, key: str) -> None:
        with self._lock:
            self.calls.append(("delete", key))
            self.objects.pop(key, None)

    def list_keys(self, prefix: str, *, start_after: str | None = None, limit: int = 100) -> list[str]:
        with self._lock:
            self.calls.append(("list", prefix))
            found = sorted(k for k in self.objects if k.startswith(prefix) and (start_after is None or k > start_after))
            return found[:limit]

    def presign_get(self, key: str, seconds: int) -> str:
        return f"https://example.invalid/{key}?expires={seconds}"


class MemoryQueue:
    def __init__(self) -> None:
        self.messages: list[dict[str, Any]] = []

    def send(self, message: dict[str, Any], *, delay_seconds: int = 0) -> None:
        self.messages.append(dict(message))


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 22, 12, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def fake_problem(job_id: str, index: int, seed: int) -> Problem:
    title = f"Problem {index} of seed {seed}"
    return Problem(
        id=f"{job_id}-{index:05d}", title=title, difficulty="easy", language="en", tags=["test"],
        statement=Statement(legend="Add two numbers.", input_format="A B", output_format="A+B", constraints_text="-"),
        constraints=[], limits=Limits(time_ms=1000, memory_mb=256),
        samples=[Sample(input="1 2\n", output="3\n")], tests=[TestCase(input="1 2\n", output="3\n", category="sample")],
        checker=Checker(), reference_solution=Solution(source="print(sum(map(int, input().split())))"),
        provenance=Provenance(generator="fake", family="fake", variant="v", theme="t", seed=seed),
        verification=Verification(
            passed=True, validator_checked_tests=1, validator_rejected_near_invalid=1, reference_runs=1,
            brute_agreements_small=1, brute_agreements_stress=100, wrong_solutions_rejected=["w"],
            time_limit_ms=1000, signature=hashlib.sha256(f"{seed}:{index}".encode()).hexdigest()[:32],
            categories={"sample": 1},
        ),
    )


class FakeMaker:
    """Deterministic problems; `fail_at` makes chosen indices fail the gate; `crash_at` raises a bug."""

    def __init__(self, *, fail_at: set[int] = frozenset(), crash_at: set[int] = frozenset(),
                 before: Callable[[int], None] | None = None) -> None:
        self.fail_at = set(fail_at)
        self.crash_at = set(crash_at)
        self.made: list[int] = []
        self.before = before

    def prepare(self, request: JobRequest) -> tuple[str, str]:
        if "unsupported" in request.prompt:
            raise InvalidRequestError("unsupported_prompt", "no family matches", allowed=["fake"])
        return "fake", "fake family"

    def make(self, state: JobState, index: int, avoid: frozenset[str], on_stage: Callable[[str], None]) -> Problem:
        if self.before:
            self.before(index)
        if index in self.crash_at:
            raise RuntimeError(f"crash at {index}")
        self.made.append(index)
        if index in self.fail_at:
            raise ProblemFailedError("gate_failed", f"problem {index} never verified")
        on_stage(f"made {index}")
        return fake_problem(state.job_id, index, state.seed)


class ConcurrencyProbe:
    """A FakeMaker `before` hook that holds each problem for `seconds` and records how many ran at once."""

    def __init__(self, seconds: float = 0.05) -> None:
        self.seconds = seconds
        self.active = 0
        self.peak = 0
        self._lock = threading.Lock()

    def __call__(self, index: int) -> None:
        with self._lock:
            self.active += 1
            self.peak = max(self.peak, self.active)
        time.sleep(self.seconds)
        with self._lock:
            self.active -= 1
