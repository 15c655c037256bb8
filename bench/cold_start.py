"""Cold-start import cost of each Lambda entry point: a fresh interpreter imports handler.py and the code
its first request needs, median of N runs. Prints milliseconds per entry point (this machine)."""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 9
PATHS = {
    "interpreter only": "pass",
    "handler.py": "import handler",
    "submit/status (api)": "import handler, generator.api",
    "status first request (+ wiring, clients)": "import handler, generator.api, generator.bootstrap as b; "
                                                "b.job_service(); b.batch_service()",
    "worker (batch + service)": "import handler, generator.worker, generator.bootstrap, generator.jobs.service",
    "worker first job (+ generator)": "import handler, generator.worker, generator.jobs.offline_maker, "
                                      "generator.problems.pipeline; generator.problems.families.families()",
    "boto3 alone": "import boto3",
}


# Clients are built locally (no request is sent): a region and dummy credentials are enough.
ENV = {**os.environ, "AWS_DEFAULT_REGION": "us-east-1", "AWS_ACCESS_KEY_ID": "bench", "AWS_SECRET_ACCESS_KEY": "bench",
       "JOBS_BUCKET": "bench", "JOBS_QUEUE_URL": "http://127.0.0.1:9/q"}


def measure(code: str) -> float:
    timer = ("import time; t = time.perf_counter(); {code}; "
             "print((time.perf_counter() - t) * 1000)").format(code=code)
    samples = []
    for _ in range(RUNS):
        out = subprocess.run([sys.executable, "-c", timer], cwd=ROOT, capture_output=True, text=True, check=True,
                             env=ENV)
        samples.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(samples)


def main() -> None:
    print(f"import cost, median of {RUNS} fresh interpreters ({sys.version.split()[0]})")
    for name, code in PATHS.items():
        print(f"  {name:<42} {measure(code):7.1f} ms")


if __name__ == "__main__":
    main()
