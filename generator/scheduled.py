"""EventBridge schedule entry point: fire a named batch (generator/batches.py) for the event's scheduled time.

Accepted events (EventBridge may deliver one more than once; Lambda retries a failed async invocation twice —
both are harmless, because the batch id derives from the name and the scheduled minute):

- what serverless.yml's input transformer delivers: {"batch": "nightly", "time": "2026-01-01T00:00:00Z", ...};
- the raw Scheduled Event {"detail-type": "Scheduled Event", "time": ..., "resources": [rule ARN], ...} with the
  batch name in `batch` (a constant `input`), in `detail.batch`, or in the rule name (`...-batch-<name>`);
- {"batch": name} alone (a manual run): the current minute is the scheduled time.

Configuration errors (unknown batch, malformed specification, malformed event) are answered, not raised: a retry
cannot fix them. Anything else (S3/SQS unavailable) is raised, so Lambda retries the firing.

    python -m generator.scheduled --check [batches.toml]     validate the specification; exit 1 with every problem
"""
from __future__ import annotations

import argparse
import re
import sys
from datetime import datetime, timezone
from typing import Any

from generator.batches import (
    NAME_RE,
    BatchSpecError,
    BatchSpec,
    InvalidBatchIdError,
    UnknownBatchError,
    check_servable,
    load_batches,
    make_batch_id,
    parse_batches,
)
from generator.jobs.model import iso, utcnow
from generator.observability import logger

__all__ = ["BatchSpec", "BatchSpecError", "InvalidScheduledEventError", "check", "handle", "load_batches",
           "parse_batches", "parse_event"]

RULE_NAME_RE = re.compile(r"rule/(?:[^/]+/)?[A-Za-z0-9._-]*-batch-(?P<name>[a-z][a-z0-9_-]{0,39})$")
MAX_TIME_CHARS = 40


class InvalidScheduledEventError(ValueError):
    pass


def _name_of(event: dict[str, Any]) -> str:
    for candidate in (event.get("batch"), (event.get("detail") or {}).get("batch")
                      if isinstance(event.get("detail"), dict) else None):
        if candidate is not None:
            if not isinstance(candidate, str) or not NAME_RE.fullmatch(candidate):
                raise InvalidScheduledEventError(f"batch name must match {NAME_RE.pattern}")
            return candidate
    for resource in event.get("resources") or []:
        match = RULE_NAME_RE.search(resource) if isinstance(resource, str) else None
        if match:
            return match["name"]
    raise InvalidScheduledEventError(
        "the event names no batch: expected `batch` (input transformer or constant input), `detail.batch`, "
        "or a rule named <service>-<stage>-batch-<name>")


def _time_of(event: dict[str, Any]) -> datetime:
    raw = event.get("time")
    if raw is None:
        return utcnow()
    if not isinstance(raw, str) or len(raw) > MAX_TIME_CHARS:
        raise InvalidScheduledEventError("time must be an ISO 8601 timestamp such as 2026-01-01T00:00:00Z")
    try:
        moment = datetime.fromisoformat(raw.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError as exc:
        raise InvalidScheduledEventError(
            f"time must be an ISO 8601 timestamp such as 2026-01-01T00:00:00Z, got {raw!r}") from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    if not 2000 <= moment.year <= 9999:
        raise InvalidScheduledEventError("time is out of range")
    return moment


def parse_event(event: Any) -> tuple[str, datetime, str]:
    """(batch name, scheduled time, batch id). The batch id is checked by a strict regex before any key exists."""
    if not isinstance(event, dict):
        raise InvalidScheduledEventError("the event must be a JSON object")
    name, fired_at = _name_of(event), _time_of(event)
    try:
        batch_id = make_batch_id(name, fired_at)
    except InvalidBatchIdError as exc:
        raise InvalidScheduledEventError(str(exc)) from exc
    return name, fired_at, batch_id


def handle(event: dict[str, Any], context: Any) -> dict[str, Any]:
    from generator.bootstrap import batch_service

    try:
        name, fired_at, batch_id = parse_event(event)
    except InvalidScheduledEventError as exc:
        logger.error("malformed scheduled event", extra={"reason": str(exc)})
        return {"error": {"code": "invalid_event", "message": str(exc)}}
    logger.append_keys(batch_id=batch_id)
    try:
        fired = batch_service().fire(name, fired_at)
    except UnknownBatchError as exc:
        logger.error("unknown batch", extra={"batch": name, "known": exc.known})
        return {"batch_id": batch_id, "error": {"code": "unknown_batch", "message": str(exc)}}
    except BatchSpecError as exc:
        logger.error("malformed batch specification", extra={"problems": exc.problems})
        return {"batch_id": batch_id, "error": {"code": "invalid_batch_spec", "message": str(exc),
                                                "problems": exc.problems}}
    record = fired.record
    logger.info("batch firing handled", extra={"new_batch": fired.created, "status": record.status,
                                               "jobs": len(record.jobs)})
    return {
        "batch_id": record.batch_id,
        "name": record.name,
        "fired_at": iso(record.fired_at),
        "created": fired.created,
        "status": record.status,
        "jobs": [{"item": s["item"], "job_id": s["job_id"], "created": s["created"]} for s in fired.submissions]
        or [{"item": j.item, "job_id": j.job_id, "created": False} for j in record.jobs],
        "links": {"self": f"/batches/{record.batch_id}"},
    }


def check(path: str, *, max_count: int | None = None, servable: bool = True) -> dict[str, BatchSpec]:
    """Validate the specification without AWS: structure and types, count above MAX_COUNT, and a prompt no offline
    family matches (items of other providers are checked by their maker when the batch fires, before anything
    is written). Raises BatchSpecError."""
    specs = load_batches(path)
    if servable:
        from generator.jobs.offline_maker import OfflineProblemMaker
        from generator.settings import load_settings

        offline = OfflineProblemMaker()
        limit = max_count if max_count is not None else load_settings().max_count
        check_servable(specs, max_count=limit, source=path,
                       prepare=lambda request: offline.prepare(request) if request.provider == "offline" else None)
    return specs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.scheduled")
    parser.add_argument("--check", nargs="?", const="batches.toml", metavar="PATH",
                        help="validate a batch specification (default batches.toml) and exit")
    args = parser.parse_args(argv)
    if args.check is None:
        parser.error("nothing to do: use --check [PATH]")
    try:
        specs = check(args.check)
    except BatchSpecError as exc:
        return report({}, exc.problems)
    return report(specs, [], prefix=f"{args.check}: ")


def report(specs: dict[str, BatchSpec], problems: list[str], *, prefix: str = "") -> int:
    """Print every problem (exit status 1) or a line per batch (0): the `--check` output."""
    if problems:
        print(f"batch specification invalid ({len(problems)} problem(s)):", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    for name, spec in specs.items():
        print(f"{prefix}batch '{name}': {len(spec.items)} items, "
              f"{sum(i.count for i in spec.items)} problems{' (manual)' if spec.manual else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
