"""Generate verified problems offline, without AWS:

    python -m generator --prompt "a DFS problem on grids" --difficulty easy --count 3 [--seed S]
                        [--language ko|en] [--out DIR] [--provider offline|bedrock|gemini] [--format json|kattis]
    python -m generator --list-topics

Writes each problem as JSON (full artifact) and Markdown (public view) into DIR, with progress on stderr;
`--format kattis` also writes one Kattis problem package directory per problem (DIR/<name>/problem.yaml, ...).
`--provider bedrock|gemini` runs the LLM chain behind the same gate with your own credentials and the LLM
environment variables (ENABLED_PROVIDERS is implied; BEDROCK_MODEL_ID, GEMINI_API_KEY_PARAMETER, ... as in AWS).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from generator.problems.catalog import topic_by_name as family_by_name
from generator.problems.pipeline import (
    GenerationFailedError,
    UnsupportedPromptError,
    derive_seed,
    generate_problem,
    match_family,
)
from generator.problems.render import to_markdown
from generator.problems.schema import DIFFICULTY_ALIASES, Problem


def _fill_from_prompt(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    """Like POST /jobs: the difficulty and count the prompt states fill the options not given."""
    from generator.problems.prompt_terms import read_prompt

    reading = read_prompt(args.prompt)
    if args.difficulty is None:
        if reading.beyond:
            parser.error(f"no problems at '{reading.beyond}': the hardest difficulty is 'hard'")
        if reading.mixed:
            parser.error(f"the prompt asks for several difficulties ({', '.join(reading.mixed)}): give --difficulty")
        if reading.difficulty is not None:
            args.difficulty = reading.difficulty.value
        elif args.provider == "offline":  # as POST /jobs: the routed topic's closest to easy ("LCA 문제", "하노이 탑")
            from generator.problems.matching import unstated_difficulty

            args.difficulty = unstated_difficulty(args.prompt).value
        else:
            args.difficulty = "easy"
    if args.count is None:
        if reading.count == 0:
            parser.error(f"the prompt asks for no problems ('{reading.count_words}')")
        args.count = reading.count or 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--prompt")
    parser.add_argument("--list-topics", action="store_true", help="print the catalog's topics and exit")
    parser.add_argument("--save-packages", type=Path, metavar="DIR",
                        help="also write each verified problem as a catalog package under DIR/llm/<slug>/ "
                             "(for review before it joins the offline catalog)")
    parser.add_argument("--format", choices=["json", "kattis"], default="json",
                        help="kattis: also write a Kattis problem package directory per problem")
    parser.add_argument("--difficulty", help="tutorial|easy|medium|hard or 튜토리얼|쉬움|보통|어려움 (default: what the "
                                              "prompt says, '골드 4', 'hard', else easy)")
    parser.add_argument("--count", type=int, help="default: what the prompt says ('다섯 개', '3 problems'), else 1")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--language", choices=["ko", "en"], default="en")
    parser.add_argument("--family", help="skip prompt matching and use this family")
    parser.add_argument("--out", type=Path, default=Path("out"))
    parser.add_argument("--provider", choices=["offline", "bedrock", "gemini"], default="offline")
    args = parser.parse_args(argv)
    if args.list_topics:
        return _list_topics()
    if not args.prompt:
        parser.error("--prompt is required (or --list-topics)")
    _fill_from_prompt(args, parser)
    if args.provider != "offline":
        return _llm(args)

    difficulty = DIFFICULTY_ALIASES.get(args.difficulty)
    if difficulty is None:
        parser.error(f"--difficulty must be one of {', '.join(DIFFICULTY_ALIASES)}")
    if not 1 <= args.count <= 1000:
        parser.error("--count must be between 1 and 1000")
    try:
        match = None if args.family else match_family(args.prompt, difficulty, args.language)
        family = family_by_name(args.family) if args.family else match.family
    except (UnsupportedPromptError, KeyError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if match is not None:
        print(f"prompt → {match.reason}", file=sys.stderr)

    def make(index: int, avoid: set[str]) -> Problem:
        try:
            return generate_problem(
                family, difficulty=difficulty, language=args.language, seed=derive_seed(args.seed, index),
                problem_id=f"seed{args.seed}-{index:05d}", avoid=avoid, on_stage=_stage, theme_slot=args.seed + index,
            )
        except GenerationFailedError as exc:
            raise _Failed(exc.message) from None

    return _write_all(args, make, lambda problem, _index: problem.id)


class _Failed(Exception):
    pass


def _stage(message: str) -> None:
    print(f"  {message}", file=sys.stderr)


def _write_all(args: argparse.Namespace, make: Callable[[int, set[str]], Problem],
               name: Callable[[Problem, int], str]) -> int:
    """Make problems 0..count-1 (never repeating a signature), write each as JSON + Markdown, report on stderr."""
    args.out.mkdir(parents=True, exist_ok=True)
    failures, signatures = 0, set()
    for index in range(args.count):
        started = time.perf_counter()
        try:
            problem = make(index, signatures)
        except _Failed as exc:
            failures += 1
            print(f"[{index + 1}/{args.count}] failed: {exc}", file=sys.stderr)
            continue
        signatures.add(problem.verification.signature)
        stem = args.out / name(problem, index)
        stem.with_suffix(".json").write_text(problem.model_dump_json(indent=2), encoding="utf-8")
        stem.with_suffix(".md").write_text(to_markdown(problem.public_view()), encoding="utf-8")
        if args.format == "kattis":
            from generator.problems.kattis import short_name, write_package

            write_package(problem, args.out / short_name(problem))
        if args.save_packages and problem.provenance.generator != "offline":
            from generator.problems.package_writer import save_package

            print(f"  package → {save_package(problem, args.save_packages)}", file=sys.stderr)
        tokens = (f", {problem.provenance.input_tokens} input / {problem.provenance.output_tokens} output tokens"
                  if problem.provenance.input_tokens is not None else "")
        print(f"[{index + 1}/{args.count}] {problem.title} ({problem.provenance.variant}) verified in "
              f"{time.perf_counter() - started:.1f}s{tokens} → {stem}.json", file=sys.stderr)
    print(json.dumps({"written": args.count - failures, "failed": failures, "out": str(args.out)}))
    return 0 if failures == 0 else 1


def _list_topics() -> int:
    from generator.problems.catalog import areas, topics

    for topic in (*topics(), *areas()):
        counts = ", ".join(f"{d.value} {len(topic.tasks(d))}" for d in topic.difficulties())
        members = f"  = {' + '.join(topic.members)}" if topic.members else ""
        print(f"{topic.name:<16} {topic.spec.title['en']} / {topic.spec.title['ko']}  [{counts}]{members}")
    return 0


def _llm(args: argparse.Namespace) -> int:
    """The LLM maker exactly as the worker runs it, on a job that lives only in memory."""
    import os
    from datetime import timedelta

    from generator.jobs.model import JobRequest, JobState, Progress, utcnow
    from generator.jobs.service import InvalidRequestError, ProblemFailedError
    from generator.providers.config import load_llm_config
    from generator.providers.llm_maker import LlmProblemMaker

    env = dict(os.environ)
    env["ENABLED_PROVIDERS"] = ",".join(dict.fromkeys([*env.get("ENABLED_PROVIDERS", "offline").split(","),
                                                        args.provider]))
    maker = LlmProblemMaker(args.provider, config=lambda: load_llm_config(env), metrics=None)
    try:
        request = JobRequest(prompt=args.prompt, difficulty=args.difficulty, count=args.count,
                             language=args.language, seed=args.seed, provider=args.provider)
        family, reason = maker.prepare(request)
    except (InvalidRequestError, ValueError) as exc:
        print(f"error: {getattr(exc, 'message', exc)}", file=sys.stderr)
        return 2
    print(f"{family}: {reason}", file=sys.stderr)
    now = utcnow()
    state = JobState(job_id="0" * 32, owner="cli", request=request, seed=args.seed, family=family,
                     progress=Progress(total=args.count), created_at=now, updated_at=now,
                     expires_at=now + timedelta(days=1))

    def make(index: int, avoid: set[str]) -> Problem:
        try:
            return maker.make(state, index, frozenset(avoid), _stage)
        except ProblemFailedError as exc:
            raise _Failed(f"{exc.code}: {exc.message}") from None

    return _write_all(args, make, lambda _problem, index: f"{args.provider}-seed{args.seed}-{index:05d}")


if __name__ == "__main__":
    raise SystemExit(main())
