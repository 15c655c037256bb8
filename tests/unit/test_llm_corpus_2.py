"""Replay corpus, share 2 of 3 (see tests/unit/llm_corpus.py): each fixture's scripted model runs through the
chain and the gate, and must end as the fixture says — repaired and emitted (then exported and checked by
verifyproblem), rejected with the named code, or refused."""
from __future__ import annotations

import pytest

from tests.unit.llm_corpus import check_outcome, load, replay, share


@pytest.mark.parametrize("name", share(1))
def test_corpus_fixture_reaches_its_expected_outcome(name: str, tmp_path) -> None:
    fixture = load(name)
    check_outcome(fixture, replay(fixture), tmp_path)
