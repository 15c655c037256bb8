"""The whole-/tmp wipe of a warm Lambda container happens on AWS Lambda only, never on a developer's or CI's machine.

serverless-offline (the local stack's worker) and `sls invoke local` set AWS_LAMBDA_FUNCTION_NAME for the handler
they run; a wipe keyed on that variable removed everything in the machine's /tmp at each local job: other test
workers' temporary dirs, other programs' files, a checkout living under /tmp.
"""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from generator.problems import sandbox
from generator.problems.jail.executor import on_aws_lambda

RECORD = {"messageId": "m1", "receiptHandle": "r", "body": "not a job", "attributes": {}, "messageAttributes": {},
          "md5OfBody": "", "eventSource": "aws:sqs", "eventSourceARN": "arn:aws:sqs:eu-west-1:1:jobs",
          "awsRegion": "eu-west-1"}


@pytest.mark.parametrize(("env", "expected"), [
    ({}, False),
    ({"AWS_LAMBDA_FUNCTION_NAME": "problem-generator-local-worker", "IS_OFFLINE": "true"}, False),  # offline
    ({"AWS_LAMBDA_FUNCTION_NAME": "problem-generator-local-worker"}, False),  # sls invoke local
    ({"AWS_LAMBDA_FUNCTION_NAME": "w", "AWS_EXECUTION_ENV": "AWS_Lambda_python3.12"}, True),  # the real runtime
    ({"AWS_LAMBDA_FUNCTION_NAME": "w", "AWS_EXECUTION_ENV": "AWS_Lambda_python3.12", "IS_OFFLINE": "true"}, False),
])
def test_only_the_lambda_runtime_counts_as_lambda(env: dict[str, str], expected: bool,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("AWS_LAMBDA_FUNCTION_NAME", "AWS_EXECUTION_ENV", "IS_OFFLINE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert on_aws_lambda() is expected


def test_a_locally_run_worker_leaves_the_machines_tmp_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator import worker

    root = tmp_path / "tmp"
    root.mkdir()
    (root / "another-programs-file").write_text("not the worker's")
    (root / "pytest-of-someone").mkdir()
    monkeypatch.setattr(sandbox.tempfile, "gettempdir", lambda: str(root))
    monkeypatch.delenv("AWS_EXECUTION_ENV", raising=False)
    monkeypatch.setenv("AWS_LAMBDA_FUNCTION_NAME", "problem-generator-local-worker")  # as serverless-offline sets
    monkeypatch.setenv("IS_OFFLINE", "true")
    context = SimpleNamespace(get_remaining_time_in_millis=lambda: 60000)
    assert worker.handle({"Records": [RECORD]}, context) == {"batchItemFailures": [{"itemIdentifier": "m1"}]}
    assert sorted(p.name for p in root.iterdir()) == ["another-programs-file", "pytest-of-someone"]


def test_a_dead_processs_nest_is_swept_when_a_new_nest_is_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import subprocess
    import time

    # A pool worker leaves through os._exit (no atexit): its nest of runner scratch dirs stayed in /tmp for good.
    root = tmp_path / "tmp"
    root.mkdir()
    monkeypatch.setattr(sandbox.tempfile, "gettempdir", lambda: str(root))
    monkeypatch.setattr(sandbox, "_NEST", {})
    gone = subprocess.Popen(["true"])
    gone.wait()
    old = time.time() - 3600
    nests = {"dead": root / f"sandbox-{gone.pid}-{'a' * 32}", "live": root / f"sandbox-{os.getpid()}-{'b' * 32}",
             "recent": root / f"sandbox-{gone.pid}-{'c' * 32}", "other": root / "sandbox-notanest"}
    for name, nest in nests.items():
        (nest / ("d" * 32) / "left").mkdir(parents=True)
        nest.chmod(0o300)
        if name != "recent":
            os.utime(nest, (old, old))
    made = Path(sandbox._nest())
    left = {p.name for p in root.iterdir()}
    assert left == {made.name} | {nests[n].name for n in ("live", "recent", "other")}
    assert made.name.startswith(f"sandbox-{os.getpid()}-")
    for path in root.iterdir():
        path.chmod(0o700)
