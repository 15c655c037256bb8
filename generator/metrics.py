"""Operational metrics (jobs, problems, gate rejections, timings) as CloudWatch embedded-metric-format log lines,
through Powertools Metrics: no API call, CloudWatch extracts them from the function's log stream.

Every metric carries the dimensions `service` and `stage`, so two stages in one account and region never mix;
the CloudWatch alarms and the dashboard in serverless.yml select on both. Names are listed in METRIC_NAMES so the
template test can check that every metric an alarm or the dashboard reads is one the code emits.
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from generator.observability import SERVICE, logger

METRIC_NAMES: frozenset[str] = frozenset({
    "JobsSubmitted", "JobsSucceeded", "JobsFailed", "JobsCancelled", "JobsRetried", "JobsDeadLettered",
    "SubmitsRefused",  # dimension `reason`: a quota code or `submissions_disabled`
    "ProblemsVerified", "ProblemsFailed",
    "GateRejections",  # dimension `code`: why the gate rejected a draft (one per rejected attempt)
    "GenerationSeconds",  # dimension `difficulty`: wall time to make and verify one problem
    "QueueWaitSeconds",  # SQS message age when a worker receives it
    "BatchesFailed",
})


class MetricsSink(Protocol):
    def emit(self, name: str, value: float = 1, *, unit: str = "Count",
             dimensions: Mapping[str, str] | None = None, metadata: Mapping[str, Any] | None = None) -> None:
        """`metadata` is written into the log line (searchable with Logs Insights) but is not a dimension."""
        ...


class PowertoolsMetrics:
    """One EMF line per call. Metrics never fail the work they describe: errors are logged and dropped."""

    def __init__(self, namespace: str | None = None, stage: str | None = None) -> None:
        self.namespace = namespace or os.environ.get("POWERTOOLS_METRICS_NAMESPACE") or "ProblemGenerator"
        self.stage = stage or os.environ.get("STAGE") or "local"

    def emit(self, name: str, value: float = 1, *, unit: str = "Count",
             dimensions: Mapping[str, str] | None = None, metadata: Mapping[str, Any] | None = None) -> None:
        try:
            from aws_lambda_powertools.metrics import EphemeralMetrics, MetricUnit

            metrics = EphemeralMetrics(namespace=self.namespace, service=SERVICE)
            metrics.add_dimension(name="stage", value=self.stage)
            for key, dimension in (dimensions or {}).items():
                metrics.add_dimension(name=key, value=dimension)
            metrics.add_metric(name=name, unit=MetricUnit(unit), value=value)
            for key, item in (metadata or {}).items():
                metrics.add_metadata(key=key, value=item)
            metrics.flush_metrics()
        except Exception:  # noqa: BLE001 - a metric must never fail a job
            logger.warning("could not emit metric", extra={"metric": name}, exc_info=True)


@dataclass
class MemoryMetrics:
    """An in-memory sink for tests: (name, value, unit, dimensions) in emission order."""

    emitted: list[tuple[str, float, str, dict[str, str]]] = field(default_factory=list)
    metadata: list[dict[str, Any]] = field(default_factory=list)  # per emission, same order

    def emit(self, name: str, value: float = 1, *, unit: str = "Count",
             dimensions: Mapping[str, str] | None = None, metadata: Mapping[str, Any] | None = None) -> None:
        self.emitted.append((name, value, unit, dict(dimensions or {})))
        self.metadata.append(dict(metadata or {}))

    def total(self, name: str, **dimensions: str) -> float:
        return sum(v for n, v, _, d in self.emitted if n == name and all(d.get(k) == x for k, x in dimensions.items()))


class NullMetrics:
    def emit(self, name: str, value: float = 1, *, unit: str = "Count",
             dimensions: Mapping[str, str] | None = None, metadata: Mapping[str, Any] | None = None) -> None:
        pass


def default_metrics() -> MetricsSink:
    """EMF lines inside a Lambda runtime (serverless-offline sets the same variable); nothing in the CLI, the
    benches and unit tests, whose stdout is for people."""
    return PowertoolsMetrics() if os.environ.get("AWS_LAMBDA_FUNCTION_NAME") else NullMetrics()
