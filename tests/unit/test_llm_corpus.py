"""Replay corpus, share 1 of 3 (see tests/unit/llm_corpus.py): each fixture's scripted model runs through the
chain and the gate, and must end as the fixture says — repaired and emitted (then exported and checked by
verifyproblem), rejected with the named code, or refused."""
from __future__ import annotations

import pytest

from tests.unit.llm_corpus import check_outcome, load, replay, share


@pytest.mark.parametrize("name", share(0))
def test_corpus_fixture_reaches_its_expected_outcome(name: str, tmp_path) -> None:
    fixture = load(name)
    check_outcome(fixture, replay(fixture), tmp_path)


def test_the_corpus_covers_the_failure_modes_topics_languages_and_transports() -> None:
    from tests.unit.llm_corpus import OUTCOMES, names, readme_section, table

    fixtures = [load(n) for n in names()]
    assert len(fixtures) >= 20
    assert len({f["topic"] for f in fixtures}) >= 10
    assert {f["request"]["language"] for f in fixtures} == {"ko", "en"}
    assert all(f["expected"]["outcome"] in OUTCOMES for f in fixtures)
    for transport in ("bedrock", "gemini"):
        assert sum(f["transport"] == transport for f in fixtures) >= 5, transport
    codes = {c for f in fixtures for c in f["expected"]["codes"]}
    for needed in ("validator_accepted_invalid", "validator_rejected_test", "reference_failed", "reference_too_slow",
                   "brute_disagrees", "wrong_solution_passed", "non_stdlib_import", "malformed_output", "off_topic",
                   "wrong_difficulty", "unsafe_program", "generator_failed", "not_portable"):
        assert needed in codes, needed
    assert sum(f["expected"].get("injection", False) for f in fixtures) >= 2
    # The README's corpus table is generated from these fixtures (python -m tests.unit.llm_corpus rewrites it).
    assert readme_section() == table()
