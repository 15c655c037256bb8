"""The job API through real HTTP (serverless-offline) on the local stack, real boto3 against the emulator,
and the real queue-triggered worker: the whole loop, the polling contract and the bounded responses."""
from __future__ import annotations

import json
import random
import time
import urllib.error
import urllib.request
import uuid
from datetime import timedelta

import pytest

from generator.jobs import index as index_pages, keys
from generator.jobs.aws import S3BlobStore
from generator.jobs.model import Item, JobRequest, JobState, Progress, new_job_id, utcnow
from generator.local import stack as local
from generator.problems.catalog import topic_by_name as family_by_name
from generator.problems.gate import GateContext, verify
from generator.problems.schema import Difficulty

pytestmark = [pytest.mark.integration, pytest.mark.e2e]
TERMINAL = {"succeeded", "failed", "cancelled"}


def http(method: str, url: str, body: object | None = None, headers: dict[str, str] | None = None,
         raw: bytes | None = None):
    data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
    request = urllib.request.Request(url, data=data, method=method,
                                     headers={"Content-Type": "application/json", **(headers or {})})

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):  # we want to see the 303 itself
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=60) as response:
            status, headers_, payload = response.status, response.headers, response.read()
    except urllib.error.HTTPError as exc:
        status, headers_, payload = exc.code, exc.headers, exc.read()
    lower = {k.lower(): v for k, v in headers_.items()}
    return status, lower, (json.loads(payload) if payload and lower.get("content-type", "").startswith("application/json") else payload)


def wait_done(api: str, job_id: str, timeout: float = 180) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        status, _, body = http("GET", f"{api}/jobs/{job_id}")
        assert status == 200, body
        if body["status"] in TERMINAL:
            return body
        assert time.monotonic() < deadline, body
        time.sleep(0.3)


@pytest.fixture(scope="module")
def finished_job(local_stack) -> dict:
    """One real job of three problems, run by the queue-triggered worker; snapshots seen on the way."""
    api = local_stack.base_url
    status, headers, body = http("POST", f"{api}/jobs", {"prompt": "a DFS problem on grids", "difficulty": "tutorial",
                                                         "count": 3, "language": "en", "seed": 11})
    assert status == 202, body
    assert headers["location"] == f"/jobs/{body['job_id']}" and int(headers["retry-after"]) >= 1
    seen = []
    deadline = time.monotonic() + 180
    while True:
        status, h, snap = http("GET", f"{api}/jobs/{body['job_id']}")
        assert status == 200
        seen.append((snap, h))
        if snap["status"] in TERMINAL:
            break
        assert time.monotonic() < deadline
        time.sleep(0.1)
    return {"job_id": body["job_id"], "snapshots": seen, "final": snap, "headers": h}


def test_full_loop_produces_verified_problems(finished_job):
    final = finished_job["final"]
    assert final["status"] == "succeeded", final
    assert final["progress"] == {"total": 3, "completed": 3, "failed": 0}
    assert [p["index"] for p in final["problems"]] == [0, 1, 2]
    for problem in final["problems"]:
        assert problem["samples"] and problem["statement"]["legend"]
        assert "tests" not in problem and "reference_solution" not in problem  # public view only
        assert problem["verification"]["passed"] and problem["verification"]["brute_agreements_stress"] >= 100
    assert final["error"] is None and final["finished_at"] and final["expires_at"]


def test_partial_progress_is_visible_while_running(finished_job):
    partial = [s for s, _ in finished_job["snapshots"] if s["status"] == "running" and 0 < s["progress"]["completed"] < 3]
    assert partial, [s["progress"] for s, _ in finished_job["snapshots"]]
    snap = partial[0]
    assert len(snap["problems"]) == snap["progress"]["completed"]
    running_headers = [h for s, h in finished_job["snapshots"] if s["status"] in ("queued", "running")]
    assert all("retry-after" in h for h in running_headers)
    assert "retry-after" not in finished_job["headers"]


def test_etag_304_while_unchanged_and_new_tag_after_progress(finished_job, local_stack):
    tags = [h["etag"] for s, h in finished_job["snapshots"]]
    assert len(set(tags)) > 1  # progress changed the tag
    api, job_id = local_stack.base_url, finished_job["job_id"]
    status, headers, body = http("GET", f"{api}/jobs/{job_id}", headers={"If-None-Match": tags[-1]})
    assert status == 304 and body in (b"", None) and headers["etag"] == tags[-1]
    status, _, _ = http("GET", f"{api}/jobs/{job_id}", headers={"If-None-Match": tags[0]})
    assert status == 200


def test_each_poll_is_one_s3_get_and_no_list(finished_job, local_stack):
    api, job_id = local_stack.base_url, finished_job["job_id"]
    http("GET", f"{api}/jobs/{job_id}")  # warm container
    since = local_stack.emulator.requests()[-1]["seq"]
    for _ in range(5):
        http("GET", f"{api}/jobs/{job_id}")
    s3 = [r for r in local_stack.emulator.requests(service="s3", since=since)]
    assert [r["operation"] for r in s3] == ["GetObject"] * 5, s3


def test_result_redirects_303_to_a_working_presigned_url(finished_job, local_stack):
    api, job_id = local_stack.base_url, finished_job["job_id"]
    assert finished_job["final"]["result_url"].startswith("http://127.0.0.1")
    status, headers, _ = http("GET", f"{api}/jobs/{job_id}/result")
    assert status == 303
    with urllib.request.urlopen(headers["location"], timeout=30) as response:
        artifact = json.loads(response.read())
    assert len(artifact["problems"]) == 3
    assert all(p["tests"] and p["reference_solution"]["source"] for p in artifact["problems"])
    assert all(p["programs"]["validator"] and p["programs"]["known_solutions"] for p in artifact["problems"])


def test_export_redirects_303_to_a_zip_of_kattis_packages(finished_job, local_stack):
    import io
    import zipfile

    api, job_id = local_stack.base_url, finished_job["job_id"]
    status, headers, _ = http("GET", f"{api}/jobs/{job_id}/export?format=kattis")
    assert status == 303
    with urllib.request.urlopen(headers["location"], timeout=30) as response:
        archive = zipfile.ZipFile(io.BytesIO(response.read()))
    roots = {name.split("/")[0] for name in archive.namelist()}
    assert len(roots) == 3
    for root in roots:
        names = set(archive.namelist())
        assert {f"{root}/problem.yaml", f"{root}/input_validators/validate.py",
                f"{root}/submissions/accepted/accepted.py", f"{root}/problem.html"} <= names
        assert "<math " in archive.read(f"{root}/problem.html").decode()  # DOMjudge's statement, formulas in MathML
        assert any(n.startswith(f"{root}/data/secret/") for n in names)


def test_cancel_finished_job_is_409(finished_job, local_stack):
    status, _, body = http("DELETE", f"{local_stack.base_url}/jobs/{finished_job['job_id']}")
    assert status == 409 and body["error"]["code"] == "job_finished"


def test_validation_errors_are_400_and_write_nothing(local_stack):
    api = local_stack.base_url
    since = local_stack.emulator.requests()[-1]["seq"] if local_stack.emulator.requests() else 0
    for body in ({"prompt": "dfs", "count": 0}, {"prompt": "dfs", "difficulty": "nightmare"}, {"count": 2},
                 {"prompt": "dfs", "count": "2"}, {"prompt": "dfs", "unknown": 1}, {"prompt": "poetry about cats"}):
        status, _, answer = http("POST", f"{api}/jobs", body)
        assert status == 400, (body, answer)
        assert answer["error"]["message"]
    status, _, answer = http("POST", f"{api}/jobs", raw=b'{"prompt": ')
    assert status == 400
    status, _, answer = http("POST", f"{api}/jobs", raw=json.dumps({"prompt": "x" * 70_000}).encode())
    assert status == 413
    writes = [r for r in local_stack.emulator.requests(since=since) if r["operation"] in ("PutObject", "SendMessage")]
    assert writes == []


def test_unknown_and_malformed_ids(local_stack):
    api = local_stack.base_url
    since = local_stack.emulator.requests()[-1]["seq"] if local_stack.emulator.requests() else 0
    for bad in ("..%2Fx", "a%2Fb", "x" * 10_000, "%C3%A9t%C3%A9"):
        status, _, body = http("GET", f"{api}/jobs/{bad}")
        assert status == 400, (bad, body)
    assert local_stack.emulator.requests(service="s3", since=since) == []
    status, _, body = http("GET", f"{api}/jobs/{'0' * 32}")
    assert status == 404 and body["error"]["code"] == "job_not_found"


def test_idempotent_submit(local_stack):
    api, key = local_stack.base_url, f"key-{uuid.uuid4()}"
    job = {"prompt": "BFS 미로", "difficulty": "tutorial", "count": 1, "language": "ko"}
    since = local_stack.emulator.requests()[-1]["seq"]
    first = http("POST", f"{api}/jobs", job, headers={"Idempotency-Key": key})
    again = http("POST", f"{api}/jobs", job, headers={"Idempotency-Key": key})
    assert first[0] == 202 and again[0] == 200 and again[1].get("idempotent-replayed") == "true"
    assert again[2]["job_id"] == first[2]["job_id"]
    sends = [r for r in local_stack.emulator.requests(service="sqs", since=since) if r["operation"] == "SendMessage"]
    assert len(sends) <= 2  # the replay re-sends only while the job is still queued (harmless duplicate)
    conflict = http("POST", f"{api}/jobs", {**job, "count": 2}, headers={"Idempotency-Key": key})
    assert conflict[0] == 409 and conflict[2]["error"]["code"] == "idempotency_key_reused"


def test_list_newest_first_with_cursor(local_stack):
    api = local_stack.base_url
    ids = []
    for _ in range(3):
        status, _, body = http("POST", f"{api}/jobs", {"prompt": "dfs islands", "difficulty": "tutorial"})
        ids.append(body["job_id"])
        time.sleep(0.01)
    status, _, page = http("GET", f"{api}/jobs?limit=2")
    assert status == 200 and [j["job_id"] for j in page["jobs"]] == ids[::-1][:2] and page["has_more"]
    status, _, page2 = http("GET", f"{api}/jobs?limit=1&cursor={page['next_cursor']}")
    assert [j["job_id"] for j in page2["jobs"]] == [ids[0]]
    assert http("GET", f"{api}/jobs?limit=0")[0] == 400
    assert http("GET", f"{api}/jobs?cursor=../../x")[0] == 400


@pytest.fixture(scope="module")
def big_job(local_stack) -> str:
    """A job holding 1,000 finished problems, written the way the worker checkpoints them."""
    family = family_by_name("grid_bfs")
    problem = verify(family.draft(random.Random(5), Difficulty.hard, "en"),
                     GateContext(problem_id="x", difficulty=Difficulty.hard, language="en", seed=5))
    store = S3BlobStore(local_stack.s3, local.BUCKET)
    job_id, now, total = new_job_id(), utcnow(), 1000
    size = 20  # INDEX_PAGE_SIZE: items and public views of 20 problems per index page
    for page in range(total // size):
        at = range(page * size, (page + 1) * size)
        index_pages.write_page(
            store, job_id, page,
            [Item(index=i, status="done", title=problem.title, signature=f"s{i}").model_dump(mode="json") for i in at],
            [{"index": i, **problem.public_view(), "id": f"{job_id}-{i:05d}"} for i in at], 0)
    state = JobState(
        job_id=job_id, owner="local-user", status="succeeded", stage="succeeded",
        request=JobRequest(prompt="bfs", count=1), seed=1, family="grid_bfs",
        progress=Progress(total=total, completed=total), indexed=total,
        problems=[{"index": i, **problem.public_view()} for i in range(20)],
        created_at=now, updated_at=now, finished_at=now, expires_at=now + timedelta(days=30),
    )
    store.put(keys.job(job_id), state.model_dump_json().encode())
    return job_id


def test_paging_through_1000_problems_every_response_under_1_mb(big_job, local_stack):
    api = local_stack.base_url
    status, _, raw = http("GET", f"{api}/jobs/{big_job}", headers={"Accept": "application/json"})
    assert status == 200
    snapshot_size = len(json.dumps(raw).encode())
    assert snapshot_size < 1_000_000, snapshot_size
    seen, cursor, sizes = [p["index"] for p in raw["problems"]], raw["problems_next_cursor"], [snapshot_size]
    while cursor is not None:
        status, _, page = http("GET", f"{api}/jobs/{big_job}/problems?cursor={cursor}&limit=50")
        assert status == 200, page
        sizes.append(len(json.dumps(page).encode()))
        seen += [p["index"] for p in page["problems"]]
        assert all("tests" not in p and "reference_solution" not in p for p in page["problems"])
        cursor = page["next_cursor"]
    assert seen == list(range(1000))
    assert max(sizes) < 1_000_000, max(sizes)
    assert http("GET", f"{api}/jobs/{big_job}/problems?limit=51")[0] == 400
