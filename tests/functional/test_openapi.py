"""The OpenAPI document served at GET /openapi.json is generated from the code and matches what is deployed and
what the API answers: a valid OpenAPI 3.1 document (openapi-spec-validator), every route of serverless.yml and no
other, a response schema for every route and status, query parameters, response headers, the Korean difficulty
labels, limits, readable operation ids, the JWT scheme; real answers validate against it; and the TypeScript types
openapi-typescript generates from it type-check the web client (tsc)."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import jsonschema
import pytest
import yaml
from openapi_spec_validator import validate

import handler
from scripts import check_web_types
from tests.support.events import LambdaContext, http_event

ROOT = Path(__file__).resolve().parents[2]


class _Loader(yaml.SafeLoader):
    pass


# serverless.yml uses CloudFormation tags (!Ref, !GetAtt, ...): read them as plain values.
_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)


def document() -> dict:
    response = handler.status(http_event("GET", "/openapi.json"), LambdaContext())
    assert response["statusCode"] == 200
    return json.loads(response["body"])


def deployed_routes() -> set[tuple[str, str]]:
    """Method and path of every httpApi event; the catch-all `'*'` (unknown routes → the API's 404/405) is not
    a route of the document."""
    config = yaml.load((ROOT / "serverless.yml").read_text(), Loader=_Loader)
    return {(event["httpApi"]["method"].lower(), event["httpApi"]["path"])
            for function in config["functions"].values() for event in function.get("events", [])
            if "httpApi" in event and isinstance(event["httpApi"], dict)}


def schema_of(doc: dict, ref_holder: dict) -> dict:
    ref = ref_holder["content"]["application/json"]["schema"]["$ref"]
    return doc["components"]["schemas"][ref.rsplit("/", 1)[1]]


def resolver_schema(doc: dict, name: str) -> dict:
    """A components schema with its $refs resolvable, for jsonschema.validate."""
    components = json.loads(json.dumps(doc["components"]["schemas"]).replace("#/components/schemas/", "#/$defs/"))
    return {**components[name], "$defs": components}


def test_the_document_is_valid_openapi_3_1():
    doc = document()
    assert doc["openapi"].startswith("3.1")
    validate(doc)  # raises on any error, e.g. a $ref to a schema that is not there


def test_every_deployed_route_is_documented_and_nothing_else():
    doc = document()
    documented = {(method, path) for path, operations in doc["paths"].items() for method in operations}
    assert documented == deployed_routes()


def test_every_route_and_status_has_a_response_schema_and_a_readable_operation_id():
    doc = document()
    ids = []
    for path, operations in doc["paths"].items():
        for method, operation in operations.items():
            ids.append(operation["operationId"])
            assert re.fullmatch(r"[a-z][A-Za-z]+", operation["operationId"]), (method, path, operation["operationId"])
            assert "422" not in operation["responses"], (method, path)
            for code, response in operation["responses"].items():
                if code in ("304", "303"):
                    assert "content" not in response  # no body
                    continue
                if code[0] in "45":
                    schema = response["content"]["application/json"]["schema"]
                    assert schema == {"$ref": "#/components/schemas/Error"}, (method, path, code)
                    continue
                # A body of another media type (e.g. a zip) needs a schema too; JSON ones name a components schema.
                for media, content in response["content"].items():
                    assert "schema" in content, (method, path, code, media)
                    if media == "application/json":
                        ref = content["schema"].get("$ref", "")
                        assert ref.startswith("#/components/schemas/"), (method, path, code, content)
    assert len(ids) == len(set(ids))
    assert {"submitJob", "getJob", "cancelJob", "listJobs", "getConfig"} <= set(ids)
    assert {"HTTPValidationError", "ValidationError", "ResponseValidationError"}.isdisjoint(doc["components"]["schemas"])


def test_submit_documents_request_limits_korean_labels_headers_and_415():
    doc = document()
    post = doc["paths"]["/jobs"]["post"]
    model = schema_of(doc, post["requestBody"])
    assert set(model["properties"]) == {"prompt", "difficulty", "count", "language", "seed", "provider"}
    assert model["required"] == ["prompt"] and model["additionalProperties"] is False
    assert {"튜토리얼", "쉬움", "보통", "어려움", "tutorial", "easy", "medium", "hard"} == set(model["properties"]["difficulty"]["enum"])
    assert model["properties"]["count"]["minimum"] == 1 and model["properties"]["count"]["maximum"] == 50
    assert model["properties"]["prompt"]["maxLength"] == 2000
    assert [p["name"] for p in post["parameters"]] == ["idempotency-key"]
    assert {"202", "200", "400", "409", "413", "415"} <= set(post["responses"])
    assert {"Location", "Retry-After", "ETag"} <= set(post["responses"]["202"]["headers"])
    assert "Idempotent-Replayed" in post["responses"]["200"]["headers"]


def test_query_parameters_path_patterns_and_poll_headers():
    doc = document()
    listing = {p["name"]: p for p in doc["paths"]["/jobs"]["get"]["parameters"]}
    assert listing["limit"]["in"] == "query" and listing["limit"]["schema"]["maximum"] == 100
    assert listing["cursor"]["in"] == "query"
    page = {p["name"]: p for p in doc["paths"]["/jobs/{job_id}/problems"]["get"]["parameters"]}
    assert page["limit"]["schema"]["maximum"] == 50 and page["job_id"]["schema"]["pattern"] == "^[0-9a-f]{32}$"
    poll = doc["paths"]["/jobs/{job_id}"]["get"]
    assert "If-None-Match" in {p["name"] for p in poll["parameters"]}
    assert {"ETag", "Retry-After"} <= set(poll["responses"]["200"]["headers"])
    assert "Location" in doc["paths"]["/jobs/{job_id}/result"]["get"]["responses"]["303"]["headers"]


def test_jwt_security_scheme_and_public_routes():
    doc = document()
    assert doc["components"]["securitySchemes"]["jwt"] == {**doc["components"]["securitySchemes"]["jwt"],
                                                           "type": "http", "scheme": "bearer", "bearerFormat": "JWT"}
    assert doc["security"] == [{"jwt": []}]
    assert doc["paths"]["/openapi.json"]["get"]["security"] == []
    assert doc["paths"]["/config"]["get"]["security"] == []


def test_real_answers_validate_against_the_documented_schemas(aws):
    doc = document()
    rejected = handler.submit(http_event("POST", "/jobs", body={"prompt": "dfs", "count": "3"}), LambdaContext())
    assert rejected["statusCode"] == 400
    jsonschema.validate(json.loads(rejected["body"]), resolver_schema(doc, "Error"))
    accepted = handler.submit(http_event("POST", "/jobs", body={"prompt": "bfs maze", "difficulty": "보통"}),
                              LambdaContext())
    assert accepted["statusCode"] == 202
    snapshot = json.loads(accepted["body"])
    jsonschema.validate(snapshot, resolver_schema(doc, "JobSnapshot"))
    for path, name in ((f"/jobs/{snapshot['job_id']}", "JobSnapshot"), ("/jobs", "JobList"),
                       (f"/jobs/{snapshot['job_id']}/problems", "ProblemsPage"), ("/config", "ClientConfig")):
        answer = handler.status(http_event("GET", path), LambdaContext())
        assert answer["statusCode"] == 200, (path, answer)
        jsonschema.validate(json.loads(answer["body"]), resolver_schema(doc, name))


@pytest.fixture(scope="module")
def generated_types(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (check_web_types.BIN / "openapi-typescript").exists():
        pytest.fail("node_modules/.bin/openapi-typescript is missing: run `make install` (npm ci)")
    target = tmp_path_factory.mktemp("types") / "api.d.ts"
    generated = check_web_types.generate_types(document(), target)
    assert generated.returncode == 0, generated.stdout + generated.stderr
    return target


def test_the_generated_typescript_client_types_every_body(generated_types: Path):
    types = generated_types.read_text()
    for name in ("JobSnapshot", "PublicProblem", "ClientConfig", "Error", "JobRequest"):
        assert f"{name}: {{" in types, name
    assert '"getJob": {' in types or "getJob: {" in types
    assert '"튜토리얼"' in types  # the Korean labels are part of the request type


def test_the_web_client_type_checks_against_the_generated_types(generated_types: Path, tmp_path: Path):
    checked = check_web_types.type_check(generated_types, tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    # The check has teeth: a field the API does not send is an error.
    broken = tmp_path / "app.js"
    source = (check_web_types.WEB / "app.js").read_text(encoding="utf-8")
    assert "snap.progress;" in source
    broken.write_text(source.replace("snap.progress;", "snap.progres;"), encoding="utf-8")
    shutil.copy(check_web_types.WEB / "globals.d.ts", tmp_path / "globals.d.ts")
    failed = check_web_types.type_check(generated_types, tmp_path, app=broken)
    assert failed.returncode != 0 and "progres" in failed.stdout + failed.stderr
