"""Entity tags for polled views (jobs, batches): a digest of the view without its presigned URLs (they change on
every call while the content does not), and the tags an If-None-Match header lists."""
from __future__ import annotations

import hashlib
import json
from typing import Any


def etag_of(view: dict[str, Any]) -> str:
    stable = {k: v for k, v in view.items() if k != "result_url"}
    if isinstance(stable.get("export"), dict):
        stable["export"] = {k: v for k, v in stable["export"].items() if k != "url"}
    digest = hashlib.sha256(json.dumps(stable, sort_keys=True).encode()).hexdigest()[:32]
    return f'"{digest}"'


def if_none_match_tags(header: str | None) -> set[str]:
    """The tags of an If-None-Match header; weak tags (W/"...") compare by their opaque part."""
    return {part.strip().removeprefix("W/") for part in (header or "").split(",") if part.strip()}
