"""One format for every generator: a problem the LLM chain verified is written out as a catalog package
(`--save-packages`), loads back through the same loader, and passes the same gate and the Kattis export check."""
from __future__ import annotations

import random

from generator.problems.gate import GateContext, verify
from generator.problems.package_writer import save_package
from generator.problems.packages import Package, build_draft
from tests.unit.test_llm_fakes import gemini_json, job_state
from tests.unit.test_llm_gemini import DESIGN, STATEMENT_KO, make_maker


def test_a_verified_llm_problem_saves_as_a_package_that_verifies_again(tmp_path) -> None:
    maker, _, _ = make_maker([gemini_json(DESIGN), gemini_json(STATEMENT_KO)])
    problem = maker.make(job_state("gemini", language="ko"), 0, frozenset(), lambda _m: None)
    assert problem.programs is not None and problem.programs.generators
    assert all(t.generator for t in problem.tests if t.category != "sample")

    directory = save_package(problem, tmp_path)
    package = Package.load(directory)
    assert package.spec.topic == "llm" and package.spec.difficulty == problem.difficulty
    assert (directory / "statement.ko.md").exists() and (directory / "solutions" / "accepted.py").exists()

    built = build_draft(package, random.Random(3), package.spec.difficulty, "ko")
    again = verify(built.draft, GateContext(problem_id="again", difficulty=problem.difficulty, language="ko", seed=3))
    assert again.title == problem.title
    assert again.constraints == problem.constraints  # meanings included, literal braces too
    assert [s.input for s in again.samples] == [s.input for s in problem.samples]
    assert {k.name for k in again.programs.known_solutions} == {
        (k.name if k.name.startswith(("wa_", "tl_")) else ("wa_" if k.kind == "wrong" else "tl_") + k.name)
        for k in problem.programs.known_solutions}


def test_an_llm_drafts_second_batch_comes_from_its_own_generators_on_new_seeds_and_each_command_reproduces_it() -> None:
    from generator.problems.sandbox import SandboxLimits, run_many
    from generator.providers.chain import build_draft as build_llm_draft
    from generator.providers.spec import DesignSpec
    from tests.unit.test_llm_gemini import DESIGN as DESIGN_DATA

    spec = DesignSpec.model_validate(DESIGN_DATA)
    draft = build_llm_draft(spec, seed=5, provider="gemini").draft
    assert draft.more_stress is not None
    texts, commands = draft.more_stress(1)
    assert len(texts) >= len(draft.stress) and len(commands) == len(texts)
    assert len(set(texts) - set(draft.stress)) > len(texts) // 2, "new seeds, mostly new inputs"
    known = set(draft.test_commands or []) | set(draft.stress_commands or [])
    assert not known & set(commands)
    by_file = {f"gen_{n + 1}_{g.category}.py": g for n, g in enumerate(spec.generators)}
    for text, command in list(zip(texts, commands))[::17]:
        _, file_name, seed = command.split()
        alone = run_many(by_file[file_name].source, [f"{seed}\n"], SandboxLimits())[0]
        assert alone.stdout.rstrip("\n") == text.rstrip("\n"), command
