"""`sls package` produces a CloudFormation template that cfn-lint accepts and that has the guarantees the service
relies on (retained, private, encrypted, expiring bucket; TLS-only; queue/DLQ sizing; partial batch failures;
one switchable schedule per batch of batches.toml; scoped IAM for the LLM providers).
Runs osls from node_modules in a temporary copy of the service (no AWS account: dummy credentials)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path
from typing import Any

import pytest

from generator.local import stack as local

pytestmark = pytest.mark.integration

PROJECT = local.PROJECT_DIR
SLS = PROJECT / "node_modules" / ".bin" / "sls"
VALIDATE_BATCHES = PROJECT / "scripts" / "validate_batches.py"
# The schedule of each batch of batches.toml not marked `manual`, and the stage param that switches it on.
SCHEDULES = {
    "nightly": ("cron(0 18 * * ? *)", "scheduleNightly"),  # 18:00 UTC = 03:00 KST
    "weekly_practice": ("cron(0 19 ? * SUN *)", "scheduleWeeklyPractice"),  # Monday 04:00 KST
}
LLM_ENV = {
    "ENABLED_PROVIDERS": "offline", "BEDROCK_MODEL_ID": "", "GEMINI_MODEL": "gemini-2.5-flash",
    "LLM_MAX_REPAIRS": "2", "LLM_CONCURRENCY": "4",
}
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


@pytest.fixture(scope="module")
def prod_template(service_dir: Path) -> dict[str, Any]:
    """prod with the JWT authorizer switched on by params (the stage's own params keep it off)."""
    template, _ = _package(
        service_dir, "prod", "--param=auth=jwt", "--param=jwtIssuerUrl=https://issuer.example.com/pool",
        "--param=jwtAudience=client-123",
    )
    return template


def _print_config(service_dir: Path, stage: str, *extra: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    return json.loads(_run_sls(service_dir, "print", "-s", stage, "--format", "json", *extra, env=env))


def _scheduled_batches() -> set[str]:
    spec = tomllib.loads((PROJECT / "batches.toml").read_text(encoding="utf-8"))
    return {name for name, body in spec["batches"].items() if not body.get("manual", False)}


def _rules_by_batch(template: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each AWS::Events::Rule's properties, by the batch its input transformer names."""
    rules: dict[str, dict[str, Any]] = {}
    for rule in _of_type(template, "AWS::Events::Rule").values():
        (target,) = rule["Properties"]["Targets"]
        template_text = target["InputTransformer"]["InputTemplate"]
        name = json.loads(template_text.replace("<", '"<').replace(">", '>"'))["batch"]
        assert name not in rules, f"two rules fire batch {name}"
        rules[name] = rule["Properties"]
    return rules


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
    # No fixed name: CloudFormation generates a unique one, so a redeploy after `make remove` (which retains this
    # bucket) never collides with the retained bucket.
    assert "BucketName" not in props


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
    assert len(functions) == 6
    for name, fn in functions.items():
        props = fn["Properties"]
        assert props["Runtime"] == "python3.12" and props["Architectures"] == ["arm64"], name
        env = props["Environment"]["Variables"]
        assert env["JOBS_BUCKET"] == {"Ref": "JobsBucket"}
        assert env["JOBS_QUEUE_URL"] == {"Ref": "JobsQueue"}
        assert env["STAGE"] == "dev" and env["BATCH_SPEC_PATH"] == "batches.toml"
        assert env["WORKER_TIMEOUT_SECONDS"] == "900" and env["VISIBILITY_TIMEOUT_SECONDS"] == "5400"
        assert env["MAX_RECEIVE_COUNT"] == "5" and env["RETENTION_DAYS"] == "30"
        assert env["BATCH_DEDUP_DAYS"] == "30", name
        assert {k: env.get(k) for k in LLM_ENV} == LLM_ENV, name
        assert env["GEMINI_API_KEY_PARAMETER"] == "/problem-generator/dev/gemini-api-key", name
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
        "POST /jobs/{job_id}/retry", "GET /config", "GET /topics", "GET /jobs/{job_id}/export",
        "$default",  # any other route/method reaches the resolver: the API's own 404/405 error shape
    }
    assert all("AuthorizerId" not in r for r in routes.values())  # auth is off unless a stage enables it
    cors = template["Resources"]["HttpApi"]["Properties"]["CorsConfiguration"]
    assert cors["AllowOrigins"] == ["*"]
    assert {"Content-Type", "Authorization", "Idempotency-Key", "If-None-Match"} <= set(cors["AllowHeaders"])
    assert {"ETag", "Retry-After", "Location", "Idempotent-Replayed", "Content-Language"} <= set(cors["ExposeHeaders"])
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


def test_llm_provider_statements_are_scoped(template: dict[str, Any]) -> None:
    (policy,) = template["Resources"]["IamRoleLambdaExecution"]["Properties"]["Policies"]
    by_sid = {s["Sid"]: s for s in policy["PolicyDocument"]["Statement"] if "Sid" in s}
    # Bedrock Converse is authorised as bedrock:InvokeModel: foundation models (any region, for cross-region
    # inference profiles) and this account's inference profiles in this region - never Resource "*".
    bedrock = by_sid["LlmBedrock"]
    assert bedrock["Effect"] == "Allow" and bedrock["Action"] == ["bedrock:InvokeModel"]
    assert sorted(r["Fn::Sub"] for r in bedrock["Resource"]) == [
        "arn:${AWS::Partition}:bedrock:${AWS::Region}:${AWS::AccountId}:inference-profile/*",
        "arn:${AWS::Partition}:bedrock:*::foundation-model/*",
    ]
    assert all(s["Action"] != "*" and "bedrock:*" not in s["Action"] for s in by_sid.values())
    # The Gemini key: an SSM parameter or a Secrets Manager secret under <service>/<stage>/ only.
    assert by_sid["LlmApiKey"]["Action"] == ["ssm:GetParameter"]
    assert by_sid["LlmApiKey"]["Resource"] == {
        "Fn::Sub": "arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/problem-generator/dev/*"
    }
    assert by_sid["LlmApiKeySecret"]["Action"] == ["secretsmanager:GetSecretValue"]
    assert by_sid["LlmApiKeySecret"]["Resource"] == {
        "Fn::Sub": "arn:${AWS::Partition}:secretsmanager:${AWS::Region}:${AWS::AccountId}"
                   ":secret:problem-generator/dev/*"
    }


def test_one_schedule_per_batch_disabled_outside_prod_carrying_the_fire_time(template: dict[str, Any]) -> None:
    rules = _rules_by_batch(template)
    assert set(rules) == _scheduled_batches() == set(SCHEDULES)
    for name, rule in rules.items():
        assert rule["ScheduleExpression"] == SCHEDULES[name][0], name
        assert rule["State"] == "DISABLED", name
        # The rule name names the batch too (generator/scheduled.py reads it from a raw Scheduled Event).
        assert rule["Name"] == f"problem-generator-dev-batch-{name}"
        (target,) = rule["Targets"]
        assert target["Arn"] == {"Fn::GetAtt": ["ScheduledLambdaFunction", "Arn"]}
        transformer = target["InputTransformer"]
        assert transformer["InputPathsMap"] == {"time": "$.time", "eventId": "$.id", "rule": "$.resources[0]"}
        assert transformer["InputTemplate"] == (
            f'{{"batch": "{name}", "time": <time>, "event_id": <eventId>, "rule": <rule>}}'
        )
    permissions = [p["Properties"] for p in _of_type(template, "AWS::Lambda::Permission").values()
                   if p["Properties"]["Principal"] == "events.amazonaws.com"]
    assert len(permissions) == len(rules)
    assert {p["SourceArn"]["Fn::GetAtt"][0] for p in permissions} == set(_of_type(template, "AWS::Events::Rule"))
    description = template["Resources"]["ScheduledLambdaFunction"]["Properties"]["Description"]
    assert "batches" in description and "nightly" not in description


def test_delivered_schedule_input_is_accepted_by_the_handler(template: dict[str, Any]) -> None:
    """What EventBridge makes of each rule's input template is an event generator.scheduled.parse_event accepts,
    naming the rule's batch and its scheduled minute."""
    from generator.scheduled import parse_event

    for name, rule in _rules_by_batch(template).items():
        text = rule["Targets"][0]["InputTransformer"]["InputTemplate"]
        delivered = json.loads(
            text.replace("<time>", '"2026-01-04T19:00:00Z"').replace("<eventId>", '"e-1"')
            .replace("<rule>", json.dumps(f"arn:aws:events:us-east-1:123456789012:rule/{rule['Name']}"))
        )
        assert parse_event(delivered)[::2] == (name, f"{name}-20260104T1900Z")


def test_each_schedule_has_its_own_stage_param(service_dir: Path) -> None:
    # Params arrive from the CLI as strings: "false" must switch a schedule off, not count as truthy.
    for batch, (_, param) in SCHEDULES.items():
        others = [p for b, (_, p) in SCHEDULES.items() if b != batch]
        config = _print_config(service_dir, "dev", f"--param={param}=true", *[f"--param={p}=false" for p in others])
        enabled = {}
        for event in config["functions"]["scheduled"]["events"]:
            schedule = event["schedule"]
            enabled[json.loads(schedule["inputTransformer"]["inputTemplate"]
                               .replace("<", '"<').replace(">", '>"'))["batch"]] = schedule["enabled"]
        assert enabled == {b: b == batch for b in SCHEDULES}, (param, enabled)
    config = _print_config(service_dir, "prod", "--param=scheduleNightly=false")
    assert [e["schedule"]["enabled"] for e in config["functions"]["scheduled"]["events"]] == [False, True]


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
    # The judge export's problem.html is rendered in the worker: its libraries are in the zip.
    assert {"markdown_it/__init__.py", "mdit_py_plugins/dollarmath/index.py", "latex2mathml/converter.py"} <= set(names)
    # The arm64 libseccomp (make lambda-libs) is shipped when it was fetched: the runtime image has none.
    assert ("lib/libseccomp.so.2" in names) == (PROJECT / "lib" / "libseccomp.so.2").exists()


def test_prod_enables_every_schedule(prod_template: dict[str, Any]) -> None:
    rules = _rules_by_batch(prod_template)
    assert set(rules) == set(SCHEDULES)
    for name, rule in rules.items():
        assert rule["State"] == "ENABLED", name
        assert rule["ScheduleExpression"] == SCHEDULES[name][0]
        assert rule["Name"] == f"problem-generator-prod-batch-{name}"
    env = prod_template["Resources"]["ScheduledLambdaFunction"]["Properties"]["Environment"]["Variables"]
    assert env["BATCH_DEDUP_DAYS"] == "30" and env["ENABLED_PROVIDERS"] == "offline"
    assert env["GEMINI_API_KEY_PARAMETER"] == "/problem-generator/prod/gemini-api-key"


def test_a_stage_can_turn_on_jwt_auth(prod_template: dict[str, Any]) -> None:
    template = prod_template
    (authorizer,) = _of_type(template, "AWS::ApiGatewayV2::Authorizer").values()
    assert authorizer["Properties"]["AuthorizerType"] == "JWT"
    assert authorizer["Properties"]["JwtConfiguration"] == {
        "Audience": ["client-123"], "Issuer": "https://issuer.example.com/pool"
    }
    routes = _routes(template)
    # the description, the form's config, the topic catalog, 404/405s
    public = {"GET /openapi.json", "GET /config", "GET /topics", "$default"}
    assert all(routes[k].get("AuthorizationType") is None for k in public)
    protected = [k for k, r in routes.items() if r.get("AuthorizationType") == "JWT"]
    assert set(protected) == set(routes) - public
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
    assert [e["schedule"]["enabled"] for e in config["functions"]["scheduled"]["events"]] == [False] * len(SCHEDULES)
    # LLM settings and the dedup window come from the environment (.env) with the other stages' defaults.
    assert {k: environment[k] for k in LLM_ENV} == LLM_ENV
    assert environment["BATCH_DEDUP_DAYS"] == "30" and environment["GEMINI_API_KEY_PARAMETER"] == ""
    env.update(ENABLED_PROVIDERS="offline,bedrock", BEDROCK_MODEL_ID="us.example.model-v1:0", GEMINI_MODEL="g-x",
               GEMINI_API_KEY_PARAMETER="secretsmanager:problem-generator/local/gemini", LLM_MAX_REPAIRS="0",
               LLM_CONCURRENCY="7", BATCH_DEDUP_DAYS="0")
    environment = _print_config(service_dir, "local", env=env)["provider"]["environment"]
    assert all(isinstance(v, str) for v in environment.values()), environment
    assert {k: environment[k] for k in (*LLM_ENV, "GEMINI_API_KEY_PARAMETER", "BATCH_DEDUP_DAYS")} == {
        "ENABLED_PROVIDERS": "offline,bedrock", "BEDROCK_MODEL_ID": "us.example.model-v1:0", "GEMINI_MODEL": "g-x",
        "GEMINI_API_KEY_PARAMETER": "secretsmanager:problem-generator/local/gemini", "LLM_MAX_REPAIRS": "0",
        "LLM_CONCURRENCY": "7", "BATCH_DEDUP_DAYS": "0",
    }


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


def _validate(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(VALIDATE_BATCHES), *args], capture_output=True, text=True,
                          timeout=120, cwd=PROJECT)


def test_validate_batches_accepts_the_repository_files() -> None:
    """`make package` runs it first: the repository's batches.toml and serverless.yml must pass together."""
    result = _validate()
    assert result.returncode == 0, result.stderr
    for name in _scheduled_batches():
        assert f"batch '{name}'" in result.stdout


def test_validate_batches_checks_the_repository_schedules_against_the_spec(tmp_path: Path) -> None:
    """Against the real serverless.yml (tests/unit/test_batches.py covers the checks on a minimal one): a spec
    that lost a scheduled batch, or whose item is malformed, stops packaging naming the batch and the field."""
    spec = tmp_path / "batches.toml"
    spec.write_text("[[batches.nightly.items]]\nprompt = 'grid maze'\ncount = '3'\n"
                    "[[batches.nightly.items]]\nprompt = 'grid maze'\ncolour = 'red'\n", encoding="utf-8")
    bad = _validate("--spec", str(spec))
    assert bad.returncode == 1
    assert "batch 'nightly': field 'items[0].count'" in bad.stderr
    assert "batch 'nightly': field 'items[1].colour': unknown field" in bad.stderr
    spec.write_text("[[batches.nightly.items]]\nprompt = 'grid maze'\n", encoding="utf-8")
    unknown = _validate("--spec", str(spec))
    assert unknown.returncode == 1
    assert "batch 'weekly_practice': no such batch in the specification" in unknown.stderr
    assert "batch 'nightly'" not in unknown.stderr


def test_validate_batches_rejects_a_rule_named_after_another_batch(tmp_path: Path) -> None:
    yml = tmp_path / "serverless.yml"
    text = (PROJECT / "serverless.yml").read_text(encoding="utf-8")
    assert text.count("-batch-weekly_practice\n") == 1
    yml.write_text(text.replace("-batch-weekly_practice\n", "-batch-nightly\n"), encoding="utf-8")
    result = _validate("--serverless", str(yml))
    assert result.returncode == 1
    assert "batch 'weekly_practice': field 'name'" in result.stderr and "names batch 'nightly'" in result.stderr


# ------------------------------------------------------------------ operations (issue 15)
ALARMS = {  # alarm resource -> (metric or expression ids, threshold, comparison)
    "DeadLetterQueueAlarm": ("ApproximateNumberOfMessagesVisible", 0, "GreaterThanThreshold"),
    "JobsDeadLetteredAlarm": ("JobsDeadLettered", 1, "GreaterThanOrEqualToThreshold"),
    "WorkerErrorsAlarm": ("Errors", 1, "GreaterThanOrEqualToThreshold"),
    "WorkerThrottlesAlarm": ("Throttles", 1, "GreaterThanOrEqualToThreshold"),
    "JobFailureRatioAlarm": ("ratio", 0.2, "GreaterThanThreshold"),
    "ScheduledBatchFailedAlarm": ("failures", 1, "GreaterThanOrEqualToThreshold"),
    "ApiServerErrorsAlarm": ("5xx", 5, "GreaterThanOrEqualToThreshold"),
}


@pytest.fixture(scope="module")
def anonymous_prod(service_dir: Path) -> dict[str, Any]:
    """prod with auth off, explicitly allowed, one browser origin and an alarm e-mail."""
    template, _ = _package(service_dir, "prod", "--param=allowAnonymous=true",
                           "--param=corsOrigins=https://app.example.com", "--param=alarmEmail=ops@example.com")
    return template


def _custom_metrics(props: dict[str, Any]) -> list[dict[str, Any]]:
    if "Metrics" in props:
        return [m["MetricStat"]["Metric"] for m in props["Metrics"] if "MetricStat" in m]
    return [{"Namespace": props["Namespace"], "MetricName": props["MetricName"], "Dimensions": props["Dimensions"]}]


def test_alarms_notify_the_topic_with_their_thresholds(prod_template: dict[str, Any]) -> None:
    from generator.metrics import METRIC_NAMES

    alarms = _of_type(prod_template, "AWS::CloudWatch::Alarm")
    assert set(alarms) == set(ALARMS)
    (topic,) = _of_type(prod_template, "AWS::SNS::Topic")
    for name, (metric, threshold, comparison) in ALARMS.items():
        props = alarms[name]["Properties"]
        assert props["AlarmActions"] == [{"Ref": topic}], name
        assert props["Threshold"] == threshold and props["ComparisonOperator"] == comparison, name
        assert props["TreatMissingData"] == "notBreaching", name
        shown = props.get("MetricName") or next(m["Id"] for m in props["Metrics"] if m.get("ReturnData"))
        assert shown == metric, name
        for m in _custom_metrics(props):
            if m["Namespace"] == "ProblemGenerator":  # our EMF metrics: emitted by the code, this stage only
                assert m["MetricName"] in METRIC_NAMES, name
                assert {"Name": "stage", "Value": "prod"} in m["Dimensions"], name
    # The subscription exists only with an e-mail (a CloudFormation condition on the AlarmEmail parameter).
    (subscription,) = _of_type(prod_template, "AWS::SNS::Subscription").values()
    assert subscription["Condition"] == "HasAlarmEmail" and subscription["Properties"]["Protocol"] == "email"
    assert prod_template["Parameters"]["AlarmEmail"]["Default"] == ""


def test_dashboard_reads_this_stage_and_every_alarm(prod_template: dict[str, Any]) -> None:
    (dashboard,) = _of_type(prod_template, "AWS::CloudWatch::Dashboard").values()
    body, values = dashboard["Properties"]["DashboardBody"]["Fn::Sub"]
    widgets = json.loads(body.replace("${AWS::Region}", "r").replace("${", "<").replace("}\"", ">\"")
                         .replace("}'", ">'"))["widgets"]
    assert len(widgets) >= 6
    assert values["Stage"] == "prod"
    alarm_widget = next(w for w in widgets if w["type"] == "alarm")
    assert len(alarm_widget["properties"]["alarms"]) == len(ALARMS)


def test_prod_refuses_anonymous_callers_unless_explicitly_allowed(service_dir: Path,
                                                                   anonymous_prod: dict[str, Any]) -> None:
    out = service_dir / ".package-refused"
    refused = subprocess.run([str(SLS), "package", "-s", "prod", "--package", str(out)], cwd=service_dir,
                             env=_sls_env(), capture_output=True, text=True, timeout=600)
    assert refused.returncode != 0
    assert "Deploy refused" in refused.stdout + refused.stderr and "allowAnonymous" in refused.stdout + refused.stderr
    assert not (out / "cloudformation-template-update-stack.json").exists()
    # CloudFormation holds the same rule, evaluated on the parameters the stage params filled in.
    rule = anonymous_prod["Rules"]["AuthenticatedCallers"]
    assert rule["RuleCondition"] == {"Fn::Equals": [{"Ref": "RequireAuth"}, "true"]}
    params = {k: v["Default"] for k, v in anonymous_prod["Parameters"].items()}
    assert params["AuthMode"] == "none" and params["RequireAuth"] == "true" and params["AllowAnonymous"] == "true"


def test_jwt_prod_passes_the_guard_and_dev_does_not_require_auth(prod_template: dict[str, Any],
                                                                 template: dict[str, Any]) -> None:
    params = {k: v["Default"] for k, v in prod_template["Parameters"].items()}
    assert params["AuthMode"] == "jwt" and params["AllowAnonymous"] == "false"
    assert {k: v["Default"] for k, v in template["Parameters"].items()}["RequireAuth"] == "false"


def test_api_throttling_and_cors_origins_per_stage(template: dict[str, Any], prod_template: dict[str, Any],
                                                   anonymous_prod: dict[str, Any]) -> None:
    for t in (template, prod_template):
        settings = t["Resources"]["HttpApiStage"]["Properties"]["DefaultRouteSettings"]
        assert settings["ThrottlingRateLimit"] == 20 and settings["ThrottlingBurstLimit"] == 40
    # prod: no browser origin unless named; dev: any.
    assert prod_template["Resources"]["HttpApi"]["Properties"]["CorsConfiguration"]["AllowOrigins"] == []
    assert prod_template["Resources"]["JobsBucket"]["Properties"]["CorsConfiguration"] == {"Ref": "AWS::NoValue"}
    named = anonymous_prod["Resources"]["HttpApi"]["Properties"]["CorsConfiguration"]["AllowOrigins"]
    assert named == ["https://app.example.com"]
    (rule,) = anonymous_prod["Resources"]["JobsBucket"]["Properties"]["CorsConfiguration"]["CorsRules"]
    assert rule["AllowedOrigins"] == ["https://app.example.com"] and rule["AllowedMethods"] == ["GET", "HEAD"]
    (dev_rule,) = template["Resources"]["JobsBucket"]["Properties"]["CorsConfiguration"]["CorsRules"]
    assert dev_rule["AllowedOrigins"] == ["*"]


def test_prod_limits_and_kill_switch_reach_the_functions(prod_template: dict[str, Any],
                                                         template: dict[str, Any]) -> None:
    prod = prod_template["Resources"]["SubmitLambdaFunction"]["Properties"]["Environment"]["Variables"]
    assert prod["MAX_JOBS_IN_FLIGHT"] == "3" and prod["MAX_PROBLEMS_PER_DAY"] == "200"
    assert prod["SUBMISSIONS_ENABLED"] == "true"
    dev = template["Resources"]["SubmitLambdaFunction"]["Properties"]["Environment"]["Variables"]
    assert dev["MAX_JOBS_IN_FLIGHT"] == "0" and dev["MAX_PROBLEMS_PER_DAY"] == "0"


def test_deployed_stages_default_to_seoul_and_local_stays_in_the_emulator_region(service_dir: Path) -> None:
    assert _print_config(service_dir, "prod", "--param=allowAnonymous=true")["provider"]["region"] == "ap-northeast-2"
    assert _print_config(service_dir, "prod", "--region", "eu-west-1")["provider"]["region"] == "eu-west-1"
    assert _print_config(service_dir, "local")["provider"]["region"] == "us-east-1"


def _resource_strings(resource: Any) -> list[str]:
    if isinstance(resource, str):
        return [resource]
    if isinstance(resource, list):
        return [s for r in resource for s in _resource_strings(r)]
    if isinstance(resource, dict):
        (fn, args), = resource.items()
        if fn == "Fn::Sub":
            return [args if isinstance(args, str) else args[0]]
        if fn == "Fn::Join":
            return ["".join(a if isinstance(a, str) else "<ref>" for a in args[1])]
        return ["<ref>"]  # Ref / GetAtt: one named resource
    raise AssertionError(resource)


def test_no_wildcard_resource_outside_the_documented_cases(prod_template: dict[str, Any]) -> None:
    """A '*' in a Resource is allowed for Bedrock (foundation models live in every routed region), the function
    log groups, and a trailing '/*' under a prefix that is this stage's own (its bucket, its parameters)."""
    stage_scoped = ("<ref>/*", "parameter/problem-generator/prod/*", "secret:problem-generator/prod/*")
    for name, role in _of_type(prod_template, "AWS::IAM::Role").items():
        for policy in role["Properties"].get("Policies", []):
            for statement in policy["PolicyDocument"]["Statement"]:
                actions = statement["Action"] if isinstance(statement["Action"], list) else [statement["Action"]]
                for arn in _resource_strings(statement["Resource"]):
                    if "*" not in arn:
                        continue
                    if statement.get("Sid") == "LlmBedrock":
                        continue
                    if statement.get("Sid") == "ExecutorVpcAttach":  # Lambda's VPC attachment (no resource ARNs)
                        assert all(a.startswith("ec2:") and "NetworkInterface" in a or "PrivateIp" in a
                                   for a in actions), actions
                        continue
                    if all(a.startswith("logs:") for a in actions):
                        assert ":log-group:/aws/lambda/problem-generator-prod" in arn, arn
                        continue
                    assert arn.endswith(stage_scoped) and arn.count("*") == 1, (name, statement.get("Sid"), arn)


def test_executor_has_only_its_logs_and_no_egress(template: dict[str, Any]) -> None:
    """Untrusted code runs in the executor: its role can write its logs (and attach to its VPC), nothing else;
    its subnets have no route out and its security group allows no egress."""
    resources = template["Resources"]
    executor = resources["ExecutorLambdaFunction"]["Properties"]
    assert executor["Role"] == {"Fn::GetAtt": ["ExecutorRole", "Arn"]}
    assert executor["VpcConfig"]["SecurityGroupIds"] == [{"Ref": "ExecutorSecurityGroup"}]
    actions = sorted(
        a for policy in resources["ExecutorRole"]["Properties"]["Policies"]
        for statement in policy["PolicyDocument"]["Statement"] for a in statement["Action"]
    )
    assert [a for a in actions if not a.startswith("ec2:")] == ["logs:CreateLogStream", "logs:PutLogEvents"]
    assert "ManagedPolicyArns" not in resources["ExecutorRole"]["Properties"]
    egress = resources["ExecutorSecurityGroup"]["Properties"]["SecurityGroupEgress"]
    assert [rule["CidrIp"] for rule in egress] == ["127.0.0.1/32"]
    kinds = {r["Type"] for r in resources.values()}
    assert not kinds & {"AWS::EC2::InternetGateway", "AWS::EC2::NatGateway", "AWS::EC2::VPCEndpoint"}
    worker_env = resources["WorkerLambdaFunction"]["Properties"]["Environment"]["Variables"]
    assert worker_env["EXECUTOR"] == "inline" and worker_env["EXECUTOR_FUNCTION"] == "problem-generator-dev-executor"
