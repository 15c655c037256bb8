"""Every family × difficulty × language, without the gate (cheap): the statement is complete and in the
requested language, and the language changes only the text, never the tests."""
from __future__ import annotations

import random
import re

import pytest

from generator.problems.catalog import topics as families
from generator.problems.family import render_constraints

HANGUL = re.compile(r"[\uac00-\ud7a3]")


@pytest.mark.parametrize("family, difficulty", [(f, d) for f in families() for d in f.difficulties()],
                         ids=lambda x: getattr(x, "name", None) or x.value)
def test_both_languages_complete_and_only_text_differs(family, difficulty):
    """Samples only: every generator command carries the draft's seed and parameters (tests, near-invalid
    inputs and stress inputs alike), so equal sample commands in both languages mean equal tests of every kind."""
    seed = 20261122
    en = family.draft(random.Random(seed), difficulty, "en", with_stress=False, only=("sample",))
    ko = family.draft(random.Random(seed), difficulty, "ko", with_stress=False, only=("sample",))
    for draft in (en, ko):
        assert draft.title and draft.legend and draft.input_format and draft.output_format
        assert draft.constraints and draft.tags and draft.family == family.name
    ko_text = [ko.title, ko.legend, ko.input_format, ko.output_format, render_constraints(ko.constraints, "ko")]
    en_text = [en.title, en.legend, en.input_format, en.output_format, en.notes,
               render_constraints(en.constraints, "en")]
    assert all(HANGUL.search(text) for text in ko_text[:4]), ko_text
    assert not any(HANGUL.search(text) for text in en_text), en_text
    assert en.test_commands and en.test_commands == ko.test_commands
    assert [t.input for t in en.tests] == [t.input for t in ko.tests]
    assert (en.variant, en.reference, en.validator) == (ko.variant, ko.reference, ko.validator)


@pytest.mark.parametrize("family", families(), ids=lambda f: f.name)
def test_difficulties_differ_in_constraints_or_variant(family):
    shapes = set()
    for difficulty in family.difficulties():  # some topics start at medium or hard (e.g. SCC, LCA)
        # Only the variant and the constraints are looked at: no test but the samples is generated.
        draft = family.draft(random.Random(7), difficulty, "en", with_stress=False, only=("sample",))
        shapes.add((draft.variant, tuple((c.symbol, c.low, c.high) for c in draft.constraints)))
    assert len(shapes) == len(family.difficulties())


@pytest.mark.parametrize("name", ["grid_bfs", "hash_map", "topological_sort"])
def test_a_draft_without_stress_differs_only_by_its_stress_inputs(name):
    """Tests that look at statements and tests draft with_stress=False (most generator runs saved); the gate
    always gets the full draft, and the rest of the draft is the same either way."""
    from generator.problems.catalog import topic_by_name

    family = topic_by_name(name)
    difficulty = family.difficulties()[-1]
    full = family.draft(random.Random(11), difficulty, "ko")
    lean = family.draft(random.Random(11), difficulty, "ko", with_stress=False)
    assert len(full.stress) >= 100 and lean.stress == [] and lean.stress_commands == []
    assert ([t.input for t in lean.tests], lean.near_invalid, lean.title, lean.legend, lean.task_id) == (
        [t.input for t in full.tests], full.near_invalid, full.title, full.legend, full.task_id)
