"""Wall time of one LLM job, problems made one after another vs C at a time, with a simulated model latency.

The model is a fake google-genai client that sleeps `--latency` seconds per call and answers with the recorded
"sum of the K largest" design and statement (tests/fixtures/llm); everything else is real: GeminiProvider,
LlmProblemMaker, the generator programs and the whole verification gate in the sandbox. Two model calls per
problem (design, statement).

JobService.work makes an LLM job's problems in waves of LLM_CONCURRENCY (RoutingProblemMaker.concurrency), each
wave a ThreadPoolExecutor over its indices, checkpointed in index order. This drives `LlmProblemMaker.make` the
same way (sequentially, then C at a time) without the job service, because the recorded fixture answers give every
problem the same signature and the job service would (rightly) refuse the repeats.

    python bench/llm_concurrency.py [--count 8] [--concurrency 4] [--latency 0.5 --latency 5] [--language ko]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.jobs.model import JobRequest, JobState, Progress, utcnow  # noqa: E402
from generator.observability import logger  # noqa: E402
from generator.providers.config import load_llm_config  # noqa: E402
from generator.providers.gemini import GeminiProvider  # noqa: E402
from generator.providers.llm_maker import LlmProblemMaker  # noqa: E402

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
        time.sleep(self.latency)
        if "constraint_meanings" in config["response_json_schema"]["properties"]:
            prompt = contents[0]["parts"][0]["text"]
            text = self.statements["ko" if "Korean" in prompt.split("\n", 1)[0] else "en"]
        else:
            text = self.design
        usage = SimpleNamespace(prompt_token_count=2500, candidates_token_count=4000, thoughts_token_count=0)
        return SimpleNamespace(text=text, candidates=[SimpleNamespace(finish_reason="STOP")], usage_metadata=usage,
                               prompt_feedback=None)


def job(count: int, language: str) -> JobState:
    now = utcnow()
    request = JobRequest(prompt="an easy sorting problem", count=count, language=language, provider="gemini", seed=1)
    return JobState(job_id="b" * 32, owner="bench", request=request, seed=1, family="llm:gemini",
                    progress=Progress(total=count), created_at=now, updated_at=now,
                    expires_at=now + timedelta(days=1))


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(latency: float, count: int, concurrency: int, language: str) -> tuple[float, float, float, float]:
    env = {"ENABLED_PROVIDERS": "gemini", "GEMINI_API_KEY_PARAMETER": "/bench/unused"}
    models = SleepyModels(latency)
    provider = GeminiProvider("gemini-2.5-flash", api_key_parameter="/bench/unused",
                              client=SimpleNamespace(models=models))
    maker = LlmProblemMaker("gemini", provider=provider, config=lambda: load_llm_config(env), metrics=None)
    state = job(count, language)

    def make(index: int) -> str:
        return maker.make(state, index, frozenset(), lambda _m: None).verification.signature

    cpu0, wall0 = children_cpu(), time.perf_counter()
    sequential = [make(i) for i in range(count)]
    seq_wall, seq_cpu = time.perf_counter() - wall0, children_cpu() - cpu0
    cpu0, wall0 = children_cpu(), time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        concurrent = list(pool.map(make, range(count)))
    con_wall, con_cpu = time.perf_counter() - wall0, children_cpu() - cpu0
    assert sequential == concurrent, "concurrent problems must equal the sequential ones"
    assert models.calls == 4 * count
    return seq_wall, con_wall, seq_cpu / count, con_cpu / count


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
        seq, con, cpu_seq, _ = run(latency, args.count, args.concurrency, args.language)
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
