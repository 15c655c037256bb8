"""Runner cost per run, before (one harness process per call, cases in-process) and after (trusted runner,
one forked process per case, seccomp + bubblewrap where available); cold calls (a new runner per call, as the
jail first did) against warm calls (a pooled runner reused across calls); and the gate: verified problems per
second for a few catalog topics with cold and with warm runners, interleaved problem by problem so that the
ratio holds on a loaded machine. Prints figures side by side.

The old implementation is taken from git history (the commit before the runner) into a temp dir only.
Usage: .venv/bin/python bench/sandbox.py [REPEATS] [GATE_SEEDS]
"""
from __future__ import annotations

import contextlib
import importlib.util
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.problems import sandbox  # noqa: E402
from generator.problems.jail import layers  # noqa: E402

GATE_TOPICS = tuple(os.environ.get("BENCH_GATE_TOPICS", "grid_bfs,prefix_sums,union_find").split(","))
OLD_COMMIT = "e77e572~1"  # last commit with the one-process harness
SUM = "a, b = map(int, input().split())\nprint(a + b)\n"
LOOP = "n = int(input())\nx = 0\nfor i in range(n):\n    x += i * i % 7\nprint(x)\n"


def old_module(tmp: str):  # noqa: ANN201
    text = subprocess.run(["git", "show", f"{OLD_COMMIT}:generator/problems/sandbox.py"], cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout
    path = Path(tmp) / "old_sandbox.py"
    path.write_text(text)
    spec = importlib.util.spec_from_file_location("old_sandbox", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["old_sandbox"] = module
    spec.loader.exec_module(module)
    return module


def timed(fn, repeats: int) -> float:  # noqa: ANN001
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def measure(impl, repeats: int) -> dict[str, float]:  # noqa: ANN001
    limits = impl.SandboxLimits()
    stress = [f"{i} {i * 3}\n" for i in range(100)]
    loops = ["200000\n"] * 20
    return {
        "run_program, a+b (ms per call)": timed(lambda: impl.run_program(SUM, "3 4\n", limits), repeats),
        "run_many, 100 x a+b (ms per case)": timed(lambda: impl.run_many(SUM, stress, limits), repeats) / 100,
        "run_many, 20 x 200k-step loop (ms per case)": timed(lambda: impl.run_many(LOOP, loops, limits),
                                                             max(1, repeats // 2)) / 20,
        "cpu_ms reported, 200k-step loop": statistics.median(r.cpu_ms for r in impl.run_many(LOOP, loops, limits)),
        "cpu_ms reported, a+b": statistics.median(r.cpu_ms for r in impl.run_many(SUM, stress[:20], limits)),
    }


@contextlib.contextmanager
def runners(mode: str):  # noqa: ANN201
    """mode "cold": every call starts its own runner (none is reused); "warm": the pool reuses them."""
    saved = sandbox._MAX_CALLS
    sandbox.close_runners()
    sandbox._MAX_CALLS = 0 if mode == "cold" else saved
    try:
        yield
    finally:
        sandbox._MAX_CALLS = saved
        sandbox.close_runners()


def call_costs(repeats: int) -> dict[str, dict[str, float]]:
    """ms per call (one case) and ms per case (100-case call), cold vs warm, measured alternately."""
    limits = sandbox.SandboxLimits()
    stress = [f"{i} {i * 3}\n" for i in range(100)]
    samples: dict[str, dict[str, list[float]]] = {m: {"call": [], "case": []} for m in ("cold", "warm")}
    for _ in range(repeats):
        for mode in ("cold", "warm"):
            with runners(mode):
                sandbox.run_program(SUM, "1 2\n", limits)  # a warm pool has its runner; cold pays every time
                for _ in range(5):
                    start = time.perf_counter()
                    sandbox.run_program(SUM, "3 4\n", limits)
                    samples[mode]["call"].append((time.perf_counter() - start) * 1000)
                start = time.perf_counter()
                sandbox.run_many(SUM, stress, limits)
                samples[mode]["case"].append((time.perf_counter() - start) * 10)
    return {m: {k: statistics.median(v) for k, v in d.items()} for m, d in samples.items()}


def before_jail(old):  # noqa: ANN001, ANN201
    """_run_local replaced by the harness from before the jail (results converted to today's types)."""
    from dataclasses import asdict

    def run(source, inputs, limits, report=False):  # noqa: ANN001, ANN202, ARG001
        results = old.run_many(source, inputs, old.SandboxLimits(**asdict(limits)))
        return [sandbox.RunResult(sandbox.Verdict(r.verdict.value), r.stdout, r.stderr, r.exit_code, r.cpu_ms,
                                  r.wall_ms) for r in results]
    return run


def gate_throughput(seeds: int, old) -> dict[str, dict[str, float]]:  # noqa: ANN001
    """Drafted + verified problems per second per topic: before the jail (one harness process per call), cold
    runners (a new runner per call) and warm runners; and sandbox calls per problem."""
    from generator.problems.catalog import topic_by_name
    from generator.problems.gate import GateContext, verify
    from generator.problems.schema import Difficulty

    calls = [0]
    inner = sandbox._run_local
    impl = {"before": before_jail(old), "cold": inner, "warm": inner}

    def counting(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        calls[0] += 1
        return impl[mode](*args, **kwargs)

    sandbox._run_local = counting
    table: dict[str, dict[str, float]] = {}
    try:
        for name in GATE_TOPICS:
            topic = topic_by_name(name)
            spent = {"before": 0.0, "cold": 0.0, "warm": 0.0}
            count = 0
            for seed in range(seeds):
                level = (Difficulty.easy, Difficulty.medium, Difficulty.hard)[seed % 3]
                order = ("before", "cold", "warm") if seed % 2 == 0 else ("warm", "cold", "before")
                for mode in order:
                    with runners(mode):
                        if mode == "warm":
                            sandbox.run_program("print(1)", "")  # the worker's pool is warm in steady state
                        calls[0] = 0
                        start = time.perf_counter()
                        draft = topic.draft(random.Random(seed), level, "en")
                        verify(draft, GateContext(problem_id="bench", difficulty=level, language="en", seed=seed))
                        spent[mode] += time.perf_counter() - start
                        count = calls[0] if mode == "warm" else count
            table[name] = {"before-jail problems/s": seeds / spent["before"],
                           "cold problems/s": seeds / spent["cold"], "warm problems/s": seeds / spent["warm"],
                           "warm/before": spent["before"] / spent["warm"], "warm/cold": spent["cold"] / spent["warm"],
                           "sandbox calls/problem": count}
    finally:
        sandbox._run_local = inner
    return table


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    seeds = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    costs = call_costs(repeats)
    print("cold vs warm runner (median ms; cold = a new runner per call, warm = reused from the pool)")
    print(f"{'':36}{'cold':>12}{'warm':>12}{'ratio':>10}")
    for key, label in (("call", "run_program, 1 case (ms per call)"), ("case", "run_many, 100 cases (ms per case)")):
        print(f"{label:36}{costs['cold'][key]:>12.2f}{costs['warm'][key]:>12.2f}"
              f"{costs['cold'][key] / costs['warm'][key]:>10.1f}")
    print(f"\ngate: draft + verify, {seeds} seeds per topic, the three variants interleaved per problem")
    with tempfile.TemporaryDirectory() as tmp:
        gate = gate_throughput(seeds, old_module(tmp))
    columns = list(next(iter(gate.values())))
    print(f"{'topic':14}" + "".join(f"{c:>24}" for c in columns))
    for name, row in gate.items():
        print(f"{name:14}" + "".join(f"{row[c]:>24.3f}" for c in columns))
    print(f"{'median':14}" + "".join(f"{statistics.median(r[c] for r in gate.values()):>24.3f}" for c in columns))
    print(flush=True)
    if os.environ.get("BENCH_SANDBOX_HISTORY", "1") == "0":
        return
    with tempfile.TemporaryDirectory() as tmp:
        old = old_module(tmp)
        columns = {"before (harness)": measure(old, repeats)}
        columns["after (runner, all layers)"] = measure(sandbox, repeats)
        os.environ["SANDBOX_BWRAP"] = "0"
        layers.bwrap_works.cache_clear()
        columns["after, no bwrap (Lambda-like)"] = measure(sandbox, repeats)
        os.environ.pop("SANDBOX_BWRAP")
        layers.bwrap_works.cache_clear()
    print(f"layers here: {sandbox.jail_layers()}")
    names = list(next(iter(columns.values())))
    print(f"{'':46}" + "".join(f"{c:>32}" for c in columns))
    for name in names:
        print(f"{name:46}" + "".join(f"{columns[c][name]:>32.2f}" for c in columns))


if __name__ == "__main__":
    main()
