"""A package's explain.py receives the theme's named texts ("texts": the words the statement was filled with), so a
sample explanation speaks of villages where the statement does; it used to say 정점 (vertex) for every theme."""
from __future__ import annotations

import random

from generator.problems.catalog import all_packages
from generator.problems.packages import build_draft
from generator.problems.sandbox import run_many


def test_a_sample_explanation_uses_the_word_of_the_drawn_theme() -> None:
    package = next(p for p in all_packages() if p.id == "tree_dp.heights")
    words_seen: set[str] = set()
    for seed in range(12):
        draft = build_draft(package, random.Random(seed), package.spec.difficulty, "ko", with_stress=False).draft
        node = package.themes()[draft.theme]["ko"]["node"]
        sample = next(t for t in draft.tests if t.category == "sample")
        answer = run_many(draft.reference, [sample.input])[0].stdout
        assert draft.explain is not None
        text = draft.explain(sample.input, answer)
        assert f"{node} 1" in text and "정점" not in text, (draft.theme, text)
        words_seen.add(node)
        if len(words_seen) >= 2:
            break
    assert len(words_seen) >= 2, "the draws never changed the theme: the test would not show the word follows it"
