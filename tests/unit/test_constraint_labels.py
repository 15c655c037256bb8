"""A constraint's label (task.toml `meaning`) is a template filled as the statement is: with the drawn theme's words in
each language, so a story about villages reads "2 ≤ N ≤ 10^5 (마을의 수)" where it used to read "(정점의 수)"."""
from __future__ import annotations

import random

import pytest

from generator.problems.catalog import package_by_id
from generator.problems.packages import ConstraintSpec, build_draft, constraint_meaning
from generator.problems.textkit import TemplateError

THEME = {"en": {"node": "village", "nodes": "villages", "edge": "road", "edges": "roads"},
         "ko": {"node": "마을", "edge": "도로"}}


def _spec(*meanings: dict[str, str]):
    package = package_by_id("greedy.coin_change")
    constraints = [ConstraintSpec(symbol=f"X{n}", low=1, high=10 ** 5, meaning=m) for n, m in enumerate(meanings)]
    return package.spec.model_copy(update={"constraints": constraints})


def test_a_label_names_the_themes_words_in_each_language() -> None:
    meaning = {"en": "{nodes}", "ko": "{node}의 수"}
    spec = _spec(meaning)
    assert constraint_meaning(spec, meaning, THEME, {}) == {"en": "villages", "ko": "마을의 수"}
    # Particles and filters as in statements; params and max_<symbol> fill too.
    meaning = {"en": "{edges|cap}, at most {max_x0}", "ko": "{edge|josa:과/와} {node}의 수"}
    assert constraint_meaning(_spec(meaning), meaning, THEME, {}) == {"en": "Roads, at most 10^5",
                                                                      "ko": "도로와 마을의 수"}


def test_literal_braces_are_doubled_and_an_unknown_word_fails() -> None:
    meaning = {"en": "each A_{{i+1}} is a multiple of A_i"}
    assert constraint_meaning(_spec(meaning), meaning, THEME, {}) == {"en": "each A_{i+1} is a multiple of A_i"}
    with pytest.raises(TemplateError):
        constraint_meaning(_spec({"en": "{towns}"}), {"en": "{towns}"}, THEME, {})
    with pytest.raises(TemplateError):  # a single brace outside math is a slot that did not parse
        constraint_meaning(_spec({"en": "A_{i+1}"}), {"en": "A_{i+1}"}, THEME, {})


def test_a_drafts_labels_follow_its_theme_in_both_languages() -> None:
    """End to end: components.reach_from_one's N and M labels name the drawn story's things and links."""
    package = package_by_id("components.reach_from_one")
    themes = package.themes()
    seen: set[str] = set()
    for seed in range(12):
        draft = build_draft(package, random.Random(seed), package.spec.difficulty, "ko", with_stress=False).draft
        ko, en = themes[draft.theme]["ko"], themes[draft.theme]["en"]
        labels = {c.symbol: c.meaning for c in draft.constraints}
        assert labels["N"] == {"en": f"number of {en['nodes']}", "ko": f"{ko['node']}의 수"}, draft.theme
        assert labels["M"] == {"en": f"number of {en['edges']}", "ko": f"{ko['edge']}의 수"}, draft.theme
        seen.add(draft.theme)
        if len(seen) >= 2:
            break
    assert len(seen) >= 2, "the draws never changed the theme: the test would not show the label follows it"
