"""`sls package` produces a CloudFormation template that cfn-lint accepts and that has the guarantees the service
relies on (retained, private, encrypted, expiring bucket; TLS-only; queue/DLQ sizing; partial batch failures).
Runs osls from node_modules in a temporary copy of the service (no AWS account: dummy credentials)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from generator.local import stack as local

pytestmark = pytest.mark.integration

PROJECT = local.PROJECT_DIR
SLS = PROJECT / "node_modules" / ".bin" / "sls"
COPY_IGNORE = shutil.ignore_patterns(
    ".git", ".venv", "node_modules", ".serverless", ".serverless-offline", ".local", "__pycache__", "*.pyc",
    ".pytest_cache", "tests", "bench", "web", "events", "*.log", ".env",
)


def _sls_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env.update(
        AWS_ACCESS_KEY_ID="test", AWS_SECRET_ACCESS_KEY="test", AWS_REGION="us-east-1",
        AWS_DEFAULT_REGION="us-east-1", PYTHON_BIN=sys.executable, SLS_TELEMETRY_DISABLED="1",
        AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE="1",
    )
    return env


def _run_sls(service_dir: Path, *args: str, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [str(SLS), *args], cwd=service_dir, env=env or _sls_env(), capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, f"sls {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def service_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not SLS.exists():
        pytest.fail("node_modules/.bin/sls is missing: run `make install`")
    target = tmp_path_factory.mktemp("service") / "problem-generator"
    shutil.copytree(PROJECT, target, ignore=COPY_IGNORE)
    (target / "node_modules").symlink_to(PROJECT / "node_modules", target_is_directory=True)
    return target


def _package(service_dir: Path, stage: str, *extra: str) -> tuple[dict[str, Any], Path]:
    out = service_dir / f".package-{stage}"
    _run_sls(service_dir, "package", "-s", stage, "--package", str(out), *extra)
    template = out / "cloudformation-template-update-stack.json"
    lint = subprocess.run(
        [str(Path(sys.executable).parent / "cfn-lint"), "-i", "W3005", "--", str(template)],
        capture_output=True, text=True, timeout=300,
    )
    assert lint.returncode == 0, f"cfn-lint:\n{lint.stdout}\n{lint.stderr}"
    return json.loads(template.read_text()), out


@pytest.fixture(scope="module")
def dev_package(service_dir: Path) -> tuple[dict[str, Any], Path]:
    return _package(service_dir, "dev")


@pytest.fixture(scope="module")
def template(dev_package: tuple[dict[str, Any], Path]) -> dict[str, Any]:
    return dev_package[0]


def _of_type(template: dict[str, Any], kind: str) -> dict[str, dict[str, Any]]:
    return {k: v for k, v in template["Resources"].items() if v["Type"] == kind}


def _routes(template: dict[str, Any]) -> dict[str, dict[str, Any]]:
    routes = _of_type(template, "AWS::ApiGatewayV2::Route").values()
    return {r["Properties"]["RouteKey"]: r["Properties"] for r in routes}


def test_sls_resolves_to_osls() -> None:
    # serverless-offline declares serverless@4 as a peer dependency, so npm installs it too; .bin/sls must still
    # be osls (serverless@4 needs a login).
    assert Path(os.path.realpath(SLS)).is_relative_to((PROJECT / "node_modules" / "osls").resolve())


def test_bucket_is_retained_private_encrypted_and_expires(template: dict[str, Any]) -> None:
    bucket = template["Resources"]["JobsBucket"]
    assert bucket["Type"] == "AWS::S3::Bucket"
    assert bucket["DeletionPolicy"] == "Retain" and bucket["UpdateReplacePolicy"] == "Retain"
    props = bucket["Properties"]
    assert props["PublicAccessBlockConfiguration"] == {
        "BlockPublicAcls": True, "BlockPublicPolicy": True, "IgnorePublicAcls": True, "RestrictPublicBuckets": True
    }
    (sse,) = props["BucketEncryption"]["ServerSideEncryptionConfiguration"]
    assert sse["ServerSideEncryptionByDefault"]["SSEAlgorithm"] == "AES256"
    assert props["OwnershipControls"]["Rules"] == [{"ObjectOwnership": "BucketOwnerEnforced"}]
    rules = props["LifecycleConfiguration"]["Rules"]
    expiring = {r["Prefix"]: r["ExpirationInDays"] for r in rules if "ExpirationInDays" in r}
    # Every prefix the service writes expires: job data, batch data, the owner index, idempotency keys.
    assert expiring == {"jobs/": 30, "batches/": 30, "owners/": 30, "idempotency/": 30}
    assert all(r["Status"] == "Enabled" for r in rules)
    assert any(r.get("AbortIncompleteMultipartUpload", {}).get("DaysAfterInitiation") for r in rules)
    assert "Fn::Sub" in props["BucketName"]  # derived from stack name + account, never hard-coded


def test_bucket_policy_denies_plain_http(template: dict[str, Any]) -> None:
    policy = template["Resources"]["JobsBucketPolicy"]
    assert policy["Type"] == "AWS::S3::BucketPolicy"
    assert policy["Properties"]["Bucket"] == {"Ref": "JobsBucket"}
    statements = policy["Properties"]["PolicyDocument"]["Statement"]
    deny = [s for s in statements if s["Effect"] == "Deny"]
    assert deny and deny[0]["Condition"] == {"Bool": {"aws:SecureTransport": "false"}}
    assert deny[0]["Principal"] == "*" and deny[0]["Action"] == "s3:*"
    assert len(deny[0]["Resource"]) == 2  # the bucket and its objects


def test_queue_visibility_redrive_and_dead_letter_queue(template: dict[str, Any]) -> None:
    resources = template["Resources"]
    queue, dlq = resources["JobsQueue"]["Properties"], resources["JobsDeadLetterQueue"]["Properties"]
    worker_timeout = resources["WorkerLambdaFunction"]["Properties"]["Timeout"]
    assert worker_timeout == 900
    assert queue["VisibilityTimeout"] >= 6 * worker_timeout
    assert queue["QueueName"] == "problem-generator-dev-jobs"
    assert queue["SqsManagedSseEnabled"] is True
    assert queue["RedrivePolicy"] == {
        "deadLetterTargetArn": {"Fn::GetAtt": ["JobsDeadLetterQueue", "Arn"]}, "maxReceiveCount": 5
    }
    assert dlq["QueueName"] == "problem-generator-dev-jobs-dlq"
    assert dlq["MessageRetentionPeriod"] == 14 * 24 * 3600
    dead_letter_timeout = resources["DeadUnderscoreletterLambdaFunction"]["Properties"]["Timeout"]
    assert dlq["VisibilityTimeout"] >= dead_letter_timeout


def test_sqs_event_sources_report_batch_item_failures_one_message_at_a_time(template: dict[str, Any]) -> None:
    mappings = {
        m["Properties"]["EventSourceArn"]["Fn::GetAtt"][0]: m["Properties"]
        for m in _of_type(template, "AWS::Lambda::EventSourceMapping").values()
    }
    assert set(mappings) == {"JobsQueue", "JobsDeadLetterQueue"}
    for queue, mapping in mappings.items():
        assert mapping["BatchSize"] == 1, queue
        assert mapping["FunctionResponseTypes"] == ["ReportBatchItemFailures"], queue
        assert mapping["Enabled"] is True
    assert mappings["JobsQueue"]["FunctionName"] == {"Fn::GetAtt": ["WorkerLambdaFunction", "Arn"]}
    assert mappings["JobsQueue"]["ScalingConfig"]["MaximumConcurrency"] >= 2
    assert mappings["JobsDeadLetterQueue"]["FunctionName"] == {
        "Fn::GetAtt": ["DeadUnderscoreletterLambdaFunction", "Arn"]
    }


def test_functions_runtime_memory_and_environment(template: dict[str, Any]) -> None:
    functions = _of_type(template, "AWS::Lambda::Function")
    assert len(functions) == 5
    for name, fn in functions.items():
        props = fn["Properties"]
        assert props["Runtime"] == "python3.12" and props["Architectures"] == ["arm64"], name
        env = props["Environment"]["Variables"]
        assert env["JOBS_BUCKET"] == {"Ref": "JobsBucket"}
        assert env["JOBS_QUEUE_URL"] == {"Ref": "JobsQueue"}
        assert env["STAGE"] == "dev" and env["BATCH_SPEC_PATH"] == "batches.toml"
        assert env["WORKER_TIMEOUT_SECONDS"] == "900" and env["VISIBILITY_TIMEOUT_SECONDS"] == "5400"
        assert env["MAX_RECEIVE_COUNT"] == "5" and env["RETENTION_DAYS"] == "30"
        assert {"POWERTOOLS_SERVICE_NAME", "POWERTOOLS_METRICS_NAMESPACE", "LOG_LEVEL", "MAX_COUNT"} <= set(env)
        assert "AWS_ENDPOINT_URL" not in env  # local stage only
    assert functions["WorkerLambdaFunction"]["Properties"]["MemorySize"] == 1769
    assert functions["SubmitLambdaFunction"]["Properties"]["Timeout"] == 10
    assert functions["StatusLambdaFunction"]["Properties"]["Timeout"] == 10
    for group in _of_type(template, "AWS::Logs::LogGroup").values():
        assert group["Properties"]["RetentionInDays"] == 14


def test_http_routes_and_cors(template: dict[str, Any]) -> None:
    routes = _routes(template)
    assert set(routes) == {
        "POST /jobs", "DELETE /jobs/{job_id}", "GET /jobs", "GET /jobs/{job_id}", "GET /jobs/{job_id}/problems",
        "GET /jobs/{job_id}/result", "GET /batches", "GET /batches/{batch_id}", "GET /openapi.json",
    }
    assert all("AuthorizerId" not in r for r in routes.values())  # auth is off unless a stage enables it
    cors = template["Resources"]["HttpApi"]["Properties"]["CorsConfiguration"]
    assert cors["AllowOrigins"] == ["*"]
    assert {"Content-Type", "Authorization", "Idempotency-Key", "If-None-Match"} <= set(cors["AllowHeaders"])
    assert {"ETag", "Retry-After", "Location"} <= set(cors["ExposeHeaders"])
    assert {"GET", "POST", "DELETE", "OPTIONS"} <= set(cors["AllowMethods"])


def test_iam_statements_are_scoped_to_one_resource(template: dict[str, Any]) -> None:
    (policy,) = template["Resources"]["IamRoleLambdaExecution"]["Properties"]["Policies"]
    statements = policy["PolicyDocument"]["Statement"]
    by_sid = {s["Sid"]: s for s in statements if "Sid" in s}
    assert set(by_sid["JobObjects"]["Action"]) == {"s3:GetObject", "s3:PutObject", "s3:DeleteObject"}
    assert by_sid["JobObjects"]["Resource"] == {"Fn::Join": ["", [{"Fn::GetAtt": ["JobsBucket", "Arn"]}, "/*"]]}
    assert by_sid["JobListing"]["Action"] == ["s3:ListBucket"]
    assert by_sid["JobListing"]["Resource"] == {"Fn::GetAtt": ["JobsBucket", "Arn"]}
    assert "sqs:SendMessage" in by_sid["JobQueue"]["Action"]
    assert by_sid["JobQueue"]["Resource"] == {"Fn::GetAtt": ["JobsQueue", "Arn"]}
    # Event-source permissions come from the framework, for both queues.
    consume = [s for s in statements if "sqs:ReceiveMessage" in s["Action"]]
    assert len(consume) == 1 and {"sqs:DeleteMessage", "sqs:GetQueueAttributes"} <= set(consume[0]["Action"])
    assert len(consume[0]["Resource"]) == 2
    for statement in statements:
        resources = statement["Resource"] if isinstance(statement["Resource"], list) else [statement["Resource"]]
        assert "*" not in resources, statement


def test_schedule_is_disabled_outside_prod_and_carries_the_fire_time(template: dict[str, Any]) -> None:
    (rule,) = _of_type(template, "AWS::Events::Rule").values()
    assert rule["Properties"]["State"] == "DISABLED"
    (target,) = rule["Properties"]["Targets"]
    transformer = target["InputTransformer"]
    assert transformer["InputPathsMap"]["time"] == "$.time"
    assert '"batch": "nightly"' in transformer["InputTemplate"]


def test_package_contains_code_and_linux_arm64_wheels_only(dev_package: tuple[dict[str, Any], Path]) -> None:
    _, out = dev_package
    names = zipfile.ZipFile(out / "problem-generator.zip").namelist()
    tops = {n.split("/", 1)[0] for n in names}
    assert "generator" in tops and "generator/settings.py" in names
    assert (PROJECT / "handler.py").exists() == ("handler.py" in names)
    assert not any(n.startswith("generator/local/") for n in names)
    assert not tops & {"tests", "node_modules", ".venv", "bench", "web", "events", ".serverless", "boto3", "botocore"}
    assert not any("__pycache__" in n for n in names)
    binaries = [n for n in names if n.startswith("pydantic_core/") and n.endswith(".so")]
    assert binaries and all("cpython-312-aarch64-linux-gnu" in n for n in binaries)
    assert "aws_lambda_powertools/__init__.py" in names


def test_prod_enables_the_schedule_and_a_stage_can_turn_on_jwt_auth(service_dir: Path) -> None:
    template, _ = _package(
        service_dir, "prod", "--param=auth=jwt", "--param=jwtIssuerUrl=https://issuer.example.com/pool",
        "--param=jwtAudience=client-123",
    )
    (rule,) = _of_type(template, "AWS::Events::Rule").values()
    assert rule["Properties"]["State"] == "ENABLED"
    (authorizer,) = _of_type(template, "AWS::ApiGatewayV2::Authorizer").values()
    assert authorizer["Properties"]["AuthorizerType"] == "JWT"
    assert authorizer["Properties"]["JwtConfiguration"] == {
        "Audience": ["client-123"], "Issuer": "https://issuer.example.com/pool"
    }
    routes = _routes(template)
    assert routes["GET /openapi.json"].get("AuthorizationType") is None
    protected = [k for k, r in routes.items() if r.get("AuthorizationType") == "JWT"]
    assert len(protected) == len(routes) - 1
    queue = template["Resources"]["JobsQueue"]["Properties"]
    assert queue["QueueName"] == "problem-generator-prod-jobs"


def test_local_stage_resolves_to_literals_matching_the_local_stack(service_dir: Path) -> None:
    """`sls invoke local`/`offline` need literal values (no Ref), and LocalStack must create the same names."""
    env = _sls_env()
    env["EMULATOR_PORT"] = "6123"
    config = json.loads(_run_sls(service_dir, "print", "-s", "local", "--format", "json", env=env))
    environment = config["provider"]["environment"]
    assert all(isinstance(v, str) for v in environment.values()), environment
    assert environment["JOBS_BUCKET"] == local.BUCKET
    assert environment["JOBS_QUEUE_URL"] == f"http://127.0.0.1:6123/{local.ACCOUNT_ID}/{local.QUEUE}"
    assert environment["AWS_ENDPOINT_URL"] == "http://127.0.0.1:6123"
    assert environment["WORKER_TIMEOUT_SECONDS"] == str(local.WORKER_TIMEOUT_SECONDS)
    assert environment["VISIBILITY_TIMEOUT_SECONDS"] == str(local.VISIBILITY_TIMEOUT_SECONDS)
    assert environment["MAX_RECEIVE_COUNT"] == str(local.MAX_RECEIVE_COUNT)
    resources = config["resources"]["Resources"]
    assert resources["JobsQueue"]["Properties"]["QueueName"] == local.QUEUE
    assert resources["JobsQueue"]["Properties"]["VisibilityTimeout"] == local.VISIBILITY_TIMEOUT_SECONDS
    assert resources["JobsQueue"]["Properties"]["RedrivePolicy"]["maxReceiveCount"] == local.MAX_RECEIVE_COUNT
    assert resources["JobsDeadLetterQueue"]["Properties"]["QueueName"] == local.DEAD_LETTER_QUEUE
    dlq = resources["JobsDeadLetterQueue"]["Properties"]
    assert dlq["VisibilityTimeout"] == local.DEAD_LETTER_VISIBILITY_TIMEOUT_SECONDS
    assert dlq["MessageRetentionPeriod"] == local.DEAD_LETTER_RETENTION_SECONDS
    assert config["functions"]["worker"]["timeout"] == local.WORKER_TIMEOUT_SECONDS
    sqs_plugin = config["custom"]["serverless-offline-sqs"]
    assert sqs_plugin["endpoint"] == "http://127.0.0.1:6123" and sqs_plugin["autoCreate"] is False
    assert sqs_plugin["accountId"] == local.ACCOUNT_ID
    assert config["functions"]["scheduled"]["events"][0]["schedule"]["enabled"] is False


def test_every_function_has_an_event_file() -> None:
    for name in ("submit", "status", "worker", "dead_letter", "scheduled"):
        event = json.loads((PROJECT / "events" / f"{name}.json").read_text())
        assert event
    submit = json.loads((PROJECT / "events" / "submit.json").read_text())
    assert submit["version"] == "2.0" and submit["routeKey"] == "POST /jobs"
    assert submit["requestContext"]["http"]["method"] == "POST" and isinstance(submit["body"], str)
    status = json.loads((PROJECT / "events" / "status.json").read_text())
    assert status["pathParameters"]["job_id"] in status["rawPath"]
    worker = json.loads((PROJECT / "events" / "worker.json").read_text())
    assert json.loads(worker["Records"][0]["body"])["job_id"]
