"""Auth and ownership over real HTTP: the local stack started with the stage's JWT authorizer switched on
(`--param=auth=jwt`), which serverless-offline applies (issuer, audience, expiry; `--ignoreJWTSignature` because
no identity provider runs here). The owner is the token's `sub`: another owner's job is 404 and absent from its
list; no token is 401 before the handler runs."""
from __future__ import annotations

import base64
import json
import time
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest

from generator.local.stack import LocalStack

pytestmark = [pytest.mark.integration, pytest.mark.e2e]

ISSUER = "https://issuer.test.invalid/pool"
AUDIENCE = "problem-generator-web"


def token(sub: str, *, audience: str = AUDIENCE, expires_in: int = 600) -> str:
    def part(value: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()

    claims = {"sub": sub, "iss": ISSUER, "aud": audience, "exp": int(time.time()) + expires_in}
    return f"{part({'alg': 'RS256', 'typ': 'JWT'})}.{part(claims)}.c2lnbmF0dXJl"


def call(method: str, url: str, bearer: str | None, body: object | None = None) -> tuple[int, dict]:
    data = None if body is None else json.dumps(body).encode()
    headers = {"Content-Type": "application/json"} if data else {}
    if bearer:
        headers["Authorization"] = f"Bearer {bearer}"
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            raw, status = response.read(), response.status
    except urllib.error.HTTPError as exc:
        raw, status = exc.read(), exc.code
    return status, (json.loads(raw) if raw else {})


@pytest.fixture(scope="module")
def jwt_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalStack]:
    stack = LocalStack(http_port=0, lambda_port=0, emulator_port=0,
                       log_path=tmp_path_factory.mktemp("jwt-stack") / "sls-offline.log",
                       offline_args=["--param=auth=jwt", f"--param=jwtIssuerUrl={ISSUER}",
                                     f"--param=jwtAudience={AUDIENCE}", "--ignoreJWTSignature"])
    stack.start()
    try:
        yield stack
    finally:
        stack.stop()


def test_owners_see_only_their_own_jobs(jwt_stack: LocalStack) -> None:
    api, alice, bob = jwt_stack.base_url, token("alice"), token("bob")
    status, job = call("POST", f"{api}/jobs", alice, {"prompt": "prefix sums", "difficulty": "tutorial"})
    assert status == 202, job
    job_url = f"{api}/jobs/{job['job_id']}"

    assert call("GET", job_url, alice)[0] == 200
    status, body = call("GET", job_url, bob)
    assert status == 404 and body["error"]["code"] == "job_not_found"  # indistinguishable from no job
    assert call("DELETE", job_url, bob)[0] == 404
    assert call("GET", f"{job_url}/problems", bob)[0] == 404
    assert [j["job_id"] for j in call("GET", f"{api}/jobs", alice)[1]["jobs"]] == [job["job_id"]]
    assert call("GET", f"{api}/jobs", bob)[1]["jobs"] == []


def test_requests_without_a_valid_token_never_reach_the_handler(jwt_stack: LocalStack) -> None:
    api = jwt_stack.base_url
    assert call("GET", f"{api}/jobs", None)[0] == 401
    assert call("GET", f"{api}/jobs", token("alice", audience="someone-else"))[0] == 401
    assert call("GET", f"{api}/jobs", token("alice", expires_in=-60))[0] == 401
    assert call("POST", f"{api}/jobs", None, {"prompt": "prefix sums"})[0] == 401
    assert call("GET", f"{api}/openapi.json", None)[0] == 200  # the API description stays public
