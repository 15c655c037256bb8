"""Property-based fuzzing of submit and status through the real handlers (AWS: the embedded emulator):
whatever arrives, the answer is never 5xx, and a rejected request writes nothing to S3 or SQS."""
from __future__ import annotations

import json
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import handler
from tests.support.events import LambdaContext, http_event

WRITES = {"PutObject", "SendMessage", "DeleteObject", "CopyObject"}

json_scalars = st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70) | \
    st.floats(allow_nan=False) | st.text(max_size=60)
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=4) |
                           st.dictionaries(st.text(max_size=10), inner, max_size=4), max_leaves=12)
field_values = {
    "prompt": st.text(max_size=80) | json_values | st.just("x" * 2001),
    "difficulty": st.sampled_from(["tutorial", "easy", "medium", "hard", "쉬움", "어려움", "EASY", ""]) | json_values,
    "count": st.integers(min_value=-5, max_value=60) | json_values,
    "language": st.sampled_from(["ko", "en", "fr", ""]) | json_values,
    "seed": st.integers(min_value=-(2**64), max_value=2**64) | json_values,
    "provider": st.sampled_from(["offline", "bedrock", "gemini", "x"]) | json_values,
}
bodies = st.fixed_dictionaries({}, optional={**field_values, "extra": json_values}) | json_values.map(lambda v: {"v": v})
raw_bodies = bodies.map(json.dumps) | st.text(max_size=200) | st.binary(max_size=100).map(lambda b: b.decode("latin-1"))
ids = st.text(alphabet=string.ascii_letters + string.digits + "./%-_~é한", max_size=80) | \
    st.text(alphabet="0123456789abcdef", min_size=30, max_size=34)


def _writes(emulator) -> list[dict]:
    return [r for r in emulator.requests() if r.get("operation") in WRITES]


@settings(max_examples=700, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=raw_bodies)
def test_fuzzed_submit_bodies(aws, raw):
    aws.emulator.clear_requests()
    response = handler.submit(http_event("POST", "/jobs", raw_body=raw), LambdaContext())
    status = response["statusCode"]
    assert status < 500, (raw, response)
    body = json.loads(response["body"])
    if status >= 400:
        assert body["error"]["message"], body
        assert _writes(aws.emulator) == [], (raw, body)
    else:
        assert status == 202 and body["status"] == "queued"


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(job_id=ids, method=st.sampled_from(["GET", "DELETE"]))
def test_fuzzed_ids(aws, job_id, method):
    aws.emulator.clear_requests()
    fn = handler.status if method == "GET" else handler.submit
    response = fn(http_event(method, f"/jobs/{job_id}"), LambdaContext())
    assert response["statusCode"] in (400, 404), (job_id, response)
    assert _writes(aws.emulator) == []
    if response["statusCode"] == 400:
        assert aws.emulator.requests(service="s3") == []  # malformed ids never reach S3
