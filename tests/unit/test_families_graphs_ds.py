"""Graph and data-structure families: components, dijkstra, union_find, heap, stack.

Every family × difficulty × language draft must pass the verification gate (brute agreement on >= 100
stress cases, every known-wrong/slow solution rejected, every near-invalid input rejected by the validator),
be byte-identical for a seed, differ across seeds, and be selected by English and Korean prompts.
"""
from __future__ import annotations

import random
import re
import time
import zlib

import pytest

from generator.problems.family import Draft
from generator.problems.families import family_by_name
from generator.problems.gate import GateContext, problem_signature, verify
from generator.problems.pipeline import match_family
from generator.problems.schema import Difficulty, Problem

FAMILIES = ("components", "dijkstra", "union_find", "heap", "stack")
LANGUAGES = ("en", "ko")
MAX_INPUT_BYTES = 1_500_000
HANGUL = re.compile(r"[가-힣]")

PROMPTS: dict[str, tuple[str, ...]] = {
    "components": (
        "a DFS problem on grids",
        "격자에서 DFS 문제",
        "count the connected components of a graph",
        "연결 요소의 개수를 구하는 문제",
        "number of islands with flood fill",
        "깊이 우선 탐색으로 섬의 개수 세기",
    ),
    "dijkstra": (
        "weighted shortest path with Dijkstra",
        "다익스트라 최단 경로 문제",
        "shortest path in a weighted graph",
        "가중치가 있는 그래프에서 최단 경로",
    ),
    "union_find": (
        "union find problem",
        "유니온 파인드 문제",
        "disjoint set union with queries",
        "서로소 집합 자료구조",
        "분리 집합 연습",
    ),
    "heap": (
        "priority queue problem",
        "우선순위 큐 문제",
        "min heap operations",
        "힙 자료구조 연습",
    ),
    "stack": (
        "stack problem with brackets",
        "스택 괄호 문제",
        "next greater element",
        "오큰수 구하기",
    ),
}

_problems: dict[tuple[str, Difficulty, str, int], Problem] = {}


def _seed(*parts: object) -> int:
    return zlib.crc32(":".join(str(p) for p in parts).encode())


def _verified(family_name: str, difficulty: Difficulty, language: str, seed: int,
              draft: Draft | None = None) -> tuple[Problem, float]:
    if draft is None:
        draft = family_by_name(family_name).draft(random.Random(seed), difficulty, language)
    start = time.perf_counter()
    problem = verify(
        draft,
        GateContext(problem_id=f"{family_name}-{difficulty.value}-{language}-{seed}", difficulty=difficulty,
                    language=language, seed=seed),
    )
    return problem, time.perf_counter() - start


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("difficulty", list(Difficulty), ids=lambda d: d.value)
@pytest.mark.parametrize("family_name", FAMILIES)
def test_draft_passes_gate(family_name: str, difficulty: Difficulty, language: str) -> None:
    seed = _seed(family_name, difficulty.value, language)
    family = family_by_name(family_name)
    draft = family.draft(random.Random(seed), difficulty, language)
    problem, elapsed = _verified(family_name, difficulty, language, seed, draft)
    _problems[(family_name, difficulty, language, seed)] = problem
    print(f"{family_name}/{difficulty.value}/{language}: {draft.variant} gate {elapsed:.1f}s "
          f"limit {problem.limits.time_ms} ms")

    v = problem.verification
    assert v.passed
    assert v.brute_agreements_stress >= 100
    assert v.brute_agreements_small >= 10
    assert sorted(v.wrong_solutions_rejected) == sorted(w.name for w in draft.wrong_solutions)
    assert len(draft.wrong_solutions) >= 2
    assert any(w.kind == "slow" for w in draft.wrong_solutions)
    assert any(w.kind == "wrong" for w in draft.wrong_solutions)
    assert len(draft.near_invalid) >= 4
    assert v.validator_rejected_near_invalid == len(draft.near_invalid)

    counts = v.categories
    assert 2 <= counts.get("sample", 0) <= 3
    assert counts.get("small", 0) >= 8
    for category in ("edge", "random", "anti"):
        assert counts.get(category, 0) >= 1, category
    assert counts.get("max", 0) >= 2
    assert all(len(t.input) <= MAX_INPUT_BYTES for t in problem.tests)

    # The statement is in the requested language; sample explanations come from executed outputs.
    texts = [problem.title, problem.statement.legend, problem.statement.input_format,
             problem.statement.output_format]
    assert all(texts)
    if language == "ko":
        assert all(HANGUL.search(x) for x in texts[1:])
    else:
        assert not any(HANGUL.search(x) for x in texts + [problem.statement.notes])
    assert problem.samples and all(s.explanation for s in problem.samples)
    assert problem.constraints and problem.statement.constraints_text
    assert problem.provenance.family == family_name
    assert problem.provenance.variant == draft.variant


@pytest.mark.parametrize("family_name", FAMILIES)
def test_variants_differ_by_difficulty(family_name: str) -> None:
    family = family_by_name(family_name)
    variants = {family.draft(random.Random(1), d, "en").variant for d in Difficulty}
    assert len(variants) == 4


# A second full gate run per family (each on a different difficulty, alternating languages): the verified
# artifact is byte-identical. test_different_seeds_differ checks draft-level identity for every difficulty.
DETERMINISM_CASES = [(f, list(Difficulty)[i % 4], LANGUAGES[i % 2]) for i, f in enumerate(FAMILIES)]


@pytest.mark.parametrize(("family_name", "difficulty", "language"), DETERMINISM_CASES,
                         ids=[f"{f}-{d.value}-{lang}" for f, d, lang in DETERMINISM_CASES])
def test_same_seed_same_problem(family_name: str, difficulty: Difficulty, language: str) -> None:
    seed = _seed(family_name, difficulty.value, language)
    first = _problems.get((family_name, difficulty, language, seed))
    if first is None:
        first, _ = _verified(family_name, difficulty, language, seed)
    second, _ = _verified(family_name, difficulty, language, seed)
    assert first.model_dump_json() == second.model_dump_json()


@pytest.mark.parametrize("difficulty", list(Difficulty), ids=lambda d: d.value)
@pytest.mark.parametrize("family_name", FAMILIES)
def test_different_seeds_differ(family_name: str, difficulty: Difficulty) -> None:
    family = family_by_name(family_name)
    drafts = [family.draft(random.Random(seed), difficulty, "en") for seed in range(3)]
    signatures = {problem_signature(d) for d in drafts}
    assert len(signatures) == len(drafts)
    # Same seed, same draft (cheap check of every proposed byte, including all hidden inputs).
    again = family.draft(random.Random(0), difficulty, "en")
    assert [t.input for t in again.tests] == [t.input for t in drafts[0].tests]
    assert again.stress == drafts[0].stress and again.near_invalid == drafts[0].near_invalid


@pytest.mark.parametrize("family_name", FAMILIES)
def test_prompts_pick_family(family_name: str) -> None:
    for prompt in PROMPTS[family_name]:
        assert match_family(prompt).family.name == family_name, prompt


def test_themes_vary_with_seed() -> None:
    for family_name in FAMILIES:
        family = family_by_name(family_name)
        themes = {family.draft(random.Random(seed), Difficulty.tutorial, "ko").theme for seed in range(8)}
        assert len(themes) >= 2, family_name


def test_themes_cover_both_languages() -> None:
    for family_name in FAMILIES:
        module = __import__(f"generator.problems.families.{family_name}", fromlist=["THEMES"])
        themes = module.THEMES
        assert len(themes) >= 3
        for texts in themes.values():
            assert set(texts) == {"en", "ko"}
