"""Check catalog packages end to end: load, statements in both languages, the whole gate, the Kattis export and
problemtools' verifyproblem on it, and explain.py on the samples of six draws in each language. With --record, write the result into the verification ledger
(tests/catalog_ledger.json, keyed by each package's content hash) that `make test` trusts for unchanged packages.

    .venv/bin/python scripts/check_package.py grid_bfs             # every task of a topic
    .venv/bin/python scripts/check_package.py grid_bfs.break_walls  # one task
    .venv/bin/python scripts/check_package.py --all --record -j 2   # the whole catalog, ledger rewritten
    .venv/bin/python scripts/check_package.py --all --sample 30 --seed 7   # 30 packages drawn at another seed
"""
from __future__ import annotations

import argparse
import fcntl
import json
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LEDGER = ROOT / "tests" / "catalog_ledger.json"
SEED = 20261204


def check(package_id: str, seed: int = SEED) -> dict:
    import random

    from generator.problems.catalog import package_by_id
    from generator.problems.gate import GateContext, bound_gaps, verify
    from generator.problems.kattis import short_name, write_package
    from generator.problems.packages import build_draft
    from tests.support.kattis import verifyproblem

    package = package_by_id(package_id)
    content_hash = package.content_hash()  # what is verified is what was on disk when the check began
    started = time.perf_counter()
    language = "ko" if sum(map(ord, package_id)) % 2 else "en"
    other = "en" if language == "ko" else "ko"
    # The other language must fill too; drawn with another seed, it also shows which tests a second problem of
    # the same task would repeat.
    second = build_draft(package, random.Random(seed + 1), package.spec.difficulty, other, with_stress=False)
    built = build_draft(package, random.Random(seed), package.spec.difficulty, language)
    repeated = shared_tests(built.draft.tests, built.test_runs, second.draft.tests)
    problem = verify(built.draft, GateContext(problem_id=package_id.replace(".", "-"), difficulty=package.spec.difficulty,
                                              language=language, seed=seed))
    gate_seconds = time.perf_counter() - started
    # Stated bounds no max or anti test reaches (within 10 %), or that the validator does not enforce: the gate
    # refuses them in an LLM's draft, and they are errors here too, so a package cannot regress (when they became
    # errors, every catalog package passed at seeds 7, 11 and SEED). A bound written as a number in task.toml, not
    # a param, cannot be restated on the validator's command line and is not checked.
    gaps = bound_gaps(built.draft)
    with tempfile.TemporaryDirectory() as tmp:
        result = verifyproblem(write_package(problem, Path(tmp) / short_name(problem)))
    # A declared wrong answer (wa_*) must be judged WRONG ANSWER and a declared too-slow one (tl_*) TIME LIMIT
    # EXCEEDED, by the gate and so by verifyproblem (a crash is a package defect, not a wrong answer).
    expected = {"wrong": "wrong_answer", "slow": "time_limit_exceeded"}
    mismatched = [f"{k.name}: declared {k.kind}, got {k.verdict}" for k in problem.programs.known_solutions
                  if k.verdict != expected[k.kind]]
    mismatched += [f"hidden test repeated by another seed (the generator ignores its seed): {r}" for r in repeated]
    mismatched += explain_failures(package)
    mismatched += [f"stated bound not reached: {gap}" for gap in gaps]
    return {
        "id": package_id,
        "hash": content_hash,
        "gate_seconds": round(gate_seconds, 2),
        "time_limit_ms": problem.limits.time_ms,
        "verifyproblem": result.summary,
        "errors": result.errors + len(mismatched),
        "known_solutions": {k.name: k.verdict for k in problem.programs.known_solutions},
        "output": "\n".join(mismatched) + "\n" + result.output if result.errors or mismatched else "",
        "bound_gaps": gaps,
    }


EXPLAIN_SEEDS = 6


def explain_failures(package) -> list[str]:
    """The samples of EXPLAIN_SEEDS draws in each language through the package's explain.py: one draw is what the
    gate sees, and an explanation that crashes on a sample another seed draws (a walker starting on the map's edge)
    would fail a user's job instead of this check."""
    import random

    from generator.problems.packages import PackageError, build_draft
    from generator.problems.sandbox import SandboxLimits, Verdict, run_many

    if package.explainer is None:
        return []
    failures = []
    for seed in range(EXPLAIN_SEEDS):
        for language in ("en", "ko"):
            draft = build_draft(package, random.Random(seed), package.spec.difficulty, language, with_stress=False,
                                only=("sample",)).draft
            samples = [t.input for t in draft.tests if t.category == "sample"]
            answers = run_many(draft.reference, samples, SandboxLimits(cpu_seconds=10, wall_seconds=60,
                                                                       memory_mb=draft.memory_mb))
            for number, (sample, answer) in enumerate(zip(samples, answers), 1):
                try:
                    text = draft.explain(sample, answer.stdout) if answer.verdict is Verdict.ok else ""
                except PackageError as exc:
                    failures.append(f"explain.py fails on sample {number} of seed {seed} ({language}): {exc}")
                    continue
                if answer.verdict is Verdict.ok and not text.strip():
                    failures.append(f"explain.py prints nothing for sample {number} of seed {seed} ({language})")
    return failures


def shared_tests(tests: list, runs: list, other: list) -> list[str]:
    """Non-trivial tests of one draft that a draft of another seed repeats byte for byte."""
    from generator.problems.packages import repeatable

    seen = {t.input for t in other}
    return [f"{t.category} test `{run.command}` ({len(t.input)} bytes)" for t, run in zip(tests, runs)
            if t.input in seen and not repeatable(t.category, t.input)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("selectors", nargs="*", help="topic or topic.task ids")
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--record", action="store_true", help="write passing results into the ledger")
    parser.add_argument("-j", "--jobs", type=int, default=1)
    parser.add_argument("--seed", type=int, default=SEED,
                        help="draw the problem with another seed (the ledger records only the default seed's runs)")
    parser.add_argument("--sample", type=int, metavar="K", help="only K packages of the selection, drawn with --seed")
    args = parser.parse_args()
    if args.record and args.seed != SEED:
        parser.error("--record keeps the ledger's seed: leave --seed out")

    from generator.problems.catalog import selected_ids

    ids = selected_ids(args.selectors, args.all)  # in the order asked for
    if not ids:
        parser.error("no package matches")
    if args.sample is not None:
        import random
        ids = sorted(random.Random(args.seed).sample(ids, min(args.sample, len(ids))))
    failures = 0
    results: list[dict] = []
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        futures = {pool.submit(check, i, args.seed): i for i in ids}
        for future in as_completed(futures):
            package_id = futures[future]
            try:
                result = future.result()
            except Exception as exc:  # a gate error or a broken package: report and go on
                failures += 1
                print(f"FAIL {package_id}: {type(exc).__name__}: {exc}"[:2000], flush=True)
                continue
            results.append(result)
            status = "ok  " if result["errors"] == 0 else "FAIL"
            failures += result["errors"] != 0
            print(f"{status} {package_id}: gate {result['gate_seconds']} s, TL {result['time_limit_ms']} ms, "
                  f"{result['verifyproblem']}, {result['known_solutions']}", flush=True)
            if result["errors"]:
                print(result["output"][-3000:], flush=True)
            if args.record and result["errors"] == 0:
                # Each result as it comes: a long run that is stopped keeps what it finished.
                with open(LEDGER.with_suffix(".lock"), "w") as lock:  # several --record runs: one writes at a time
                    fcntl.flock(lock, fcntl.LOCK_EX)
                    record([result])
    if args.record:
        print(f"ledger: {sum(r['errors'] == 0 for r in results)} packages recorded in {LEDGER.relative_to(ROOT)}")
    return 1 if failures else 0


def record(results: list[dict]) -> None:
    """Merge passing results into the ledger, read again under the lock (other runs may have written)."""
    ledger = json.loads(LEDGER.read_text()) if LEDGER.exists() else {}
    for result in results:
        if result["errors"] == 0:
            ledger[result["id"]] = {k: result[k] for k in ("hash", "verifyproblem", "time_limit_ms")}
    # Packages on disk now, not the list cached when this run started: others may add packages meanwhile,
    # and their ledger entries must survive this write.
    from generator.problems.catalog import CATALOG_DIR
    present = {f"{t.parent.parent.name}.{t.parent.name}" for t in CATALOG_DIR.glob("*/*/task.toml")}
    ledger = {k: ledger[k] for k in sorted(ledger) if k in present}
    # Replaced in one step: a reader (a test run, a commit) never sees half a ledger.
    partial = LEDGER.with_suffix(".json.partial")
    partial.write_text(json.dumps(ledger, indent=1, ensure_ascii=False) + "\n")
    partial.replace(LEDGER)


if __name__ == "__main__":
    raise SystemExit(main())
