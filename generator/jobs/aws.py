"""S3 and SQS adapters. Transient errors (throttling, 5xx, resets) are retried by botocore's own retry
modes (configured in bootstrap), not by loops here; what still fails propagates so SQS retries the job."""
from __future__ import annotations

import json
from typing import Any

from botocore.exceptions import ClientError

from generator.jobs.ports import ConflictError, Versioned


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
