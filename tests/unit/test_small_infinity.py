"""A too-small infinity is caught by the published tests wherever the constraints let an answer reach it.

Every catalog reference with a large "infinity" (float('inf'), math.inf, sys.maxsize, 1 << 62, 10**18, ...) has
two mutants in scripts/mutation_sweep.py --bound-operators: that infinity read as 10**9 and as 2**31 - 1 (INT_MAX).
The gate cannot add a test for them (its stress inputs are small, so both look equivalent there), and the sweep
calls such a survivor "equivalent on stress" too: session 20 found three dijkstra packages whose tests had no
answer above 10**9 although the constraints allow 5 * 10**10, so `INF = 10**9` passed every test.

tests/fixtures/small_infinity.toml lists each such task with `largest`, an expression over the task's params that
bounds the largest value the reference compares with its infinity (a distance, a total, a time). For each mutant
whose infinity the constraints let that value reach (largest >= the mutant's infinity), the fixture names the
test plan entry (`kills`: its generator args) on which the mutant must be judged wrong; this is run at a fixed seed
(one generator run, the reference and the mutants, a second or two each). Below it, the mutant answers as the
reference does, and nothing runs. `equivalent` says why a mutant the bound does not rule out still answers the same.

A new reference with a large infinity fails here until it is listed; a listed one that no longer has one does too.
"""
from __future__ import annotations

import importlib.util
import random
import sys
import tomllib
from functools import lru_cache
from pathlib import Path

import pytest

from generator.problems.catalog import all_packages
from generator.problems.packages import (
    Package,
    _test_runs,
    build_draft,
    draw_params,
    generator_harness,
    generator_limits,
)

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "small_infinity.toml"
SEED = 4  # the plan's base seed: every test of a plan entry is drawn from it (as build_draft does from its rng)

_spec = importlib.util.spec_from_file_location("mutation_sweep", ROOT / "scripts" / "mutation_sweep.py")
assert _spec is not None and _spec.loader is not None
sweep_script = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("mutation_sweep", sweep_script)
_spec.loader.exec_module(sweep_script)


@lru_cache(maxsize=1)
def listed() -> dict[str, dict]:
    with FIXTURE.open("rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=1)
def packages() -> dict[str, Package]:
    return {p.id: p for p in all_packages()}


def small_infinities(reference: str) -> list:
    """The reference's too-small-infinity mutants (both values), in source order."""
    return sweep_script.small_inf_mutants(reference, {reference})


def mutant_value(description: str) -> int:
    return sweep_script.SMALL_INF if "(small INF)" in description else sweep_script.INT_MAX


def largest(package: Package, expression: str) -> int:
    """The fixture's bound, with the task's params (a random param at its largest choice)."""
    params: dict[str, object] = dict(package.spec.params)
    for name, choices in package.spec.random_params.items():
        params.setdefault(name, max(c for c in choices if isinstance(c, (int, float))))
    return int(eval(expression, {"__builtins__": {}}, params))  # noqa: S307 - the fixture's own arithmetic


def test_every_reference_with_a_large_infinity_is_listed() -> None:
    having = sorted(p.id for p in all_packages() if small_infinities(p.reference))
    assert sorted(set(having) - set(listed())) == [], f"list each with its largest value in {FIXTURE.name}"
    assert sorted(set(listed()) - set(having)) == [], f"no large infinity any more: take these off {FIXTURE.name}"
    for task, entry in listed().items():
        assert set(entry) <= {"largest", "kills", "equivalent", "why"}, (task, sorted(entry))
        assert len(str(entry.get("why", ""))) >= 10, f"{task}: say what the bound is"


def must_kill(task: str) -> list:
    """The task's small-infinity mutants that the constraints let an answer reach (and not ruled out by reason)."""
    package, entry = packages()[task], listed()[task]
    bound = largest(package, entry["largest"])
    return [m for m in small_infinities(package.reference)
            if bound >= mutant_value(m.description) and "equivalent" not in entry]


def test_a_reachable_small_infinity_names_the_test_that_shows_it() -> None:
    for task, entry in listed().items():
        needed = must_kill(task)
        if needed:
            assert "kills" in entry, f"{task}: {[m.description for m in needed]} need a test: name it in `kills`"
            plan = [e.args for e in packages()[task].spec.tests]
            assert entry["kills"] in plan, f"{task}: no test plan entry has args {entry['kills']}"
        else:
            assert "kills" not in entry, f"{task}: no mutant is reachable, so `kills` names a test for nothing"


@pytest.mark.parametrize("task", sorted(t for t in listed() if must_kill(t)))
def test_the_named_test_kills_every_reachable_small_infinity(task: str) -> None:
    from generator.problems.gate import _judge_all
    from generator.problems.sandbox import SandboxLimits, Verdict, run_many

    package, entry = packages()[task], listed()[task]
    spec = package.spec
    params = draw_params(spec, random.Random(SEED))
    runs = [run for plan_entry, run in _test_runs(spec, SEED, params) if plan_entry.args == entry["kills"]]
    generated = run_many(generator_harness(package.generators()[runs[0].gen], runs[0].gen),
                         [run.stdin for run in runs], generator_limits())
    assert all(r.verdict is Verdict.ok for r in generated), [r.stderr[-300:] for r in generated]
    inputs = [r.stdout for r in generated]
    limits = SandboxLimits(cpu_seconds=20, wall_seconds=300, memory_mb=spec.memory_mb)
    answers = run_many(package.reference, inputs, limits)
    assert all(r.verdict is Verdict.ok for r in answers), [r.stderr[-300:] for r in answers]
    # The judge of the task (its checker program, if any) comes with a draft; only the samples are generated.
    draft = build_draft(package, random.Random(SEED), spec.difficulty, "en", with_stress=False,
                        only=("sample",)).draft
    for mutant in must_kill(task):
        got = run_many(mutant.source, inputs, limits)
        verdicts = _judge_all(draft, [(i, a.stdout, g) for i, a, g in zip(inputs, answers, got)])
        assert any(v != "accepted" for v in verdicts), (
            f"{mutant.description} passes the test {entry['kills']}, though {entry['largest']} = "
            f"{largest(package, entry['largest'])} lets an answer reach its infinity")
