"""Sample variety: problems of one family and difficulty in one job (seeds derive_seed(job, i)) must not all show
the same "Sample 1", and the near-invalid inputs (the validator self-test) must stay real variations of the
samples: never a sample itself (a `.replace` that stopped matching would return the sample unchanged), always
rejected by the validator, while every sample is accepted.

Drafting only, no gate: each (family, difficulty) is drafted five times (samples and near-invalid inputs only), once
for all three tests. The validator
runs in the sandbox (as the gate runs it) on the samples and on the small near-invalid inputs (the ones derived
from samples; the large ones only break a size limit and are checked by the gate in tests/unit/test_families_*.py).
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from functools import lru_cache

import pytest

from generator.problems.catalog import topic_by_name as family_by_name
from generator.problems.catalog import topics as families
from generator.problems.pipeline import derive_seed
from generator.problems.sandbox import Verdict, run_many
from generator.problems.schema import Difficulty

JOB_SEED = 1234
DRAFTS = 5
SMALL_INPUT = 5_000  # characters; near-invalid inputs above this are size-limit cases

CASES = [(family.name, difficulty) for family in families() for difficulty in Difficulty if family.tasks(difficulty)]
IDS = [f"{name}-{difficulty.value}" for name, difficulty in CASES]


@dataclass(frozen=True)
class Summary:
    first_samples: tuple[str, ...]
    near_equal_to_sample: tuple[str, ...]  # near-invalid inputs that are also sample inputs
    rejected_samples: tuple[str, ...]  # samples the validator rejects
    accepted_near: tuple[str, ...]  # small near-invalid inputs the validator accepts


def _verdicts(validator: str, inputs: list[str]) -> list[Verdict]:
    """The validator on every input in the sandbox (one process), as the gate runs it."""
    return [r.verdict for r in run_many(validator, inputs)]


@lru_cache(maxsize=None)
def _summary(name: str, difficulty: Difficulty) -> Summary:
    family = family_by_name(name)
    firsts, equal, rejected, accepted = [], [], [], []
    for i in range(DRAFTS):
        # Only the samples and the near-invalid inputs are looked at: the other tests (the max ones above all) were
        # most of this file's time. Each is generated as in the whole draft (its seed comes from its plan entry).
        draft = family.draft(random.Random(derive_seed(JOB_SEED, i)), difficulty, "en", with_stress=False,
                             only=("sample", "invalid"))
        samples = [t.input for t in draft.tests if t.category == "sample"]
        firsts.append(samples[0])
        equal += [x for x in draft.near_invalid if x in samples]
        small_near = [x for x in draft.near_invalid if len(x) <= SMALL_INPUT]
        verdicts = _verdicts(draft.validator, samples + small_near)
        rejected += [x for x, v in zip(samples, verdicts) if v is not Verdict.ok]
        # Like the gate: a near-invalid input must make the validator fail (not time out or pass).
        accepted += [x for x, v in zip(small_near, verdicts[len(samples):]) if v is not Verdict.runtime_error]
    return Summary(tuple(firsts), tuple(equal), tuple(rejected), tuple(accepted))


@pytest.mark.parametrize("name, difficulty", CASES, ids=IDS)
def test_drafts_of_one_job_show_different_first_samples(name: str, difficulty: Difficulty) -> None:
    firsts = _summary(name, difficulty).first_samples
    assert len(set(firsts)) == DRAFTS, [x[:60] for x in firsts]


@pytest.mark.parametrize("name, difficulty", CASES, ids=IDS)
def test_near_invalid_inputs_are_never_samples(name: str, difficulty: Difficulty) -> None:
    assert _summary(name, difficulty).near_equal_to_sample == ()


@pytest.mark.parametrize("name, difficulty", CASES, ids=IDS)
def test_validator_accepts_samples_and_rejects_small_near_invalid(name: str, difficulty: Difficulty) -> None:
    summary = _summary(name, difficulty)
    assert summary.rejected_samples == ()
    assert summary.accepted_near == ()
