"""A polling client for the job API: submit, then poll with full-jitter backoff that honours Retry-After
and sends If-None-Match, draw a progress bar, and print each problem as it arrives.

Standard library only, so it runs anywhere Python does: `python -m generator.client --api URL ...`.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from typing import Any, TextIO

from generator.problems.render import to_markdown


class ApiError(RuntimeError):
    def __init__(self, status: int, body: Any) -> None:
        message = body.get("error", {}).get("message") if isinstance(body, dict) else str(body)
        super().__init__(f"HTTP {status}: {message}")
        self.status = status
        self.body = body


def request(method: str, url: str, body: Any = None, headers: dict[str, str] | None = None,
            timeout: float = 30) -> tuple[int, dict[str, str], Any]:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method, headers={
        "Content-Type": "application/json", "Accept": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            raw = resp.read()
            status, hdrs = resp.status, dict(resp.headers.items())
    except urllib.error.HTTPError as exc:
        raw, status, hdrs = exc.read(), exc.code, dict(exc.headers.items())
    parsed = json.loads(raw) if raw else None
    return status, {k.lower(): v for k, v in hdrs.items()}, parsed


def progress_bar(progress: dict[str, int], width: int = 30) -> str:
    total = max(1, progress["total"])
    done = progress["completed"] + progress["failed"]
    filled = int(width * done / total)
    return f"[{'#' * filled}{'.' * (width - filled)}] {done}/{progress['total']}"


def backoff(attempt: int, retry_after: str | None, base: float = 0.5, cap: float = 8.0) -> float:
    """Full jitter (random between 0 and the capped exponential), never sooner than Retry-After."""
    jitter = random.uniform(0, min(cap, base * 2 ** attempt))
    try:
        hint = float(retry_after) if retry_after else 0.0
    except ValueError:
        hint = 0.0
    return max(hint, jitter)


def poll(url: str, *, final: Callable[[dict[str, Any]], bool], first: dict[str, Any] | None = None,
         retry_after: str | None = None, timeout: float = 900) -> Iterator[dict[str, Any]]:
    """Yield the resource at `url` once per poll (the same view again after a 304) until `final` holds.
    Full-jitter backoff, never sooner than Retry-After; If-None-Match with the last ETag."""
    etag, view, attempt = None, first, 0
    deadline = time.monotonic() + timeout
    while True:
        if view is not None:
            yield view
            if final(view):
                return
            if time.monotonic() > deadline:
                raise TimeoutError(f"{url} did not finish in {timeout}s")
            time.sleep(backoff(attempt, retry_after, cap=2.0))
            attempt = min(attempt + 1, 6)
        status, hdrs, fresh = request("GET", url, headers={"If-None-Match": etag} if etag else {})
        retry_after = hdrs.get("retry-after")
        if status == 304:
            continue
        if status != 200:
            raise ApiError(status, fresh)
        etag, view, attempt = hdrs.get("etag"), fresh, 0


def run_job(api: str, job: dict[str, Any], *, out: TextIO = sys.stdout, timeout: float = 900,
            idempotency_key: str | None = None) -> dict[str, Any]:
    """Submit and follow one job to its end; returns the final snapshot."""
    headers = {"Idempotency-Key": idempotency_key} if idempotency_key else {}
    status, hdrs, body = request("POST", f"{api}/jobs", job, headers)
    if status not in (200, 202):
        raise ApiError(status, body)
    location = hdrs.get("location", f"/jobs/{body['job_id']}")
    print(f"submitted job {body['job_id']} ({body['family']}) → polling {location}", file=out)
    printed: set[int] = set()
    for snapshot in poll(f"{api}{location}", final=lambda s: s["status"] in ("succeeded", "failed", "cancelled"),
                         first=body, retry_after=hdrs.get("retry-after"), timeout=timeout):
        for problem in snapshot.get("problems", []):
            if problem["index"] not in printed:
                printed.add(problem["index"])
                print("\r" + " " * 100 + "\r" + to_markdown(problem), file=out)
        print(f"\r{progress_bar(snapshot['progress'])} {snapshot['status']}: {snapshot['stage'][:60]:<60}",
              end="", file=out, flush=True)
    print(file=out)
    # Problems beyond the snapshot's first page.
    cursor = snapshot.get("problems_next_cursor")
    while cursor is not None:
        status, _, page = request("GET", f"{api}{location}/problems?cursor={cursor}&limit=20")
        if status != 200:
            raise ApiError(status, page)
        for problem in page["problems"]:
            if problem["index"] not in printed:
                printed.add(problem["index"])
                print(to_markdown(problem), file=out)
        cursor = page.get("next_cursor")
    if snapshot.get("error"):
        print(f"job ended {snapshot['status']}: {snapshot['error']['message']}", file=out)
    for failure in snapshot.get("failures", []):
        print(f"problem {failure['index'] + 1} failed: {failure.get('message')}", file=out)
    return snapshot


def run_demo(api: str, *, prompt: str, difficulty: str, count: int, language: str, out: TextIO = sys.stdout) -> int:
    started = time.monotonic()
    snapshot = run_job(api, {"prompt": prompt, "difficulty": difficulty, "count": count, "language": language}, out=out)
    p = snapshot["progress"]
    print(f"done in {time.monotonic() - started:.1f}s: {snapshot['status']}, {p['completed']} verified, "
          f"{p['failed']} failed", file=out)
    return 0 if snapshot["status"] == "succeeded" else 1


def follow_batch(api: str, batch_id: str, *, out: TextIO = sys.stdout, timeout: float = 1800) -> dict[str, Any]:
    """Poll GET /batches/{batch_id} (ETag, Retry-After, full jitter) until it is final; print its jobs and export."""
    view: dict[str, Any] = {}
    for view in poll(f"{api}/batches/{batch_id}", final=lambda v: v["status"] in ("succeeded", "partial", "failed"),
                     timeout=timeout):
        jobs, problems = view["jobs"], view["problems"]
        ended = jobs["total"] - jobs["queued"] - jobs["running"]
        bar = progress_bar({"total": jobs["total"], "completed": ended, "failed": 0})
        print(f"\r{bar} jobs ended ({jobs['running']} running), {problems['generated']} of "
              f"{problems['requested']} problems: {view['status']:<10}", end="", file=out, flush=True)
    print(file=out)
    for item in view["items"]:
        print(f"  item {item['item']}: {item['status']:<9} {item['completed']}/{item['count']} "
              f"{item['difficulty']} {item['language']}  {item['prompt']}", file=out)
    export = view.get("export")
    if export:
        print(f"export: s3 key {export['key']} ({export['problems']} problems, {export['bytes']} bytes, JSON Lines)",
              file=out)
    return view


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--api", default="http://127.0.0.1:3000")
    parser.add_argument("--prompt", default="a DFS problem on grids")
    parser.add_argument("--difficulty", default="easy")
    parser.add_argument("--count", type=int, default=3)
    parser.add_argument("--language", default="en")
    args = parser.parse_args(argv)
    try:
        return run_demo(args.api, prompt=args.prompt, difficulty=args.difficulty, count=args.count,
                        language=args.language)
    except ApiError as exc:
        print(f"error: {exc}", file=sys.stderr)
        if isinstance(exc.body, dict):
            print(json.dumps(exc.body, ensure_ascii=False, indent=2), file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
