"""Ports of the job service. The S3/SQS adapters implement them; tests use in-memory fakes."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
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

    def put_sized(self, key: str, size: int, open_chunks: Callable[[], Iterable[bytes]], *,
                  content_type: str = "application/json") -> None:
        """Writes an object of known `size` whose content `open_chunks()` streams, never held whole. One write
        request (S3 PutObject takes up to 5 GiB; larger objects go as a multipart upload). `open_chunks` may be
        called again to read the content from the start (a retried request). Unconditional, like put_stream."""
        ...

    def sizes(self, prefix: str) -> dict[str, int]:
        """Every object under `prefix` with its size in bytes (S3: one LIST per 1,000 keys)."""
        ...

    def head(self, key: str) -> str | None:
        """The object's ETag, or None when absent (a cheap check whether someone else wrote it)."""
        ...

    def delete(self, key: str) -> None: ...

    def list_keys(self, prefix: str, *, start_after: str | None = None, limit: int = 100) -> list[str]: ...

    def presign_get(self, key: str, seconds: int) -> str: ...


class JobQueue(Protocol):
    def send(self, message: dict[str, Any], *, delay_seconds: int = 0) -> None: ...
