"""SQS entry points: the job worker and the dead-letter consumer (Powertools batch processing)."""
from __future__ import annotations

import json
import time
from typing import Any

from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord

from generator.jobs.model import is_job_id
from generator.observability import logger
from generator.jobs.service import JobService, LeaseHeldError
from generator.metrics import MetricsSink



def _processor() -> BatchProcessor:
    """A processor per invocation (it keeps per-batch state). Failed records are reported in
    batchItemFailures instead of failing the whole invocation (which would also make serverless-offline
    hang): SQS then redelivers just that message, and after maxReceiveCount moves it to the DLQ."""
    return BatchProcessor(event_type=EventType.SQS, raise_on_entire_batch_failure=False)


class MalformedMessageError(ValueError):
    pass


def _service() -> JobService:
    from generator.bootstrap import job_service

    return job_service()


def parse_message(record: SQSRecord) -> tuple[str, int]:
    try:
        message = json.loads(record.body)
        job_id, hop = message["job_id"], int(message.get("hop", 0))
    except (ValueError, KeyError, TypeError) as exc:
        raise MalformedMessageError(f"message {record.message_id} is not a job message") from exc
    if not isinstance(job_id, str) or not is_job_id(job_id):
        raise MalformedMessageError(f"message {record.message_id} has a malformed job id")
    return job_id, hop


def queue_wait_seconds(record: SQSRecord, now_ms: float | None = None) -> float | None:
    """How long the message waited in the queue (sent → this receive), from SQS's SentTimestamp."""
    sent = record.attributes.sent_timestamp
    if not sent or not str(sent).isdigit():
        return None
    now_ms = time.time() * 1000 if now_ms is None else now_ms
    return max(0.0, (now_ms - int(sent)) / 1000)


def _metrics() -> MetricsSink:
    return _service().metrics


def _wipe_tmp() -> None:
    """A warm container keeps /tmp between invocations: what a case of an earlier job left outside its scratch
    dir (possible without bubblewrap and Landlock) is removed before this one; live runners' dirs stay.
    Only on AWS Lambda itself, whose /tmp is this function's alone: serverless-offline and `sls invoke local` set
    AWS_LAMBDA_FUNCTION_NAME too, and there /tmp is the developer's (or CI's) machine-wide one."""
    from generator.problems.jail.executor import on_aws_lambda

    if on_aws_lambda():
        from generator.problems.sandbox import wipe_tmp

        wipe_tmp()


def handle(event: dict[str, Any], context: Any) -> dict[str, Any]:
    _wipe_tmp()

    def work(record: SQSRecord) -> str:
        job_id, hop = parse_message(record)
        logger.append_keys(job_id=job_id)
        waited = queue_wait_seconds(record)
        if waited is not None:
            _metrics().emit("QueueWaitSeconds", round(waited, 3), unit="Seconds")
        try:
            outcome = _service().work(job_id, hop=hop, remaining_ms=context.get_remaining_time_in_millis)
        except LeaseHeldError as exc:
            logger.info("job held by another worker; retrying this delivery later", extra={"reason": str(exc)})
            raise
        except Exception:
            logger.exception("job failed in this delivery; SQS will redeliver it")
            raise
        logger.info("job delivery done", extra={"outcome": outcome.value, "hop": hop})
        logger.remove_keys(["job_id"])
        return outcome.value

    return process_partial_response(event=event, record_handler=work, processor=_processor(), context=context)


def handle_dead_letter(event: dict[str, Any], context: Any) -> dict[str, Any]:
    def fail(record: SQSRecord) -> None:
        try:
            job_id, _ = parse_message(record)
        except MalformedMessageError:
            logger.error("discarding a malformed dead letter", extra={"message_id": record.message_id})
            return
        logger.append_keys(job_id=job_id)
        # The receive count survives the move to the DLQ, and this receive from the DLQ added one.
        receives = record.attributes.approximate_receive_count
        deliveries = int(receives) - 1 if receives and int(receives) > 1 else None
        marked = _service().fail_undeliverable(job_id, deliveries)
        if marked:
            _metrics().emit("JobsDeadLettered")
        logger.warning("job message dead-lettered", extra={"marked_failed": marked})
        logger.remove_keys(["job_id"])

    return process_partial_response(event=event, record_handler=fail, processor=_processor(), context=context)
