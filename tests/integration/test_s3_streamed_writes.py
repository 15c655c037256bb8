"""The S3 adapter's streamed writes, through real boto3 against the embedded emulator: an object of known size is
one PutObject whose body is read from its chunks as it is sent, a retried request replays the chunks from the start,
and one listing gives every checkpoint's size."""
from __future__ import annotations

import hashlib
import io
import uuid

import boto3
import pytest
from botocore.config import Config

from generator.jobs.aws import ReplayableStream, S3BlobStore
from generator.local.emulator import Emulator

pytestmark = pytest.mark.integration


def _chunks(count: int, size: int) -> list[bytes]:
    return [hashlib.sha256(str(i).encode()).digest() * (size // 32) for i in range(count)]


def test_replayable_stream_reads_seeks_and_replays() -> None:
    chunks = [b"abc", b"", b"defgh", b"ij"]
    opened: list[int] = []

    def open_chunks():
        opened.append(1)
        return iter(chunks)

    stream = ReplayableStream(open_chunks, 10)
    assert stream.seek(0, io.SEEK_END) == 10 and stream.tell() == 10 and stream.read() == b""
    assert opened == []  # a length probe reads nothing
    stream.seek(0)
    assert stream.read(4) == b"abcd" and stream.read() == b"efghij"
    stream.seek(5)
    assert stream.read(3) == b"fgh" and len(opened) == 2  # going back replays from the start
    stream.seek(2, io.SEEK_CUR)
    assert stream.read() == b"" and stream.tell() == 10
    short = ReplayableStream(lambda: iter([b"abc"]), 5)
    with pytest.raises(RuntimeError, match="ended at 3 bytes of an announced 5"):
        short.read()


def test_put_sized_is_one_put_object_read_from_the_chunks(aws_env: Emulator) -> None:
    s3 = boto3.client("s3")
    bucket = f"streamed-{uuid.uuid4().hex[:12]}"
    s3.create_bucket(Bucket=bucket)
    store = S3BlobStore(s3, bucket)
    chunks = _chunks(40, 256 * 1024)  # 10 MiB in 40 chunks: over the 5 MiB a multipart part needs
    content = b"".join(chunks)
    since = aws_env.requests()[-1]["seq"] if aws_env.requests() else 0

    store.put_sized("jobs/x/result.json", len(content), lambda: iter(chunks))

    assert s3.get_object(Bucket=bucket, Key="jobs/x/result.json")["Body"].read() == content
    writes = [r["operation"] for r in aws_env.requests(service="s3") if r["seq"] > since
              and r["operation"] in ("PutObject", "CreateMultipartUpload", "UploadPart", "CompleteMultipartUpload")]
    assert writes == ["PutObject"]


def test_a_retried_put_sized_replays_its_chunks_from_the_start(aws_env: Emulator) -> None:
    s3 = boto3.client("s3", config=Config(retries={"mode": "standard", "total_max_attempts": 3}))
    bucket = f"streamed-{uuid.uuid4().hex[:12]}"
    s3.create_bucket(Bucket=bucket)
    store = S3BlobStore(s3, bucket)
    chunks = _chunks(8, 64 * 1024)
    content = b"".join(chunks)
    opened: list[int] = []

    def open_chunks():
        opened.append(1)
        return iter(chunks)

    aws_env.inject("s3", "PutObject", path_contains="retried.json", status=500, code="InternalError", count=1)
    store.put_sized("jobs/x/retried.json", len(content), open_chunks)

    assert s3.get_object(Bucket=bucket, Key="jobs/x/retried.json")["Body"].read() == content
    puts = [r for r in aws_env.requests(service="s3", operation="PutObject") if "retried.json" in (r["key"] or "")]
    assert len(puts) == 2 and len(opened) >= 2  # the second request read the content again, whole


def test_sizes_lists_every_object_under_a_prefix_past_one_page(aws_env: Emulator) -> None:
    s3 = boto3.client("s3")
    bucket = f"streamed-{uuid.uuid4().hex[:12]}"
    s3.create_bucket(Bucket=bucket)
    store = S3BlobStore(s3, bucket)
    for i in range(1005):  # one more page than a single LIST returns
        s3.put_object(Bucket=bucket, Key=f"jobs/y/problems/{i:05d}.json", Body=b"x" * (i % 7))
    s3.put_object(Bucket=bucket, Key="jobs/y/job.json", Body=b"{}")

    sizes = store.sizes("jobs/y/problems/")

    assert len(sizes) == 1005 and sizes["jobs/y/problems/01004.json"] == 1004 % 7
    assert "jobs/y/job.json" not in sizes


def test_replayable_stream_under_botocores_aws_chunked_wrapper() -> None:
    """Over HTTPS (real S3) botocore sends a streamed body as aws-chunked with a trailing checksum, reading it
    through AwsChunkedWrapper: the decoded chunks are the content, and a rewind for a retry sends it again."""
    from botocore.httpchecksum import AwsChunkedWrapper, Crc32Checksum

    chunks = _chunks(5, 100_000)
    content = b"".join(chunks)
    wrapper = AwsChunkedWrapper(ReplayableStream(lambda: iter(chunks), len(content)), checksum_cls=Crc32Checksum,
                                checksum_name="x-amz-checksum-crc32")

    def decoded(encoded: bytes) -> bytes:
        out, rest = b"", encoded
        while True:
            size_line, rest = rest.split(b"\r\n", 1)
            size = int(size_line, 16)
            if size == 0:
                assert rest.startswith(b"x-amz-checksum-crc32:")
                return out
            out, rest = out + rest[:size], rest[size + 2:]

    assert decoded(wrapper.read()) == content
    wrapper.seek(0)
    assert decoded(wrapper.read()) == content
