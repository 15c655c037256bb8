"""A fresh bucket, jobs queue and dead-letter queue on the emulator, wired as serverless.yml wires them
(redrive after `max_receives`), under a unique name: moto's state is shared by every test of the session."""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class JobResources:
    name: str  # the bucket's and the jobs queue's name
    queue_url: str
    dead_letter_queue_url: str


def create_job_resources(s3: Any, sqs: Any, prefix: str, *, visibility_seconds: int | str,
                         max_receives: int | str) -> JobResources:
    name = f"{prefix}-{uuid.uuid4().hex[:10]}"
    s3.create_bucket(Bucket=name)
    dlq_url = sqs.create_queue(QueueName=f"{name}-dlq")["QueueUrl"]
    dlq_arn = sqs.get_queue_attributes(QueueUrl=dlq_url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    queue_url = sqs.create_queue(QueueName=name, Attributes={
        "VisibilityTimeout": str(visibility_seconds),
        "RedrivePolicy": json.dumps({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": str(max_receives)}),
    })["QueueUrl"]
    return JobResources(name, queue_url, dlq_url)
