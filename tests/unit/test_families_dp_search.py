"""The knapsack, lis, prefix_sums and binary_search families: every difficulty and language passes the
verification gate, drafts are deterministic per seed, different seeds give different problems, and
Korean and English prompts select the right family.

Each gate run executes the real sandbox (validator, reference, brute force, known-wrong and too-slow
solutions; a too-slow one costs a full time limit), so this file takes a few minutes; the per-run gate
times are printed at the end of the session.
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
from generator.problems.schema import Difficulty, Problem

FAMILIES = ("knapsack", "lis", "prefix_sums", "binary_search")
LANGUAGES = ("en", "ko")
HANGUL = re.compile(r"[가-힣]")

PROMPTS = {
    "knapsack": (("DP 배낭 문제", "동적 계획법으로 푸는 냅색 문제를 만들어 주세요"),
                 ("a 0/1 knapsack problem", "dynamic programming knapsack with item counts")),
    "lis": (("가장 긴 증가하는 부분 수열 문제", "LIS 다이나믹 프로그래밍 문제"),
            ("longest increasing subsequence", "an LIS problem solved with dynamic programming")),
    "prefix_sums": (("누적 합으로 구간 합을 구하는 문제", "2차원 누적합 문제"),
                    ("range sum queries with prefix sums", "partial sum problem")),
    "binary_search": (("이분 탐색 문제", "매개 변수 탐색(파라메트릭 서치) 문제"),
                      ("binary search on the answer", "a parametric search problem")),
}

_TIMINGS: dict[str, float] = {}
_PROBLEMS: dict[tuple[str, Difficulty, str], Problem] = {}


@pytest.fixture(scope="module", autouse=True)
def _report_timings(request):
    started = time.perf_counter()
    yield
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is None or capture is None or not _TIMINGS:
        return
    with capture.global_and_fixture_disabled():  # teardown output is captured otherwise
        reporter.write_line("")
        reporter.write_line(f"dp/search gate timings: {len(_TIMINGS)} runs, {sum(_TIMINGS.values()):.1f} s in the "
                            f"gate, {time.perf_counter() - started:.1f} s for the module")
        for key, seconds in sorted(_TIMINGS.items()):
            reporter.write_line(f"  {key:<44} {seconds:6.2f} s")


def _seed(name: str, difficulty: Difficulty) -> int:
    return 104_729 * (FAMILIES.index(name) + 1) + 17 * list(Difficulty).index(difficulty)


def _verify(name: str, difficulty: Difficulty, language: str, seed: int, tag: str = ""):
    draft = family_by_name(name).draft(random.Random(seed), difficulty, language)
    ctx = GateContext(problem_id=f"{name}-{difficulty.value}-{seed}", difficulty=difficulty, language=language,
                      seed=seed)
    started = time.perf_counter()
    problem = verify(draft, ctx)
    _TIMINGS[f"{name}/{difficulty.value}/{language}{tag}"] = time.perf_counter() - started
    return draft, problem


# The gate does not read the statement text, so each difficulty runs it in one language (alternating);
# tests/unit/test_families_text.py checks both languages of every draft cheaply. This halves the gate time.
@pytest.mark.parametrize("difficulty, language", [(d, LANGUAGES[i % 2]) for i, d in enumerate(Difficulty)],
                         ids=lambda v: getattr(v, "value", v))
@pytest.mark.parametrize("name", FAMILIES)
def test_gate_passes(name: str, difficulty: Difficulty, language: str) -> None:
    draft, problem = _verify(name, difficulty, language, _seed(name, difficulty))
    _PROBLEMS[(name, difficulty, language)] = problem
    v = problem.verification

    assert v.passed
    assert v.brute_agreements_stress >= 100 and v.brute_agreements_stress == len(draft.stress)
    assert v.brute_agreements_small >= 10
    # Every known-wrong and too-slow solution was rejected, and there are at least two of them.
    assert len(draft.wrong_solutions) >= 2
    assert v.wrong_solutions_rejected == [w.name for w in draft.wrong_solutions]
    if difficulty in (Difficulty.medium, Difficulty.hard):
        assert any(w.kind == "slow" for w in draft.wrong_solutions), "a too-slow solution must be rejected"
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
    assert all(len(t.input) <= 1_700_000 for t in problem.tests), "input files must stay small"

    assert problem.title and problem.statement.legend and problem.statement.input_format
    assert problem.statement.output_format and problem.statement.notes
    assert problem.constraints and problem.statement.constraints_text
    assert problem.samples and all(s.explanation for s in problem.samples)
    # The explanation is rendered from the executed output, so it quotes the first answer token.
    assert all(s.output.split()[0] in s.explanation for s in problem.samples)
    texts = [problem.statement.legend, problem.statement.input_format, problem.statement.output_format,
             problem.statement.notes] + [s.explanation for s in problem.samples]
    if language == "ko":
        assert HANGUL.search(problem.title)
        assert all(HANGUL.search(text) for text in texts)
    else:
        assert not any(HANGUL.search(text) for text in [problem.title, *texts, problem.statement.constraints_text])


# One full second gate run per family (medium: large tests, a slow solution); every difficulty's drafts
# are compared byte for byte in test_same_seed_same_draft*.
@pytest.mark.parametrize("difficulty", [Difficulty.medium], ids=lambda d: d.value)
@pytest.mark.parametrize("name", FAMILIES)
def test_same_seed_same_problem(name: str, difficulty: Difficulty) -> None:
    language = LANGUAGES[list(Difficulty).index(difficulty) % 2]
    seed = _seed(name, difficulty)
    first = _PROBLEMS.get((name, difficulty, language))
    if first is None:  # this test run alone
        _, first = _verify(name, difficulty, language, seed)
    _, second = _verify(name, difficulty, language, seed, tag=" (again)")
    assert first.model_dump_json() == second.model_dump_json()


@pytest.mark.parametrize("name", FAMILIES)
def test_same_seed_same_draft(name: str) -> None:
    family = family_by_name(name)
    for difficulty in Difficulty:
        for language in LANGUAGES:
            a = family.draft(random.Random(7), difficulty, language)
            b = family.draft(random.Random(7), difficulty, language)
            assert [(t.input, t.category, t.small) for t in a.tests] == [(t.input, t.category, t.small) for t in b.tests]
            assert a.stress == b.stress and a.near_invalid == b.near_invalid
            assert (a.title, a.legend, a.input_format, a.output_format, a.notes) == \
                (b.title, b.legend, b.input_format, b.output_format, b.notes)
            assert (a.reference, a.brute, a.validator) == (b.reference, b.brute, b.validator)
            assert [(w.name, w.source, w.kind) for w in a.wrong_solutions] == \
                [(w.name, w.source, w.kind) for w in b.wrong_solutions]
            assert problem_signature(a) == problem_signature(b)


@pytest.mark.parametrize("name", FAMILIES)
def test_different_seeds_different_problems(name: str) -> None:
    family = family_by_name(name)
    for difficulty in Difficulty:
        drafts = [family.draft(random.Random(seed), difficulty, "en") for seed in range(8)]
        assert len({problem_signature(d) for d in drafts}) == len(drafts), difficulty
        assert len({d.theme for d in drafts}) >= 2, difficulty
        assert len({tuple(t.input for t in d.tests) for d in drafts}) == len(drafts), difficulty


@pytest.mark.parametrize("name", FAMILIES)
def test_language_changes_only_the_text(name: str) -> None:
    family = family_by_name(name)
    for difficulty in Difficulty:
        en = family.draft(random.Random(11), difficulty, "en")
        ko = family.draft(random.Random(11), difficulty, "ko")
        assert [t.input for t in en.tests] == [t.input for t in ko.tests]
        assert en.theme == ko.theme and en.legend != ko.legend


@pytest.mark.parametrize("name", FAMILIES)
def test_difficulty_changes_variant_and_constraints(name: str) -> None:
    family = family_by_name(name)
    drafts = [family.draft(random.Random(3), d, "en") for d in Difficulty]
    assert len({d.variant for d in drafts}) == 4
    assert len({tuple((c.symbol, c.low, c.high) for c in d.constraints) for d in drafts}) == 4


@pytest.mark.parametrize("name", FAMILIES)
def test_prompts_pick_the_family(name: str) -> None:
    korean, english = PROMPTS[name]
    for prompt in korean + english:
        assert match_family(prompt).family.name == name, prompt
