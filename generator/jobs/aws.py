"""S3 and SQS adapters. Transient errors (throttling, 5xx, resets) are retried by botocore's own retry
modes (configured in bootstrap), not by loops here; what still fails propagates so SQS retries the job."""
from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from botocore.exceptions import ClientError

from generator.jobs.ports import ConflictError, Versioned

# Multipart part size of streamed objects: the most a streamed write holds in memory (S3's minimum is 5 MiB; larger
# parts mean fewer write requests for large results).
PART_BYTES = 32 * 1024 * 1024
# The largest object one PutObject may write.
SINGLE_PUT_LIMIT = 5 * 1024**3


class ReplayableStream(io.RawIOBase):
    """A read-only stream of known size over `open_chunks()`, for a request body that is never held whole.
    botocore may read a body twice (once for its checksum, once to send it) and rewinds it to retry a request: a
    seek only records the position, and the next read replays the chunks from the start up to it."""

    def __init__(self, open_chunks: Callable[[], Iterable[bytes]], size: int) -> None:
        super().__init__()
        self._open, self._size = open_chunks, size
        self._chunks: Iterator[bytes] | None = None
        self._pending = b""   # the unread rest of the current chunk...
        self._start = 0       # ...which begins at this position of the content
        self._target = 0      # where the caller's next read begins

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._target

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._target, io.SEEK_END: self._size}[whence]
        self._target = max(0, base + offset)
        return self._target

    def readinto(self, buffer: Any) -> int:
        """Fills `buffer` as far as the content goes (across chunks): readers that take a short read for the end
        of the stream get the whole content."""
        view, filled = memoryview(buffer).cast("B"), 0
        while filled < len(view) and self._target < self._size:
            if self._chunks is None or self._target < self._start:  # first read, or rewound: replay from the start
                self._chunks, self._pending, self._start = iter(self._open()), b"", 0
            while self._start + len(self._pending) <= self._target:  # skip what lies before the target
                self._start += len(self._pending)
                chunk = next(self._chunks, None)
                if chunk is None:
                    raise RuntimeError(f"the content ended at {self._start} bytes of an announced {self._size}")
                self._pending = bytes(chunk)
            skip = self._target - self._start
            n = min(len(view) - filled, len(self._pending) - skip, self._size - self._target)
            view[filled:filled + n] = self._pending[skip:skip + n]
            filled += n
            self._target += n
        return filled


class S3BlobStore:
    def __init__(self, client: Any, bucket: str) -> None:
        self._s3 = client
        self._bucket = bucket

    def get(self, key: str) -> Versioned | None:
        try:
            response = self._s3.get_object(Bucket=self._bucket, Key=key)
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("NoSuchKey", "404"):
                return None
            raise
        return Versioned(body=response["Body"].read(), etag=response["ETag"])

    def put(self, key: str, body: bytes, *, if_match: str | None = None, if_none_match: bool = False,
            content_type: str = "application/json") -> str:
        extra: dict[str, str] = {}
        if if_match is not None:
            extra["IfMatch"] = if_match
        if if_none_match:
            extra["IfNoneMatch"] = "*"
        try:
            response = self._s3.put_object(Bucket=self._bucket, Key=key, Body=body, ContentType=content_type, **extra)
        except ClientError as exc:
            status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
            code = exc.response.get("Error", {}).get("Code")
            # 412: the condition failed; 409 ConditionalRequestConflict: a concurrent conditional write won.
            if status in (409, 412) or code in ("PreconditionFailed", "ConditionalRequestConflict"):
                raise ConflictError(key) from exc
            raise
        return response["ETag"]

    def put_stream(self, key: str, chunks: Iterable[bytes], *, content_type: str = "application/json",
                   part_bytes: int | None = None) -> int:
        part_bytes = part_bytes or PART_BYTES
        buffer, upload_id, parts, size = io.BytesIO(), None, [], 0
        try:
            for chunk in chunks:
                buffer.write(chunk)
                size += len(chunk)
                if buffer.tell() >= part_bytes:
                    if upload_id is None:
                        upload_id = self._s3.create_multipart_upload(
                            Bucket=self._bucket, Key=key, ContentType=content_type)["UploadId"]
                    parts.append(self._upload_part(key, upload_id, len(parts) + 1, buffer))
                    buffer = io.BytesIO()
            if upload_id is None:  # small enough for one request
                buffer.seek(0)
                self._s3.put_object(Bucket=self._bucket, Key=key, Body=buffer, ContentType=content_type)
                return size
            if buffer.tell() or not parts:
                parts.append(self._upload_part(key, upload_id, len(parts) + 1, buffer))
            self._s3.complete_multipart_upload(Bucket=self._bucket, Key=key, UploadId=upload_id,
                                               MultipartUpload={"Parts": parts})
            return size
        except BaseException:
            if upload_id is not None:  # parts of an abandoned upload are billed until aborted
                try:
                    self._s3.abort_multipart_upload(Bucket=self._bucket, Key=key, UploadId=upload_id)
                except ClientError:
                    pass
            raise

    def put_sized(self, key: str, size: int, open_chunks: Callable[[], Iterable[bytes]], *,
                  content_type: str = "application/json") -> None:
        if size > SINGLE_PUT_LIMIT:
            self.put_stream(key, open_chunks(), content_type=content_type)
            return
        self._s3.put_object(Bucket=self._bucket, Key=key, Body=ReplayableStream(open_chunks, size),
                            ContentLength=size, ContentType=content_type)

    def sizes(self, prefix: str) -> dict[str, int]:
        found: dict[str, int] = {}
        for page in self._s3.get_paginator("list_objects_v2").paginate(Bucket=self._bucket, Prefix=prefix):
            found.update((item["Key"], item["Size"]) for item in page.get("Contents", []))
        return found

    def _upload_part(self, key: str, upload_id: str, number: int, buffer: io.BytesIO) -> dict[str, Any]:
        buffer.seek(0)  # the buffer itself is the body: no second copy of the part
        response = self._s3.upload_part(Bucket=self._bucket, Key=key, UploadId=upload_id, PartNumber=number,
                                        Body=buffer)
        return {"PartNumber": number, "ETag": response["ETag"]}

    def head(self, key: str) -> str | None:
        try:
            return self._s3.head_object(Bucket=self._bucket, Key=key)["ETag"]
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("NoSuchKey", "404", "NotFound"):
                return None
            raise

    def delete(self, key: str) -> None:
        self._s3.delete_object(Bucket=self._bucket, Key=key)

    def list_keys(self, prefix: str, *, start_after: str | None = None, limit: int = 100) -> list[str]:
        kwargs: dict[str, Any] = {"Bucket": self._bucket, "Prefix": prefix, "MaxKeys": limit}
        if start_after:
            kwargs["StartAfter"] = start_after
        response = self._s3.list_objects_v2(**kwargs)
        return [item["Key"] for item in response.get("Contents", [])]

    def presign_get(self, key: str, seconds: int) -> str:
        return self._s3.generate_presigned_url(
            "get_object", Params={"Bucket": self._bucket, "Key": key}, ExpiresIn=seconds
        )


class SqsJobQueue:
    def __init__(self, client: Any, queue_url: str) -> None:
        """`client`: an SQS client, or a function returning one — built on the first send, so the status
        function (which never sends) does not pay for it at cold start."""
        self._client = client
        self._url = queue_url

    @property
    def _sqs(self) -> Any:
        if callable(self._client) and not hasattr(self._client, "send_message"):
            self._client = self._client()
        return self._client

    def send(self, message: dict[str, Any], *, delay_seconds: int = 0) -> None:
        self._sqs.send_message(
            QueueUrl=self._url, MessageBody=json.dumps(message, separators=(",", ":")), DelaySeconds=delay_seconds
        )
