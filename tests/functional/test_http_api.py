"""The HTTP handlers end to end in-process: validation, status codes, headers, and 'rejected writes nothing'."""
from __future__ import annotations

import json

import pytest

import handler
from tests.functional.conftest import objects, queued
from tests.support.events import LambdaContext, http_event


def call(fn, event):
    response = fn(event, LambdaContext())
    body = json.loads(response["body"]) if response.get("body") else None
    return response["statusCode"], {k.lower(): v for k, v in (response.get("headers") or {}).items()}, body


def test_submit_answers_202_with_location_and_snapshot(aws):
    status, headers, body = call(handler.submit, http_event("POST", "/jobs", body={
        "prompt": "a DFS problem on grids", "difficulty": "쉬움", "count": 2, "language": "ko"}))
    assert status == 202, body
    assert headers["location"] == f"/jobs/{body['job_id']}"
    assert int(headers["retry-after"]) >= 1
    assert body["status"] == "queued" and body["progress"] == {"total": 2, "completed": 0, "failed": 0}
    assert body["request"]["difficulty"] == "easy"
    assert any("family" in m for m in body["messages"])
    assert queued(aws) == 1
    message = aws.sqs.receive_message(QueueUrl=aws.queue_url)["Messages"][0]
    assert json.loads(message["Body"]) == {"job_id": body["job_id"], "hop": 0}


@pytest.mark.parametrize("payload, field", [
    ({}, "prompt"),
    ({"prompt": ""}, "prompt"),
    ({"prompt": "   "}, "prompt"),
    ({"prompt": "dfs", "difficulty": "impossible"}, "difficulty"),
    ({"prompt": "dfs", "count": 0}, "count"),
    ({"prompt": "dfs", "count": 51}, "count"),
    ({"prompt": "dfs", "count": "3"}, "count"),
    ({"prompt": "dfs", "count": True}, "count"),
    ({"prompt": "dfs", "count": 2.5}, "count"),
    ({"prompt": "dfs", "language": "fr"}, "language"),
    ({"prompt": "dfs", "seed": -1}, "seed"),
    ({"prompt": "dfs", "seed": "1"}, "seed"),
    ({"prompt": "dfs", "colour": "blue"}, "colour"),
    ({"prompt": 42}, "prompt"),
    ({"prompt": "x" * 2001}, "prompt"),
    ([1, 2], "body"),
])
def test_invalid_bodies_get_400_naming_the_field_and_write_nothing(aws, payload, field):
    status, _, body = call(handler.submit, http_event("POST", "/jobs", body=payload))
    assert status == 400, body
    error = body["error"]
    assert field in error["message"] or any(f["field"].startswith(field) for f in error.get("fields", [])), error
    assert objects(aws) == [] and queued(aws) == 0


def test_malformed_json_and_huge_body(aws):
    status, _, body = call(handler.submit, http_event("POST", "/jobs", raw_body='{"prompt": "dfs",'))
    assert status == 400 and "JSON" in body["error"]["message"]
    status, _, body = call(handler.submit, http_event("POST", "/jobs", raw_body=json.dumps({"prompt": "x" * 70_000})))
    assert status == 413 and body["error"]["code"] == "body_too_large"
    assert objects(aws) == [] and queued(aws) == 0


def test_unsupported_prompt_lists_supported_topics(aws):
    status, _, body = call(handler.submit, http_event("POST", "/jobs", body={"prompt": "write me a poem about cats"}))
    assert status == 400 and body["error"]["code"] == "unsupported_prompt"
    assert "grid_bfs" in " ".join(body["error"]["allowed"])
    assert objects(aws) == [] and queued(aws) == 0


@pytest.mark.parametrize("job_id", ["../x", "a%2Fb", "x" * 10_000, "%C3%A9t%C3%A9", "ABCDEF0123456789ABCDEF0123456789",
                                    "0123456789abcdef0123456789abcde"])
def test_malformed_ids_get_400_without_touching_s3(aws, job_id):
    aws.emulator.clear_requests()
    status, _, body = call(handler.status, http_event("GET", f"/jobs/{job_id}"))
    assert status == 400 and body["error"]["code"] == "malformed_job_id"
    assert aws.emulator.requests(service="s3") == []


def test_a_poll_costs_exactly_one_s3_get_and_no_list(aws):
    _, _, job = call(handler.submit, http_event("POST", "/jobs", body={"prompt": "bfs maze", "count": 3}))
    call(handler.status, http_event("GET", f"/jobs/{job['job_id']}"))  # warm the client
    aws.emulator.clear_requests()
    for _ in range(3):
        assert call(handler.status, http_event("GET", f"/jobs/{job['job_id']}"))[0] == 200
    s3 = aws.emulator.requests(service="s3")
    assert [r["operation"] for r in s3] == ["GetObject"] * 3, s3


def test_unknown_id_404_and_other_owner_404(aws):
    status, _, body = call(handler.status, http_event("GET", "/jobs/" + "0" * 32))
    assert status == 404 and body["error"]["code"] == "job_not_found"
    _, _, job = call(handler.submit, http_event("POST", "/jobs", body={"prompt": "bfs maze"}, sub="alice"))
    assert call(handler.status, http_event("GET", f"/jobs/{job['job_id']}", sub="alice"))[0] == 200
    assert call(handler.status, http_event("GET", f"/jobs/{job['job_id']}", sub="mallory"))[0] == 404


def test_etag_304_and_cancel_then_409(aws):
    _, _, job = call(handler.submit, http_event("POST", "/jobs", body={"prompt": "bfs maze", "count": 2}))
    path = f"/jobs/{job['job_id']}"
    status, headers, _ = call(handler.status, http_event("GET", path))
    assert status == 200 and headers["etag"]
    status, headers2, body = call(handler.status, http_event("GET", path, headers={"If-None-Match": headers["etag"]}))
    assert status == 304 and body is None and headers2["etag"] == headers["etag"]
    status, _, cancelled = call(handler.submit, http_event("DELETE", path))
    assert status == 200 and cancelled["status"] == "cancelled" and cancelled["error"]["code"] == "cancelled"
    status, headers3, _ = call(handler.status, http_event("GET", path, headers={"If-None-Match": headers["etag"]}))
    assert status == 200 and headers3["etag"] != headers["etag"] and "retry-after" not in headers3
    status, _, body = call(handler.submit, http_event("DELETE", path))
    assert status == 409 and body["error"]["code"] == "job_finished"


# ------------------------------------------------------------------ one error shape, ko/en
def assert_error_shape(body: dict) -> dict:
    assert set(body) == {"error"}, body
    error = body["error"]
    assert isinstance(error["code"], str) and isinstance(error["message"], str) and error["message"]
    assert isinstance(error["fields"], list), error  # always present, empty when no field is at fault
    for field in error["fields"]:
        assert {"field", "problem"} <= set(field), field
    return error


def hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)


@pytest.mark.parametrize("fn, event, status, code, field", [
    (handler.submit, http_event("POST", "/jobs", body={"prompt": "dfs", "count": 51}), 400, "count_out_of_range", "count"),
    (handler.submit, http_event("POST", "/jobs", body={"prompt": "dfs", "count": 0}), 400, "invalid_request", "count"),
    (handler.submit, http_event("POST", "/jobs", raw_body='{"prompt": "dfs",'), 400, "invalid_request", "body"),
    (handler.submit, http_event("POST", "/jobs", body={"prompt": "poem about cats"}), 400, "unsupported_prompt", "prompt"),
    (handler.submit, http_event("POST", "/jobs", body={"prompt": "dfs", "provider": "bedrock"}), 400,
     "provider_not_enabled", "provider"),
    (handler.submit, http_event("POST", "/jobs", raw_body=json.dumps({"prompt": "x" * 70_000})), 413, "body_too_large", None),
    (handler.submit, http_event("POST", "/jobs", raw_body='{"prompt": "dfs"}', headers={"Content-Type": "text/plain"}),
     415, "unsupported_media_type", "content-type"),
    (handler.status, http_event("GET", "/nowhere"), 404, "no_route", None),
    (handler.status, http_event("PUT", "/jobs"), 405, "method_not_allowed", None),
    (handler.status, http_event("GET", "/jobs", query={"limit": "0"}), 400, "invalid_limit", "limit"),
    (handler.status, http_event("GET", "/batches", query={"limit": "x"}), 400, "invalid_limit", "limit"),
    (handler.status, http_event("GET", "/batches/nope"), 400, "malformed_batch_id", "batch_id"),
    (handler.status, http_event("GET", "/jobs/" + "0" * 32), 404, "job_not_found", None),
])
def test_every_error_has_one_shape_in_both_languages(aws, fn, event, status, code, field):
    for language, accept in (("en", "en-US,en;q=0.9"), ("ko", "ko-KR,ko;q=0.9,en;q=0.8")):
        event["headers"]["accept-language"] = accept
        got, headers, body = call(fn, event)
        assert got == status, body
        error = assert_error_shape(body)
        assert error["code"] == code and headers["content-language"] == language
        assert hangul(error["message"]) == (language == "ko"), error
        if field is None:
            assert error["fields"] == [], error
        else:  # field errors are always in `fields`, never only in the message
            assert [f["field"] for f in error["fields"]] == [field], error
    assert objects(aws) == [] and queued(aws) == 0


def test_the_body_language_picks_korean_when_accept_language_is_silent(aws):
    _, _, body = call(handler.submit, http_event("POST", "/jobs", body={"prompt": "dfs", "count": 0, "language": "ko"}))
    error = assert_error_shape(body)
    assert hangul(error["message"]) and hangul(error["fields"][0]["problem"]), error
    _, _, body = call(handler.submit, http_event("POST", "/jobs", body={"prompt": "dfs", "count": 0, "language": "ko"},
                                                 headers={"Accept-Language": "en"}))
    assert not hangul(body["error"]["message"])  # an explicit Accept-Language wins


@pytest.mark.parametrize("prompt, ko_says, en_says", [
    ("쉬운 거 2개랑 어려운 거 1개 그리디", "난이도가 하나", "one difficulty"),  # mixed levels
    ("다이아 난이도 다익스트라 문제", "가장 어려운 난이도", "hardest difficulty"),  # beyond hard
    ("네트워크 플로우 문제 3개", "지원하지 않습니다", "not in the catalog"),  # a technique the catalog lacks
    ("강한 연결 요소 튜토리얼 문제", "가능한 난이도", "it has:"),  # a difficulty the topic lacks
])
def test_a_refused_prompt_says_why_in_either_answer_language(aws, prompt, ko_says, en_says):
    # The Korean answer used to be the code's generic text ("이 요청에 맞는 문제 유형을 찾지 못했습니다"), whatever
    # the reason; and a Korean request answered in English (Accept-Language: en) got the Korean reason.
    for language in ("ko", "en"):
        for accept, says in (("ko-KR,ko;q=0.9", ko_says), ("en", en_says)):
            status, _, body = call(handler.submit, http_event("POST", "/jobs", body={"prompt": prompt,
                                                                                   "language": language},
                                                              headers={"Accept-Language": accept}))
            error = assert_error_shape(body)
            assert status == 400 and error["code"] == "unsupported_prompt", body
            assert says in error["message"] and says in error["fields"][0]["problem"], (language, accept, error)
            other = en_says if accept.startswith("ko") else ko_says  # (an English answer may quote Korean words)
            assert other not in error["message"], error
    assert objects(aws) == [] and queued(aws) == 0


def test_method_not_allowed_names_the_methods_and_json_charset_is_accepted(aws):
    status, headers, body = call(handler.submit, http_event("PATCH", "/jobs/" + "0" * 32))
    assert status == 405 and headers["allow"] == "DELETE, GET" and body["error"]["allowed"] == ["DELETE", "GET"]
    status, _, body = call(handler.submit, http_event("POST", "/jobs", body={"prompt": "bfs maze"},
                                                      headers={"Content-Type": "application/json; charset=utf-8"}))
    assert status == 202, body


def test_config_is_what_a_form_needs(aws):
    status, headers, body = call(handler.status, http_event("GET", "/config"))
    assert status == 200
    assert body["providers"] == ["offline"] and body["languages"] == ["ko", "en"]
    assert body["limits"] == {"max_count": 50, "prompt_max_chars": 2000, "body_max_bytes": 65536, "page_limit_max": 50}
    assert {"value": "medium", "ko": "보통", "en": "medium"} in body["difficulties"]


def test_topics_list_every_catalog_topic_with_difficulties_and_task_counts(aws):
    from generator.problems.catalog import topics

    status, headers, body = call(handler.status, http_event("GET", "/topics"))
    assert status == 200 and "max-age" in headers["cache-control"]
    listed = {t["name"]: t for t in body["topics"]}
    assert set(listed) == {t.name for t in topics()}
    grid = listed["grid_bfs"]
    assert grid["title"]["ko"] and grid["title"]["en"] and len(grid["examples"]["ko"]) >= 2
    assert all(count >= 1 for count in grid["difficulties"].values()) and "hard" in grid["difficulties"]
    areas = {a["name"]: a for a in body["areas"]}
    assert "knapsack" in areas["dp"]["members"] and areas["dp"]["difficulties"]["easy"] >= 3
    assert set(areas["dp"]["members"]) <= set(listed)
    # a topic's focus: the family a prompt naming it is routed to, with its own difficulties
    assert {"name": "components:articulation", "title": {"en": "Articulation points and bridges", "ko": "단절점과 단절선"},
            "difficulties": {"hard": 2}} in listed["components"]["focuses"]
    assert listed["grid_bfs"]["focuses"] == []


def test_export_of_an_unfinished_job_is_409_and_unknown_format_400(aws):
    _, _, submitted = call(handler.submit, http_event("POST", "/jobs", body={"prompt": "미로 BFS", "count": 1}))
    job_id = submitted["job_id"]
    status, _, body = call(handler.status, http_event("GET", f"/jobs/{job_id}/export",
                                                      query={"format": "kattis"}))
    assert status == 409 and body["error"]["code"] == "result_not_ready"
    status, _, body = call(handler.status, http_event("GET", f"/jobs/{job_id}/export", query={"format": "polygon"}))
    assert status == 400 and body["error"]["allowed"] == ["kattis"]
