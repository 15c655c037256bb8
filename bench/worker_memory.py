"""Worker flatness: peak RSS of the worker process at 5 and 50 problems of the largest task, S3 write requests per
problem, and the snapshot's size at 10,000 problems.

The worker runs in a fresh interpreter against the embedded S3 emulator, through JobService.work (checkpoints,
records, index pages, the streamed result). Its problems are real problems of the largest task (union-find hard,
~4 MB each with hidden tests), generated once and replayed with new ids, so the figures are about the job
machinery rather than the gate (which runs its programs in separate sandbox processes). A fake clock advances
SECONDS_PER_PROBLEM per problem (the gate's time on this machine), so the record interval acts as in production.

    python bench/worker_memory.py [--counts 5 20 50] [--seconds-per-problem 2] [--snapshot-problems 10000]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CHILD = r"""
import json, sys
from datetime import timedelta
import boto3
from generator.jobs.aws import S3BlobStore
from generator.jobs.model import JobRequest
from generator.jobs.service import JobService
from generator.problems.schema import Problem
from generator.settings import load_settings
from tests.fakes import FakeClock, MemoryQueue

count, seconds, problem_dir = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
writes = {"n": 0}
snapshot_bytes = {"max": 0}
WRITES = {"PutObject", "UploadPart", "CreateMultipartUpload", "CompleteMultipartUpload", "CopyObject"}

def count_write(model, params, **_):
    if model.name in WRITES:
        writes["n"] += 1

s3 = boto3.client("s3")
s3.meta.events.register("before-call.s3", count_write)


class Store(S3BlobStore):
    def put(self, key, body, **kw):
        if key.endswith("/job.json"):
            snapshot_bytes["max"] = max(snapshot_bytes["max"], len(body))
        return super().put(key, body, **kw)

import pathlib
paths = sorted(pathlib.Path(problem_dir).glob("*.json"))
clock = FakeClock()

class Replay:
    def prepare(self, request):
        return "union_find", "bench"
    def make(self, state, index, avoid, on_stage):
        clock.advance(seconds)  # the gate's time for one problem, without spending it
        problem = Problem.model_validate_json(paths[index % len(paths)].read_bytes())
        signature = f"{index:032d}"
        return problem.model_copy(update={
            "id": f"{state.job_id}-{index:05d}", "title": f"{problem.title} #{index + 1}",  # titles never repeat
            "verification": problem.verification.model_copy(update={"signature": signature})})

settings = load_settings()
service = JobService(store=Store(s3, "bench"), queue=MemoryQueue(), settings=settings, maker=Replay(), clock=clock)
state = service.submit(JobRequest(prompt="union find", difficulty="hard", count=count), owner="bench").state
outcome = service.work(state.job_id, hop=0, remaining_ms=lambda: 10**9)
final = service.get(state.job_id, owner="bench")
result = s3.head_object(Bucket="bench", Key=f"jobs/{state.job_id}/result.json")["ContentLength"]
# VmHWM, not ru_maxrss: Linux carries the parent's peak into ru_maxrss across fork + exec, and the parent here
# holds the emulator's objects.
peak_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"outcome": outcome.value, "completed": final.progress.completed, "writes": writes["n"],
                  "peak_rss_mb": peak_kb / 1024,
                  "snapshot_max_bytes": snapshot_bytes["max"], "result_mb": result / 2**20}))
"""


def largest_task_problems(directory: Path, n: int = 2) -> None:
    if len(list(directory.glob("*.json"))) >= n:
        return
    subprocess.run([sys.executable, "-m", "generator", "--prompt", "union find", "--family", "union_find",
                    "--difficulty", "hard", "--count", str(n), "--seed", "3", "--out", str(directory)],
                   cwd=ROOT, check=True, capture_output=True)


def worker_run(count: int, seconds: float, problems: Path, env: dict[str, str]) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, str(count), str(seconds), str(problems)], cwd=ROOT,
                         capture_output=True, text=True, env=env)
    if out.returncode:
        raise RuntimeError(out.stderr[-3000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def snapshot_at(count: int, seconds: float) -> tuple[int, float]:
    """Largest snapshot written over a `count`-problem job of small fake problems (in memory), and writes/problem."""
    import dataclasses

    from generator.jobs import keys
    from generator.jobs.model import JobRequest
    from generator.jobs.service import JobService
    from generator.settings import load_settings
    from tests.fakes import FakeClock, FakeMaker, MemoryQueue, MemoryStore

    clock = FakeClock()
    store = MemoryStore()
    settings = dataclasses.replace(load_settings(), max_count=count)
    service = JobService(store=store, queue=MemoryQueue(), settings=settings, clock=clock,
                         maker=FakeMaker(before=lambda _: clock.advance(seconds)))
    state = service.submit(JobRequest(prompt="bench", count=count), owner="bench").state
    largest = {"n": 0}
    put = store.put

    def watching(key, body, **kw):
        if key == keys.job(state.job_id):
            largest["n"] = max(largest["n"], len(body))
        return put(key, body, **kw)

    store.put = watching
    store.calls.clear()
    service.work(state.job_id, hop=0, remaining_ms=lambda: 10**9)
    return largest["n"], sum(1 for op, _ in store.calls if op == "put") / count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--counts", type=int, nargs="+", default=[5, 20, 50])
    parser.add_argument("--seconds-per-problem", type=float, default=2.0)
    parser.add_argument("--snapshot-problems", type=int, default=10_000)
    args = parser.parse_args()
    from moto.server import ThreadedMotoServer

    from generator.local.stack import free_port

    problems = Path(tempfile.gettempdir()) / "bench-largest-task"
    problems.mkdir(exist_ok=True)
    largest_task_problems(problems)
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        env = {**os.environ, "AWS_DEFAULT_REGION": "us-east-1", "AWS_ACCESS_KEY_ID": "bench",
               "AWS_SECRET_ACCESS_KEY": "bench", "AWS_ENDPOINT_URL": f"http://127.0.0.1:{port}",
               "PYTHONPATH": str(ROOT)}
        import boto3

        os.environ.update({k: env[k] for k in ("AWS_DEFAULT_REGION", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
                                                 "AWS_ENDPOINT_URL")})
        boto3.client("s3").create_bucket(Bucket="bench")
        print(f"worker, largest task (union-find hard, replayed), {args.seconds_per_problem:g} s per problem")
        for count in args.counts:
            r = worker_run(count, args.seconds_per_problem, problems, env)
            print(f"  {count:>3} problems: peak RSS {r['peak_rss_mb']:6.1f} MB, S3 writes/problem "
                  f"{r['writes'] / count:4.2f} (submit included), largest snapshot {r['snapshot_max_bytes'] / 1024:5.1f} KB, "
                  f"result {r['result_mb']:6.1f} MB, {r['outcome']}")
    finally:
        server.stop()
    size, per_problem = snapshot_at(args.snapshot_problems, args.seconds_per_problem)
    print(f"  {args.snapshot_problems} fake problems: largest snapshot {size / 1024:.1f} KB, "
          f"writes/problem {per_problem:.2f}")


if __name__ == "__main__":
    main()
