"""The local stack end to end: emulator + `sls offline start -s local` + the real handler.py.

These tests check the plumbing (routes served, environment reaching the handler, SQS event sources wired to the
emulator's queues, CORS, clean shutdown), not the generation results, which tests/functional covers."""
from __future__ import annotations

import json
import os
import time
import urllib.error
import urllib.request

import pytest

from generator.local import stack as local
from generator.local.stack import LocalStack, LocalStackError

pytestmark = [pytest.mark.integration, pytest.mark.e2e]


def _http(method: str, url: str, body: object | None = None, headers: dict[str, str] | None = None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers={
        **({"Content-Type": "application/json"} if data else {}), **(headers or {})
    })
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def test_resources_match_serverless_yml(local_stack: LocalStack) -> None:
    assert local_stack.s3.head_bucket(Bucket=local.BUCKET)
    attrs = local_stack.sqs.get_queue_attributes(QueueUrl=local_stack.queue_url, AttributeNames=["All"])["Attributes"]
    assert int(attrs["VisibilityTimeout"]) == local.VISIBILITY_TIMEOUT_SECONDS
    assert int(attrs["VisibilityTimeout"]) >= 6 * local.WORKER_TIMEOUT_SECONDS
    redrive = json.loads(attrs["RedrivePolicy"])
    assert redrive["deadLetterTargetArn"].endswith(":" + local.DEAD_LETTER_QUEUE)
    assert int(redrive["maxReceiveCount"]) == local.MAX_RECEIVE_COUNT
    assert local_stack.queue_url == (
        f"http://127.0.0.1:{local_stack.emulator.port}/{local.ACCOUNT_ID}/{local.QUEUE}"
    )


def test_http_api_is_served_with_cors(local_stack: LocalStack) -> None:
    status, headers, body = _http("GET", f"{local_stack.base_url}/openapi.json")
    assert status == 200, body
    assert "openapi" in json.loads(body)

    status, headers, _ = _http("OPTIONS", f"{local_stack.base_url}/jobs", headers={
        "Origin": "http://localhost:5173", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type,idempotency-key,if-none-match",
    })
    assert status == 204
    lower = {k.lower(): v for k, v in headers.items()}
    assert "idempotency-key" in lower["access-control-allow-headers"].lower()
    assert {"etag", "retry-after", "location"} <= set(lower["access-control-expose-headers"].lower().split(","))


def test_submit_reaches_s3_and_sqs_and_the_worker_consumes_the_message(local_stack: LocalStack) -> None:
    emulator = local_stack.emulator
    since = emulator.requests()[-1]["seq"] if emulator.requests() else 0
    status, headers, body = _http("POST", f"{local_stack.base_url}/jobs", {"prompt": "BFS on a grid", "count": 1})
    assert status == 202, body
    job_id = json.loads(body)["job_id"]

    # The handler used the local literals from serverless.yml (JOBS_BUCKET, JOBS_QUEUE_URL, AWS_ENDPOINT_URL).
    writes = emulator.wait_for("s3", "PutObject", since=since, timeout=10)
    assert all(w["bucket"] == local.BUCKET for w in writes)
    assert any(job_id in (w["key"] or "") for w in writes)
    sends = emulator.wait_for("sqs", "SendMessage", since=since, timeout=10)
    assert sends[0]["queue"] == local.QUEUE

    # serverless-offline-sqs polls the emulator's queue, invokes `worker`, then deletes the message.
    deletes = emulator.wait_for("sqs", "DeleteMessageBatch", since=sends[0]["seq"], timeout=60)
    assert deletes[0]["queue"] == local.QUEUE

    status, _, body = _http("GET", f"{local_stack.base_url}/jobs/{job_id}")
    assert status == 200, body
    assert json.loads(body)["job_id"] == job_id


def test_dead_letter_function_consumes_the_dead_letter_queue(local_stack: LocalStack) -> None:
    emulator = local_stack.emulator
    sent = local_stack.sqs.send_message(
        QueueUrl=local_stack.dead_letter_queue_url, MessageBody=json.dumps({"job_id": "0" * 32})
    )
    assert sent["MessageId"]
    since = emulator.requests(service="sqs", operation="SendMessage")[-1]["seq"]
    # The main queue's poller deletes too (messages of other tests): wait for a delete on the dead-letter queue.
    deadline, deletes = time.monotonic() + 60, []
    while not deletes and time.monotonic() < deadline:
        seen = emulator.wait_for("sqs", "DeleteMessageBatch", since=since, timeout=max(0.1, deadline - time.monotonic()))
        deletes = [d for d in seen if d["queue"] == local.DEAD_LETTER_QUEUE]
        since = seen[-1]["seq"]
    assert deletes


def _group_pids(pgid: int) -> set[int]:
    pids = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    fields = stat.read().rsplit(")", 1)[1].split()
                if int(fields[2]) == pgid and fields[0] != "Z":
                    pids.add(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    return pids


def test_stop_ends_every_process_of_the_stack(tmp_path) -> None:
    stack = LocalStack(0, 0, 0, log_path=tmp_path / "sls.log")
    stack.start()
    try:
        assert stack.startup_seconds is not None and stack.startup_seconds < 60
        status, _, _ = _http("GET", f"{stack.base_url}/openapi.json")  # spawns a Python handler process
        assert status == 200
        pgid = stack.process.pid
        members = _group_pids(pgid)
        assert len(members) >= 2, members  # node + at least one python handler
        emulator_url = stack.emulator.url
    finally:
        stack.stop()
    assert _group_pids(pgid) == set()
    assert not stack.alive()
    with pytest.raises(OSError):
        urllib.request.urlopen(f"{emulator_url}/_emulator/health", timeout=2)
    stack.stop()  # idempotent


def test_busy_port_fails_fast_with_a_clear_error(tmp_path, local_stack: LocalStack) -> None:
    with pytest.raises(LocalStackError, match="already in use"):
        LocalStack(http_port=local_stack.http_port, lambda_port=0, emulator_port=0,
                   log_path=tmp_path / "sls.log").start()


def test_dotenv_ports_reach_the_stack_and_the_environment_wins(tmp_path, monkeypatch) -> None:
    """`make dev`/`make demo` run `python -m generator.local` in the project root: its .env sets the ports, as
    sls reads .env (useDotenv); a variable set in the environment is not overridden by the file."""
    from generator.local.__main__ import _load_dotenv

    (tmp_path / ".env").write_text("HTTP_PORT=3999\nLAMBDA_PORT=4001\n# EMULATOR_PORT=1\n")
    monkeypatch.chdir(tmp_path)
    for name in ("HTTP_PORT", "EMULATOR_PORT"):  # set first so that monkeypatch restores what the file sets
        monkeypatch.setenv(name, "0")
        monkeypatch.delenv(name)
    monkeypatch.setenv("LAMBDA_PORT", "4555")
    _load_dotenv()
    stack = LocalStack()
    assert (stack.http_port, stack.lambda_port, stack.emulator_port) == (3999, 4555, 5055)
