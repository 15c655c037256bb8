"""Shared fixtures for the local AWS emulator and the whole local stack.

- `emulator`: the embedded AWS emulator alone (moto + request log + fault injection), one per session on a free
  port; each test starts with an empty request log and no fault rules. moto's state (buckets, queues) is
  process-wide, so tests use unique resource names.
- `aws_env`: points in-process boto3 at `emulator` (dummy credentials, region, AWS_ENDPOINT_URL) for one test;
  nothing is set at import time.
- `local_stack`: emulator + `sls offline start -s local` on free ports, once per session; stopped (whole process
  group) at the end of the session.
"""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from generator.local.emulator import Emulator
from generator.local.stack import REGION, LocalStack


@pytest.fixture(scope="session")
def _emulator_server() -> Iterator[Emulator]:
    emulator = Emulator.start(port=0)
    try:
        yield emulator
    finally:
        emulator.stop()


@pytest.fixture
def emulator(_emulator_server: Emulator) -> Iterator[Emulator]:
    _emulator_server.clear_faults()
    _emulator_server.clear_requests()
    yield _emulator_server
    _emulator_server.clear_faults()


@pytest.fixture
def aws_env(emulator: Emulator, monkeypatch: pytest.MonkeyPatch) -> Emulator:
    """In-process boto3 talks to `emulator` for this test (and never to real AWS)."""
    for name in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN", "AWS_CONFIG_FILE",
                 "AWS_SHARED_CREDENTIALS_FILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "test")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "test")
    monkeypatch.setenv("AWS_DEFAULT_REGION", REGION)
    monkeypatch.setenv("AWS_REGION", REGION)
    monkeypatch.setenv("AWS_ENDPOINT_URL", emulator.url)
    # No ~/.aws files: a developer's profile must not leak into tests.
    monkeypatch.setenv("AWS_CONFIG_FILE", "/dev/null")
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", "/dev/null")
    return emulator


@pytest.fixture(scope="session")
def local_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalStack]:
    log_path = tmp_path_factory.mktemp("local-stack") / "sls-offline.log"
    stack = LocalStack(http_port=0, lambda_port=0, emulator_port=0, log_path=log_path)
    stack.start()
    try:
        yield stack
    finally:
        stack.stop()
