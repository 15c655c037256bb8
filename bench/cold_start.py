"""Cold start of the status function: the first status request (imports, wiring, one S3 GET against the embedded
emulator, the answer) in fresh interpreters, against the floor of `import boto3` + one S3 client + one GET.
Median of N runs each; prints both and their ratio (target ≤ 1.3), then the import cost of each entry point and
what a submit's first prompt costs (imports, the catalog's topics, routing).

    python bench/cold_start.py [--runs 9]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

IMPORT_PATHS = {
    "handler.py": "import handler",
    "submit (api resolver)": "import handler, generator.api",
    "status fast path (job poll)": "import handler, generator.status_fast, generator.jobs.aws",
    "worker (batch + service)": "import handler, generator.worker, generator.bootstrap, generator.jobs.service",
    # What a first POST /jobs pays before its S3 write: the catalog's topics and the first prompt's routing.
    "submit + first prompt routed": "import handler, generator.api\n"
                                    "from generator.problems.matching import match_family\n"
                                    "match_family('위상 정렬 보통 3문제')",
    "boto3 alone": "import boto3",
}

FLOOR = """
import boto3
s3 = boto3.client("s3")
s3.get_object(Bucket=BUCKET, Key=KEY)["Body"].read()
"""
STATUS = """
import handler
class Context:
    function_name, memory_limit_in_mb, aws_request_id = "status", 1024, "bench"
    invoked_function_arn = "arn:aws:lambda:us-east-1:123456789012:function:status"
event = {"version": "2.0", "rawPath": PATH, "rawQueryString": "", "headers": {},
         "requestContext": {"http": {"method": "GET", "path": PATH}}, "pathParameters": {"job_id": JOB},
         "isBase64Encoded": False}
answer = handler.status(event, Context())
assert answer["statusCode"] == 200, answer
import sys
assert "generator.api" not in sys.modules and "pydantic" not in sys.modules, [m for m in ("generator.api", "pydantic") if m in sys.modules]
"""


def timed(code: str, env: dict[str, str], values: dict[str, str]) -> float:
    prelude = "".join(f"{k} = {json.dumps(v)}\n" for k, v in values.items())
    timer = (f"import time\nt = time.perf_counter()\n{prelude}{code}\n"
             "print((time.perf_counter() - t) * 1000)")
    out = subprocess.run([sys.executable, "-c", timer], cwd=ROOT, capture_output=True, text=True, env=env)
    if out.returncode:
        raise RuntimeError(out.stderr[-2000:])
    return float(out.stdout.strip().splitlines()[-1])


def first_request(runs: int) -> tuple[float, float]:
    """(floor ms, status ms), medians, interleaved so both see the same machine load."""
    import boto3
    from moto.server import ThreadedMotoServer

    from generator.jobs.aws import S3BlobStore
    from generator.jobs.model import JobRequest
    from generator.jobs.service import JobService
    from generator.local.stack import free_port
    from generator.settings import load_settings

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        env = {**os.environ, "AWS_DEFAULT_REGION": "us-east-1", "AWS_ACCESS_KEY_ID": "bench",
               "AWS_SECRET_ACCESS_KEY": "bench", "AWS_ENDPOINT_URL": f"http://127.0.0.1:{port}",
               "JOBS_BUCKET": "bench", "JOBS_QUEUE_URL": "http://127.0.0.1:9/q", "POWERTOOLS_LOG_LEVEL": "WARNING"}
        os.environ.update(env)
        s3 = boto3.client("s3")
        s3.create_bucket(Bucket="bench")

        class NoQueue:
            def send(self, message, *, delay_seconds=0):
                pass

        class Prepared:  # the job's family does not matter to a poll
            def prepare(self, request):
                return "bench", "bench"

        service = JobService(store=S3BlobStore(s3, "bench"), queue=NoQueue(), settings=load_settings(),
                             maker=Prepared())
        state = service.submit(JobRequest(prompt="bench", count=3), owner=load_settings().default_owner).state
        key = f"jobs/{state.job_id}/job.json"
        values = {"BUCKET": "bench", "KEY": key, "PATH": f"/jobs/{state.job_id}", "JOB": state.job_id}
        floor, status = [], []
        for _ in range(runs):
            floor.append(timed(FLOOR, env, values))
            status.append(timed(STATUS, env, values))
        return statistics.median(floor), statistics.median(status)
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    floor, status = first_request(args.runs)
    print(f"first status request, median of {args.runs} fresh interpreters ({sys.version.split()[0]})")
    print(f"  import boto3 + S3 client + one GET        {floor:7.1f} ms")
    print(f"  status: imports + wiring + GET + answer   {status:7.1f} ms")
    print(f"  cold-start ratio                          {status / floor:7.2f}  (target <= 1.3)")
    env = {**os.environ, "AWS_DEFAULT_REGION": "us-east-1"}
    print("import cost per entry point")
    for name, code in IMPORT_PATHS.items():
        print(f"  {name:<42} {statistics.median(timed(code, env, {}) for _ in range(args.runs)):7.1f} ms")


if __name__ == "__main__":
    main()
