"""The polling client against a scripted HTTP server on 127.0.0.1: ETag/If-None-Match, 304 handling, problems
printed once as they arrive, paging past the snapshot, batches followed to their export, backoff bounds."""
from __future__ import annotations

import io
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from generator import client

JOB = "a" * 32


def problem(index: int) -> dict:
    return {"index": index, "title": f"Problem {index}", "difficulty": "easy", "language": "en", "tags": [],
            "statement": {"legend": "L", "input_format": "I", "output_format": "O", "constraints_text": "C"},
            "samples": [{"input": "1\n", "output": "1\n"}], "limits": {"time_ms": 1000, "memory_mb": 256}}


def snapshot(status: str, done: int, *, embedded: int | None = None, next_cursor: str | None = None) -> dict:
    shown = list(range(done if embedded is None else min(done, embedded)))
    return {"job_id": JOB, "status": status, "stage": f"{done} done", "family": "fake",
            "progress": {"total": 3, "completed": done, "failed": 0}, "problems": [problem(i) for i in shown],
            "problems_next_cursor": next_cursor, "failures": [], "error": None}


class Script:
    """GET answers in order; each is (status, body, etag). Records the If-None-Match of every GET."""

    def __init__(self, gets: list[tuple[int, dict | None, str | None]], pages: dict[str, dict] | None = None):
        self.gets = list(gets)
        self.pages = pages or {}
        self.if_none_match: list[str | None] = []


@pytest.fixture
def server():
    holder: dict[str, Script] = {}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # quiet
            pass

        def _send(self, status: int, body: dict | None, headers: dict[str, str]) -> None:
            raw = json.dumps(body).encode() if body is not None else b""
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)

        def do_POST(self):  # noqa: N802
            self.rfile.read(int(self.headers["Content-Length"]))
            self._send(202, snapshot("queued", 0), {"Location": f"/jobs/{JOB}", "Retry-After": "0"})

        def do_GET(self):  # noqa: N802
            script = holder["script"]
            if "/problems?" in self.path:
                cursor = self.path.split("cursor=")[1].split("&")[0]
                self._send(200, script.pages[cursor], {})
                return
            script.if_none_match.append(self.headers.get("If-None-Match"))
            status, body, etag = script.gets.pop(0)
            headers = {"Retry-After": "0"}
            if etag:
                headers["ETag"] = etag
            self._send(status, body, headers)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", holder
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def no_sleep(monkeypatch):
    monkeypatch.setattr(client.time, "sleep", lambda _s: None)


def test_job_is_followed_with_etags_and_every_problem_printed_once(server):
    api, holder = server
    holder["script"] = Script(
        [(200, snapshot("running", 1), '"t1"'), (304, None, '"t1"'), (200, snapshot("running", 2), '"t2"'),
         (200, snapshot("succeeded", 3, embedded=2, next_cursor="2"), '"t3"')],
        pages={"2": {"problems": [problem(2)], "next_cursor": None}},
    )
    out = io.StringIO()
    final = client.run_job(api, {"prompt": "x", "count": 3}, out=out)
    assert final["status"] == "succeeded"
    assert holder["script"].if_none_match == [None, '"t1"', '"t1"', '"t2"']  # the tag of the last 200
    text = out.getvalue()
    assert [text.count(f"Problem {i}") for i in range(3)] == [1, 1, 1]  # page 2 fetched past the snapshot
    assert "3/3" in text


def test_an_error_answer_stops_the_client_with_its_message(server):
    api, holder = server
    holder["script"] = Script([(404, {"error": {"code": "job_not_found", "message": "no job with this id"}}, None)])
    with pytest.raises(client.ApiError, match="HTTP 404: no job with this id"):
        client.run_job(api, {"prompt": "x"}, out=io.StringIO())


def test_batch_is_followed_to_its_export(server):
    api, holder = server

    def view(status: str, running: int, ended: int, export: dict | None = None) -> dict:
        return {"batch_id": "smoke-20260101T0000Z", "status": status, "export": export,
                "jobs": {"total": 2, "queued": 2 - running - ended, "running": running, "succeeded": ended,
                         "failed": 0, "cancelled": 0},
                "problems": {"requested": 2, "generated": ended, "failed": 0},
                "items": [{"item": i, "status": "succeeded" if i < ended else "queued", "completed": int(i < ended),
                           "count": 1, "difficulty": "easy", "language": "en", "prompt": f"p{i}"} for i in range(2)]}

    export = {"key": "batches/smoke-20260101T0000Z/export.jsonl", "problems": 2, "bytes": 10}
    holder["script"] = Script([(200, view("running", 2, 0), '"a"'), (304, None, '"a"'),
                               (200, view("succeeded", 0, 2, export), '"b"')])
    out = io.StringIO()
    final = client.follow_batch(api, "smoke-20260101T0000Z", out=out)
    assert final["status"] == "succeeded" and holder["script"].if_none_match == [None, '"a"', '"a"']
    assert "export.jsonl (2 problems" in out.getvalue()


@pytest.mark.parametrize("attempt", range(8))
def test_backoff_is_full_jitter_capped_and_never_before_retry_after(attempt):
    for _ in range(200):
        assert 0 <= client.backoff(attempt, None, base=0.5, cap=8.0) <= min(8.0, 0.5 * 2 ** attempt)
        assert client.backoff(attempt, "3", base=0.5, cap=2.0) >= 3
