"""Index pages of a job: the recorded items and public views of problems [p * size, (p + 1) * size).

A page is written once every index of its range is recorded (and rewritten when a retried job re-makes one of
its failed problems), before the snapshot write that drops those items: the snapshot keeps its size whatever
the job's size, and a page of GET /jobs/{id}/problems costs a few GETs whatever its limit. Writes are plain
PUTs: a page's content is a function of recorded items, so writing it again is harmless.

Plain JSON (no pydantic) on the read side, so status reads stay light.
"""
from __future__ import annotations

import json
from typing import Any

from generator.jobs import keys
from generator.jobs.ports import BlobStore


class MissingPageError(RuntimeError):
    pass


def page_of(index: int, size: int) -> int:
    return index // size


def page_count(indexed: int, size: int) -> int:
    return -(-indexed // size)


def encode_page(items: list[dict[str, Any]], views: list[dict[str, Any]], retries: int) -> bytes:
    body = {"items": sorted(items, key=lambda i: i["index"]), "problems": sorted(views, key=lambda v: v["index"]),
            "retries": retries}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


def read_page(store: BlobStore, job_id: str, page: int) -> dict[str, Any]:
    found = store.get(keys.index_page(job_id, page))
    if found is None:
        raise MissingPageError(f"index page {page} of job {job_id} is missing")
    return json.loads(found.body)


def write_page(store: BlobStore, job_id: str, page: int, items: list[dict[str, Any]],
               views: list[dict[str, Any]], retries: int) -> None:
    store.put(keys.index_page(job_id, page), encode_page(items, views, retries))
