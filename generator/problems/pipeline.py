"""From a request (prompt, difficulty, language, seed) to a verified Problem.

The prompt picks a family by keywords (Korean or English); a prompt that matches nothing is an error
that lists what is supported, never a silent random fallback. Each problem is deterministic per seed;
a draft that fails the gate, or repeats a signature already emitted, is regenerated with the next
attempt seed, a bounded number of times.
"""
from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass

from generator.problems.family import Family
from generator.problems.families import families
from generator.problems.gate import GateContext, GateError, verify
from generator.problems.schema import Difficulty, Language, Problem

MAX_ATTEMPTS = 3


class UnsupportedPromptError(ValueError):
    """No family matches the prompt. The message lists the supported topics."""


class GenerationFailedError(RuntimeError):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class FamilyMatch:
    family: Family
    matched: tuple[str, ...]

    @property
    def reason(self) -> str:
        return f"matched {', '.join(repr(k) for k in self.matched)} → {self.family.category}"


def supported_topics() -> list[str]:
    return [f"{f.name} ({f.category})" for f in families()]


def match_family(prompt: str) -> FamilyMatch:
    text = " ".join(re.findall(r"[\w\-+]+", prompt.lower()))
    padded = f" {text} "
    best: FamilyMatch | None = None
    best_score = 0
    for family in families():
        hits = tuple(k for k in family.keywords if _contains(padded, k))
        # Longer phrases are stronger evidence ("shortest path" beats "path").
        score = sum(len(k) for k in hits)
        if score > best_score:
            best, best_score = FamilyMatch(family, hits), score
    if best is None:
        raise UnsupportedPromptError(
            "no problem family matches the prompt; supported topics: " + "; ".join(supported_topics())
        )
    return best


def _contains(padded_text: str, keyword: str) -> bool:
    """ASCII keywords match whole words; Korean keywords match anywhere (particles attach to words)."""
    if keyword.isascii():
        return f" {keyword} " in padded_text
    return keyword in padded_text


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
) -> Problem:
    """Draft and verify; regenerate (bounded) on gate failure or a repeated signature."""
    failures: list[str] = []
    for attempt in range(MAX_ATTEMPTS):
        attempt_seed = seed if attempt == 0 else derive_seed(seed, "attempt", attempt)
        draft = family.draft(random.Random(attempt_seed), difficulty, language)
        on_stage(f"verifying {family.name}/{draft.variant} (attempt {attempt + 1})")
        try:
            problem = verify(
                draft,
                GateContext(problem_id=problem_id, difficulty=difficulty, language=language, seed=attempt_seed),
                on_stage,
            )
        except GateError as exc:
            failures.append(exc.code)
            on_stage(f"gate rejected attempt {attempt + 1}: {exc.message[:200]}")
            continue
        if problem.verification.signature in avoid:
            failures.append("repeat")
            on_stage(f"attempt {attempt + 1} repeats an earlier problem; regenerating")
            continue
        return problem
    raise GenerationFailedError(
        "gate_failed", f"no verified problem after {MAX_ATTEMPTS} attempts ({', '.join(failures)})"
    )
