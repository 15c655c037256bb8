"""Export a verified problem (its full artifact) as a Kattis / ICPC problem package (format 2023-07-draft), the
layout Kattis and DOMjudge import and problemtools' `verifyproblem` checks:

    problem.yaml                         name, uuid, limits, keywords, source, license
    statement/problem.<lang>.md          the statement and the samples' explanations (the judge adds the samples
                                         themselves from data/sample)
    problem.html                         the same statement, limits and samples as one HTML page with MathML
                                         (DOMjudge's statement file: it does not read the Markdown)
    data/sample/NN.in|.ans, data/secret/NN-<category>.in|.ans
    input_validators/validate.py         our validator, wrapped to Kattis exit codes (42 valid, 43 invalid)
    output_validator/                    only when the answer is not compared by tokens (checker program)
    submissions/accepted/                the reference
    submissions/wrong_answer|run_time_error|time_limit_exceeded/   each known solution under the verdict the
                                         gate saw it get, except the too-slow ones the catalog task's
                                         `[export] cpython_only_too_slow` names (PyPy passes them)
    generators/                          the generator programs, with generators/README.md listing the command
                                         behind every test

Invalid inputs stay in the full artifact (`invalid_inputs`): problemtools accepts only `sample` and `secret` at the
top of `data/`. Everything is a pure function of the artifact, so the worker can export stored problems.
"""
from __future__ import annotations

import io
import re
import uuid
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from generator.problems.schema import CheckerType, Problem
from generator.problems.statement_html import statement_html

FORMAT_VERSION = "2023-07-draft"
UUID_NAMESPACE = uuid.UUID("6f1c9e1e-5b0e-4d39-9a55-3f3c2b1d7a10")
SUBMISSION_DIRS = {"wrong_answer": "wrong_answer", "run_time_error": "run_time_error",
                   "time_limit_exceeded": "time_limit_exceeded"}

# Kattis input validators exit 42 for a valid input and 43 for an invalid one; ours exit 0 / non-zero.
VALIDATOR_WRAPPER = '''"""Kattis input validator: the problem's validator, exit code mapped to 42 (valid) / 43 (invalid)."""
import sys

SOURCE = {source!r}


def main():
    try:
        exec(compile(SOURCE, "validator.py", "exec"), {{"__name__": "__main__"}})
    except SystemExit as stop:
        if stop.code not in (None, 0):
            print(stop.code, file=sys.stderr)
            sys.exit(43)
    except BaseException as error:  # an assertion or a parse error: the input is invalid
        print(f"{{type(error).__name__}}: {{error}}", file=sys.stderr)
        sys.exit(43)
    sys.exit(42)


main()
'''

# Output validator for tolerance or checker problems (Kattis interface: argv = input judge_answer feedback_dir,
# team output on stdin; exit 42 accept, 43 reject).
FLOAT_VALIDATOR = '''"""Kattis output validator: tokens equal, numbers within {eps} (absolute or relative)."""
import math
import sys

EPS = {eps!r}


def close(want, got):
    try:
        a, b = float(want), float(got)
    except ValueError:
        return want == got
    if not (math.isfinite(a) and math.isfinite(b)):
        return a == b
    return abs(a - b) <= EPS * max(1.0, abs(a))


def main():
    # bytes: tokens split on ASCII whitespace only, as the default validator and the gate split them
    with open(sys.argv[2], "rb") as answer:
        want = answer.read().split()
    got = sys.stdin.buffer.read().split()
    if len(want) != len(got):
        print(f"expected {{len(want)}} tokens, got {{len(got)}}", file=sys.stderr)
        sys.exit(43)
    for i, (w, g) in enumerate(zip(want, got)):
        if not close(w, g):
            print(f"token {{i + 1}}: expected {{w.decode(errors='replace')}}, got {{g.decode(errors='replace')}}",
                  file=sys.stderr)
            sys.exit(43)
    sys.exit(42)


main()
'''


def package_files(problem: Problem) -> dict[str, str]:
    """Relative path → text of every file of the Kattis package."""
    if problem.programs is None:
        raise ValueError(f"problem {problem.id} has no programs (not a full artifact)")
    files: dict[str, str] = {"problem.yaml": _problem_yaml(problem)}
    body, explanations = _statement_parts(problem)
    files[f"statement/problem.{problem.language}.md"] = _statement_markdown(body, explanations)
    # DOMjudge reads a statement only from problem.{pdf,html,txt} at the top (not the Markdown above).
    files["problem.html"] = statement_html(problem, body, explanations)
    samples = [t for t in problem.tests if t.category == "sample"]
    secret = [t for t in problem.tests if t.category != "sample"]
    for number, test in enumerate(samples, 1):
        files[f"data/sample/{number:02d}.in"] = test.input
        files[f"data/sample/{number:02d}.ans"] = test.output
    for number, test in enumerate(secret, 1):
        files[f"data/secret/{number:02d}-{test.category}.in"] = test.input
        files[f"data/secret/{number:02d}-{test.category}.ans"] = test.output
    files["input_validators/validate.py"] = VALIDATOR_WRAPPER.format(source=problem.programs.validator)
    output_validator = _output_validator(problem)
    if output_validator is not None:
        files["output_validator/validate.py"] = output_validator
    files["submissions/accepted/accepted.py"] = problem.reference_solution.source
    left_out = cpython_only_too_slow(problem)
    for known in problem.programs.known_solutions:
        if known.kind == "slow" and known.name in left_out:
            continue
        files[f"submissions/{SUBMISSION_DIRS[known.verdict]}/{_safe(known.name)}.py"] = known.source
    for name, source in problem.programs.generators.items():
        files[f"generators/{_safe(Path(name).stem)}.py"] = source
    commands = [f"- `{t.generator}`" for t in problem.tests if t.generator]
    if commands:
        files["generators/README.md"] = ("Commands that printed the test inputs, in test order "
                                         "(samples first, then data/secret in file order):\n\n"
                                         + "\n".join(commands) + "\n")
    return files


def cpython_only_too_slow(problem: Problem) -> frozenset[str]:
    """The known-too-slow solutions that the export leaves out: those the catalog task's `[export]
    cpython_only_too_slow` names. The gate times them with CPython, which they exceed the limit on by a constant
    factor only; problemtools' stock languages.yaml and Kattis run .py with PyPy, which finishes them within it, so
    under time_limit_exceeded/ they would be a verifyproblem error. Empty for a problem that no catalog task made
    (or whose task is gone)."""
    task_id = problem.provenance.task_id
    if not task_id:
        return frozenset()
    from generator.problems.catalog import all_packages

    # expected_id is the directory's topic.task: no task.toml but this one is parsed.
    package = next((p for p in all_packages() if p.expected_id == task_id), None)
    return frozenset(package.spec.export.cpython_only_too_slow) if package is not None else frozenset()


def write_package(problem: Problem, directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for relative, text in package_files(problem).items():
        path = directory / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return directory


def zip_packages(problems: Iterable[Problem]) -> bytes:
    buffer = io.BytesIO()
    write_zip(problems, buffer)
    return buffer.getvalue()


def write_zip(problems: Iterable[Problem], target: BinaryIO) -> None:
    """One zip with a directory per problem (`<short name>/problem.yaml`, ...), as DOMjudge imports them;
    problems are read one at a time, so only one is in memory."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for problem in problems:
            root = short_name(problem)
            for relative, text in package_files(problem).items():
                info = zipfile.ZipInfo(f"{root}/{relative}", date_time=(2026, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, text.encode("utf-8"))


def short_name(problem: Problem) -> str:
    """Kattis short names: lowercase letters and digits."""
    return re.sub(r"[^a-z0-9]", "", problem.id.lower())[:40] or "problem"


def problem_uuid(problem: Problem) -> str:
    return str(uuid.uuid5(UUID_NAMESPACE, f"{problem.id}:{problem.verification.signature}"))


def _problem_yaml(problem: Problem) -> str:
    seconds = problem.limits.time_ms / 1000
    keywords = ", ".join(_yaml_str(t) for t in problem.tags)
    source = "problem-generator" + (f" ({problem.provenance.task_id})" if problem.provenance.task_id else "")
    return (
        f"problem_format_version: {FORMAT_VERSION}\n"
        f"type: pass-fail\n"
        f"name:\n  {problem.language}: {_yaml_str(problem.title)}\n"
        f"uuid: {problem_uuid(problem)}\n"
        f"source: {_yaml_str(source)}\n"
        f"license: cc0\n"
        f"rights_owner: {_yaml_str('problem-generator')}\n"
        f"keywords: [{keywords}]\n"
        f"limits:\n  time_limit: {seconds:g}\n  memory: {problem.limits.memory_mb}\n"
    )


def _statement(problem: Problem) -> str:
    return _statement_markdown(*_statement_parts(problem))


def _statement_markdown(body: str, explanations: str) -> str:
    return "\n\n".join(part for part in (body, explanations) if part) + "\n"


def _statement_parts(problem: Problem) -> tuple[str, str]:
    """The statement's Markdown (legend to notes) and the samples' explanations section ("" when there is none)."""
    headings = {"en": ("Input", "Output", "Constraints", "Notes", "Sample explanations", "Sample"),
                "ko": ("입력", "출력", "제한", "참고", "예제 설명", "예제")}
    h = headings.get(problem.language, headings["en"])
    st = problem.statement
    parts = [st.legend, f"## {h[0]}", st.input_format, f"## {h[1]}", st.output_format,
             f"## {h[2]}", st.constraints_text]
    if st.notes:
        parts += [f"## {h[3]}", st.notes]
    # The judge shows data/sample/NN.in|.ans itself, but not the explanation computed for each sample (the public
    # view prints it under the sample): without this section a reader of the package never sees it.
    tests = [t for t in problem.tests if t.category == "sample"]
    explained = [f"{h[5]} {number}: {sample.explanation.strip()}"
                 for number, (test, sample) in enumerate(zip(tests, problem.samples), 1)
                 if sample.explanation.strip() and sample.input == test.input]
    explanations = f"## {h[4]}\n\n" + "\n\n".join(explained) if explained else ""
    return "\n\n".join(parts), explanations


def _output_validator(problem: Problem) -> str | None:
    if problem.programs and problem.programs.checker:
        return problem.programs.checker
    if problem.checker.type is CheckerType.float_eps:
        return FLOAT_VALIDATOR.format(eps=problem.checker.epsilon if problem.checker.epsilon is not None else 1e-6)
    return None


def _yaml_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_]", "_", name) or "solution"
