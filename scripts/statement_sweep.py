"""Do the catalog's statements compile where a judge renders them? problemtools' `verifyproblem` checks a
package's statements by converting each one to PDF (pandoc Markdown -> LaTeX, then lualatex with problemtools' own
class) and to HTML (pandoc). The test suite leaves that part out (its machines have no LaTeX), so a statement with
math LaTeX rejects, or Markdown that pandoc reads as something else, would pass every test here and fail on an
importing judge's machine.

For each package and seed this drafts the samples only (`build_draft(only=("sample",))`: the statement with this
seed's theme and parameters, and the samples with their explanations from the reference's answers, as the export
writes them), writes a minimal package (problem.yaml, statement/problem.<lang>.md, data/sample) and runs
problemtools' statement check on it (`verifyproblem -p statement`). Seeds alternate the language (even: English,
odd: Korean), so two seeds check both statements of a task.

Needs pandoc and lualatex on PATH (Debian: pandoc texlive-luatex texlive-latex-recommended
texlive-fonts-recommended texlive-latex-extra texlive-plain-generic).

    .venv/bin/python scripts/statement_sweep.py heap lis.count_increasing   # topics or topic.task ids
    .venv/bin/python scripts/statement_sweep.py --all --seeds 2 -j 2
    .venv/bin/python scripts/statement_sweep.py --all --alternate    # each package once, in one language
"""
from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def check(package_id: str, seed: int) -> tuple[str, int, str, int, str]:
    """(package id, seed, language, errors, verifyproblem's output when it has errors)."""
    from generator.problems.catalog import package_by_id
    from generator.problems.family import render_constraints
    from generator.problems.gate import ORACLE_CPU_SECONDS
    from generator.problems.kattis import _statement
    from generator.problems.packages import build_draft
    from generator.problems.sandbox import SandboxLimits, Verdict, run_many
    from generator.problems.schema import Difficulty, Sample, Statement, TestCase
    from tests.support.kattis import run_verifyproblem

    package = package_by_id(package_id)
    language = "ko" if seed % 2 else "en"
    draft = build_draft(package, random.Random(seed), Difficulty(package.spec.difficulty), language,
                        with_stress=False, only=("sample",)).draft
    inputs = [t.input for t in draft.tests if t.category == "sample"]
    limits = SandboxLimits(cpu_seconds=ORACLE_CPU_SECONDS, wall_seconds=120, memory_mb=draft.memory_mb)
    runs = run_many(draft.reference, inputs, limits)
    if any(r.verdict is not Verdict.ok for r in runs):
        return package_id, seed, language, 1, "the reference failed a sample"
    tests = [TestCase(input=i, output=r.stdout, category="sample") for i, r in zip(inputs, runs)]
    samples = [Sample(input=t.input, output=t.output,
                      explanation=draft.explain(t.input, t.output) if draft.explain else "") for t in tests]
    problem = SimpleNamespace(language=language, tests=tests, samples=samples, statement=Statement(
        legend=draft.legend, input_format=draft.input_format, output_format=draft.output_format,
        constraints_text=render_constraints(draft.constraints, language), notes=draft.notes))
    with tempfile.TemporaryDirectory(prefix="statement-sweep-") as tmp:
        directory = Path(tmp) / re.sub(r"[^a-z0-9]", "", package_id)
        (directory / "statement").mkdir(parents=True)
        (directory / "data" / "sample").mkdir(parents=True)
        title = draft.title.replace("\\", "\\\\").replace('"', '\\"')
        (directory / "problem.yaml").write_text(
            f'problem_format_version: 2023-07-draft\nname:\n  {language}: "{title}"\n'
            f"uuid: 00000000-0000-5000-8000-000000000000\n", encoding="utf-8")
        (directory / "statement" / f"problem.{language}.md").write_text(_statement(problem), encoding="utf-8")
        for n, test in enumerate(tests, 1):
            (directory / "data" / "sample" / f"{n:02d}.in").write_text(test.input, encoding="utf-8")
            (directory / "data" / "sample" / f"{n:02d}.ans").write_text(test.output, encoding="utf-8")
        result = run_verifyproblem(directory, ("statement",), timeout=600)
    errors, output = result.errors, result.output
    return package_id, seed, language, errors, output if errors else ""


def main() -> None:
    from generator.problems.catalog import selected_ids

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("selectors", nargs="*", help="topics or topic.task ids")
    parser.add_argument("--all", action="store_true", help="every package (after the named ones)")
    parser.add_argument("--seeds", type=int, default=2, help="seeds 0..N-1 (even: English, odd: Korean)")
    parser.add_argument("--alternate", action="store_true",
                        help="one seed per package instead, 0 and 1 in turn (half English, half Korean)")
    parser.add_argument("-j", "--jobs", type=int, default=1)
    args = parser.parse_args()
    missing = [tool for tool in ("pandoc", "lualatex") if shutil.which(tool) is None]
    if missing:
        parser.error(f"needs {' and '.join(missing)} on PATH (see this script's docstring)")
    ids = selected_ids(args.selectors, args.all)
    if not ids:
        parser.error("name topics or topic.task ids, or --all")
    started, failed = time.monotonic(), 0
    if args.alternate:
        jobs = [(package_id, n % 2) for n, package_id in enumerate(ids)]
    else:
        jobs = [(package_id, seed) for package_id in ids for seed in range(args.seeds)]
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        for package_id, seed, language, errors, output in pool.map(check, *zip(*jobs)):
            if errors:
                failed += 1
                detail = "\n".join(line for line in output.splitlines() if "ERROR" in line or "rror" in line)
                print(f"FAIL {package_id} seed {seed} ({language}): {errors} error(s)\n{detail or output[-2000:]}",
                      flush=True)
            else:
                print(f"ok   {package_id} seed {seed} ({language})", flush=True)
    print(f"{len(jobs) - failed} of {len(jobs)} statements compile (PDF and HTML), "
          f"{time.monotonic() - started:.0f} s")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
