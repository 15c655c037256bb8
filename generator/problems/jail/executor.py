"""The `executor` Lambda function: untrusted code runs there, not in the worker.

Its role may only write its own logs and it sits in a VPC without egress, so even a full escape from the
runner holds no credentials and reaches nothing. The worker calls it with `EXECUTOR=lambda` (the default,
`inline`, runs in-process: tests, CLI, local stack). Lambda's synchronous payload limit is 6 MB each way, so
inputs go in chunks of at most `REQUEST_BUDGET` bytes, and a chunk whose answer is too large is split again.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from dataclasses import asdict
from typing import Any

REQUEST_BUDGET = 4 * 1024 * 1024  # bytes of inputs + source per invoke (JSON escaping can grow them)
MAX_CASES_PER_INVOKE = 200


class ExecutorError(Exception):
    """The executor function failed in a way that is not a verdict (its results are discarded)."""


def handle(event: dict[str, Any], _context: Any = None) -> dict[str, Any]:
    """{"source", "inputs", "limits"} -> {"results": [RunResult as dict, ...]}."""
    from generator.problems.sandbox import SandboxLimits, local_run

    limits = SandboxLimits(**event["limits"])
    try:
        results = local_run(event["source"], list(event["inputs"]), limits)
    finally:
        if on_aws_lambda():
            _wipe_tmp()  # a warm container's /tmp must not carry one run's files into the next
    return {"results": [{**asdict(r), "verdict": r.verdict.value} for r in results]}


def on_aws_lambda() -> bool:
    """True only inside AWS Lambda's own runtime (AWS_EXECUTION_ENV=AWS_Lambda_python3.12, say), whose /tmp belongs
    to this function alone and may be wiped whole. serverless-offline and `sls invoke local` set
    AWS_LAMBDA_FUNCTION_NAME but not AWS_EXECUTION_ENV: their /tmp is the machine's, shared with everything else."""
    return os.environ.get("AWS_EXECUTION_ENV", "").startswith("AWS_Lambda_") and not os.environ.get("IS_OFFLINE")


def run_remote(source: str, inputs: list[str], limits: Any, client: Any = None) -> list[Any]:
    """run_many through the executor function, in chunks that fit Lambda's payload limit."""
    from generator.problems.sandbox import RunResult, SandboxLimits, Verdict

    client = client or _client()
    name = os.environ["EXECUTOR_FUNCTION"]
    deadline = time.monotonic() + limits.wall_seconds
    results: list[RunResult] = []
    for chunk in _chunks(source, inputs):
        results += _invoke(client, name, source, chunk, limits, deadline, RunResult, SandboxLimits, Verdict)
    return results


def _invoke(client: Any, name: str, source: str, chunk: list[str], limits: Any, deadline: float,
            result_type: Any, limits_type: Any, verdict_type: Any) -> list[Any]:
    left = max(0.001, deadline - time.monotonic())
    payload = {"source": source, "inputs": chunk, "limits": {**asdict(limits), "wall_seconds": left}}
    answer = client.invoke(FunctionName=name, InvocationType="RequestResponse", Payload=json.dumps(payload).encode())
    body = answer["Payload"].read()
    if answer.get("FunctionError"):
        if b"payload" in body.lower() and len(chunk) > 1:  # the answer was over 6 MB: halve the chunk
            half = len(chunk) // 2
            return (_invoke(client, name, source, chunk[:half], limits, deadline, result_type, limits_type,
                            verdict_type)
                    + _invoke(client, name, source, chunk[half:], limits, deadline, result_type, limits_type,
                              verdict_type))
        note = f"[sandbox] executor failed, results discarded: {body[:300]!r}"
        return [result_type(verdict_type.sandbox_error, "", note, None, 0.0, 0.0) for _ in chunk]
    rows = json.loads(body)["results"]
    return [result_type(**{**row, "verdict": verdict_type(row["verdict"])}) for row in rows]


def _chunks(source: str, inputs: list[str]) -> list[list[str]]:
    chunks: list[list[str]] = [[]]
    size = len(source.encode())
    for text in inputs:
        cost = len(text.encode()) + 64
        if chunks[-1] and (size + cost > REQUEST_BUDGET or len(chunks[-1]) >= MAX_CASES_PER_INVOKE):
            chunks.append([])
            size = len(source.encode())
        chunks[-1].append(text)
        size += cost
    return [c for c in chunks if c]


def _client() -> Any:
    import boto3
    from botocore.config import Config

    # A run can take minutes: read timeout above the executor's own timeout, and no retry of a run.
    return boto3.client("lambda", config=Config(read_timeout=910, retries={"max_attempts": 1}))


def _wipe_tmp() -> None:
    from generator.problems.jail import tree

    root = tempfile.gettempdir()
    for entry in os.scandir(root):
        try:  # (shutil.rmtree raised RecursionError on a case's deep nest of dirs, and /tmp stayed as it was)
            tree.remove_tree(entry.path)
        except OSError:
            pass
