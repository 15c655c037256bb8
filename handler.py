"""Lambda entry points. Thin on purpose: each delegates to generator/ and keeps cold-start imports lean
(the problem generator is imported only by the worker, on its first job)."""
from __future__ import annotations

from typing import Any

from generator.observability import logger


@logger.inject_lambda_context(clear_state=True)
def submit(event: dict[str, Any], context: Any) -> dict[str, Any]:
    """POST /jobs, DELETE /jobs/{job_id}."""
    from generator.api import handle

    return handle(event, context)


@logger.inject_lambda_context(clear_state=True)
def status(event: dict[str, Any], context: Any) -> dict[str, Any]:
    """GET /jobs, /jobs/{job_id}, /jobs/{job_id}/problems, /jobs/{job_id}/result, /batches, /batches/{batch_id},
    /openapi.json."""
    from generator.status_fast import try_handle

    answered = try_handle(event)  # a job poll, the common case, without loading the resolver
    if answered is not None:
        return answered
    from generator.api import handle

    return handle(event, context)


@logger.inject_lambda_context(clear_state=True)
def worker(event: dict[str, Any], context: Any) -> dict[str, Any]:
    """SQS jobs queue (batch size 1): generate, checkpoint, hand off; failures reported per record."""
    from generator.worker import handle

    return handle(event, context)


@logger.inject_lambda_context(clear_state=True)
def dead_letter(event: dict[str, Any], context: Any) -> dict[str, Any]:
    """SQS dead-letter queue: a job whose message exhausted its deliveries becomes `failed` with a reason."""
    from generator.worker import handle_dead_letter

    return handle_dead_letter(event, context)


@logger.inject_lambda_context(clear_state=True)
def scheduled(event: dict[str, Any], context: Any) -> dict[str, Any]:
    """EventBridge schedule: submit the named batch through the same path as POST /jobs."""
    from generator.scheduled import handle

    return handle(event, context)


@logger.inject_lambda_context(clear_state=True)
def executor(event: dict[str, Any], context: Any) -> dict[str, Any]:
    """Runs untrusted programs for the worker (EXECUTOR=lambda): a role with only its logs, a VPC without egress."""
    from generator.problems.jail.executor import handle

    return handle(event, context)
