"""Write a verified problem (its full artifact) as a catalog package directory, so a problem a model made can join
the offline catalog after review: `python -m generator --provider gemini ... --save-packages DIR`.

The package is the problem as verified: its statement (literal, in the problem's language), constraints, validator,
reference, brute force, known solutions, checker and generator programs; samples and near-invalid inputs become
generator modes of a small `gen_fixed.py` (they were literal in the model's design). What a reviewer adds before
moving it under `catalog/<topic>/`: the topic, a rating band with its reason, the other language's statement and
story themes. Loading it back (`Package.load`) and running it through the gate works as for any package.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from generator.problems.schema import Problem

RATING_GUESS = {"tutorial": (600, 800), "easy": (800, 1100), "medium": (1200, 1500), "hard": (1600, 2000)}

FIXED_GEN = '''"""Literal inputs of the design: python gen_fixed.py SEED sample|invalid INDEX prints that input."""
import sys

SAMPLES = {samples!r}
INVALID = {invalid!r}
kind, index = sys.argv[2], int(sys.argv[3])
sys.stdout.write((SAMPLES if kind == "sample" else INVALID)[index])
'''


def save_package(problem: Problem, root: Path, topic: str = "llm") -> Path:
    if problem.programs is None:
        raise ValueError("not a full artifact: no programs")
    programs = problem.programs
    slug = _slug(problem.provenance.variant or problem.title)
    directory = root / topic / slug
    (directory / "solutions").mkdir(parents=True, exist_ok=True)
    samples = [t.input for t in problem.tests if t.category == "sample"]
    invalid = [i.input for i in problem.invalid_inputs]

    plan: list[str] = [_entry("sample", "gen_fixed.py", ["sample", str(n)]) for n in range(len(samples))]
    plan += [_entry("invalid", "gen_fixed.py", ["invalid", str(n)]) for n in range(len(invalid))]
    stress_gen = None
    for test in problem.tests:
        if test.category == "sample" or not test.generator:
            continue
        _, gen, seed = test.generator.split()[:3]
        plan.append(_entry(test.category, gen, [], seed=seed, brute=test.category in ("small",)))
        if test.category == "small":
            stress_gen = stress_gen or gen
    if stress_gen is None:
        raise ValueError("the problem has no small generator to draw stress cases from")
    low, high = RATING_GUESS[problem.difficulty.value]
    model = problem.provenance.model_id or problem.provenance.generator
    # A meaning is a template in a package, filled as the statement is: its literal braces are written doubled.
    constraints = "\n".join(
        f'[[constraints]]\nsymbol = {json.dumps(c.symbol)}\nlow = {c.low!r}\nhigh = {c.high!r}\nmeaning = {{ '
        + ", ".join(f"{k} = {json.dumps(_braces(v), ensure_ascii=False)}" for k, v in c.meaning.items()) + " }\n"
        for c in problem.constraints)
    checker = ('{ type = "exact" }' if problem.checker.type.value == "exact" else '{ type = "tokens" }')
    task = (
        f'id = "{topic}.{slug}"\ntopic = "{topic}"\ndifficulty = "{problem.difficulty.value}"\n'
        f'idea = {json.dumps(problem.title, ensure_ascii=False)}\n'
        f'tags = {json.dumps(problem.tags, ensure_ascii=False)}\n'
        f'rating = {{ low = {low}, high = {high}, why = "not rated yet: made by {model}; estimate before adding to '
        f'the catalog" }}\nmemory_mb = {problem.limits.memory_mb}\nchecker = {checker}\n\n'
        f'[stress]\ngen = "{stress_gen}"\nargs = []\ncount = 120\n\n{constraints}\n' + "\n".join(plan)
    )
    (directory / "task.toml").write_text(task, encoding="utf-8")
    st = problem.statement
    text = (f"# {_braces(problem.title)}\n\n## Legend\n{_braces(st.legend)}\n\n## Input\n{_braces(st.input_format)}\n\n"
            f"## Output\n{_braces(st.output_format)}\n" + (f"\n## Notes\n{_braces(st.notes)}\n" if st.notes else ""))
    (directory / f"statement.{problem.language}.md").write_text(text, encoding="utf-8")
    (directory / "themes.toml").write_text(f"[plain.{problem.language}]\n", encoding="utf-8")
    files = {"validator.py": _strip_argv_prelude(programs.validator),
             "solutions/accepted.py": problem.reference_solution.source,
             "solutions/brute.py": programs.brute,
             "gen_fixed.py": FIXED_GEN.format(samples=samples, invalid=invalid), **programs.generators}
    for known in programs.known_solutions:
        prefix = "wa_" if known.kind == "wrong" else "tl_"
        name = known.name if known.name.startswith(prefix) else prefix + known.name
        files[f"solutions/{name}.py"] = known.source
    if programs.checker:
        files["checker.py"] = programs.checker
    for relative, source in files.items():
        (directory / relative).write_text(source, encoding="utf-8")
    return directory


def _entry(category: str, gen: str, args: list[str], *, seed: str | None = None, brute: bool | None = None) -> str:
    lines = ["[[tests]]", f'category = "{category}"', f'gen = "{gen}"', f"args = {json.dumps(args)}"]
    if seed is not None:  # the model's generators take their seed only: keep the verified one as a fixed param
        lines[-1] = "args = []"
    if brute is not None and category not in ("sample", "small"):
        lines.append(f"brute = {str(brute).lower()}")
    return "\n".join(lines) + "\n"


def _strip_argv_prelude(source: str) -> str:
    return re.sub(r"\Aimport sys as _sys; _sys.argv = \[.*?\]; del _sys\n", "", source)


def _braces(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:50] or "problem"
