"""The structured outputs the model is asked for, as pydantic models; their JSON schemas (refs inlined, no
titles) are the Bedrock tool's `inputSchema` and Gemini's `response_json_schema`. The field descriptions
are the per-field instructions, and field order is the order the model writes them in (design first)."""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

GeneratorCategory = Literal["small", "edge", "random", "anti", "max"]


class ConstraintSpec(BaseModel):
    model_config = ConfigDict(extra="ignore")
    symbol: str = Field(description="Symbol as written in the statement, e.g. N, K, A_i, |S|")
    low: float = Field(description="Smallest allowed value (inclusive)")
    high: float = Field(description="Largest allowed value (inclusive)")
    meaning: str = Field(description="Short English meaning, e.g. 'number of cities'")


class GeneratorSpec(BaseModel):
    model_config = ConfigDict(extra="ignore")
    category: GeneratorCategory = Field(description=(
        "small: tiny random inputs the brute force handles (REQUIRED; also used for 100+ stress cases); "
        "edge: boundary cases; random: medium random inputs; anti: inputs that defeat the wrong solutions and "
        "common heuristics; max: inputs at the upper bounds (REQUIRED; they calibrate the time limit)"))
    purpose: str = Field(description="What the inputs of this generator look like and why")
    count: int = Field(description="How many tests to make with it (consecutive seeds); small 10, edge up to 6, "
                                   "random up to 5, anti up to 4, max 2")
    brute_ok: bool = Field(description="True if every input it prints is small enough for the brute force "
                                       "(always true for category small)")
    source: str = Field(description=(
        "Python 3 program (standard library only): reads ONE integer seed from stdin, seeds random.Random(seed), "
        "prints exactly one complete test input that satisfies every constraint, ending with a newline. Seeds are "
        "consecutive integers, so `seed % number_of_cases` walks through distinct cases"))


class WrongSpec(BaseModel):
    model_config = ConfigDict(extra="ignore")
    name: str = Field(description="snake_case name of the mistake, e.g. forgets_negative_numbers")
    kind: Literal["wrong", "slow"] = Field(description="wrong: gives a wrong answer on some test; slow: right "
                                                       "answers but too slow for the max tests")
    why: str = Field(description="Which tests expose it")
    source: str = Field(description="Python 3 program, stdin to stdout")


class DesignSpec(BaseModel):
    """The whole problem design: statement parts in English, constraints, programs and test generators."""

    model_config = ConfigDict(extra="ignore")
    understanding: str = Field(description="The request restated: topic, algorithm, difficulty, what makes "
                                           "this problem different from the others of the request")
    slug: str = Field(description="snake_case identifier of the problem idea, e.g. sum_of_k_largest")
    title: str = Field(description="Working title in English")
    tags: list[str] = Field(description="2-5 lowercase algorithm tags")
    legend: str = Field(description="English statement: story and task, precise and unambiguous")
    input_format: str = Field(description="English: exact input format, line by line")
    output_format: str = Field(description="English: exact output format")
    notes: str = Field(default="", description="English notes (optional)")
    constraints: list[ConstraintSpec] = Field(description="Every bound of the input, machine-readable")
    unique_answer: bool = Field(default=True, description=(
        "True if every input has exactly ONE correct output (then a token comparison judges it). False if several "
        "outputs can be correct (any shortest path, any valid order, any subset meeting a target, real numbers "
        "within a tolerance): then checker must be 'program' and checker_source must judge any valid answer"))
    checker: Literal["tokens", "exact", "program"] = Field(description="tokens: compare whitespace-separated "
                                                                       "tokens (usual); exact: compare lines; "
                                                                       "program: checker_source decides")
    checker_source: str = Field(default="", description=(
        "Only when checker is 'program': Python 3 checker (Kattis output validator): "
        "`python checker.py input_file answer_file feedback_dir < contestant_output`; read the input and the "
        "jury's answer from the files named in sys.argv[1] and sys.argv[2], the contestant's output from stdin; "
        "exit 42 if the contestant's output is a correct answer, 43 otherwise, with a one-line reason on stderr"))
    reference: str = Field(description="Efficient Python 3 reference solution (stdin to stdout); must run every "
                                       "max test in well under 1 second of CPython CPU time")
    brute: str = Field(description="Obviously correct brute force in Python 3 (exhaustive search or direct "
                                   "simulation), only ever run on small inputs; written independently of the "
                                   "reference, not by calling the same idea")
    validator: str = Field(description=(
        "Python 3 input validator: reads all of stdin and exits with a non-zero status (assert / sys.exit(1)) "
        "unless the input has exactly the specified format (token counts per line, single spaces, final "
        "newline) and meets EVERY constraint above with exactly those numbers, each written as stated (N <= 200000 as "
        "`n <= 200000` or `2 * 10**5`)"))
    generators: list[GeneratorSpec] = Field(description="Test generator programs; at least one small and one "
                                                        "max generator")
    sample_inputs: list[str] = Field(description="1-3 small illustrative inputs (each ending with a newline); "
                                                 "never write outputs, they are computed by running the "
                                                 "reference")
    near_invalid: list[str] = Field(description="3-6 short inputs that each break exactly one constraint or "
                                                "format rule by a small margin; the validator must reject each")
    wrong_solutions: list[WrongSpec] = Field(description="1-3 plausible wrong or too-slow solutions (common "
                                                         "mistakes); each must fail some generated test")

    @field_validator("reference", "brute", "validator")
    @classmethod
    def _program(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("program must not be empty")
        return value

    @model_validator(mode="after")
    def _checker_when_answers_are_many(self) -> "DesignSpec":
        if not self.unique_answer and (self.checker != "program" or not self.checker_source.strip()):
            raise ValueError("unique_answer is false: several outputs can be correct, so checker must be "
                             "'program' with a checker_source that accepts every correct answer")
        if self.checker == "program" and not self.checker_source.strip():
            raise ValueError("checker 'program' needs checker_source")
        return self

    @field_validator("generators")
    @classmethod
    def _needed_generators(cls, value: list[GeneratorSpec]) -> list[GeneratorSpec]:
        have = {g.category for g in value}
        missing = [c for c in ("small", "max") if c not in have]
        if missing:
            raise ValueError(f"missing generator categories {missing}")
        return value

    @field_validator("sample_inputs")
    @classmethod
    def _samples(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("at least one sample input is needed")
        return value


class ConstraintMeaning(BaseModel):
    model_config = ConfigDict(extra="ignore")
    symbol: str
    meaning: str = Field(description="The meaning in the statement's language")


class StatementSpec(BaseModel):
    """The final statement in the requested language, written after the tests were executed."""

    model_config = ConfigDict(extra="ignore")
    title: str = Field(description="Short, catchy title in the statement's language")
    legend: str = Field(description="Statement (story and task) in the statement's language")
    input_format: str = Field(description="Input format in the statement's language")
    output_format: str = Field(description="Output format in the statement's language")
    notes: str = Field(default="", description="Notes in the statement's language (optional)")
    constraint_meanings: list[ConstraintMeaning] = Field(description="One entry per constraint symbol")


def json_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The model's JSON schema with $refs inlined and titles dropped: the common subset that Bedrock tool
    input schemas and Gemini response schemas both accept."""
    schema = model.model_json_schema()
    defs = schema.pop("$defs", {})

    def clean(node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                return clean(defs[node["$ref"].rsplit("/", 1)[-1]])
            return {k: clean(v) for k, v in node.items() if not (k == "title" and isinstance(v, str))}
        if isinstance(node, list):
            return [clean(v) for v in node]
        return node

    return clean(schema)
