"""Runner cost per run, before (one harness process per call, cases in-process) and after (trusted runner,
one forked process per case, seccomp + bubblewrap where available). Prints figures side by side.

The old implementation is taken from git history (the commit before the runner) into a temp dir only.
Usage: .venv/bin/python bench/sandbox.py [REPEATS]
"""
from __future__ import annotations

import importlib.util
import os
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


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 5
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
