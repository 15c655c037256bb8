"""From a request (prompt, difficulty, language, seed) to a verified Problem.

The family comes from generator.problems.matching. Each problem is deterministic per seed;
a draft that fails the gate, whose generators fail on its seed, or that repeats a signature already emitted, is
regenerated with the next attempt seed, a bounded number of times.
"""
from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Collection

from generator.problems.family import Family
from generator.problems.family import theme_slot as themes_in_turn
from generator.problems.gate import GateContext, GateError, verify
from generator.problems.matching import FamilyMatch, UnsupportedPromptError, match_family, supported_topics
from generator.problems.packages import PackageError
from generator.problems.schema import Difficulty, Language, Problem

MAX_ATTEMPTS = 3


class GenerationFailedError(RuntimeError):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def derive_seed(*parts: object) -> int:
    digest = hashlib.sha256(":".join(str(p) for p in parts).encode()).digest()
    return int.from_bytes(digest[:8], "big") >> 1


def generate_problem(
    family: Family,
    *,
    difficulty: Difficulty,
    language: Language,
    seed: int,
    problem_id: str,
    avoid: Collection[str] = (),
    on_stage: Callable[[str], None] = lambda _msg: None,
    theme_slot: int | None = None,
    on_rejection: Callable[[str], None] = lambda _code: None,
) -> Problem:
    """Draft and verify; regenerate (bounded) on gate failure or a repeated signature. `theme_slot` (job seed +
    index) rotates the story themes across the problems of one job."""
    failures: list[str] = []
    for attempt in range(MAX_ATTEMPTS):
        attempt_seed = seed if attempt == 0 else derive_seed(seed, "attempt", attempt)
        try:
            draft = _draft_with_new_title(family, attempt_seed, difficulty, language, theme_slot, avoid)
            on_stage(f"verifying {family.name}/{draft.variant} (attempt {attempt + 1})")
            problem = verify(
                draft,
                GateContext(problem_id=problem_id, difficulty=difficulty, language=language, seed=attempt_seed),
                on_stage,
            )
        except GateError as exc:
            failures.append(exc.code)
            on_rejection(exc.code)  # counted per code (the GateRejections metric)
            on_stage(f"gate rejected attempt {attempt + 1}: {exc.message[:200]}")
            continue
        except PackageError as exc:
            # A generator failed on this attempt's seed (past its CPU limit, say: a rejection sampler's bad luck,
            # or a slow machine). The seed is fixed, so a redelivery would fail the same way and the job with it;
            # the next attempt draws other inputs, and a package that always fails ends as this problem's error.
            failures.append("generator_failed")
            on_rejection("generator_failed")
            on_stage(f"a generator failed in attempt {attempt + 1}: {str(exc)[:200]}")
            continue
        if problem.verification.signature in avoid:
            failures.append("repeat")
            on_stage(f"attempt {attempt + 1} repeats an earlier problem; regenerating")
            continue
        return problem
    raise GenerationFailedError(
        "gate_failed", f"no verified problem after {MAX_ATTEMPTS} attempts ({', '.join(failures)})"
    )


# Story themes tried per draft before a title that repeats an earlier problem of the job is accepted anyway.
THEME_TRIES = 8


def _draft_with_new_title(family: Family, seed: int, difficulty: Difficulty, language: Language,
                          theme_slot: int | None, avoid: Collection[str], *, with_stress: bool = True,
                          only: Collection[str] | None = None):  # -> Draft
    """Draft, moving on to the next story theme while the title repeats one of the job's earlier problems (checked
    before the gate, so a repeated title costs a draft, not a verification). The task stays the one the slot
    chose: only the theme moves. `with_stress` and `only` as in the package's draft (tests that look at titles
    and tasks, not at the hidden tests)."""
    draft = None
    for shift in range(THEME_TRIES if theme_slot is not None else 1):
        with themes_in_turn(theme_slot, shift):
            draft = family.draft(random.Random(seed), difficulty, language, with_stress=with_stress, only=only)
        if "title:" + draft.title.strip().lower() not in avoid:
            return draft
    return draft


__all__ = ["FamilyMatch", "GenerationFailedError", "UnsupportedPromptError", "derive_seed", "generate_problem",
           "match_family", "supported_topics"]
