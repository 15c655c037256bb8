"""What clients see of a job: the snapshot without internal fields (owner, lease, hashes).

Works on the snapshot's JSON form (a dict), so a status poll can answer without loading pydantic; the service's
JobState goes through the same function (`job_view`), so both paths give the same view and the same ETag.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from generator.jobs.model import JobState

TERMINAL = frozenset({"succeeded", "failed", "cancelled"})


def _iso(value: str | None) -> str | None:
    if value is None:
        return None
    moment = datetime.fromisoformat(value).astimezone(timezone.utc)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def job_view(state: JobState) -> dict[str, Any]:
    return snapshot_view(state.model_dump(mode="json"))


def snapshot_view(s: dict[str, Any]) -> dict[str, Any]:
    # The snapshot embeds the lowest finished indices; any further finished problem has a higher index.
    shown = [p["index"] for p in s["problems"]]
    rest = s["progress"]["completed"] > len(shown)
    failed = [i for i in s.get("paged_failures", []) + s["items"] if i["status"] == "failed"]
    view: dict[str, Any] = {
        "job_id": s["job_id"],
        "status": s["status"],
        "stage": s["stage"],
        "family": s.get("family"),
        "request": {**s["request"], "seed": s["seed"]},
        "progress": s["progress"],
        "problems": s["problems"],
        # More finished problems than the snapshot embeds: page on with GET /jobs/{id}/problems?cursor=...
        "problems_next_cursor": str(max(shown, default=-1) + 1) if rest else None,
        "failures": [{"index": i["index"], **(i.get("error") or {})}
                     for i in sorted(failed, key=lambda i: i["index"])][:50],
        "usage": s["usage"],
        "messages": s["messages"][-10:],
        "error": s.get("error"),
        "created_at": _iso(s["created_at"]),
        "updated_at": _iso(s["updated_at"]),
        "started_at": _iso(s.get("started_at")),
        "finished_at": _iso(s.get("finished_at")),
        "expires_at": _iso(s["expires_at"]),
        "links": {
            "self": f"/jobs/{s['job_id']}",
            "problems": f"/jobs/{s['job_id']}/problems",
            "result": f"/jobs/{s['job_id']}/result",
        },
    }
    if s.get("batch_id"):
        view["batch_id"] = s["batch_id"]
    return view
