"""Functional tests call handler.py with real-shaped events; AWS is moto's in-process fake (no network)."""
from __future__ import annotations

import boto3
import pytest
from moto import mock_aws

from generator import bootstrap

BUCKET, QUEUE = "functional-jobs", "functional-jobs"


@pytest.fixture
def aws(monkeypatch):
    for name in ("AWS_ENDPOINT_URL", "AWS_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "test")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "test")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.setenv("POWERTOOLS_SERVICE_NAME", "problem-generator")
    with mock_aws():
        s3 = boto3.client("s3")
        sqs = boto3.client("sqs")
        s3.create_bucket(Bucket=BUCKET)
        url = sqs.create_queue(QueueName=QUEUE)["QueueUrl"]
        monkeypatch.setenv("JOBS_BUCKET", BUCKET)
        monkeypatch.setenv("JOBS_QUEUE_URL", url)
        bootstrap.reset()
        yield type("Aws", (), {"s3": s3, "sqs": sqs, "queue_url": url, "bucket": BUCKET})
        bootstrap.reset()


def objects(aws) -> list[str]:
    return [o["Key"] for o in aws.s3.list_objects_v2(Bucket=aws.bucket).get("Contents", [])]


def queued(aws) -> int:
    attrs = aws.sqs.get_queue_attributes(QueueUrl=aws.queue_url, AttributeNames=["ApproximateNumberOfMessages"])
    return int(attrs["Attributes"]["ApproximateNumberOfMessages"])
