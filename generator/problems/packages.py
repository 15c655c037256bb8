"""Problem packages on disk (Polygon / Kattis style) and the one loader that turns a package + seed +
difficulty + language into the gate's `Draft`.

A package is a directory `catalog/<topic>/<task>/`:

    task.toml           id, difficulty, rating band, tags, params, constraints, limits, checker, test plan
    statement.en.md     statement template (slots filled from params and the story theme), per language
    statement.ko.md
    solutions/accepted.py   the reference            solutions/brute.py   obviously correct, slow
    solutions/wa_*.py       known-wrong (a near-copy of the reference: `diff` shows the mistake)
    solutions/tl_*.py       right answers, too slow for the max tests
    validator.py        `python validator.py key=value ... < input`: exit 0 iff the input is valid
    gen.py              `python gen.py SEED MODE key=value ...`: prints one test input (testlib style)
    explain.py          optional: reads {"input", "output", "language", "params", "texts"} JSON (texts: the chosen
                        theme's named texts, as in the statement), prints a sample's explanation; a Korean
                        particle after a printed word is marked as Korean software marks it ("3을(를)", "역이(가)",
                        "길(으)로") and the host picks the form (textkit.resolve_particles); a position is
                        printed in digits, "3번째", and the host spells 1-10 out ("세 번째", textkit.korean_ordinals)
    themes.toml         optional; else the topic's themes.toml: theme -> language -> named texts

Every program runs alone (`python solutions/accepted.py < in`); nothing about a task lives in Python code
outside its package. Programs are executed only in the sandbox, packages from the catalog as much as the ones a
model wrote. Parameters reach the validator and the generators on the command line, so task.toml is the one
place a bound is written.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import tomllib
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from generator.problems.family import CATEGORIES, Draft, TestInput, WrongSolution, choose_theme
from generator.problems.schema import Checker, CheckerType, Constraint, Difficulty, Language
from generator.problems.textkit import fill, korean_ordinals, resolve_particles, title_case

if TYPE_CHECKING:
    from generator.problems.sandbox import SandboxLimits

STATEMENT_SECTIONS = ("legend", "input", "output", "notes")
PLAN_CATEGORIES = (*CATEGORIES, "invalid")
ParamValue = int | float | str


class ConstraintSpec(BaseModel):
    """A bound of the input; `low`/`high` are numbers or the name of a param (so the bound is written once).
    `meaning` is the label after the bound, per language, a template filled like the statement (`constraint_meaning`):
    `ko = "{node}의 수"`, `en = "{nodes}"` name the story's words; `{{`/`}}` are literal braces."""

    model_config = ConfigDict(extra="forbid")
    symbol: str
    low: ParamValue
    high: ParamValue
    meaning: dict[str, str] = Field(default_factory=dict)


class PlanEntry(BaseModel):
    """`count` runs of a generator: `python <gen> SEED <args...> <params as key=value>`."""

    model_config = ConfigDict(extra="forbid")
    category: Literal["sample", "small", "edge", "random", "anti", "max", "invalid"]
    args: list[str] = Field(default_factory=list)
    count: int = Field(default=1, ge=1, le=200)
    gen: str = "gen.py"
    brute: bool | None = None  # small enough for the brute force; default: sample/small yes, others no


class StressSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    args: list[str]
    count: int = Field(default=120, ge=100, le=1000)
    gen: str = "gen.py"


class RatingBand(BaseModel):
    """Estimated Codeforces-scale rating, with one sentence of reasoning."""

    model_config = ConfigDict(extra="forbid")
    low: int
    high: int
    why: str


class SolutionNote(BaseModel):
    model_config = ConfigDict(extra="forbid")
    why: str = ""


class ProgramPaths(BaseModel):
    model_config = ConfigDict(extra="forbid")
    validator: str = "validator.py"
    brute: str = "solutions/brute.py"
    explain: str = "explain.py"
    checker: str = "checker.py"
    # Known-wrong / too-slow solutions kept once for several tasks (file names still start with wa_ / tl_).
    shared_solutions: list[str] = Field(default_factory=list)


class ExportSpec(BaseModel):
    """task.toml's `[export]`: what the judge export (generator/problems/kattis.py) does differently from the gate."""

    model_config = ConfigDict(extra="forbid")
    # Known-too-slow solutions (tl_ names) that exceed the limit under CPython, which the gate times, but only by a
    # constant factor: PyPy, which problemtools' stock languages.yaml and Kattis run every .py with, finishes them
    # within the limit on every test (scripts/pypy_tl_sweep.py). The gate still runs them; the export leaves them
    # out of submissions/time_limit_exceeded/, where a PyPy judge would call them accepted. Each name must be one of
    # the package's tl_ solutions (checked when task.toml is read).
    cpython_only_too_slow: list[str] = Field(default_factory=list)


class TaskSpec(BaseModel):
    """task.toml."""

    model_config = ConfigDict(extra="forbid")
    id: str  # "<topic>.<task>"
    topic: str
    also_topics: list[str] = Field(default_factory=list)  # further topics whose idea this task really teaches
    difficulty: Difficulty
    rating: RatingBand
    idea: str  # one line: what the solver must see (distinct tasks of a topic have distinct ideas)
    tags: list[str]
    params: dict[str, ParamValue] = Field(default_factory=dict)
    # Drawn per problem from the seed: name -> [low, high] (inclusive ints) or a list of choices ("choices").
    random_params: dict[str, list[ParamValue]] = Field(default_factory=dict)
    constraints: list[ConstraintSpec]
    memory_mb: int = 256
    # At least this time limit (a step of gate.TIME_LIMIT_STEPS_MS), when the textbook approach in plain Python is
    # several times slower than the reference; the gate still calibrates from the reference and takes the larger.
    min_time_limit_ms: int | None = None
    checker: Checker = Field(default_factory=Checker)
    tests: list[PlanEntry]
    stress: StressSpec
    solutions: dict[str, SolutionNote] = Field(default_factory=dict)
    # Programs shared by the tasks of a topic may live in the topic directory ("../validator.py").
    programs: ProgramPaths = Field(default_factory=lambda: ProgramPaths())
    signature: list[str] = Field(default_factory=list)  # params that make two problems of the task differ
    export: ExportSpec = Field(default_factory=lambda: ExportSpec())

    @field_validator("tests")
    @classmethod
    def _plan_has_what_the_gate_needs(cls, plan: list[PlanEntry]) -> list[PlanEntry]:
        have = {entry.category for entry in plan}
        missing = [c for c in ("sample", "small", "max", "invalid") if c not in have]
        if missing:
            raise ValueError(f"test plan lacks categories {missing}")
        return plan


class FocusSpec(BaseModel):
    """A `[[focus]]` of topic.toml: a technique inside a topic that only some of its tasks practise (단절점과 단절선
    in graph traversal). A prompt that names it is served those tasks only, under the family `topic:focus`."""

    model_config = ConfigDict(extra="forbid")
    name: str
    title: dict[str, str]
    keywords: list[str]  # each one is also a keyword of the topic, which is what ranks the topic first
    tasks: list[str] = Field(min_length=1)  # task directory names
    # A tool every task of the topic uses (CCW in geometry): the focus serves its own tasks when no level or one of
    # theirs is asked for, and at a level they lack the prompt gets the whole topic instead of a refusal.
    whole_topic_at_other_levels: bool = False
    # Titles of problems with a number ("가장 긴 증가하는 부분 수열 2", BOJ 12015) that are the topic's keywords too and
    # practise the focus: a prompt that holds one as a title (not "… 2 문제", two problems of the topic) gets the focus.
    numbered_titles: list[str] = Field(default_factory=list)
    # Words that name the focus once its topic is chosen by other words, and name nothing alone (routing27: "heap
    # problem about the median", "힙 median": median is the running median's; a bare "median" is no heap).
    topic_words: list[str] = Field(default_factory=list)


class TopicSpec(BaseModel):
    """topic.toml: what a topic is called and how people ask for it."""

    model_config = ConfigDict(extra="forbid")
    name: str  # the topic id, = directory name
    title: dict[str, str]  # {"en": "Grid BFS / DFS", "ko": "격자 그래프 탐색"}
    group: str  # curriculum group: graphs, trees, dp, sequences, strings, math, search, basics
    tags: list[str]
    # Phrases that name this topic in a prompt (lowercase; Korean with and without spaces). Longer = stronger.
    keywords: list[str]
    # Phrases that, together with a keyword, mean the prompt asks for something else (e.g. "grid" for graphs).
    excludes: list[str] = Field(default_factory=list)
    # Phrases a prompt must contain one of, besides a keyword, for this topic to apply (e.g. grid words).
    requires: list[str] = Field(default_factory=list)
    examples: dict[str, list[str]] = Field(default_factory=dict)  # example prompts per language
    focus: list[FocusSpec] = Field(default_factory=list)
    # Problems another topic is named by that this topic's tasks solve too (segment_tree: inversions, sorting's): a
    # prompt that names this topic beside one of them ("count inversions using a Fenwick tree") gets this topic.
    also_solves: list[str] = Field(default_factory=list)
    # Titles of problems that are everyday words too (연구소, a laboratory): they name the topic only where the prompt
    # says nothing else besides how many, how hard and "like" / "style" ("연구소", "연구소 3 같은 문제 2개").
    bare_titles: list[str] = Field(default_factory=list)
    # Short names of two or three letters that mean the topic only in a request for problems ("uf": union-find): they
    # name it where nothing else does and the prompt says how hard, how many or that it wants problems ("uf medium",
    # "uf 문제 3개"), not standing alone ("uf").
    short_names: list[str] = Field(default_factory=list)


@dataclass(frozen=True)
class Statement:
    title: str
    legend: str
    input_format: str
    output_format: str
    notes: str


# A task.toml's top-level difficulty line (before its first table): what routing a prompt needs of each task.
_DIFFICULTY_LINE = re.compile(r'difficulty\s*=\s*"([a-z]+)"\s*(?:#.*)?')


@dataclass
class Package:
    """One task directory, read once (sources are cached). Its task.toml is parsed when first needed: routing a
    prompt (the submit function's cold start) needs only each task's difficulty, and parsing the catalog's 460
    task.toml files took about 1.2 s of the first request. `expected_id`: the id the catalog's layout gives the
    directory (topic.task); the parsed file must declare it."""

    path: Path
    expected_id: str | None = field(default=None, compare=False, repr=False)

    @classmethod
    def load(cls, path: Path, expected_id: str | None = None) -> Package:
        return cls(path, expected_id)

    @cached_property
    def spec(self) -> TaskSpec:
        with (self.path / "task.toml").open("rb") as fh:
            spec = TaskSpec.model_validate(tomllib.load(fh))
        if self.expected_id is not None and (spec.id != self.expected_id
                                             or spec.topic != self.expected_id.split(".", 1)[0]):
            raise ValueError(f"{self.path}: id must be '{self.expected_id}' and topic "
                             f"'{self.expected_id.split('.', 1)[0]}'")
        slow = {f.stem for f in self._solution_files(spec) if f.stem.startswith("tl_")}
        unknown = [name for name in spec.export.cpython_only_too_slow if name not in slow]
        if unknown:
            raise ValueError(f"{self.path}: [export] cpython_only_too_slow names {unknown}, which are not among its "
                             f"tl_ solutions {sorted(slow)}")
        return spec

    @cached_property
    def difficulty(self) -> Difficulty:
        """The spec's difficulty, read from its line without parsing the file while the spec is not parsed yet
        (tests/unit/test_catalog.py checks that both always agree)."""
        if "spec" not in self.__dict__:
            with (self.path / "task.toml").open(encoding="utf-8") as fh:
                for line in fh:
                    if line.startswith("["):
                        break
                    found = _DIFFICULTY_LINE.fullmatch(line.strip())
                    if found and found.group(1) in Difficulty.__members__:
                        return Difficulty(found.group(1))
        return self.spec.difficulty

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def name(self) -> str:
        return self.spec.id.split(".", 1)[-1]

    def source(self, relative: str) -> str:
        return _read(self.path / relative)

    @cached_property
    def reference(self) -> str:
        return self.source("solutions/accepted.py")

    @cached_property
    def brute(self) -> str:
        return self.source(self.spec.programs.brute)

    @cached_property
    def validator(self) -> str:
        return self.source(self.spec.programs.validator)

    @cached_property
    def explainer(self) -> str | None:
        path = self.path / self.spec.programs.explain
        return _read(path) if path.exists() else None

    @cached_property
    def checker_program(self) -> str | None:
        path = self.path / self.spec.programs.checker
        return _read(path) if path.exists() else None

    @cached_property
    def wrong_solutions(self) -> list[WrongSolution]:
        """wa_*.py are known-wrong, tl_*.py known-too-slow; sorted for a stable gate order."""
        found = []
        for file in sorted(self._solution_files(self.spec), key=lambda f: f.name):
            stem = file.stem
            if stem.startswith("wa_"):
                found.append(WrongSolution(stem, _read(file), "wrong"))
            elif stem.startswith("tl_"):
                found.append(WrongSolution(stem, _read(file), "slow"))
        return found

    def _solution_files(self, spec: TaskSpec) -> list[Path]:
        return [*(self.path / "solutions").glob("*.py"), *(self.path / p for p in spec.programs.shared_solutions)]

    def generators(self) -> dict[str, str]:
        return {name: self.source(name) for name in self.generators_named()}

    def themes_file(self) -> Path | None:
        """The task's own themes.toml, else the topic's."""
        return next((p for p in (self.path / "themes.toml", self.path.parent / "themes.toml") if p.exists()), None)

    def themes(self) -> dict[str, dict[str, dict[str, str]]]:
        place = self.themes_file()
        if place is None:
            return {"plain": {"en": {}, "ko": {}}}
        with place.open("rb") as fh:
            return tomllib.load(fh)

    def statement_template(self, language: Language) -> str:
        return _read(self.path / f"statement.{language}.md")

    def used_files(self) -> list[Path]:
        """Every file the package runs or reads: its own directory, and what its task.toml names outside it (the
        topic's shared generator, validator, solutions, a sibling task's generator, the topic's themes)."""
        files = [p for p in self.path.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
        programs = self.spec.programs
        named = [programs.brute, programs.validator, programs.explain, programs.checker, *programs.shared_solutions,
                 *self.generators_named()]
        files += [self.path / name for name in named if (self.path / name).is_file()]
        files += [t for t in (self.themes_file(),) if t is not None]
        return sorted({f.resolve() for f in files})

    def generators_named(self) -> list[str]:
        return sorted({e.gen for e in self.spec.tests} | {self.spec.stress.gen})

    def content_hash(self, read: Callable[[Path], bytes] = Path.read_bytes) -> str:
        """Hash of every file the package uses (`used_files`): the verification ledger's key. A change to a topic
        file that a task does not use (another task's generator, topic.toml's routing words) leaves it verified.
        `read` gives a file's bytes: the working tree's, or another version's (scripts/carry_label_edits.py: HEAD's)."""
        h = hashlib.sha256()
        topic_dir = self.path.parent.resolve()
        for file in self.used_files():
            h.update(str(file.relative_to(topic_dir.parent)).encode())
            h.update(b"\0")
            h.update(read(file))
            h.update(b"\0")
        return h.hexdigest()[:24]


# Two problems of one job can be one task drawn with two seeds: their hidden tests may share only trivial cases
# (samples, hand-written edge cases, inputs this short), never a random, anti or max test.
TRIVIAL_TEST_BYTES = 200
# The gate's second batch of cross-check inputs (Draft.more_stress): seeds far from the draft's own, the test plan's
# small categories besides the stress generator, inputs up to this size (the mutants run every one of them).
MORE_STRESS_SEED_STRIDE = 104_729_000
MORE_STRESS_CATEGORIES = ("sample", "small", "edge")
MORE_STRESS_BYTES = 20_000


def repeatable(category: str, text: str) -> bool:
    """Whether a test may appear in two problems of one job."""
    return category in ("sample", "edge") or len(text) <= TRIVIAL_TEST_BYTES


@dataclass(frozen=True)
class Run:
    """One generator invocation, as the full artifact records it (anyone can rebuild the test)."""

    gen: str
    argv: tuple[str, ...]  # SEED MODE... key=value...

    @property
    def command(self) -> str:
        return " ".join(("python", self.gen, *self.argv))

    @classmethod
    def parse(cls, command: str) -> Run | None:
        """The run a `command` line names (the inverse of `command`); None for a line of another shape."""
        words = command.split()
        return cls(words[1], tuple(words[2:])) if len(words) >= 2 and words[0] == "python" else None

    @property
    def stdin(self) -> str:
        """What generator_harness reads first: the command line, as JSON."""
        return json.dumps(list(self.argv)) + "\n"


def generator_limits() -> SandboxLimits:
    """The limits every generator run gets: building a draft, and the gate running a published command again. (The
    sandbox is imported when a generator first runs, not when the catalog loads.)"""
    from generator.problems.sandbox import SandboxLimits

    return SandboxLimits(cpu_seconds=10.0, wall_seconds=300.0, memory_mb=1024, output_bytes=32 * 1024 * 1024)


def with_final_newline(text: str) -> str:
    """A generated input with its missing final newline completed (not for invalid inputs, where it may be the
    point)."""
    return text if text.endswith("\n") else text + "\n"


@dataclass
class PackageDraft:
    """The gate's draft plus what the full artifact and the judge export need beyond it."""

    draft: Draft
    package: Package
    params: dict[str, ParamValue]
    test_runs: list[Run]  # aligned with draft.tests
    invalid_runs: list[Run] = field(default_factory=list)  # aligned with draft.near_invalid


def draw_params(spec: TaskSpec, rng: random.Random) -> dict[str, ParamValue]:
    params: dict[str, ParamValue] = dict(spec.params)
    for name in sorted(spec.random_params):
        choices = spec.random_params[name]
        if len(choices) == 2 and all(isinstance(c, int) for c in choices) and name not in spec.params:
            params[name] = rng.randint(int(choices[0]), int(choices[1]))
        else:
            params[name] = rng.choice(choices)
    return params


def param_argv(params: Mapping[str, ParamValue]) -> list[str]:
    return [f"{key}={params[key]}" for key in sorted(params)]


def resolve(value: ParamValue, params: Mapping[str, ParamValue]) -> int | float:
    if isinstance(value, str):
        if value not in params:
            raise KeyError(f"constraint bound names unknown param {value!r}")
        resolved = params[value]
        if isinstance(resolved, str):
            raise TypeError(f"param {value!r} is not a number")
        return resolved
    return value


def with_argv(source: str, argv: list[str], name: str) -> str:
    """The program with `sys.argv` set first, so a fixed command line runs under a harness that passes none
    (the sandbox's run_many; the Kattis input validator wrapper)."""
    return f"import sys as _sys; _sys.argv = {[name, *argv]!r}; del _sys\n" + source


# Generators take their command line from the first stdin line (JSON), so one sandbox process runs many
# invocations (fresh globals per case); standalone, they read sys.argv as usual.
ARGV_FROM_STDIN = (
    "import sys as _sys, json as _json\n"
    "_sys.argv = [{name!r}] + _json.loads(_sys.stdin.readline())\n"
    "del _sys, _json\n"
)


def generator_harness(source: str, name: str) -> str:
    return ARGV_FROM_STDIN.format(name=name) + source


def render_statement(package: Package, language: Language, values: Mapping[str, object]) -> Statement:
    """Fill the language's template and split it into title and sections."""
    text = fill(package.statement_template(language), values)
    title = ""
    sections: dict[str, list[str]] = {}
    current: str | None = None
    for line in text.splitlines():
        if line.startswith("# ") and not title:
            title = line[2:].strip()
        elif line.startswith("## "):
            current = line[3:].strip().lower()
            if current not in STATEMENT_SECTIONS:
                raise ValueError(f"{package.id}: unknown statement section {current!r} "
                                 f"(allowed: {', '.join(STATEMENT_SECTIONS)})")
            sections[current] = []
        elif current is not None:
            sections[current].append(line)
    body = {k: "\n".join(v).strip() for k, v in sections.items()}
    missing = [s for s in ("legend", "input", "output") if not body.get(s)]
    if not title or missing:
        raise ValueError(f"{package.id}: statement.{language}.md lacks {'a title' if not title else missing}")
    if language == "en":
        title = title_case(title)
    return Statement(title, body["legend"], body["input"], body["output"], body.get("notes", ""))


def slot_values(spec: TaskSpec, texts: Mapping[str, object], params: Mapping[str, ParamValue]) -> dict[str, object]:
    """What a statement's or a constraint label's slots are filled with: the theme's texts in one language, the params
    (which win over a text of the same name) and `max_<symbol>` for every constraint not named by a param."""
    values: dict[str, object] = {**texts, **params}
    for c in spec.constraints:
        values.setdefault(f"max_{c.symbol.lower()}", resolve(c.high, params))
    return values


def constraint_meaning(spec: TaskSpec, meaning: Mapping[str, str], theme: Mapping[str, Mapping[str, object]],
                       params: Mapping[str, ParamValue]) -> dict[str, str]:
    """A constraint's label in every language it is written in, filled as the statement is: with the drawn theme's
    texts in that language (`theme`: language -> named texts), so "2 ≤ N ≤ 10^5 (마을의 수)" under a story about
    villages."""
    return {language: fill(text, slot_values(spec, theme.get(language, {}), params))
            for language, text in meaning.items()}


def _test_runs(spec: TaskSpec, base_seed: int, params: Mapping[str, ParamValue],
               shift: int = 0) -> list[tuple[PlanEntry, Run]]:
    """The test plan's generator invocations, in plan order: entry `number`'s j-th run gets seed
    base + 1009·number + j (plus `shift`, for the gate's later batches)."""
    return [(entry, Run(entry.gen, (str((base_seed + 1009 * number + shift + j) % 2**31), *entry.args,
                                    *param_argv(params))))
            for number, entry in enumerate(spec.tests) for j in range(entry.count)]


def _stress_runs(spec: TaskSpec, base_seed: int, params: Mapping[str, ParamValue], shift: int = 0) -> list[Run]:
    """The stress generator's invocations: seeds base + 7,919,000 + j (plus `shift`), far from every test's."""
    return [Run(spec.stress.gen, (str((base_seed + 7_919_000 + shift + j) % 2**31), *spec.stress.args,
                                  *param_argv(params))) for j in range(spec.stress.count)]


def _brute_checked(entry: PlanEntry) -> bool:
    """Whether the gate runs the brute force on this entry's tests: samples and small ones unless the entry says."""
    return entry.brute if entry.brute is not None else entry.category in ("sample", "small")


def build_draft(package: Package, rng: random.Random, difficulty: Difficulty, language: Language, *,
                with_stress: bool = True, only: Collection[str] | None = None) -> PackageDraft:
    """Package + seeded rng → the gate's draft. Generators run in the sandbox here; nothing they print is trusted
    (the gate validates every input). `with_stress=False` leaves out the stress inputs (most of the generator runs;
    only the gate uses them), for callers that look at the statement and tests only; everything else is the same.
    `only`: generate just the tests of these categories (e.g. sample and invalid, for a look at the samples: the max
    tests are most of a draft's generator time); each test is the same as in the whole draft (its seed comes from
    its place in the plan), but such a draft is not one the gate accepts."""
    from generator.problems.sandbox import SandboxLimits, Verdict, run_many
    from generator.problems.shared_run import run_shared

    spec = package.spec
    theme, texts = choose_theme(rng, package.themes(), language)
    params = draw_params(spec, rng)
    base_seed = rng.randrange(1, 2**31)

    planned: list[tuple[PlanEntry | StressSpec, str, Run]] = [
        (entry, entry.category, run) for entry, run in _test_runs(spec, base_seed, params)
        if only is None or entry.category in only]
    if with_stress:
        planned += [(spec.stress, "stress", run) for run in _stress_runs(spec, base_seed, params)]

    limits = generator_limits()
    outputs: dict[int, str] = {}
    for gen_name, source in package.generators().items():
        program = generator_harness(source, gen_name)
        for stress in (False, True):
            # Tests are published: each is generated in a fresh process. Stress inputs are only cross-checked by
            # the gate, so they share one process (shared_run: only clean runs are kept, the rest run fresh).
            indices = [i for i, (_, category, run) in enumerate(planned)
                       if run.gen == gen_name and (category == "stress") == stress]
            stdin = [planned[i][2].stdin for i in indices]
            results = (run_shared if stress else run_many)(program, stdin, limits)
            if stress and indices:
                # A stress input the gate adds as a test (mutation check) keeps its command: the shared process
                # must print what the command prints alone. Checked on the last input, which saw the most state.
                alone = run_many(program, stdin[-1:], limits)[0]
                if alone.verdict is Verdict.ok and alone.stdout != results[-1].stdout:
                    raise PackageError(f"{package.id}: generator `{planned[indices[-1]][2].command}` prints "
                                       f"another input after earlier runs in the same process than alone")
            for i, result in zip(indices, results):
                if result.verdict is not Verdict.ok or not result.stdout.strip():
                    raise PackageError(f"{package.id}: generator `{planned[i][2].command}` "
                                       f"{result.verdict.value}: {result.stderr.strip()[-300:]}")
                outputs[i] = result.stdout if planned[i][1] == "invalid" else with_final_newline(result.stdout)

    tests: list[TestInput] = []
    runs: list[Run] = []
    near_invalid: list[str] = []
    invalid_runs: list[Run] = []
    stress: list[str] = []
    stress_runs: list[Run] = []
    seen: set[str] = set()
    repeats: dict[str, tuple[TestInput, Run]] = {}  # category -> its first test dropped as a repeat
    for i, (entry, category, run) in enumerate(planned):
        text = outputs[i]
        if category == "stress":
            stress.append(text)
            stress_runs.append(run)
        elif category == "invalid":
            near_invalid.append(text)
            invalid_runs.append(run)
        else:
            test = TestInput(text, category, small=isinstance(entry, PlanEntry) and _brute_checked(entry))
            if text not in seen:  # a generator may print the same input twice (tiny spaces): keep one
                seen.add(text)
                tests.append(test)
                runs.append(run)
            else:
                repeats.setdefault(category, (test, run))
    # ... unless the repeat was the only test of a category the gate requires: a small max input (a 16-character
    # bracket string) can come out equal to a sample for some seeds, and the draft had no max test left.
    for category in ("sample", "max"):
        if category in repeats and all(t.category != category for t in tests):
            tests.append(repeats[category][0])
            runs.append(repeats[category][1])

    order = {c: n for n, c in enumerate(CATEGORIES)}
    ranked = sorted(range(len(tests)), key=lambda n: order[tests[n].category])
    tests, runs = [tests[n] for n in ranked], [runs[n] for n in ranked]

    statement = render_statement(package, language, slot_values(spec, texts, params))
    theme_texts = package.themes()[theme]
    constraints = [Constraint(symbol=c.symbol, low=resolve(c.low, params), high=resolve(c.high, params),
                              meaning=constraint_meaning(spec, c.meaning, theme_texts, params))
                   for c in spec.constraints]
    explainer = package.explainer

    def explain(inp: str, out: str) -> str:
        if explainer is None:
            return ""
        payload = json.dumps({"input": inp, "output": out, "language": language, "params": params,
                              "texts": texts}) + "\n"
        result = run_many(explainer, [payload], SandboxLimits(cpu_seconds=5, wall_seconds=30))[0]
        if result.verdict is not Verdict.ok:
            raise PackageError(f"{package.id}: explain.py {result.verdict.value}: {result.stderr.strip()[-300:]}")
        return korean_ordinals(resolve_particles(result.stdout.strip()))

    def more_stress(round_number: int) -> tuple[list[str], list[str]]:
        # Cross-check inputs of other seeds, same parameters (so the same validator): the stress generator's and
        # the small hand-shaped test entries' (edge modes a stress generator may never print). The gate asks for
        # them only when a mutant of the reference answers like it on every own stress case, and adds one as a
        # test only if it tells such a mutant apart: the sweeps found every surviving mutant that way.
        # The same plan as the draft's (stress first), every seed moved by one stride per round; of the test entries
        # only those the package runs its brute force on (samples, small ones, edge cases marked `brute`): a batch
        # input that becomes a test must agree with the brute force, which must finish on it.
        shift = MORE_STRESS_SEED_STRIDE * round_number
        extra = _stress_runs(spec, base_seed, params, shift)
        extra += [run for entry, run in _test_runs(spec, base_seed, params, shift)
                  if entry.category in MORE_STRESS_CATEGORIES and _brute_checked(entry)]
        texts: list[str] = []
        commands: list[str] = []
        for gen_name, source in package.generators().items():
            mine = [run for run in extra if run.gen == gen_name]
            if not mine:
                continue
            program = generator_harness(source, gen_name)
            stdin = [json.dumps(list(run.argv)) + "\n" for run in mine]
            results = run_shared(program, stdin, limits)
            # One of these may become a test under its command: as for the stress inputs, the shared process
            # must print what the command prints alone (checked on the last run, which saw the most state).
            alone = run_many(program, stdin[-1:], limits)[0]
            if alone.verdict is not Verdict.ok or alone.stdout != results[-1].stdout:
                continue
            for run, result in zip(mine, results):
                # Only cross-check material: a run that failed (or printed nothing) is left out, not fatal.
                if result.verdict is Verdict.ok and result.stdout.strip() and len(result.stdout) <= MORE_STRESS_BYTES:
                    texts.append(result.stdout if result.stdout.endswith("\n") else result.stdout + "\n")
                    commands.append(run.command)
        return texts, commands

    validator_argv = param_argv(params)

    def tightened_validator(index: int, high: int | float) -> str | None:
        # A bound named by a param reaches the validator on its command line: the same validator with that param
        # lowered (a literal bound in task.toml cannot be restated; people review those).
        name = spec.constraints[index].high
        if not isinstance(name, str):
            return None
        return with_argv(package.validator, param_argv({**params, name: high}), "validator.py")

    draft = Draft(
        family=spec.topic,
        variant=package.name,
        theme=theme,
        title=statement.title,
        tags=list(spec.tags),
        legend=statement.legend,
        input_format=statement.input_format,
        output_format=statement.output_format,
        notes=statement.notes,
        constraints=constraints,
        reference=package.reference,
        brute=package.brute,
        validator=with_argv(package.validator, validator_argv, "validator.py"),
        tests=tests,
        stress=stress,
        near_invalid=near_invalid,
        wrong_solutions=package.wrong_solutions,
        checker=spec.checker,
        memory_mb=spec.memory_mb,
        min_time_limit_ms=spec.min_time_limit_ms,
        explain=explain if explainer else None,
        signature_key=":".join([theme] + [f"{k}={params[k]}" for k in spec.signature]),
        test_commands=[r.command for r in runs],
        invalid_commands=[r.command for r in invalid_runs],
        stress_commands=[r.command for r in stress_runs],
        generators=package.generators(),
        checker_program=package.checker_program,
        task_id=spec.id,
        package_hash=package.content_hash(),
        more_stress=more_stress,
        tightened_validator=tightened_validator,
    )
    return PackageDraft(draft, package, params, runs, invalid_runs)


class PackageError(RuntimeError):
    """A package's program misbehaved while a draft was built (e.g. a generator crashed)."""

    code = "generator_failed"


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def checker_is_default(checker: Checker) -> bool:
    return checker.type in (CheckerType.tokens, CheckerType.exact)


def load_toml(path: Path) -> dict[str, Any]:
    with path.open("rb") as fh:
        return tomllib.load(fh)
