"""What clients see of a job: the snapshot without internal fields (owner, lease, hashes)."""
from __future__ import annotations

from typing import Any

from generator.jobs.model import JobState, iso


def job_view(state: JobState) -> dict[str, Any]:
    # The snapshot embeds the lowest finished indices; any further finished problem has a higher index.
    shown = [p["index"] for p in state.problems]
    rest = state.progress.completed > len(shown)
    failures = sorted((i for i in state.paged_failures + state.items if i.status == "failed"), key=lambda i: i.index)
    view: dict[str, Any] = {
        "job_id": state.job_id,
        "status": state.status,
        "stage": state.stage,
        "family": state.family,
        "request": {**state.request.model_dump(mode="json"), "seed": state.seed},
        "progress": state.progress.model_dump(),
        "problems": state.problems,
        # More finished problems than the snapshot embeds: page on with GET /jobs/{id}/problems?cursor=...
        "problems_next_cursor": str(max(shown, default=-1) + 1) if rest else None,
        "failures": [{"index": i.index, **(i.error.model_dump() if i.error else {})} for i in failures][:50],
        "usage": state.usage.model_dump(),
        "messages": state.messages[-10:],
        "error": state.error.model_dump() if state.error else None,
        "created_at": iso(state.created_at),
        "updated_at": iso(state.updated_at),
        "started_at": iso(state.started_at) if state.started_at else None,
        "finished_at": iso(state.finished_at) if state.finished_at else None,
        "expires_at": iso(state.expires_at),
        "links": {
            "self": f"/jobs/{state.job_id}",
            "problems": f"/jobs/{state.job_id}/problems",
            "result": f"/jobs/{state.job_id}/result",
        },
    }
    if state.batch_id:
        view["batch_id"] = state.batch_id
    return view
