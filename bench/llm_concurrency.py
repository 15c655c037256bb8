"""Wall time of one LLM job through JobService.work, LLM_CONCURRENCY = 1 vs C, with a simulated model latency.

The model is a fake google-genai client that sleeps `--latency` seconds per call and answers with the recorded
"sum of the K largest" design and statement (tests/fixtures/llm), with a new slug on every design call so each
problem has its own signature (the job service refuses repeats). Everything else is real: RoutingProblemMaker,
GeminiProvider, LlmProblemMaker, the generator programs, the whole verification gate in the sandbox, and the job
service's waves, checkpoints and snapshot updates (on in-memory ports). Two model calls per problem.

    python bench/llm_concurrency.py [--count 8] [--concurrency 4] [--latency 0.5 --latency 5] [--language ko]
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import platform
import resource
import sys
import threading
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.jobs.model import JobRequest  # noqa: E402
from generator.jobs.service import JobService  # noqa: E402
from generator.observability import logger  # noqa: E402
from generator.providers.config import load_llm_config  # noqa: E402
from generator.providers.gemini import GeminiProvider  # noqa: E402
from generator.providers.llm_maker import LlmProblemMaker  # noqa: E402
from generator.providers.routing import RoutingProblemMaker  # noqa: E402
from generator.settings import load_settings  # noqa: E402
from tests.fakes import MemoryQueue, MemoryStore  # noqa: E402

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "llm"


class SleepyModels:
    """`client.models.generate_content` that waits like a remote model, then answers from the fixtures."""

    def __init__(self, latency: float) -> None:
        self.latency = latency
        self.design = (FIXTURES / "k_largest_design.json").read_text(encoding="utf-8")
        self.statements = {lang: (FIXTURES / f"k_largest_statement_{lang}.json").read_text(encoding="utf-8")
                           for lang in ("en", "ko")}
        self.calls = 0
        self._lock = threading.Lock()

    def generate_content(self, *, model: str, contents: Any, config: dict[str, Any]) -> Any:
        with self._lock:
            self.calls += 1
            call = self.calls
        time.sleep(self.latency)
        if "constraint_meanings" in config["response_json_schema"]["properties"]:
            prompt = contents[0]["parts"][0]["text"]
            text = self.statements["ko" if "Korean" in prompt.split("\n", 1)[0] else "en"]
        else:
            design = json.loads(self.design)
            design["slug"] = f"{design['slug']}_{call}"  # a distinct problem signature per design
            text = json.dumps(design)
        usage = SimpleNamespace(prompt_token_count=2500, candidates_token_count=4000, thoughts_token_count=0)
        return SimpleNamespace(text=text, candidates=[SimpleNamespace(finish_reason="STOP")], usage_metadata=usage,
                               prompt_feedback=None)


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_job(latency: float, count: int, concurrency: int, language: str) -> tuple[float, float]:
    """(wall seconds, sandbox CPU seconds per problem) of one job of `count` problems at LLM_CONCURRENCY."""
    env = {"ENABLED_PROVIDERS": "gemini", "GEMINI_API_KEY_PARAMETER": "/bench/unused",
           "LLM_CONCURRENCY": str(concurrency)}
    models = SleepyModels(latency)
    provider = GeminiProvider("gemini-2.5-flash", api_key_parameter="/bench/unused",
                              client=SimpleNamespace(models=models))
    config = lambda: load_llm_config(env)  # noqa: E731
    maker = RoutingProblemMaker(makers={"gemini": LlmProblemMaker("gemini", provider=provider, config=config,
                                                                  metrics=None)}, config=config)
    service = JobService(store=MemoryStore(), queue=MemoryQueue(), maker=maker,
                         settings=dataclasses.replace(load_settings(), handoff_margin_ms=0))
    request = JobRequest(prompt="an easy sorting problem", count=count, language=language, provider="gemini", seed=1)
    job_id = service.submit(request, owner="bench").state.job_id
    cpu0, wall0 = children_cpu(), time.perf_counter()
    service.work(job_id, hop=0, remaining_ms=lambda: 10**9)
    wall, cpu = time.perf_counter() - wall0, children_cpu() - cpu0
    final = service.get(job_id, owner="bench")
    assert final.status == "succeeded" and final.progress.completed == count, (final.status, final.progress)
    assert [p["index"] for p in final.problems] == list(range(count))  # index order kept
    assert models.calls == 2 * count
    return wall, cpu / count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=8, help="problems in the job")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--latency", type=float, action="append", help="seconds per model call (repeatable)")
    parser.add_argument("--language", choices=["en", "ko"], default="ko")
    parser.add_argument("--json", action="store_true", help="print one JSON line per latency")
    args = parser.parse_args()
    logger.setLevel("WARNING")  # one INFO line per model call would drown the table
    latencies = args.latency or [0.5]
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"job of {args.count} problems, 2 model calls each, C = {args.concurrency}")
    print(f"{'latency/call':>12} {'sequential':>11} {'concurrent':>11} {'ratio':>7} {'sandbox CPU/problem':>20}")
    for latency in latencies:
        seq, cpu_seq = run_job(latency, args.count, 1, args.language)
        con, _ = run_job(latency, args.count, args.concurrency, args.language)
        ratio = seq / con
        if args.json:
            print(json.dumps({"latency": latency, "count": args.count, "concurrency": args.concurrency,
                              "sequential_s": round(seq, 2), "concurrent_s": round(con, 2),
                              "ratio": round(ratio, 2), "sandbox_cpu_per_problem_s": round(cpu_seq, 2)}))
        else:
            print(f"{latency:>11.2f}s {seq:>10.1f}s {con:>10.1f}s {ratio:>6.2f}x {cpu_seq:>19.2f}s")
    print("ratio = sequential / concurrent wall time; the gate's sandbox CPU does not shrink with threads, so on "
          "few cores the ratio is bounded by (latency + gate wall) / (gate CPU / cores).")


if __name__ == "__main__":
    main()
