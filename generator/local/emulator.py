"""Embedded local AWS emulator: moto's server app wrapped in a WSGI middleware that records every AWS request and
can inject faults.

    emu = Emulator.start(port=0)            # 0 = a free port; serves on 127.0.0.1 in a daemon thread
    os.environ["AWS_ENDPOINT_URL"] = emu.url  # boto3 needs no endpoint argument then
    emu.inject(service="s3", operation="GetObject", count=2)   # next 2 GETs answer 503 SlowDown
    emu.requests(service="s3")               # [{"seq", "service", "operation", "method", "path", ...}]
    emu.stop()

Control endpoints (JSON; usable from any process, see `EmulatorClient`):

    GET    /_emulator/health
    GET    /_emulator/requests?service=s3&operation=GetObject&since=SEQ
    POST   /_emulator/reset-log
    GET    /_emulator/faults
    POST   /_emulator/faults        {"service", "operation", "method", "path_contains", "status", "code",
                                     "message", "count", "delay"}  (or a list of them) -> {"faults": [...]}
    DELETE /_emulator/faults        all rules;  DELETE /_emulator/faults/<id>: one rule
    POST   /_emulator/reset         moto state + log + faults

A fault rule matches a request when every field it sets matches (service s3|sqs|events|other, operation such as
GetObject/PutObject/ListObjectsV2/SendMessage, HTTP method, substring of the path). The next `count` matching
requests (count <= 0: all of them) are answered with `status` and an error body in the request's protocol, so
botocore parses the `code` and its retry logic classifies it (SlowDown/ThrottlingException/RequestThrottled are
throttling; 500/502/503/504 are transient). `delay` (seconds) sleeps first; with `status: 0` the request is only
delayed and then served normally.

Caveat: moto keeps its state in module globals, so every emulator in one process shares the same buckets and
queues (and `moto.mock_aws` in the same process resets them). Use unique names, or one emulator per process.

CLI: python -m generator.local.emulator [--host 127.0.0.1] [--port 5055]
"""
from __future__ import annotations

import argparse
import io
import json
import signal
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Iterable

CONTROL_PREFIX = "/_emulator/"

_DEFAULT_FAULT = {
    "s3": (503, "SlowDown", "Please reduce your request rate."),
    "sqs": (400, "ThrottlingException", "Rate exceeded."),
    "events": (400, "ThrottlingException", "Rate exceeded."),
    "other": (500, "InternalError", "Injected fault."),
}

_STATUS_TEXT = {
    200: "OK", 204: "No Content", 400: "Bad Request", 403: "Forbidden", 404: "Not Found", 409: "Conflict",
    412: "Precondition Failed", 429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway",
    503: "Service Unavailable", 504: "Gateway Timeout",
}

# ----------------------------------------------------------------------------------------------- classification

_S3_BUCKET_SUBRESOURCES = {
    # query key -> operation suffix (Get/Put/Delete + suffix)
    "lifecycle": "BucketLifecycleConfiguration",
    "policy": "BucketPolicy",
    "cors": "BucketCors",
    "encryption": "BucketEncryption",
    "versioning": "BucketVersioning",
    "tagging": "BucketTagging",
    "notification": "BucketNotificationConfiguration",
    "publicAccessBlock": "PublicAccessBlock",
    "ownershipControls": "BucketOwnershipControls",
    "acl": "BucketAcl",
    "website": "BucketWebsite",
    "logging": "BucketLogging",
    "replication": "BucketReplication",
    "object-lock": "ObjectLockConfiguration",
    "accelerate": "BucketAccelerateConfiguration",
    "requestPayment": "BucketRequestPayment",
}
_S3_OBJECT_SUBRESOURCES = {
    "tagging": "ObjectTagging",
    "acl": "ObjectAcl",
    "retention": "ObjectRetention",
    "legal-hold": "ObjectLegalHold",
}
_VERB = {"GET": "Get", "PUT": "Put", "DELETE": "Delete", "HEAD": "Head", "POST": "Post"}


def _signing_service(environ: dict[str, Any], query: dict[str, list[str]]) -> str | None:
    """The SigV4 signing name from the Authorization header or a presigned URL's X-Amz-Credential."""
    auth = environ.get("HTTP_AUTHORIZATION", "")
    credential = ""
    if "Credential=" in auth:
        credential = auth.split("Credential=", 1)[1].split(",", 1)[0].strip()
    elif query.get("X-Amz-Credential"):
        credential = query["X-Amz-Credential"][0]
    parts = credential.split("/")
    return parts[3].lower() if len(parts) >= 5 else None


def _s3_bucket_key(environ: dict[str, Any], path: str) -> tuple[str, str]:
    host = environ.get("HTTP_HOST", "").split(":", 1)[0]
    # Virtual-hosted style (bucket.localhost, bucket.s3.amazonaws.com); IP endpoints are always path style.
    if host.endswith(".localhost") or ".s3." in host or host.startswith("s3."):
        first = host.split(".", 1)[0]
        if first not in ("s3", "localhost"):
            return first, path.lstrip("/")
    parts = path.lstrip("/").split("/", 1)
    return parts[0], (parts[1] if len(parts) > 1 else "")


def _s3_operation(environ: dict[str, Any], method: str, bucket: str, key: str, q: dict[str, list[str]]) -> str:
    verb = _VERB.get(method, method.title())
    if not bucket:
        return "ListBuckets" if method == "GET" else f"{verb}Service"
    if not key:
        if "location" in q and method == "GET":
            return "GetBucketLocation"
        if "uploads" in q and method == "GET":
            return "ListMultipartUploads"
        if "versions" in q and method == "GET":
            return "ListObjectVersions"
        if "delete" in q and method == "POST":
            return "DeleteObjects"
        for name, suffix in _S3_BUCKET_SUBRESOURCES.items():
            if name in q:
                return f"{verb}{suffix}"
        return {
            "GET": "ListObjectsV2" if q.get("list-type", [""])[0] == "2" else "ListObjects",
            "PUT": "CreateBucket",
            "DELETE": "DeleteBucket",
            "HEAD": "HeadBucket",
            "POST": "PostObject",
        }.get(method, f"{verb}Bucket")
    copy = "HTTP_X_AMZ_COPY_SOURCE" in environ
    if "uploadId" in q:
        return {
            "PUT": "UploadPartCopy" if copy else "UploadPart",
            "GET": "ListParts",
            "POST": "CompleteMultipartUpload",
            "DELETE": "AbortMultipartUpload",
        }.get(method, f"{verb}Part")
    if "uploads" in q and method == "POST":
        return "CreateMultipartUpload"
    if "attributes" in q and method == "GET":
        return "GetObjectAttributes"
    for name, suffix in _S3_OBJECT_SUBRESOURCES.items():
        if name in q:
            return f"{verb}{suffix}"
    if method == "PUT":
        return "CopyObject" if copy else "PutObject"
    return {"GET": "GetObject", "HEAD": "HeadObject", "DELETE": "DeleteObject", "POST": "PostObject"}.get(
        method, f"{verb}Object"
    )


def _read_body(environ: dict[str, Any]) -> bytes:
    """Read the request body and put it back so moto can read it again."""
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length <= 0:
        return b""
    body = environ["wsgi.input"].read(length)
    environ["wsgi.input"] = io.BytesIO(body)
    environ["CONTENT_LENGTH"] = str(len(body))
    return body


def classify(environ: dict[str, Any]) -> dict[str, Any]:
    """Best-effort description of one AWS request: service, operation, protocol and a few identifiers."""
    method = environ.get("REQUEST_METHOD", "GET").upper()
    path = environ.get("PATH_INFO", "") or "/"
    raw_query = environ.get("QUERY_STRING", "")
    query = urllib.parse.parse_qs(raw_query, keep_blank_values=True)
    target = environ.get("HTTP_X_AMZ_TARGET", "")
    content_type = environ.get("CONTENT_TYPE", "")
    signing = _signing_service(environ, query)

    info: dict[str, Any] = {
        "method": method,
        "path": path,
        "query": raw_query,
        "target": target or None,
        "signing_name": signing,
        "operation": None,
        "protocol": "rest-xml",
    }

    action = query.get("Action", [None])[0]
    body: bytes = b""
    if target or content_type.startswith("application/x-www-form-urlencoded") or "json" in content_type:
        body = _read_body(environ)
    if not action and content_type.startswith("application/x-www-form-urlencoded") and body:
        action = urllib.parse.parse_qs(body.decode("utf-8", "replace")).get("Action", [None])[0]

    if path.startswith("/moto-api"):
        service = "other"
        info["operation"] = "MotoApi"
    elif signing in ("s3", "sqs", "events"):
        service = signing
    elif signing:
        service = "other"
    elif target.startswith("AmazonSQS"):
        service = "sqs"
    elif target.startswith("AWSEvents"):
        service = "events"
    elif target or action:
        service = "other"
    else:
        service = "s3"  # moto's default for unsigned requests
    info["service"] = service

    if target:
        info["protocol"] = "json"
        info["operation"] = info["operation"] or target.rsplit(".", 1)[-1]
    elif action:
        info["protocol"] = "query"
        info["operation"] = info["operation"] or action

    if service == "s3" and not target and not action:
        bucket, key = _s3_bucket_key(environ, path)
        info["bucket"] = bucket or None
        info["key"] = urllib.parse.unquote(key) if key else None
        info["operation"] = _s3_operation(environ, method, bucket, key, query)
    elif service == "sqs":
        queue_url = None
        if info["protocol"] == "json" and body:
            try:
                queue_url = json.loads(body).get("QueueUrl") or json.loads(body).get("QueueName")
            except (ValueError, AttributeError):
                queue_url = None
        elif info["protocol"] == "query":
            form = urllib.parse.parse_qs(body.decode("utf-8", "replace")) if body else {}
            queue_url = (form.get("QueueUrl") or form.get("QueueName") or query.get("QueueUrl") or [None])[0]
        if not queue_url and path.count("/") >= 2:
            queue_url = path
        info["queue"] = queue_url.rstrip("/").rsplit("/", 1)[-1] if queue_url else None
    if not info["operation"]:
        info["operation"] = method
    return info


# ----------------------------------------------------------------------------------------------- faults


@dataclass
class FaultRule:
    service: str | None = None
    operation: str | None = None
    method: str | None = None
    path_contains: str | None = None
    status: int | None = None
    code: str | None = None
    message: str | None = None
    count: int = 1  # <= 0: unlimited
    delay: float = 0.0
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    hits: int = 0

    def __post_init__(self) -> None:
        defaults = _DEFAULT_FAULT.get(self.service or "other", _DEFAULT_FAULT["other"])
        default_status, default_code, default_message = defaults
        if self.status is None:
            self.status = default_status
        if self.code is None:
            self.code = default_code if self.status else None
        if self.message is None:
            self.message = default_message if self.status else None
        self.status = int(self.status)
        self.count = int(self.count)
        self.delay = float(self.delay)
        if self.method:
            self.method = self.method.upper()
        if self.service:
            self.service = self.service.lower()

    def matches(self, info: dict[str, Any]) -> bool:
        if self.service and info["service"] != self.service:
            return False
        if self.operation and info["operation"] != self.operation:
            return False
        if self.method and info["method"] != self.method:
            return False
        if self.path_contains and self.path_contains not in info["path"]:
            return False
        return True

    @property
    def exhausted(self) -> bool:
        return self.count > 0 and self.hits >= self.count

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["remaining"] = None if self.count <= 0 else max(self.count - self.hits, 0)
        return data


_FAULT_FIELDS = {"service", "operation", "method", "path_contains", "status", "code", "message", "count", "delay"}


def _error_response(info: dict[str, Any], rule: FaultRule, request_id: str) -> tuple[str, list[tuple[str, str]], bytes]:
    status = int(rule.status or 500)
    code = rule.code or "InternalError"
    message = rule.message or "Injected fault."
    status_line = f"{status} {_STATUS_TEXT.get(status, 'Error')}"
    fault_type = "Sender" if status < 500 else "Receiver"
    headers = [("x-amzn-RequestId", request_id), ("x-amz-request-id", request_id)]
    if info["protocol"] == "json":
        prefix = {"sqs": "com.amazonaws.sqs#", "events": ""}.get(info["service"], "")
        body = json.dumps({"__type": f"{prefix}{code}", "message": message}).encode()
        headers.append(("Content-Type", "application/x-amz-json-1.0"))
        if info["service"] == "sqs":
            # SQS is "awsQueryCompatible": botocore takes the error code from this header when present.
            headers.append(("x-amzn-query-error", f"{code};{fault_type}"))
    elif info["protocol"] == "query":
        body = (
            '<?xml version="1.0"?><ErrorResponse><Error>'
            f"<Type>{fault_type}</Type><Code>{_xml(code)}</Code><Message>{_xml(message)}</Message>"
            f"</Error><RequestId>{request_id}</RequestId></ErrorResponse>"
        ).encode()
        headers.append(("Content-Type", "text/xml"))
    else:
        body = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<Error>'
            f"<Code>{_xml(code)}</Code><Message>{_xml(message)}</Message>"
            f"<RequestId>{request_id}</RequestId><HostId>emulator</HostId></Error>"
        ).encode()
        headers.append(("Content-Type", "application/xml"))
    if info["method"] == "HEAD":
        body = b""  # botocore derives the code from the status of a HEAD error
    headers.append(("Content-Length", str(len(body))))
    return status_line, headers, body


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ----------------------------------------------------------------------------------------------- middleware


class EmulatorMiddleware:
    """WSGI middleware in front of moto: request log, fault injection, `/_emulator/` control endpoints."""

    def __init__(self, app: Callable[..., Iterable[bytes]], max_log: int = 100_000) -> None:
        self.app = app
        self.max_log = max_log
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._log: list[dict[str, Any]] = []
        self._faults: list[FaultRule] = []
        self._seq = 0

    # --- state (thread-safe) ---------------------------------------------------------------------------------
    def requests(self, service: str | None = None, operation: str | None = None,
                 since: int = 0) -> list[dict[str, Any]]:
        with self._lock:
            return [
                dict(entry)
                for entry in self._log
                if entry["seq"] > since
                and (service is None or entry["service"] == service)
                and (operation is None or entry["operation"] == operation)
            ]

    def clear_requests(self) -> int:
        with self._lock:
            cleared = len(self._log)
            self._log.clear()
            return cleared

    def add_faults(self, rules: Iterable[FaultRule]) -> list[FaultRule]:
        rules = list(rules)
        with self._lock:
            self._faults.extend(rules)
        return rules

    def faults(self) -> list[dict[str, Any]]:
        with self._lock:
            return [rule.to_dict() for rule in self._faults if not rule.exhausted]

    def clear_faults(self, rule_id: str | None = None) -> int:
        with self._lock:
            before = len(self._faults)
            self._faults = [] if rule_id is None else [r for r in self._faults if r.id != rule_id]
            return before - len(self._faults)

    def wait_for(self, service: str | None = None, operation: str | None = None, count: int = 1,
                 timeout: float = 10.0, since: int = 0) -> list[dict[str, Any]]:
        """Block until at least `count` matching requests are logged; returns them (raises TimeoutError)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                found = [
                    dict(e) for e in self._log
                    if e["seq"] > since and (service is None or e["service"] == service)
                    and (operation is None or e["operation"] == operation)
                ]
                if len(found) >= count:
                    return found
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(
                        f"{len(found)}/{count} {service or '*'}:{operation or '*'} requests after {timeout}s"
                    )
                self._changed.wait(remaining)

    def _take_fault(self, info: dict[str, Any]) -> FaultRule | None:
        with self._lock:
            for rule in self._faults:
                if not rule.exhausted and rule.matches(info):
                    rule.hits += 1
                    if rule.exhausted:
                        self._faults.remove(rule)
                    return rule
        return None

    def _record(self, entry: dict[str, Any]) -> None:
        with self._changed:
            self._seq += 1
            entry["seq"] = self._seq
            self._log.append(entry)
            if len(self._log) > self.max_log:
                del self._log[: len(self._log) - self.max_log]
            self._changed.notify_all()

    # --- WSGI ------------------------------------------------------------------------------------------------
    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        if path.startswith(CONTROL_PREFIX) or path == CONTROL_PREFIX.rstrip("/"):
            return self._control(environ, start_response)

        info = classify(environ)
        request_id = uuid.uuid4().hex
        entry: dict[str, Any] = {
            "time": time.time(),
            **{k: v for k, v in info.items() if k != "signing_name" or v},
            "status": None,
            "fault": None,
            "request_id": request_id,
        }
        rule = self._take_fault(info)
        if rule is not None and rule.delay > 0:
            time.sleep(rule.delay)
        if rule is not None and rule.status:
            status_line, headers, body = _error_response(info, rule, request_id)
            entry["status"] = int(rule.status)
            entry["fault"] = {"id": rule.id, "code": rule.code}
            self._record(entry)
            start_response(status_line, headers)
            return [body]
        if rule is not None:
            entry["fault"] = {"id": rule.id, "delay": rule.delay}

        def recording_start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            try:
                entry["status"] = int(status.split(" ", 1)[0])
            except ValueError:
                pass
            return start_response(status, headers, exc_info) if exc_info else start_response(status, headers)

        try:
            result = self.app(environ, recording_start_response)
        finally:
            self._record(entry)
        return result

    def _control(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        method = environ.get("REQUEST_METHOD", "GET").upper()
        route = environ.get("PATH_INFO", "")[len(CONTROL_PREFIX):].strip("/")
        query = urllib.parse.parse_qs(environ.get("QUERY_STRING", ""))

        def reply(status: int, payload: Any) -> Iterable[bytes]:
            body = json.dumps(payload, default=str).encode()
            start_response(
                f"{status} {_STATUS_TEXT.get(status, 'OK')}",
                [("Content-Type", "application/json"), ("Content-Length", str(len(body)))],
            )
            return [body]

        try:
            if route == "health" and method == "GET":
                return reply(200, {"ok": True})
            if route == "requests" and method == "GET":
                since = int(query.get("since", ["0"])[0] or 0)
                service = query.get("service", [None])[0]
                operation = query.get("operation", [None])[0]
                return reply(200, {"requests": self.requests(service, operation, since)})
            if route in ("reset-log", "requests") and method in ("POST", "DELETE"):
                return reply(200, {"cleared": self.clear_requests()})
            if route == "faults" and method == "GET":
                return reply(200, {"faults": self.faults()})
            if route == "faults" and method == "POST":
                payload = json.loads(_read_body(environ) or b"{}")
                items = payload if isinstance(payload, list) else [payload]
                rules = [FaultRule(**{k: v for k, v in item.items() if k in _FAULT_FIELDS}) for item in items]
                unknown = {k for item in items for k in item} - _FAULT_FIELDS
                if unknown:
                    return reply(400, {"error": f"unknown fault fields: {sorted(unknown)}"})
                return reply(201, {"faults": [r.to_dict() for r in self.add_faults(rules)]})
            if route == "faults" and method == "DELETE":
                return reply(200, {"cleared": self.clear_faults()})
            if route.startswith("faults/") and method == "DELETE":
                return reply(200, {"cleared": self.clear_faults(route.split("/", 1)[1])})
            if route == "reset" and method == "POST":
                reset_moto_state()
                self.clear_faults()
                return reply(200, {"cleared": self.clear_requests()})
        except (ValueError, TypeError) as exc:
            return reply(400, {"error": str(exc)})
        return reply(404, {"error": f"no control endpoint {method} {CONTROL_PREFIX}{route}"})


def reset_moto_state() -> None:
    from moto.moto_api._internal.models import moto_api_backend

    moto_api_backend.reset()


# ----------------------------------------------------------------------------------------------- servers


class Emulator:
    """moto + middleware served by werkzeug in a daemon thread. Use `Emulator.start()`."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, verbose: bool = False) -> None:
        self.host = host
        self.verbose = verbose
        self._requested_port = port
        self._port: int | None = None
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self.middleware: EmulatorMiddleware | None = None

    @classmethod
    def start(cls, port: int = 0, host: str = "127.0.0.1", verbose: bool = False) -> "Emulator":
        """Serve on host:port (0 = a free port) in a daemon thread; `verbose` logs every request to stderr."""
        emulator = cls(host=host, port=port, verbose=verbose)
        emulator._start()
        return emulator

    def _start(self) -> None:
        from moto.moto_server.werkzeug_app import (
            DomainDispatcherApplication,
            MotoRequestHandler,
            create_backend_app,
        )
        from werkzeug.serving import make_server

        handler = MotoRequestHandler
        if not self.verbose:
            class QuietHandler(MotoRequestHandler):
                def log_request(self, *args: Any, **kwargs: Any) -> None:
                    pass

            handler = QuietHandler
        self.middleware = EmulatorMiddleware(DomainDispatcherApplication(create_backend_app))
        self._server = make_server(self.host, self._requested_port, self.middleware, threaded=True,
                                   request_handler=handler)
        self._server.daemon_threads = True
        self._port = int(self._server.server_port)
        self._thread = threading.Thread(
            target=self._server.serve_forever, name=f"aws-emulator-{self._port}", daemon=True
        )
        self._thread.start()

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("emulator was never started")
        return self._port

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._server = None
        self._thread = None

    def __enter__(self) -> "Emulator":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    # --- same API as EmulatorClient ---------------------------------------------------------------------------
    def requests(self, service: str | None = None, operation: str | None = None,
                 since: int = 0) -> list[dict[str, Any]]:
        return self.middleware.requests(service, operation, since)

    def clear_requests(self) -> int:
        return self.middleware.clear_requests()

    def inject(self, service: str | None = None, operation: str | None = None, *, method: str | None = None,
               path_contains: str | None = None, status: int | None = None, code: str | None = None,
               message: str | None = None, count: int = 1, delay: float = 0.0) -> str:
        """Answer the next `count` matching requests with an AWS error; returns the rule id."""
        rule = FaultRule(service=service, operation=operation, method=method, path_contains=path_contains,
                         status=status, code=code, message=message, count=count, delay=delay)
        self.middleware.add_faults([rule])
        return rule.id

    def faults(self) -> list[dict[str, Any]]:
        return self.middleware.faults()

    def clear_faults(self, rule_id: str | None = None) -> int:
        return self.middleware.clear_faults(rule_id)

    def wait_for(self, service: str | None = None, operation: str | None = None, count: int = 1,
                 timeout: float = 10.0, since: int = 0) -> list[dict[str, Any]]:
        return self.middleware.wait_for(service, operation, count, timeout, since)

    def reset(self) -> None:
        """Forget every bucket/queue (moto state, process-wide), the log and the fault rules."""
        reset_moto_state()
        self.clear_faults()
        self.clear_requests()


class EmulatorClient:
    """The control API of an emulator running elsewhere (another process), over HTTP."""

    def __init__(self, url: str, timeout: float = 10.0) -> None:
        self.url = url.rstrip("/")
        self.timeout = timeout

    def _call(self, method: str, route: str, payload: Any = None, **params: Any) -> Any:
        query = urllib.parse.urlencode({k: v for k, v in params.items() if v is not None})
        url = f"{self.url}{CONTROL_PREFIX}{route}" + (f"?{query}" if query else "")
        data = None if payload is None else json.dumps(payload).encode()
        request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return json.loads(response.read() or b"null")
        except urllib.error.HTTPError as exc:
            raise RuntimeError(f"emulator {method} {route}: {exc.code} {exc.read().decode(errors='replace')}") from exc

    def health(self) -> bool:
        try:
            return bool(self._call("GET", "health").get("ok"))
        except (OSError, RuntimeError):
            return False

    def requests(self, service: str | None = None, operation: str | None = None,
                 since: int = 0) -> list[dict[str, Any]]:
        return self._call("GET", "requests", service=service, operation=operation, since=since or None)["requests"]

    def clear_requests(self) -> int:
        return self._call("POST", "reset-log")["cleared"]

    def inject(self, service: str | None = None, operation: str | None = None, *, method: str | None = None,
               path_contains: str | None = None, status: int | None = None, code: str | None = None,
               message: str | None = None, count: int = 1, delay: float = 0.0) -> str:
        rule = {"service": service, "operation": operation, "method": method, "path_contains": path_contains,
                "status": status, "code": code, "message": message, "count": count, "delay": delay}
        return self._call("POST", "faults", {k: v for k, v in rule.items() if v is not None})["faults"][0]["id"]

    def faults(self) -> list[dict[str, Any]]:
        return self._call("GET", "faults")["faults"]

    def clear_faults(self, rule_id: str | None = None) -> int:
        return self._call("DELETE", f"faults/{rule_id}" if rule_id else "faults")["cleared"]

    def reset(self) -> None:
        self._call("POST", "reset")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.local.emulator", description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=5055)
    parser.add_argument("--verbose", action="store_true", help="log every request to stderr")
    args = parser.parse_args(argv)

    emulator = Emulator.start(port=args.port, host=args.host, verbose=args.verbose)
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    print(f"AWS emulator on {emulator.url}  (control: {emulator.url}{CONTROL_PREFIX}requests)", flush=True)
    print(f"export AWS_ENDPOINT_URL={emulator.url} AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test "
          "AWS_DEFAULT_REGION=us-east-1", flush=True)
    try:
        stop.wait()
    finally:
        emulator.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
