"""`python -m generator`: offline problems written as JSON + Markdown; an LLM provider without its configuration
is refused before anything is written."""
from __future__ import annotations

import json

from generator.__main__ import main
from generator.problems.schema import Problem


def test_offline_problem_is_written_verified(tmp_path, capsys):
    assert main(["--prompt", "prefix sums", "--difficulty", "tutorial", "--seed", "7", "--out", str(tmp_path)]) == 0
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == ["seed7-00000.json", "seed7-00000.md"]
    problem = Problem.model_validate_json((tmp_path / "seed7-00000.json").read_text())
    assert problem.verification.passed and problem.provenance.family == "prefix_sums"
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1]) == {"written": 1, "failed": 0,
                                                                            "out": str(tmp_path)}


def test_llm_provider_without_a_model_is_refused_and_writes_nothing(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("BEDROCK_MODEL_ID", raising=False)
    out = tmp_path / "out"
    assert main(["--prompt", "a sorting problem", "--provider", "bedrock", "--out", str(out)]) == 2
    assert "BEDROCK_MODEL_ID" in capsys.readouterr().err
    assert not out.exists()


def test_a_prompt_without_a_level_gets_the_routed_topics_closest_difficulty_as_post_jobs_does() -> None:
    import argparse

    from generator.__main__ import _fill_from_prompt

    for prompt, expected in (("하노이 탑 문제", "tutorial"), ("단절점과 단절선 문제", "hard"), ("재귀 문제", "easy"),
                             ("하노이 탑 어려운 문제", "hard")):
        args = argparse.Namespace(prompt=prompt, difficulty=None, count=None, provider="offline")
        _fill_from_prompt(args, argparse.ArgumentParser())
        assert args.difficulty == expected, prompt
