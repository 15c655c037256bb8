"""The versioned problem artifact (pydantic) and its public view.

Everything a learner sees (samples, constraint text) is rendered from executed tests and the
machine-readable constraint object, so it can never disagree with the hidden data.
"""
from __future__ import annotations

from enum import Enum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"


class Difficulty(str, Enum):
    tutorial = "tutorial"
    easy = "easy"
    medium = "medium"
    hard = "hard"


DIFFICULTY_ALIASES: dict[str, Difficulty] = {
    "tutorial": Difficulty.tutorial,
    "easy": Difficulty.easy,
    "medium": Difficulty.medium,
    "hard": Difficulty.hard,
    "튜토리얼": Difficulty.tutorial,
    "쉬움": Difficulty.easy,
    "보통": Difficulty.medium,
    "어려움": Difficulty.hard,
}

Language = Literal["ko", "en"]


class CheckerType(str, Enum):
    exact = "exact"  # byte-equal after stripping trailing whitespace at line ends and file end
    tokens = "tokens"  # whitespace-separated tokens equal
    float_eps = "float"  # tokens equal, numbers within an absolute/relative epsilon


class Checker(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    type: CheckerType = CheckerType.tokens
    epsilon: float | None = None


class Constraint(BaseModel):
    """One machine-readable bound, e.g. 1 <= N <= 200000. The validator enforces the same numbers."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    symbol: str  # "N", "A_i", "|S|"
    low: int | float
    high: int | float
    # Free text after the bound, per language, e.g. {"en": "number of cities", "ko": "도시의 수"}.
    meaning: dict[str, str] = Field(default_factory=dict)


class Limits(BaseModel):
    model_config = ConfigDict(extra="forbid")
    time_ms: int
    memory_mb: int


class Statement(BaseModel):
    model_config = ConfigDict(extra="forbid")
    legend: str
    input_format: str
    output_format: str
    constraints_text: str
    notes: str = ""


class Sample(BaseModel):
    model_config = ConfigDict(extra="forbid")
    input: str
    output: str
    explanation: str = ""


class TestCase(BaseModel):
    model_config = ConfigDict(extra="forbid")
    input: str
    output: str
    category: str  # sample | small | edge | max | anti | random
    generator: str | None = None  # the command that printed the input, e.g. "python gen.py 123 random lo=1"


class InvalidInput(BaseModel):
    """An input the validator must reject (Kattis data/invalid_input)."""

    model_config = ConfigDict(extra="forbid")
    input: str
    generator: str | None = None


class KnownSolution(BaseModel):
    """A known-wrong ("wrong") or too-slow ("slow") solution and the verdict the gate saw it get."""

    model_config = ConfigDict(extra="forbid")
    name: str
    kind: Literal["wrong", "slow"]
    verdict: Literal["wrong_answer", "time_limit_exceeded", "run_time_error"]
    source: str


class Programs(BaseModel):
    """Everything beyond the reference needed to rebuild and audit the problem (full artifact only)."""

    model_config = ConfigDict(extra="forbid")
    validator: str  # `python validator.py < input`: exit 0 iff valid (its parameters are already set)
    brute: str
    known_solutions: list[KnownSolution]
    generators: dict[str, str] = Field(default_factory=dict)  # file name -> source, for TestCase.generator
    checker: str | None = None  # testlib-style checker program when the answer is not unique


class Solution(BaseModel):
    model_config = ConfigDict(extra="forbid")
    language: Literal["python"] = "python"
    source: str


class Provenance(BaseModel):
    model_config = ConfigDict(extra="forbid")
    generator: str  # "offline" | "bedrock" | "gemini"
    family: str
    variant: str
    theme: str
    seed: int
    schema_version: str = SCHEMA_VERSION
    model_id: str | None = None
    task_id: str | None = None  # the catalog package, e.g. "grid_bfs.break_walls"
    package_hash: str | None = None  # content hash of that package's files
    input_tokens: int | None = None
    output_tokens: int | None = None


class MutationReport(BaseModel):
    """Single-point mutants of the reference: made, killed by the tests, indistinguishable from the reference on
    the stress cases (by brute-force agreement), and tests added because a distinguishable mutant survived."""

    model_config = ConfigDict(extra="forbid")
    made: int
    killed: int
    equivalent_on_stress: int
    tests_added: int
    # Cross-check inputs of other seeds the mutants also ran on (asked for only when a mutant matched the reference
    # on every stress case of the draft's own).
    more_stress_cases: int = 0


class Verification(BaseModel):
    """What the gate checked, with counts: the evidence a publisher can audit."""

    model_config = ConfigDict(extra="forbid")
    passed: bool
    validator_checked_tests: int
    validator_rejected_near_invalid: int
    reference_runs: int
    brute_agreements_small: int
    brute_agreements_stress: int
    wrong_solutions_rejected: list[str]
    # The measured CPU time is reported through stage messages, not stored: it varies run to run and the
    # artifact must be byte-identical for a seed. The limit is a coarse step above it (see gate._calibrate).
    time_limit_ms: int
    signature: str
    categories: dict[str, int]
    mutation: MutationReport | None = None


class Problem(BaseModel):
    model_config = ConfigDict(extra="forbid")
    schema_version: str = SCHEMA_VERSION
    id: str  # deterministic: derived from job id and index, or from the seed for the CLI
    title: str
    difficulty: Difficulty
    language: Language
    tags: list[str]
    statement: Statement
    constraints: list[Constraint]
    limits: Limits
    samples: list[Sample]
    tests: list[TestCase]
    checker: Checker
    reference_solution: Solution
    provenance: Provenance
    verification: Verification
    programs: Programs | None = None
    invalid_inputs: list[InvalidInput] = Field(default_factory=list)

    def public_view(self) -> dict[str, Any]:
        """What status/listing responses may show: no hidden tests, no programs, and nothing that gives the idea
        away (the names of the rejected wrong solutions are a spoiler: only their number is shown)."""
        view = self.model_dump(mode="json", exclude={"tests", "reference_solution", "programs", "invalid_inputs"})
        verification = view["verification"]
        verification["wrong_solutions_rejected"] = len(verification["wrong_solutions_rejected"])
        view["provenance"] = {k: v for k, v in view["provenance"].items() if k not in ("variant", "task_id")}
        return view

    def full_view(self) -> dict[str, Any]:
        return self.model_dump(mode="json")
