"""The harness the per-group family tests share (tests/unit/test_families_*.py): gate runs that are timed and
kept for reuse within one test module, the end-of-module timing report, and the checks every group makes.

Each group owns one `FamilyGate` (its families and its seed constants, so every group keeps verifying the same
problems), installs the report with `_report_timings = GATE.timings_fixture()`, and calls the `assert_*`
helpers from thin parametrized tests, so the pytest ids stay `test_gate_passes[heap-medium-en]` and the like.
"""
from __future__ import annotations

import random
import re
import time

import pytest

from generator.problems.catalog import topic_by_name as family_by_name
from generator.problems.family import CATEGORIES, Draft
from generator.problems.gate import GateContext, problem_signature, verify
from generator.problems.pipeline import match_family
from generator.problems.schema import Difficulty, Problem

LANGUAGES = ("en", "ko")
HANGUL = re.compile(r"[가-힣]")
DIFFICULTIES = list(Difficulty)


def gate_language(difficulty: Difficulty) -> str:
    """The language the gate runs a difficulty in: the gate does not read the statement text, so each
    difficulty runs it once, alternating languages (both languages of every draft are checked cheaply)."""
    return LANGUAGES[DIFFICULTIES.index(difficulty) % 2]


def param_id(value: object) -> object:
    """Readable pytest ids for Difficulty values (`medium`, not `Difficulty.medium`)."""
    return getattr(value, "value", value)


# `test_gate_passes[<family>-<difficulty>-<language>]`: each difficulty once, in its gate language.
gate_cases = pytest.mark.parametrize("difficulty, language", [(d, gate_language(d)) for d in DIFFICULTIES],
                                     ids=param_id)


class FamilyGate:
    """One test module's gate runs: seeds from the module's constants, the time of every run, and the first
    problem verified per (family, difficulty, language, seed), which later tests reuse instead of a second
    gate run (each run executes the real sandbox, and a too-slow solution costs a full time limit)."""

    def __init__(self, label: str, families: tuple[str, ...], *, family_step: int, difficulty_step: int) -> None:
        self.label = label
        self.families = families
        self.family_step = family_step
        self.difficulty_step = difficulty_step
        self.timings: dict[str, float] = {}
        self.problems: dict[tuple[str, Difficulty, str, int], Problem] = {}

    def seed(self, name: str, difficulty: Difficulty) -> int:
        return (self.family_step * (self.families.index(name) + 1)
                + self.difficulty_step * DIFFICULTIES.index(difficulty))

    def verify(self, name: str, difficulty: Difficulty, language: str) -> tuple[Draft, Problem]:
        """Draft `name` from its seed and run the whole gate on it, timed; the first problem is kept."""
        seed = self.seed(name, difficulty)
        draft = family_by_name(name).draft(random.Random(seed), difficulty, language)
        ctx = GateContext(problem_id=f"{name}-{difficulty.value}-{seed}", difficulty=difficulty, language=language,
                          seed=seed)
        started = time.perf_counter()
        problem = verify(draft, ctx)
        key = f"{name}/{difficulty.value}/{language}"
        self.timings[key if key not in self.timings else key + " (again)"] = time.perf_counter() - started
        self.problems.setdefault((name, difficulty, language, seed), problem)
        return draft, problem

    def assert_same_seed_same_problem(self, name: str, difficulty: Difficulty) -> None:
        """Two drafts from one seed, each through the whole gate, give byte-identical artifacts; the first
        one usually comes from test_gate_passes, so this costs one gate run."""
        language = gate_language(difficulty)
        first = self.problems.get((name, difficulty, language, self.seed(name, difficulty)))
        if first is None:  # this test run alone
            _, first = self.verify(name, difficulty, language)
        _, second = self.verify(name, difficulty, language)
        assert first.model_dump_json() == second.model_dump_json()

    def timings_fixture(self):
        """A module-scoped autouse fixture that prints this module's gate timings after its last test."""
        gate = self

        @pytest.fixture(scope="module", autouse=True)
        def report_timings(request):
            started = time.perf_counter()
            yield
            reporter = request.config.pluginmanager.get_plugin("terminalreporter")
            capture = request.config.pluginmanager.get_plugin("capturemanager")
            if reporter is None or capture is None or not gate.timings:
                return
            with capture.global_and_fixture_disabled():  # teardown output is captured otherwise, even without -s
                reporter.write_line("")
                reporter.write_line(f"{gate.label} gate timings: {len(gate.timings)} runs, "
                                    f"{sum(gate.timings.values()):.1f} s in the gate, "
                                    f"{time.perf_counter() - started:.1f} s for the module")
                for key, seconds in sorted(gate.timings.items()):
                    reporter.write_line(f"  {key:<44} {seconds:6.2f} s")

        return report_timings


def assert_gate_passed(draft: Draft, problem: Problem) -> None:
    """What every family's verified problem shows: brute-force agreement, every known-wrong and too-slow
    solution rejected, every near-invalid input rejected, every test category present, a statement."""
    v = problem.verification
    assert v.passed
    assert v.brute_agreements_stress >= 100
    assert v.brute_agreements_small >= 10
    # Every known-wrong and too-slow solution was rejected, and there are at least two of them.
    assert len(draft.wrong_solutions) >= 2
    assert v.wrong_solutions_rejected == [w.name for w in draft.wrong_solutions]
    # The validator accepted every test and stress input and rejected every near-invalid one.
    assert len(draft.near_invalid) >= 4
    assert v.validator_rejected_near_invalid == len(draft.near_invalid)
    assert v.validator_checked_tests == len(draft.tests) + len(draft.stress)

    counts = v.categories
    assert set(counts) <= set(CATEGORIES)
    assert 2 <= counts.get("sample", 0) <= 3
    assert counts.get("small", 0) >= 8
    assert counts.get("max", 0) >= 2
    for category in ("edge", "random", "anti"):
        assert counts.get(category, 0) >= 1, category

    assert problem.title and problem.statement.legend and problem.statement.input_format
    assert problem.statement.output_format
    assert problem.constraints and problem.statement.constraints_text
    assert all(s.explanation for s in problem.samples)


def assert_complete_statement(problem: Problem, language: str) -> None:
    """The statement has notes and explained samples, and all of its text is in the requested language."""
    assert problem.statement.notes
    assert problem.samples
    # The explanation is rendered from the executed output, so it quotes the first answer token.
    assert all(s.output.split()[0] in s.explanation for s in problem.samples)
    texts = [problem.statement.legend, problem.statement.input_format, problem.statement.output_format,
             problem.statement.notes] + [s.explanation for s in problem.samples]
    if language == "ko":
        assert HANGUL.search(problem.title)
        assert all(HANGUL.search(text) for text in texts)
    else:
        assert not any(HANGUL.search(text) for text in [problem.title, *texts, problem.statement.constraints_text])


def assert_same_seed_same_draft(name: str, seed: int) -> None:
    """Every difficulty and language: two drafts from one seed are identical (tests, stress and near-invalid
    inputs, texts, reference, brute force, validator, wrong solutions)."""
    family = family_by_name(name)
    for difficulty in Difficulty:
        for language in LANGUAGES:
            a = family.draft(random.Random(seed), difficulty, language)
            b = family.draft(random.Random(seed), difficulty, language)
            assert [(t.input, t.category, t.small) for t in a.tests] == [(t.input, t.category, t.small) for t in b.tests]
            assert a.stress == b.stress and a.near_invalid == b.near_invalid
            assert (a.title, a.legend, a.input_format, a.output_format, a.notes) == \
                (b.title, b.legend, b.input_format, b.output_format, b.notes)
            assert (a.reference, a.brute, a.validator) == (b.reference, b.brute, b.validator)
            assert [(w.name, w.source, w.kind) for w in a.wrong_solutions] == \
                [(w.name, w.source, w.kind) for w in b.wrong_solutions]
            assert problem_signature(a) == problem_signature(b)


def assert_difficulty_changes_variant_and_constraints(name: str) -> None:
    family = family_by_name(name)
    drafts = [family.draft(random.Random(3), d, "en") for d in Difficulty]
    assert len({d.variant for d in drafts}) == 4
    assert len({tuple((c.symbol, c.low, c.high) for c in d.constraints) for d in drafts}) == 4


def assert_prompts_pick(name: str, prompts: tuple[str, ...]) -> None:
    """Each prompt goes to the topic, or to one of its focuses when it names a technique only some of the topic's
    tasks practise ("2차원 누적합" is prefix_sums:two_d; tests/unit/test_focus.py pins which)."""
    for prompt in prompts:
        picked = match_family(prompt).family.name
        assert picked == name or picked.startswith(f"{name}:"), (prompt, picked)
