"""The sieve, greedy, sorting, brute_force and implementation families: every difficulty and language
passes the verification gate, drafts are deterministic per seed, and prompts select the right family.

Each gate run executes the real sandbox (validator, reference, brute force, known-wrong and too-slow
solutions), so a full run of this file takes a few minutes; the per-test times are reported at the end.
"""
from __future__ import annotations

import random
import re
import time

import pytest

from generator.problems.families import family_by_name
from generator.problems.family import CATEGORIES
from generator.problems.gate import GateContext, problem_signature, verify
from generator.problems.pipeline import match_family
from generator.problems.schema import Difficulty

FAMILIES = ("sieve", "greedy", "sorting", "brute_force", "implementation")
LANGUAGES = ("en", "ko")
HANGUL = re.compile(r"[가-힣]")

PROMPTS = {
    "sieve": ("에라토스테네스의 체로 소수를 구하는 문제", "count primes with the sieve of eratosthenes"),
    "greedy": ("그리디 회의실 배정 문제를 만들어 줘", "a greedy interval scheduling problem"),
    "sorting": ("정렬 문제를 내 주세요", "a sorting problem about ranking records"),
    "brute_force": ("브루트포스 완전 탐색 문제", "brute force exhaustive search over subsets"),
    "implementation": ("로봇 시뮬레이션 구현 문제", "robot simulation implementation problem"),
}

_TIMINGS: dict[str, float] = {}
# Problems verified by test_gate_passes, reused by the determinism test to save one gate run each.
_VERIFIED: dict[tuple[str, Difficulty, str, int], str] = {}


@pytest.fixture(scope="module", autouse=True)
def _report_timings(request):
    yield
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is None or capture is None or not _TIMINGS:
        return
    with capture.global_and_fixture_disabled():  # print past output capturing, even without -s
        reporter.write_line("")
        reporter.write_line(f"gate timings ({len(_TIMINGS)} runs, {sum(_TIMINGS.values()):.1f} s total):")
        for key, seconds in sorted(_TIMINGS.items()):
            reporter.write_line(f"  {key:<44} {seconds:6.2f} s")


def _seed(name: str, difficulty: Difficulty) -> int:
    return 7919 * (FAMILIES.index(name) + 1) + 131 * list(Difficulty).index(difficulty)


def _verify(name: str, difficulty: Difficulty, language: str, seed: int):
    family = family_by_name(name)
    draft = family.draft(random.Random(seed), difficulty, language)
    ctx = GateContext(problem_id=f"{name}-{difficulty.value}-{seed}", difficulty=difficulty, language=language,
                      seed=seed)
    started = time.perf_counter()
    problem = verify(draft, ctx)
    key = f"{name}/{difficulty.value}/{language}/{seed}"
    _TIMINGS[key if key not in _TIMINGS else key + " (again)"] = time.perf_counter() - started
    _VERIFIED.setdefault((name, difficulty, language, seed), problem.model_dump_json())
    return draft, problem


# The gate does not read the statement text, so each difficulty runs it in one language (alternating);
# tests/unit/test_families_text.py checks both languages of every draft cheaply. This halves the gate time.
@pytest.mark.parametrize("difficulty, language", [(d, LANGUAGES[i % 2]) for i, d in enumerate(Difficulty)],
                         ids=lambda v: getattr(v, "value", v))
@pytest.mark.parametrize("name", FAMILIES)
def test_gate_passes(name: str, difficulty: Difficulty, language: str) -> None:
    draft, problem = _verify(name, difficulty, language, _seed(name, difficulty))
    v = problem.verification

    assert v.passed
    assert v.brute_agreements_stress >= 100
    assert v.brute_agreements_small >= 10
    # Every known-wrong and too-slow solution was rejected, and there are at least two of them.
    assert len(draft.wrong_solutions) >= 2
    assert v.wrong_solutions_rejected == [w.name for w in draft.wrong_solutions]
    # The validator rejected every near-invalid input, and there are enough of them.
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

    assert problem.statement.legend and problem.statement.input_format and problem.statement.output_format
    assert problem.constraints and problem.statement.constraints_text
    assert problem.title
    assert all(s.explanation for s in problem.samples)
    texts = [problem.title, problem.statement.legend, problem.statement.input_format,
             problem.statement.output_format] + [s.explanation for s in problem.samples]
    if language == "ko":
        assert all(HANGUL.search(text) for text in texts[1:4])
        assert all(HANGUL.search(s.explanation) for s in problem.samples)
    else:
        assert not any(HANGUL.search(text) for text in texts)


# One full second gate run per family (medium: large tests, a slow solution); every difficulty's drafts
# are compared byte for byte in test_same_seed_same_draft*.
@pytest.mark.parametrize("difficulty", [Difficulty.medium], ids=lambda d: d.value)
@pytest.mark.parametrize("name", FAMILIES)
def test_same_seed_same_problem(name: str, difficulty: Difficulty) -> None:
    """Two drafts from one seed, each through the whole gate, give byte-identical artifacts (the first
    one usually comes from test_gate_passes)."""
    seed = _seed(name, difficulty)
    key = (name, difficulty, "en", seed)
    if key not in _VERIFIED:
        _verify(name, difficulty, "en", seed)
    first = _VERIFIED[key]
    _, second = _verify(name, difficulty, "en", seed)
    assert first == second.model_dump_json()


@pytest.mark.parametrize("name", FAMILIES)
def test_same_seed_same_draft_in_every_difficulty(name: str) -> None:
    family = family_by_name(name)
    for difficulty in Difficulty:
        for language in LANGUAGES:
            a = family.draft(random.Random(42), difficulty, language)
            b = family.draft(random.Random(42), difficulty, language)
            assert [t.input for t in a.tests] == [t.input for t in b.tests]
            assert a.stress == b.stress and a.near_invalid == b.near_invalid
            assert (a.legend, a.title, a.reference, a.brute, a.validator) == (b.legend, b.title, b.reference, b.brute,
                                                                           b.validator)
            assert problem_signature(a) == problem_signature(b)


@pytest.mark.parametrize("name", FAMILIES)
def test_different_seeds_different_problems(name: str) -> None:
    family = family_by_name(name)
    for difficulty in Difficulty:
        signatures = {problem_signature(family.draft(random.Random(seed), difficulty, "en")) for seed in range(6)}
        assert len(signatures) == 6, difficulty


@pytest.mark.parametrize("name", FAMILIES)
def test_difficulty_changes_variant_and_constraints(name: str) -> None:
    family = family_by_name(name)
    drafts = [family.draft(random.Random(3), d, "en") for d in Difficulty]
    assert len({d.variant for d in drafts}) == 4
    assert len({tuple((c.symbol, c.low, c.high) for c in d.constraints) for d in drafts}) == 4


@pytest.mark.parametrize("name", FAMILIES)
def test_prompts_pick_the_family(name: str) -> None:
    korean, english = PROMPTS[name]
    assert match_family(korean).family.name == name
    assert match_family(english).family.name == name


@pytest.mark.parametrize("name", FAMILIES)
def test_every_level_has_a_slow_solution_somewhere(name: str) -> None:
    family = family_by_name(name)
    kinds = [w.kind for d in Difficulty for w in family.draft(random.Random(5), d, "en").wrong_solutions]
    assert "slow" in kinds and "wrong" in kinds
