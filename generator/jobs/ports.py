"""Ports of the job service. The S3/SQS adapters implement them; tests use in-memory fakes."""
from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Iterable
from typing import Any, Protocol


class ConflictError(Exception):
    """A conditional write lost a race (S3 412): re-read and decide again."""


@dataclass(frozen=True)
class Versioned:
    body: bytes
    etag: str


class BlobStore(Protocol):
    """Objects by key, with the two conditional writes S3 offers."""

    def get(self, key: str) -> Versioned | None: ...

    def put(self, key: str, body: bytes, *, if_match: str | None = None, if_none_match: bool = False,
            content_type: str = "application/json") -> str:
        """Returns the new ETag. Raises ConflictError when the condition fails."""
        ...

    def put_stream(self, key: str, chunks: Iterable[bytes], *, content_type: str = "application/json") -> int:
        """Writes the concatenation of `chunks` without holding it whole (multipart upload in S3); returns its size.
        Unconditional: only for objects whose content is a function of already recorded data."""
        ...

    def head(self, key: str) -> str | None:
        """The object's ETag, or None when absent (a cheap check whether someone else wrote it)."""
        ...

    def delete(self, key: str) -> None: ...

    def list_keys(self, prefix: str, *, start_after: str | None = None, limit: int = 100) -> list[str]: ...

    def presign_get(self, key: str, seconds: int) -> str: ...


class JobQueue(Protocol):
    def send(self, message: dict[str, Any], *, delay_seconds: int = 0) -> None: ...
