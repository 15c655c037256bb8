"""The contract between a problem generator (offline family or LLM chain) and the verification gate.

A generator proposes a `Draft`: statement parts, machine-readable constraints, a reference solution, a
brute-force solution, an input validator, known-wrong solutions and test inputs. Nothing in a draft is
trusted: the gate (gate.py) executes it all in the sandbox and only then builds a `Problem`.
"""
from __future__ import annotations

import random
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Protocol

from generator.problems.schema import Checker, Constraint, Difficulty, Language
from generator.problems.textkit import format_number

# Test categories, in the order tests are emitted.
CATEGORIES = ("sample", "small", "edge", "random", "anti", "max")


@dataclass(frozen=True)
class TestInput:
    input: str
    category: str  # one of CATEGORIES
    small: bool = False  # small enough for the brute force; every small test is cross-checked


@dataclass(frozen=True)
class WrongSolution:
    name: str
    source: str
    kind: str = "wrong"  # "wrong" (wrong answers) | "slow" (right answers, too slow for max tests)


@dataclass
class Draft:
    """Everything proposed for one problem, before verification."""

    family: str
    variant: str
    theme: str
    title: str
    tags: list[str]
    legend: str
    input_format: str
    output_format: str
    constraints: list[Constraint]
    reference: str  # Python source: stdin -> stdout
    brute: str  # Python source, obviously correct, may be exponential/quadratic
    validator: str  # Python source: reads stdin, exits 0 iff the input meets every constraint
    tests: list[TestInput]
    stress: list[str]  # >= 100 small random inputs, only for brute agreement (not emitted)
    near_invalid: list[str]  # inputs that break one constraint by a little; the validator must reject each
    wrong_solutions: list[WrongSolution]
    notes: str = ""
    checker: Checker = field(default_factory=Checker)
    memory_mb: int = 256
    # The published time limit is at least this (one of the gate's steps): for a task whose standard approach
    # in plain Python is several times slower than the reference (lazy propagation vs two Fenwick trees).
    min_time_limit_ms: int | None = None
    # Renders a sample's short explanation from its executed output (never hand-written answers).
    explain: Callable[[str, str], str] | None = None
    # Parameters that identify the problem beyond its tests, for repeat detection.
    signature_key: str = ""
    # From a package: the command behind each test (aligned with `tests`) and each near-invalid input, the
    # generator sources, and the package's id and content hash (all for the full artifact and the judge export).
    test_commands: list[str] | None = None
    invalid_commands: list[str] | None = None
    stress_commands: list[str] | None = None
    generators: dict[str, str] = field(default_factory=dict)
    checker_program: str | None = None
    task_id: str | None = None
    package_hash: str | None = None
    # More cross-check inputs like `stress` from other seeds (round 1, 2, ...), with the command behind each: the
    # gate asks for them only when a mutant of the reference answered like it on every stress case.
    more_stress: Callable[[int], tuple[list[str], list[str]]] | None = None
    # The validator held to a lower upper bound: (index of a constraint, a high below its stated one) -> the validator
    # program with that bound in place of the stated one, or None where the draft cannot restate it. The gate runs it
    # on the max tests: one of them must break the lower bound, so the tests reach the stated bound and the validator
    # enforces it (gate.bound_gaps). `bounds_required` (an LLM's draft): the gate refuses a draft with a gap, or with a
    # bound it cannot restate (its validator must write every stated bound); a catalog package's gaps are errors of
    # scripts/check_package.py.
    tightened_validator: Callable[[int, int | float], str | None] | None = None
    bounds_required: bool = False


class Family(Protocol):
    """What the pipeline needs of a problem source: a catalog topic (generator/problems/catalog) has it.

    `draft` must draw every random choice from `rng` (never the global `random`), so the same seed gives
    a byte-identical problem."""

    name: str
    category: str  # what the topic is, e.g. "BFS / DFS on grids"
    tags: tuple[str, ...]
    keywords: tuple[str, ...]  # phrases that select it from a free-text prompt

    def draft(self, rng: random.Random, difficulty: Difficulty, language: Language, *,
              with_stress: bool = True, only: Collection[str] | None = None) -> Draft:
        """`with_stress=False` leaves out the gate's stress inputs; `only` generates just the tests of these
        categories (a look at the statement and samples): such drafts are not for the gate."""
        ...


def render_constraints(constraints: list[Constraint], language: Language) -> str:
    """The constraint text shown to learners, rendered from the machine-readable object."""
    lines = []
    for c in constraints:
        low, high = format_number(c.low), format_number(c.high)
        meaning = c.meaning.get(language) or c.meaning.get("en", "")
        # "|w| ≤ 10000", not "0 ≤ |w| ≤ 10000": an absolute value or a length is never negative, and the 0 made
        # solvers read the bound as one on w itself (w ≥ 0).
        bound = f"{c.symbol} ≤ {high}" if c.low == 0 and _all_bars(c.symbol) else f"{low} ≤ {c.symbol} ≤ {high}"
        lines.append(f"- {bound}" + (f" ({meaning})" if meaning else ""))
    return "\n".join(lines)


def _all_bars(symbol: str) -> bool:
    """Whether every comma-separated part of a constraint's symbol is one |...| (an absolute value or a length). The
    commas inside a subscript's braces separate indices, not symbols: "|A_{i,j}|" is one part."""
    parts, depth, start = [], 0, 0
    for at, char in enumerate(symbol):
        depth += {"{": 1, "}": -1}.get(char, 0)
        if char == "," and depth == 0:
            parts.append(symbol[start:at])
            start = at + 1
    parts = [part.strip() for part in [*parts, symbol[start:]]]
    return all(len(part) > 2 and part[0] == part[-1] == "|" and "|" not in part[1:-1] for part in parts)


# The pipeline sets a slot per problem of a job (job seed + index), so consecutive problems of one job tell
# different stories; a draft made outside a job (tests, benches) picks its theme at random.
_THEME_SLOT: ContextVar[int | None] = ContextVar("theme_slot", default=None)
# Added to the slot for the theme only (not the task): the pipeline moves to the next theme when a title repeats.
_THEME_SHIFT: ContextVar[int] = ContextVar("theme_shift", default=0)


@contextmanager
def theme_slot(slot: int | None, shift: int = 0) -> Iterator[None]:
    token, shift_token = _THEME_SLOT.set(slot), _THEME_SHIFT.set(shift)
    try:
        yield
    finally:
        _THEME_SLOT.reset(token)
        _THEME_SHIFT.reset(shift_token)


def current_theme_slot() -> int | None:
    return _THEME_SLOT.get()


def choose_theme(rng: random.Random, themes: dict[str, dict[str, dict[str, str]]], language: Language) -> tuple[str, dict[str, str]]:
    """Pick a story theme. `themes` maps theme key -> language -> named texts; returns (key, texts)."""
    names = sorted(themes)
    key = rng.choice(names)  # drawn either way, so the rest of the draft's random stream is the same
    slot = _THEME_SLOT.get()
    if slot is not None:
        key = names[(slot + _THEME_SHIFT.get()) % len(names)]
    return key, themes[key][language]
