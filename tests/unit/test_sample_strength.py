"""Samples refute the tempting wrong ideas: every known-wrong solution (solutions/wa_*.py) fails some sample of
its task on at least one of seeds 0-2 (scripts/sample_strength.py), unless tests/fixtures/sample_strength_allowed.toml
lists it with the reason the hidden tests, not the samples, are where it fails (an overflow or a bit width only large
values show, a too-slow or too-deep idea, an edge case that a sample would give away as the whole point).

Both ways: a wrong solution that passes every sample and is not listed fails here (make a sample refute it, or list
it with why), and a listed one that a sample now refutes fails too (take it off the list), so the list stays true."""
from __future__ import annotations

import importlib.util
import sys
import tomllib
from functools import lru_cache
from pathlib import Path

import pytest

from generator.problems.catalog import all_packages

ROOT = Path(__file__).resolve().parents[2]
ALLOWED_FILE = ROOT / "tests" / "fixtures" / "sample_strength_allowed.toml"
SEEDS = 3

_spec = importlib.util.spec_from_file_location("sample_strength", ROOT / "scripts" / "sample_strength.py")
assert _spec is not None and _spec.loader is not None
strength = importlib.util.module_from_spec(_spec)
sys.modules["sample_strength"] = strength  # its dataclasses look their module up
_spec.loader.exec_module(strength)

TOPICS = sorted({p.spec.topic for p in all_packages()})


@lru_cache(maxsize=1)
def allowed() -> dict[str, str]:
    """"topic.task/wa_name" -> why no sample shows it."""
    with ALLOWED_FILE.open("rb") as fh:
        tables = tomllib.load(fh)
    return {f"{task}/{name}": why for task, names in tables.items() for name, why in names.items()}


def test_every_listed_solution_exists_and_says_why() -> None:
    known = {f"{p.id}/{w.name}" for p in all_packages() for w in p.wrong_solutions if w.kind == "wrong"}
    assert sorted(set(allowed()) - known) == []
    assert [key for key, why in allowed().items() if len(why.strip()) < 10] == []


@pytest.mark.parametrize("topic", TOPICS)
def test_samples_refute_every_unlisted_wrong_solution(topic: str) -> None:
    passing = {p.solution for package in all_packages() if package.spec.topic == topic
               for p in strength.sweep(package.id, SEEDS) if p.seeds_passed == SEEDS}
    listed = {key for key in allowed() if key.split(".", 1)[0] == topic}
    assert sorted(passing - listed) == [], (
        f"these pass every sample on seeds 0-{SEEDS - 1}: make a sample refute each, or list it with why in "
        f"{ALLOWED_FILE.relative_to(ROOT)}")
    assert sorted(listed - passing) == [], f"a sample refutes these now: take them off {ALLOWED_FILE.name}"
