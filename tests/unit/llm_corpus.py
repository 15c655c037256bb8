"""The replay corpus (tests/fixtures/llm/corpus/): recorded-style model outputs, each with the request, the
model's turns and the outcome the chain must reach. This module loads them, replays one through a transport
and checks the outcome; the test_llm_corpus*.py files hold one parametrized test over a share of the fixtures
each (so pytest-xdist's loadfile spreads them).

Transports, named by each fixture: `bedrock` (a real bedrock-runtime client answered by botocore's Stubber, which
checks every request against the service model), `gemini` (the provider over a fake client answering with
google-genai's own `GenerateContentResponse` objects) and `scripted` (a plain ModelProvider).

A scripted model answers the chain's repair request with its next recorded design turn; with
`model_repeats_last_design` it never repairs (the last design comes back every time).
"""
from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from generator.jobs.model import JobRequest, JobState, Progress, utcnow
from generator.jobs.service import ProblemFailedError
from generator.problems.schema import Problem
from generator.providers.base import ModelRequest, ModelResponse
from generator.providers.config import load_llm_config
from generator.providers.design_checks import requested_topic
from generator.providers.llm_maker import LlmProblemMaker
from tests.unit.test_llm_fakes import (
    GEMINI_MODEL, MODEL_ID, FakeGeminiClient, bedrock_client, converse_tool_use, fixture, gemini_json, no_sleep_backoff,
)

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "llm" / "corpus"
README = Path(__file__).resolve().parents[2] / "README.md"
PARTS = 3
OUTCOMES = ("emitted", "rejected", "refused")
TABLE_START, TABLE_END = "<!-- llm-corpus:start -->", "<!-- llm-corpus:end -->"


def load(name: str) -> dict[str, Any]:
    return json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))


def names() -> list[str]:
    return sorted(p.stem for p in CORPUS.glob("*.json"))


def share(part: int) -> list[str]:
    """The fixtures one test file replays: every PARTS-th, so each file gets a mix of cheap and costly ones."""
    return names()[part::PARTS]


def design_calls(fx: dict[str, Any]) -> int:
    expected = fx["expected"]
    return len(expected["codes"]) + (1 if expected["outcome"] == "emitted" else 0)


def script(fx: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every model answer in call order: (tool name, answer)."""
    designs = [t["answer"] for t in fx["turns"] if t["kind"] == "design"]
    statements = [t["answer"] for t in fx["turns"] if t["kind"] == "statement"]
    wanted = design_calls(fx)
    if not fx["model_repeats_last_design"]:
        assert len(designs) == wanted, f"{fx['fixture']}: {len(designs)} design turns for {wanted} design calls"
    answers = [("submit_problem", designs[min(i, len(designs) - 1)]) for i in range(wanted)]
    if fx["expected"]["outcome"] == "emitted":
        answers.append(("submit_statement", statements[0]))
    return answers


def job(fx: dict[str, Any], provider: str) -> JobState:
    request = fx["request"]
    now = utcnow()
    return JobState(job_id="c0ffee" + "0" * 26, owner="alice",
                    request=JobRequest(prompt=request["prompt"], difficulty=request["difficulty"],
                                       language=request["language"], count=1, provider=provider, seed=11),
                    seed=11, family=f"llm:{provider}", progress=Progress(total=1), created_at=now, updated_at=now,
                    expires_at=now + timedelta(days=1))


class ScriptedProvider:
    """A ModelProvider answering each call with the next scripted answer (no SDK in between)."""

    name = "scripted"

    def __init__(self, answers: list[tuple[str, dict[str, Any]]]) -> None:
        self.answers = list(answers)
        self.requests: list[ModelRequest] = []

    @property
    def model_id(self) -> str:
        return "scripted-model"

    def generate(self, request: ModelRequest, on_event: Callable[[str], None] = lambda _m: None) -> ModelResponse:
        self.requests.append(request)
        assert self.answers, "the chain asked the scripted model more often than the fixture expects"
        tool, answer = self.answers.pop(0)
        assert request.tool_name == tool, f"the chain asked for {request.tool_name}, the script answers {tool}"
        return ModelResponse(data=copy.deepcopy(answer), text=json.dumps(answer, ensure_ascii=False),
                             input_tokens=2000, output_tokens=3000, model_id=self.model_id)


def gemini_sdk_response(answer: dict[str, Any]) -> Any:
    """google-genai's own GenerateContentResponse (the SDK is in requirements-dev via requirements-llm)."""
    try:
        from google.genai import types
    except ImportError:  # pragma: no cover - only without the optional extra
        return gemini_json(answer)
    rest = fixture("gemini_generate_content.json")
    rest["candidates"][0]["content"]["parts"][0]["text"] = json.dumps(answer, ensure_ascii=False)
    return types.GenerateContentResponse.model_validate(rest)


@dataclass
class Replay:
    problem: Problem | None
    error: ProblemFailedError | None
    stages: list[str]
    first_user_message: str
    calls: int
    leftover: int = 0  # scripted answers the chain never asked for
    tools: list[str] = field(default_factory=list)

    @property
    def attempt_codes(self) -> list[str]:
        return re.findall(r"^attempt \d+ rejected: (\w+):", "\n".join(self.stages), re.MULTILINE)


def replay(fx: dict[str, Any]) -> Replay:
    answers = script(fx)
    transport = fx["transport"]
    repairs = str(fx["max_repairs"])
    stages: list[str] = []
    problem = error = None
    if transport == "bedrock":
        from botocore.stub import Stubber

        from generator.providers.bedrock import BedrockProvider

        client = bedrock_client()
        stubber = Stubber(client)
        sent: list[dict[str, Any]] = []
        client.meta.events.register("provide-client-params.bedrock-runtime.Converse",
                                    lambda params, **_: sent.append(json.loads(json.dumps(params))))
        for tool, answer in answers:
            stubber.add_response("converse", converse_tool_use(answer, tool=tool))
        env = {"ENABLED_PROVIDERS": "offline,bedrock", "BEDROCK_MODEL_ID": MODEL_ID, "LLM_MAX_REPAIRS": repairs}
        maker = LlmProblemMaker("bedrock", provider=BedrockProvider(MODEL_ID, client=client,
                                                                    backoff=no_sleep_backoff()),
                                config=lambda: load_llm_config(env), metrics=None)
        with stubber:
            problem, error = _make(maker, fx, "bedrock", stages)
            leftover = len(stubber._queue)  # noqa: SLF001 - what the Stubber still holds
        first = sent[0]["messages"][0]["content"][0]["text"]
        tools = [s["toolConfig"]["tools"][0]["toolSpec"]["name"] for s in sent]
    elif transport == "gemini":
        from generator.providers.gemini import GeminiProvider

        client = FakeGeminiClient([gemini_sdk_response(answer) for _, answer in answers])
        env = {"ENABLED_PROVIDERS": "offline,gemini", "GEMINI_API_KEY_PARAMETER": "/corpus/key",
               "GEMINI_MODEL": GEMINI_MODEL, "LLM_MAX_REPAIRS": repairs}
        provider = GeminiProvider(GEMINI_MODEL, api_key_parameter="/corpus/key", client_factory=lambda _k: client,
                                  key_loader=lambda *_a, **_k: "AIza-corpus-test-key", backoff=no_sleep_backoff())
        maker = LlmProblemMaker("gemini", provider=provider, config=lambda: load_llm_config(env), metrics=None)
        problem, error = _make(maker, fx, "gemini", stages)
        calls = client.models.calls
        first = calls[0]["contents"][0]["parts"][0]["text"]
        leftover = len(client.models.script)
        tools = ["submit_statement" if "submit_statement" in c["config"]["system_instruction"] else "submit_problem"
                 for c in calls]
    else:
        provider = ScriptedProvider(answers)
        env = {"ENABLED_PROVIDERS": "offline,bedrock", "BEDROCK_MODEL_ID": "scripted-model", "LLM_MAX_REPAIRS": repairs}
        maker = LlmProblemMaker("bedrock", provider=provider, config=lambda: load_llm_config(env), metrics=None)
        problem, error = _make(maker, fx, "bedrock", stages)
        first = provider.requests[0].messages[0].text
        leftover = len(provider.answers)
        tools = [r.tool_name for r in provider.requests]
    return Replay(problem, error, stages, first, len(tools), leftover, tools)


def _make(maker: LlmProblemMaker, fx: dict[str, Any], provider: str,
          stages: list[str]) -> tuple[Problem | None, ProblemFailedError | None]:
    try:
        return maker.make(job(fx, provider), 0, frozenset(), stages.append), None
    except ProblemFailedError as exc:
        return None, exc


def check_outcome(fx: dict[str, Any], result: Replay, export_dir: Path) -> None:
    """The fixture's expected outcome, and never an unverified or wrong-topic problem."""
    expected = fx["expected"]
    name = fx["fixture"]
    topic = requested_topic(fx["request"]["prompt"])
    assert topic is not None and topic.name == fx["topic"], (
        f"{name}: the request routes to {getattr(topic, 'name', None)}, the fixture is about {fx['topic']}")
    assert result.attempt_codes == expected["codes"], (name, result.attempt_codes, result.stages[-8:])
    assert result.leftover == 0, f"{name}: the chain stopped before using every scripted answer"
    # The request reaches the model as quoted data, never as instructions.
    quoted = f"<request>\n{fx['request']['prompt'].strip()}\n</request>"
    assert quoted in result.first_user_message and "It is DATA" in result.first_user_message
    if expected["outcome"] == "emitted":
        assert result.error is None, f"{name}: {result.error and result.error.code}: {result.error and result.error.message}"
        problem = result.problem
        assert problem is not None and problem.verification.passed
        assert problem.language == fx["request"]["language"]
        assert problem.difficulty.value == fx["request"]["difficulty"]
        assert result.tools[-1] == "submit_statement" and result.tools.count("submit_statement") == 1
        if expected.get("checker") == "program":
            assert problem.programs is not None and problem.programs.checker
        _kattis_check(problem, export_dir)
    else:
        assert result.problem is None and result.error is not None, f"{name}: expected {expected['outcome']}"
        assert result.error.code == expected["error"], (name, result.error.code, result.error.message)
        assert "submit_statement" not in result.tools  # nothing unverified gets as far as a statement


def _kattis_check(problem: Problem, export_dir: Path) -> None:
    from generator.problems.kattis import write_package
    from tests.support.kattis import verifyproblem

    verified = verifyproblem(write_package(problem, export_dir / "package"))
    assert verified.errors == 0, verified.output[-3000:]


# ------------------------------------------------------------------ the README table
def table() -> str:
    rows = ["| fixture | request | failure mode | outcome | gate / chain code(s) | transport |",
            "|---|---|---|---|---|---|"]
    for name in names():
        fx = load(name)
        expected = fx["expected"]
        request = fx["request"]
        codes = ", ".join(dict.fromkeys(expected["codes"])) or "—"
        outcome = expected["outcome"] + (f" (`{expected['error']}`)" if expected.get("error") else "")
        if expected["outcome"] == "emitted" and expected["codes"]:
            outcome = "repaired → emitted"
        rows.append(f"| `{name}` | {request['language']}, {request['difficulty']}, topic `{fx['topic']}` | "
                    f"{fx['failure_mode']} | {outcome} | {codes} | {fx['transport']} |")
    return "\n".join(rows)


def readme_section() -> str:
    text = README.read_text(encoding="utf-8")
    start, end = text.index(TABLE_START) + len(TABLE_START), text.index(TABLE_END)
    return text[start:end].strip()


if __name__ == "__main__":  # `python -m tests.unit.llm_corpus`: rewrite the README table from the fixtures
    text = README.read_text(encoding="utf-8")
    start, end = text.index(TABLE_START) + len(TABLE_START), text.index(TABLE_END)
    README.write_text(text[:start] + "\n" + table() + "\n" + text[end:], encoding="utf-8")
    print(f"README corpus table: {len(names())} fixtures")
