"""The embedded AWS emulator records real requests and injects faults that botocore's retry logic sees."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
import uuid

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

from generator.local.emulator import Emulator, EmulatorClient, classify
from generator.local.stack import PROJECT_DIR, free_port

pytestmark = pytest.mark.integration


def _name(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def _s3(max_attempts: int = 3):
    # total_max_attempts counts the first call: 3 = one call + two retries.
    return boto3.client("s3", config=Config(retries={"mode": "standard", "total_max_attempts": max_attempts}))


def test_requests_are_recorded_by_service_and_operation(aws_env: Emulator) -> None:
    s3, sqs = boto3.client("s3"), boto3.client("sqs")
    bucket, queue = _name("bkt"), _name("queue")
    s3.create_bucket(Bucket=bucket)
    s3.put_object(Bucket=bucket, Key="jobs/a/state.json", Body=b"{}")
    s3.get_object(Bucket=bucket, Key="jobs/a/state.json")
    s3.head_object(Bucket=bucket, Key="jobs/a/state.json")
    s3.list_objects_v2(Bucket=bucket, Prefix="jobs/")
    s3.delete_object(Bucket=bucket, Key="jobs/a/state.json")
    url = sqs.create_queue(QueueName=queue)["QueueUrl"]
    sqs.send_message(QueueUrl=url, MessageBody=json.dumps({"job_id": "x"}))
    sqs.receive_message(QueueUrl=url, WaitTimeSeconds=0)
    boto3.client("events").put_events(Entries=[{"Source": "test", "DetailType": "t", "Detail": "{}"}])

    s3_ops = [(r["operation"], r["method"], r["bucket"], r["key"]) for r in aws_env.requests(service="s3")]
    assert s3_ops == [
        ("CreateBucket", "PUT", bucket, None),
        ("PutObject", "PUT", bucket, "jobs/a/state.json"),
        ("GetObject", "GET", bucket, "jobs/a/state.json"),
        ("HeadObject", "HEAD", bucket, "jobs/a/state.json"),
        ("ListObjectsV2", "GET", bucket, None),
        ("DeleteObject", "DELETE", bucket, "jobs/a/state.json"),
    ]
    sqs_ops = [(r["operation"], r["queue"], r["target"]) for r in aws_env.requests(service="sqs")]
    assert sqs_ops == [
        ("CreateQueue", queue, "AmazonSQS.CreateQueue"),
        ("SendMessage", queue, "AmazonSQS.SendMessage"),
        ("ReceiveMessage", queue, "AmazonSQS.ReceiveMessage"),
    ]
    assert [r["operation"] for r in aws_env.requests(service="events")] == ["PutEvents"]
    assert all(r["status"] in (200, 204) and r["fault"] is None for r in aws_env.requests())
    assert [r["seq"] for r in aws_env.requests()] == sorted(r["seq"] for r in aws_env.requests())
    assert aws_env.requests(operation="GetObject")[0]["key"] == "jobs/a/state.json"

    assert aws_env.clear_requests() == 10
    assert aws_env.requests() == []


def test_s3_slowdown_is_retried_and_the_object_arrives(aws_env: Emulator) -> None:
    bucket = _name("bkt")
    s3 = _s3(max_attempts=3)
    s3.create_bucket(Bucket=bucket)
    s3.put_object(Bucket=bucket, Key="k", Body=b"payload")
    aws_env.clear_requests()

    aws_env.inject(service="s3", operation="GetObject", count=2, status=503, code="SlowDown")
    assert s3.get_object(Bucket=bucket, Key="k")["Body"].read() == b"payload"

    gets = aws_env.requests(service="s3", operation="GetObject")
    assert [(r["status"], (r["fault"] or {}).get("code")) for r in gets] == [
        (503, "SlowDown"), (503, "SlowDown"), (200, None)
    ]
    assert aws_env.faults() == []  # the rule is used up


def test_s3_faults_beyond_the_retry_budget_raise(aws_env: Emulator) -> None:
    bucket = _name("bkt")
    s3 = _s3(max_attempts=3)
    s3.create_bucket(Bucket=bucket)
    s3.put_object(Bucket=bucket, Key="k", Body=b"payload")
    aws_env.clear_requests()

    rule = aws_env.inject(service="s3", operation="GetObject", count=5, status=503, code="SlowDown")
    with pytest.raises(ClientError) as caught:
        s3.get_object(Bucket=bucket, Key="k")
    assert caught.value.response["Error"]["Code"] == "SlowDown"
    assert caught.value.response["ResponseMetadata"]["HTTPStatusCode"] == 503
    assert caught.value.response["ResponseMetadata"]["RetryAttempts"] == 2
    assert len(aws_env.requests(service="s3", operation="GetObject")) == 3
    assert [f["remaining"] for f in aws_env.faults() if f["id"] == rule] == [2]
    # Other operations and other buckets are untouched by the rule.
    s3.head_object(Bucket=bucket, Key="k")


def test_sqs_throttling_uses_the_json_protocol_and_is_retried(aws_env: Emulator) -> None:
    sqs = boto3.client("sqs", config=Config(retries={"mode": "standard", "total_max_attempts": 3}))
    url = sqs.create_queue(QueueName=_name("queue"))["QueueUrl"]

    aws_env.inject(service="sqs", operation="SendMessage", count=1)  # default: 400 ThrottlingException
    response = sqs.send_message(QueueUrl=url, MessageBody="hello")
    assert response["ResponseMetadata"]["RetryAttempts"] == 1

    aws_env.inject(service="sqs", operation="SendMessage", count=3, status=400,
                   code="AWS.SimpleQueueService.RequestThrottled")
    with pytest.raises(ClientError) as caught:
        sqs.send_message(QueueUrl=url, MessageBody="hello")
    # Not a code botocore knows as throttling: no retry, the code reaches the caller as sent.
    assert caught.value.response["Error"]["Code"] == "AWS.SimpleQueueService.RequestThrottled"
    assert caught.value.response["ResponseMetadata"]["RetryAttempts"] == 0
    sends = aws_env.requests(service="sqs", operation="SendMessage")
    assert [r["status"] for r in sends] == [400, 200, 400]


def test_fault_rules_match_method_and_path_and_can_only_delay(aws_env: Emulator) -> None:
    bucket = _name("bkt")
    s3 = _s3(max_attempts=1)
    s3.create_bucket(Bucket=bucket)
    aws_env.inject(service="s3", method="PUT", path_contains="/results/", count=1, status=500, code="InternalError")
    s3.put_object(Bucket=bucket, Key="jobs/x/state.json", Body=b"1")  # path does not match
    with pytest.raises(ClientError) as caught:
        s3.put_object(Bucket=bucket, Key="jobs/x/results/1.json", Body=b"1")
    assert caught.value.response["Error"]["Code"] == "InternalError"

    aws_env.inject(service="s3", operation="HeadObject", count=1, status=0, delay=0.3)
    started = time.monotonic()
    s3.head_object(Bucket=bucket, Key="jobs/x/state.json")
    assert time.monotonic() - started >= 0.3
    assert aws_env.requests(operation="HeadObject")[-1]["status"] == 200


def test_control_api_over_http(aws_env: Emulator) -> None:
    client = EmulatorClient(aws_env.url)
    assert client.health()
    bucket = _name("bkt")
    s3 = _s3(max_attempts=1)
    s3.create_bucket(Bucket=bucket)

    rule_id = client.inject(service="s3", operation="ListObjectsV2", count=1)
    assert [f["id"] for f in client.faults()] == [rule_id]
    with pytest.raises(ClientError):
        s3.list_objects_v2(Bucket=bucket)
    assert client.faults() == []

    logged = client.requests(service="s3")
    assert [r["operation"] for r in logged] == ["CreateBucket", "ListObjectsV2"]
    assert client.requests(service="s3", since=logged[0]["seq"])[0]["operation"] == "ListObjectsV2"

    client.inject(service="sqs", count=0)  # unlimited until deleted
    assert client.clear_faults() == 1
    assert client.clear_requests() == 2

    # Raw HTTP, as another process (or curl) would use it.
    request = urllib.request.Request(
        f"{aws_env.url}/_emulator/faults", method="POST",
        data=json.dumps([{"service": "s3", "operation": "GetObject", "count": 2}]).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request) as response:
        assert response.status == 201
        assert json.loads(response.read())["faults"][0]["code"] == "SlowDown"
    with urllib.request.urlopen(urllib.request.Request(f"{aws_env.url}/_emulator/faults", method="DELETE")) as r:
        assert json.loads(r.read()) == {"cleared": 1}
    bad = urllib.request.Request(f"{aws_env.url}/_emulator/faults", method="POST", data=b'{"servce": "s3"}')
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(bad)
    assert caught.value.code == 400


def test_cli_serves_the_emulator_in_another_process(tmp_path) -> None:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "generator.local.emulator", "--port", str(port)],
        cwd=PROJECT_DIR, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        client = EmulatorClient(f"http://127.0.0.1:{port}")
        deadline = time.monotonic() + 30
        while not client.health():
            assert process.poll() is None, process.stdout.read()
            assert time.monotonic() < deadline, "emulator CLI did not come up"
            time.sleep(0.1)
        s3 = boto3.session.Session(aws_access_key_id="test", aws_secret_access_key="test", region_name="us-east-1") \
            .client("s3", endpoint_url=client.url)
        client.inject(service="s3", operation="CreateBucket", count=1, status=409, code="OperationAborted")
        with pytest.raises(ClientError) as caught:
            s3.create_bucket(Bucket="cli-bucket")
        assert caught.value.response["Error"]["Code"] == "OperationAborted"
        s3.create_bucket(Bucket="cli-bucket")
        assert [r["status"] for r in client.requests(service="s3")] == [409, 200]
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert process.returncode == 0


def test_classify_recognises_common_s3_operations() -> None:
    def op(method: str, path: str, query: str = "", **headers: str) -> str:
        environ = {"REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": query,
                   "HTTP_HOST": "127.0.0.1:5055",
                   "HTTP_AUTHORIZATION": "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/s3/aws4_request, x"}
        environ.update({f"HTTP_{k.upper()}": v for k, v in headers.items()})
        return classify(environ)["operation"]

    assert op("GET", "/") == "ListBuckets"
    assert op("GET", "/b", "list-type=2&prefix=jobs%2F") == "ListObjectsV2"
    assert op("GET", "/b", "prefix=jobs%2F") == "ListObjects"
    assert op("POST", "/b", "delete") == "DeleteObjects"
    assert op("PUT", "/b", "lifecycle") == "PutBucketLifecycleConfiguration"
    assert op("PUT", "/b/k", x_amz_copy_source="/b/j") == "CopyObject"
    assert op("POST", "/b/k", "uploads") == "CreateMultipartUpload"
    assert op("PUT", "/b/k", "partNumber=1&uploadId=u") == "UploadPart"
    assert op("POST", "/b/k", "uploadId=u") == "CompleteMultipartUpload"
    assert op("GET", "/b/k", "tagging") == "GetObjectTagging"
    # presigned GET: the signing service comes from the query string
    presigned = {"REQUEST_METHOD": "GET", "PATH_INFO": "/b/k", "HTTP_HOST": "127.0.0.1",
                 "QUERY_STRING": "X-Amz-Credential=test%2F20260101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature=x"}
    assert classify(presigned)["service"] == "s3" and classify(presigned)["operation"] == "GetObject"


def test_emulators_pick_free_ports_and_stop_cleanly() -> None:
    first, second = Emulator.start(port=0), Emulator.start(port=0)
    try:
        assert first.port != second.port
        assert EmulatorClient(first.url).health() and EmulatorClient(second.url).health()
    finally:
        first.stop()
        second.stop()
    assert not EmulatorClient(first.url, timeout=1).health()
    assert not first.running
    _ = os.environ  # no environment changes outside fixtures
