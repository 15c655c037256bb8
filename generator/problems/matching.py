"""Prompt → family. A free-text prompt (Korean or English) picks a family by keywords; a prompt that
matches nothing is an error that lists what is supported — never a silent random fallback.
Imports no gate or sandbox code, so the submit path stays light."""
from __future__ import annotations

import re
from dataclasses import dataclass

from generator.problems.family import Family
from generator.problems.families import families


class UnsupportedPromptError(ValueError):
    """No family matches the prompt. The message lists the supported topics."""


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


