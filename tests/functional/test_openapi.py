"""The OpenAPI document served at GET /openapi.json is generated from the code and matches what is deployed and
what the API answers: every route of serverless.yml and no other, the strict request model, errors in the API's
own shape (400, never the resolver's default 422)."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import yaml

import handler
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
    config = yaml.load((ROOT / "serverless.yml").read_text(), Loader=_Loader)
    return {(event["httpApi"]["method"].lower(), event["httpApi"]["path"])
            for function in config["functions"].values() for event in function.get("events", [])
            if "httpApi" in event}


def test_every_deployed_route_is_documented_and_nothing_else():
    doc = document()
    assert doc["openapi"].startswith("3.1")
    documented = {(method, path) for path, operations in doc["paths"].items() for method in operations}
    assert documented == deployed_routes()


def test_submit_documents_the_strict_request_model_and_the_idempotency_header():
    doc = document()
    post = doc["paths"]["/jobs"]["post"]
    ref = post["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    model = doc["components"]["schemas"][ref.rsplit("/", 1)[1]]
    assert set(model["properties"]) == {"prompt", "difficulty", "count", "language", "seed", "provider"}
    assert model["required"] == ["prompt"] and model["additionalProperties"] is False
    assert [p["name"] for p in post["parameters"]] == ["idempotency-key"]
    assert {"202", "200", "400", "409", "413"} <= set(post["responses"])


def test_errors_are_documented_in_the_shape_the_api_sends():
    doc = document()
    for path, operations in doc["paths"].items():
        for method, operation in operations.items():
            assert "422" not in operation["responses"], (method, path)
            for code, response in operation["responses"].items():
                if code.startswith("4"):
                    assert response["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Error"}
    assert "HTTPValidationError" not in doc["components"]["schemas"]
    # A real rejection validates against the documented schema.
    error_schema = doc["components"]["schemas"]["Error"]
    response = handler.submit(http_event("POST", "/jobs", body={"prompt": "dfs", "count": "3"}), LambdaContext())
    assert response["statusCode"] == 400
    jsonschema.validate(json.loads(response["body"]), error_schema)
