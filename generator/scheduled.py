"""Scheduled batch generation: read a named batch from the specification file and submit its items
through the same service path as POST /jobs. Each item's idempotency key derives from the batch name,
the schedule's fire time and the item index, so a duplicate EventBridge delivery submits nothing new."""
from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from generator.jobs.model import JobRequest
from generator.observability import logger
from generator.settings import settings



class BatchSpecError(ValueError):
    pass


class BatchSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    description: str = ""
    owner: str = "scheduler"
    items: Annotated[list[JobRequest], Field(min_length=1)]


def load_batches(path: str | Path) -> dict[str, BatchSpec]:
    """Parse and validate every batch; errors name the batch and the field."""
    try:
        raw = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise BatchSpecError(f"{path}: cannot read batch specification: {exc}") from exc
    batches = raw.get("batches")
    if not isinstance(batches, dict) or not batches:
        raise BatchSpecError(f"{path}: needs at least one [batches.<name>] table")
    parsed: dict[str, BatchSpec] = {}
    for name, body in batches.items():
        try:
            parsed[name] = BatchSpec.model_validate(body)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise BatchSpecError(f"batch '{name}': field '{where}': {first['msg']}") from exc
    return parsed


def handle(event: dict[str, Any], context: Any) -> dict[str, Any]:
    from generator.bootstrap import job_service

    name = str(event.get("batch") or "nightly")
    fired_at = str(event.get("time") or event.get("fired_at") or "")
    batches = load_batches(settings().batch_spec_path)
    if name not in batches:
        logger.error("unknown batch", extra={"batch": name, "known": sorted(batches)})
        return {"batch": name, "error": f"unknown batch; known: {sorted(batches)}", "jobs": []}
    spec = batches[name]
    service = job_service()
    jobs = []
    for index, item in enumerate(spec.items):
        key = f"batch:{name}:{fired_at}:{index}" if fired_at else None
        submitted = service.submit(item, owner=spec.owner, idempotency_key=key)
        logger.info("batch item submitted", extra={"batch": name, "item": index, "job_id": submitted.state.job_id,
                                                   "created": submitted.created})
        jobs.append({"item": index, "job_id": submitted.state.job_id, "created": submitted.created})
    return {"batch": name, "fired_at": fired_at, "jobs": jobs}
