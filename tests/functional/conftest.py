"""Functional tests call handler.py in-process with real-shaped events; AWS is the embedded emulator
(real boto3 over HTTP on 127.0.0.1), with a fresh bucket and queue per test."""
from __future__ import annotations

import uuid

import boto3
import pytest

from generator import bootstrap


@pytest.fixture
def aws(aws_env, monkeypatch):
    name = f"fn-{uuid.uuid4().hex[:12]}"
    s3 = boto3.client("s3")
    sqs = boto3.client("sqs")
    s3.create_bucket(Bucket=name)
    url = sqs.create_queue(QueueName=name)["QueueUrl"]
    monkeypatch.setenv("JOBS_BUCKET", name)
    monkeypatch.setenv("JOBS_QUEUE_URL", url)
    monkeypatch.setenv("POWERTOOLS_SERVICE_NAME", "problem-generator")
    bootstrap.reset()
    aws_env.clear_requests()
    yield type("Aws", (), {"s3": s3, "sqs": sqs, "queue_url": url, "bucket": name, "emulator": aws_env})
    bootstrap.reset()


def objects(aws) -> list[str]:
    return [o["Key"] for o in aws.s3.list_objects_v2(Bucket=aws.bucket).get("Contents", [])]


def queued(aws) -> int:
    attrs = aws.sqs.get_queue_attributes(QueueUrl=aws.queue_url, AttributeNames=["ApproximateNumberOfMessages"])
    return int(attrs["Attributes"]["ApproximateNumberOfMessages"])
