"""A local stand-in for Lambda's SQS event source mapping, over a real SQS endpoint (the emulator).

serverless-offline-sqs deletes every message after an invocation and ignores batchItemFailures, so it
cannot show redelivery, visibility timeouts or dead-lettering. This poller behaves like the managed
mapping: batch size 1, the message is deleted only when the handler did not report it as failed, and a
failed message becomes visible again after the queue's visibility timeout — so SQS's own redrive policy
moves a poison message to the dead-letter queue after maxReceiveCount receives.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tests.support.events import LambdaContext


@dataclass
class Delivery:
    message_id: str
    receive_count: int
    failed: bool
    body: str


def to_record(message: dict[str, Any], queue_arn: str) -> dict[str, Any]:
    return {
        "messageId": message["MessageId"],
        "receiptHandle": message["ReceiptHandle"],
        "body": message["Body"],
        "attributes": message.get("Attributes", {}),
        "messageAttributes": message.get("MessageAttributes", {}),
        "md5OfBody": message.get("MD5OfBody", ""),
        "eventSource": "aws:sqs",
        "eventSourceARN": queue_arn,
        "awsRegion": "us-east-1",
    }


class LocalEventSourceMapping:
    def __init__(self, sqs: Any, queue_url: str, handler: Callable[[dict[str, Any], Any], dict[str, Any]],
                 *, budget_ms: int = 900_000) -> None:
        self.sqs = sqs
        self.queue_url = queue_url
        self.handler = handler
        self.budget_ms = budget_ms
        self.queue_arn = sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
        self.deliveries: list[Delivery] = []

    def receive(self, wait_seconds: int = 1) -> dict[str, Any] | None:
        found = self.sqs.receive_message(QueueUrl=self.queue_url, MaxNumberOfMessages=1, WaitTimeSeconds=wait_seconds,
                                         AttributeNames=["All"], MessageAttributeNames=["All"])
        messages = found.get("Messages", [])
        return messages[0] if messages else None

    def deliver(self, message: dict[str, Any], budget_ms: int | None = None) -> Delivery:
        event = {"Records": [to_record(message, self.queue_arn)]}
        response = self.handler(event, LambdaContext(budget_ms=budget_ms or self.budget_ms))
        failed = any(f["itemIdentifier"] == message["MessageId"] for f in response.get("batchItemFailures", []))
        if not failed:
            self.sqs.delete_message(QueueUrl=self.queue_url, ReceiptHandle=message["ReceiptHandle"])
        delivery = Delivery(message["MessageId"], int(message["Attributes"]["ApproximateReceiveCount"]), failed,
                            message["Body"])
        self.deliveries.append(delivery)
        return delivery

    def poll_once(self, wait_seconds: int = 1, budget_ms: int | None = None) -> Delivery | None:
        message = self.receive(wait_seconds)
        return None if message is None else self.deliver(message, budget_ms)

    def run_until(self, done: Callable[[], bool], timeout: float, budget_ms: int | None = None) -> None:
        deadline = time.monotonic() + timeout
        while not done():
            if time.monotonic() > deadline:
                raise TimeoutError(f"condition not reached in {timeout}s; deliveries: {self.deliveries}")
            self.poll_once(budget_ms=budget_ms)
