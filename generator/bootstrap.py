"""The one place that builds boto3 clients and wires adapters — once per Lambda container."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from generator.settings import settings


def _retry_config() -> Any:
    from botocore.config import Config

    # Standard mode retries throttling, 5xx and connection errors with jittered backoff.
    return Config(retries={"mode": "standard", "max_attempts": 6}, connect_timeout=5, read_timeout=30)


@lru_cache(maxsize=1)
def s3_client() -> Any:
    import boto3

    return boto3.session.Session().client("s3", config=_retry_config())


@lru_cache(maxsize=1)
def sqs_client() -> Any:
    import boto3

    return boto3.session.Session().client("sqs", config=_retry_config())


@lru_cache(maxsize=1)
def _services() -> tuple[Any, Any]:
    """The job service and the batch service, wired to each other (job ends update batch records)."""
    from generator.batches import wire
    from generator.jobs.aws import S3BlobStore, SqsJobQueue
    from generator.providers.routing import RoutingProblemMaker

    cfg = settings()
    return wire(
        store=S3BlobStore(s3_client(), cfg.jobs_bucket),
        queue=SqsJobQueue(sqs_client, cfg.jobs_queue_url),  # the client is built on the first send
        settings=cfg,
        maker=RoutingProblemMaker(),  # offline families, or an enabled LLM provider (request.provider)
    )


def job_service() -> Any:
    return _services()[0]


def batch_service() -> Any:
    return _services()[1]


def reset() -> None:
    """Forget cached clients and settings (tests that change the environment call this)."""
    settings.cache_clear()
    s3_client.cache_clear()
    sqs_client.cache_clear()
    _services.cache_clear()
