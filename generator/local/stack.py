"""The whole service on one machine: the embedded AWS emulator (in-process thread) + `sls offline start -s local`.

    with LocalStack() as stack:                 # ports from HTTP_PORT/LAMBDA_PORT/EMULATOR_PORT (3000/3002/5055)
        requests.post(f"{stack.base_url}/jobs", json={...})
        stack.emulator.requests(service="sqs")
        stack.s3.list_objects_v2(Bucket=stack.bucket)

    LocalStack(http_port=0, lambda_port=0, emulator_port=0)   # 0 = free ports (tests)

What `start()` does:
1. starts `Emulator` (generator/local/emulator.py) on 127.0.0.1:emulator_port;
2. creates the jobs bucket, the jobs queue (visibility timeout, redrive policy) and its DLQ with the names
   serverless.yml's `params.local` uses (serverless-offline-sqs is configured without autoCreate: the queues must
   exist before it starts, it resolves them by QueueName through GetQueueUrl);
3. runs `node_modules/.bin/sls offline start -s local --httpPort P --lambdaPort L` in its own process group, with
   AWS_ENDPOINT_URL pointing at the emulator, dummy credentials, EMULATOR_PORT (serverless.yml derives the local
   queue URL and the SQS poller endpoint from it) and PATH/VIRTUAL_ENV set to this interpreter's venv, so the
   Python handler processes that serverless-offline spawns (`python3 invoke.py`) are the venv's Python;
4. waits (bounded) until the HTTP API answers; on failure raises with the tail of the sls log.

`stop()` sends SIGTERM to the whole process group (sls, its node workers and every Python handler process),
SIGKILL after a grace period, then stops the emulator. Both are idempotent; the context manager always stops.
"""
from __future__ import annotations

import atexit
import ctypes
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from generator.local.emulator import Emulator

PROJECT_DIR = Path(__file__).resolve().parents[2]

# Must match serverless.yml (params.local and resources); tests/integration/test_local_config.py checks it.
SERVICE = "problem-generator"
STAGE = "local"
ACCOUNT_ID = "123456789012"  # moto's default account
REGION = "us-east-1"
BUCKET = f"{SERVICE}-{STAGE}-jobs"
QUEUE = f"{SERVICE}-{STAGE}-jobs"
DEAD_LETTER_QUEUE = f"{SERVICE}-{STAGE}-jobs-dlq"
WORKER_TIMEOUT_SECONDS = 120
VISIBILITY_TIMEOUT_SECONDS = 720  # 6 x worker timeout
DEAD_LETTER_VISIBILITY_TIMEOUT_SECONDS = 180
MAX_RECEIVE_COUNT = 5
DEAD_LETTER_RETENTION_SECONDS = 1_209_600  # 14 days

DEFAULT_HTTP_PORT = 3000
DEFAULT_LAMBDA_PORT = 3002
DEFAULT_EMULATOR_PORT = 5055


class LocalStackError(RuntimeError):
    pass


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def port_in_use(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def _env_port(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    return int(raw) if raw else default


def _venv_bin() -> Path:
    """bin/ of the virtualenv running this interpreter, else the project's .venv."""
    if sys.prefix != sys.base_prefix:
        return Path(sys.prefix) / "bin"
    return PROJECT_DIR / ".venv" / "bin"


class LocalStack:
    def __init__(
        self,
        http_port: int | None = None,
        lambda_port: int | None = None,
        emulator_port: int | None = None,
        *,
        project_dir: str | os.PathLike[str] | None = None,
        log_path: str | os.PathLike[str] | None = None,
        startup_timeout: float = 90.0,
        stop_grace: float = 10.0,
        extra_env: dict[str, str] | None = None,
        warm: bool = True,
        offline_args: list[str] | None = None,
    ) -> None:
        """Ports: None = env (HTTP_PORT/LAMBDA_PORT/EMULATOR_PORT) or 3000/3002/5055; 0 = a free port."""
        self.project_dir = Path(project_dir or PROJECT_DIR).resolve()
        self.http_port = _env_port("HTTP_PORT", DEFAULT_HTTP_PORT) if http_port is None else http_port
        self.lambda_port = _env_port("LAMBDA_PORT", DEFAULT_LAMBDA_PORT) if lambda_port is None else lambda_port
        self.emulator_port = (
            _env_port("EMULATOR_PORT", DEFAULT_EMULATOR_PORT) if emulator_port is None else emulator_port
        )
        self._log_path = Path(log_path) if log_path else None
        self.startup_timeout = startup_timeout
        self.stop_grace = stop_grace
        self.extra_env = dict(extra_env or {})
        self.offline_args = list(offline_args or [])  # e.g. --param=auth=jwt (tests of other stage settings)
        self.warm = warm
        self.emulator: Emulator | None = None
        self.process: subprocess.Popen[bytes] | None = None
        self.startup_seconds: float | None = None
        self.log_offset = 0
        self._log_file: Any = None
        self._s3: Any = None
        self._sqs: Any = None
        self.queue_url: str | None = None
        self.dead_letter_queue_url: str | None = None

    # --- properties ---------------------------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def lambda_url(self) -> str:
        return f"http://127.0.0.1:{self.lambda_port}"

    @property
    def log_path(self) -> Path:
        if self._log_path is None:
            self._log_path = self.project_dir / ".local" / "logs" / f"sls-offline-{self.http_port}.log"
        return self._log_path

    @property
    def bucket(self) -> str:
        return BUCKET

    @property
    def s3(self) -> Any:
        if self._s3 is None:
            self._s3 = self._client("s3")
        return self._s3

    @property
    def sqs(self) -> Any:
        if self._sqs is None:
            self._sqs = self._client("sqs")
        return self._sqs

    def _client(self, service: str) -> Any:
        import boto3

        if self.emulator is None:
            raise LocalStackError("the stack is not running")
        return boto3.session.Session(
            aws_access_key_id="test", aws_secret_access_key="test", region_name=REGION
        ).client(service, endpoint_url=self.emulator.url)

    def aws_env(self) -> dict[str, str]:
        """Environment for any process that should talk to this stack's emulator."""
        if self.emulator is None:
            raise LocalStackError("the stack is not running")
        return {
            "AWS_ENDPOINT_URL": self.emulator.url,
            "AWS_ACCESS_KEY_ID": "test",
            "AWS_SECRET_ACCESS_KEY": "test",
            "AWS_DEFAULT_REGION": REGION,
            "AWS_REGION": REGION,
            "EMULATOR_PORT": str(self.emulator.port),
        }

    # --- lifecycle ----------------------------------------------------------------------------------------------
    def __enter__(self) -> "LocalStack":
        self.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    def start(self) -> "LocalStack":
        started = time.monotonic()
        for name, port in (("HTTP_PORT", self.http_port), ("LAMBDA_PORT", self.lambda_port)):
            if port and port_in_use(port):
                raise LocalStackError(f"port {port} ({name}) is already in use; is another `sls offline` running?")
        try:
            self._start_emulator()
            self.create_resources()
            self.seed()
            self._start_offline()
            self._wait_until_ready(started)
        except BaseException:
            self.stop()
            raise
        self.startup_seconds = time.monotonic() - started
        return self

    def _start_emulator(self) -> None:
        if self.emulator_port and port_in_use(self.emulator_port):
            raise LocalStackError(f"emulator port {self.emulator_port} is already in use (EMULATOR_PORT)")
        self.emulator = Emulator.start(port=self.emulator_port)
        self.emulator_port = self.emulator.port

    def create_resources(self) -> None:
        """Bucket, DLQ and jobs queue as serverless.yml declares them (idempotent)."""
        s3, sqs = self.s3, self.sqs
        try:
            s3.create_bucket(Bucket=BUCKET)
        except s3.exceptions.BucketAlreadyOwnedByYou:
            pass
        self.dead_letter_queue_url = sqs.create_queue(
            QueueName=DEAD_LETTER_QUEUE,
            Attributes={
                "VisibilityTimeout": str(DEAD_LETTER_VISIBILITY_TIMEOUT_SECONDS),
                "MessageRetentionPeriod": str(DEAD_LETTER_RETENTION_SECONDS),
            },
        )["QueueUrl"]
        dlq_arn = sqs.get_queue_attributes(QueueUrl=self.dead_letter_queue_url, AttributeNames=["QueueArn"])[
            "Attributes"
        ]["QueueArn"]
        self.queue_url = sqs.create_queue(
            QueueName=QUEUE,
            Attributes={
                "VisibilityTimeout": str(VISIBILITY_TIMEOUT_SECONDS),
                "RedrivePolicy": json.dumps({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": MAX_RECEIVE_COUNT}),
            },
        )["QueueUrl"]

    def seed(self) -> None:
        """The example job events/*.json refer to (generator/local/seed.py)."""
        from generator.local.seed import seed_example_job

        seed_example_job(self.s3, BUCKET)

    def _offline_env(self) -> dict[str, str]:
        venv_bin = _venv_bin()
        env = dict(os.environ)
        env.update(self.aws_env())
        env.update(
            {
                "HTTP_PORT": str(self.http_port),
                "LAMBDA_PORT": str(self.lambda_port),
                "PATH": os.pathsep.join([str(venv_bin), env.get("PATH", "")]),
                "VIRTUAL_ENV": str(venv_bin.parent),
                "PYTHONUNBUFFERED": "1",
                "SLS_TELEMETRY_DISABLED": "1",
                "SLS_NOTIFICATIONS_MODE": "off",
                "AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE": "1",
            }
        )
        env.pop("PYTHONHOME", None)
        env.update(self.extra_env)
        return env

    def _start_offline(self) -> None:
        if self.http_port == 0:
            self.http_port = free_port()
        if self.lambda_port == 0:
            self.lambda_port = free_port()
            while self.lambda_port == self.http_port:
                self.lambda_port = free_port()
        for name, port in (("HTTP_PORT", self.http_port), ("LAMBDA_PORT", self.lambda_port)):
            if port_in_use(port):
                raise LocalStackError(f"port {port} ({name}) is already in use; is another `sls offline` running?")
        sls = self._sls()
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self._log_file = open(self.log_path, "ab")
        self.log_offset = self._log_file.tell()  # where this run's output starts (the file is appended to)
        command = [
            str(sls), "offline", "start", "-s", STAGE,
            "--httpPort", str(self.http_port), "--lambdaPort", str(self.lambda_port), *self.offline_args,
        ]
        self._log_file.write(f"\n=== {time.strftime('%Y-%m-%d %H:%M:%S')} {' '.join(command)}\n".encode())
        self._log_file.flush()
        self.process = subprocess.Popen(
            command,
            cwd=self.project_dir,
            env=self._offline_env(),
            stdin=subprocess.DEVNULL,
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # own process group: stop() signals sls and every handler process it spawned
            preexec_fn=_die_with_parent,
        )
        atexit.register(self.stop)

    def _wait_until_ready(self, started: float) -> None:
        deadline = started + self.startup_timeout
        probe = f"{self.base_url}/__local_stack_ready__"  # unknown route: serverless-offline answers 404 itself
        while True:
            if self.process is not None and self.process.poll() is not None:
                raise LocalStackError(
                    f"sls offline exited with code {self.process.returncode} during startup\n{self.log_tail()}"
                )
            try:
                with urllib.request.urlopen(probe, timeout=2):
                    pass
                break
            except urllib.error.HTTPError:
                break  # any HTTP answer: the server is up
            except (OSError, urllib.error.URLError):
                pass
            if time.monotonic() > deadline:
                raise LocalStackError(
                    f"sls offline did not answer on {self.base_url} within {self.startup_timeout:.0f}s\n"
                    f"{self.log_tail()}"
                )
            time.sleep(0.2)
        if self.warm:
            # First request of a function pays the Python cold start (imports); do it now for the HTTP functions.
            try:
                with urllib.request.urlopen(f"{self.base_url}/openapi.json", timeout=30):
                    pass
            except (OSError, urllib.error.URLError):
                pass

    def log_tail(self, lines: int = 60) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return f"(no log at {self.log_path})"
        tail = "\n".join(text.splitlines()[-lines:])
        return f"--- last {lines} lines of {self.log_path} ---\n{tail}"

    def _sls(self) -> Path:
        sls = self.project_dir / "node_modules" / ".bin" / "sls"
        if not sls.exists():
            raise LocalStackError(f"{sls} not found: run `make install` (npm ci)")
        return sls

    def invoke_local(self, function: str, event_path: str | os.PathLike[str], timeout: float = 300) -> Any:
        """`sls invoke local -s local -f <function> -p <event>` against this stack's emulator; returns the handler's
        JSON answer (the last JSON value sls prints; handler log lines come before it)."""
        command = [str(self._sls()), "invoke", "local", "-s", STAGE, "-f", function, "-p", str(event_path)]
        done = subprocess.run(command, cwd=self.project_dir, env=self._offline_env(), stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=timeout, preexec_fn=_die_with_parent)
        out = done.stdout.decode(errors="replace")
        if done.returncode != 0:
            raise LocalStackError(f"{' '.join(command[1:])} exited {done.returncode}:\n{out[-3000:]}"
                                  f"{done.stderr.decode(errors='replace')[-3000:]}")
        return _last_json(out)

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self) -> None:
        atexit.unregister(self.stop)
        process, self.process = self.process, None
        if process is not None:
            _terminate_group(process, self.stop_grace)
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None
        if self.emulator is not None:
            self.emulator.stop()
            self.emulator = None
        self._s3 = self._sqs = None


def _last_json(text: str) -> Any:
    """The last complete JSON value in `text` (sls prints the handler's answer after its log lines)."""
    decoder = json.JSONDecoder()
    starts = [i for i, ch in enumerate(text) if ch in "{["]
    for start in reversed(starts):
        try:
            value, end = decoder.raw_decode(text, start)
        except ValueError:
            continue
        if not text[end:].strip():
            return value
    raise LocalStackError(f"no JSON answer in the sls output:\n{text[-2000:]}")


def _die_with_parent() -> None:
    """Linux: SIGTERM sls if this Python process dies without stopping it (e.g. killed with SIGKILL). The Python
    handler processes exit by themselves when sls goes away (their stdin closes)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _terminate_group(process: subprocess.Popen[bytes], grace: float) -> None:
    """SIGTERM the process group, SIGKILL what is left after `grace` seconds (also stray handler processes)."""
    pgid = process.pid  # start_new_session=True: the group id is the leader's pid
    try:
        os.killpg(pgid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        pass
    # Handler processes can outlive the node leader; the group is empty only when all of them are gone.
    deadline = time.monotonic() + max(grace / 2, 1.0)
    while _group_alive(pgid) and time.monotonic() < deadline:
        time.sleep(0.1)
    try:
        os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
        return True
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
