"""Generate verified problems offline, without AWS:

    python -m generator --prompt "a DFS problem on grids" --difficulty easy --count 3 [--seed S]
                        [--language ko|en] [--out DIR]

Writes each problem as JSON (full artifact) and Markdown (public view) into DIR, with progress on stderr.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from generator.problems.families import family_by_name
from generator.problems.pipeline import (
    GenerationFailedError,
    UnsupportedPromptError,
    derive_seed,
    generate_problem,
    match_family,
)
from generator.problems.render import to_markdown
from generator.problems.schema import DIFFICULTY_ALIASES


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--prompt", required=True)
    parser.add_argument("--difficulty", default="easy", help="tutorial|easy|medium|hard or 튜토리얼|쉬움|보통|어려움")
    parser.add_argument("--count", type=int, default=1)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--language", choices=["ko", "en"], default="en")
    parser.add_argument("--family", help="skip prompt matching and use this family")
    parser.add_argument("--out", type=Path, default=Path("out"))
    args = parser.parse_args(argv)

    difficulty = DIFFICULTY_ALIASES.get(args.difficulty)
    if difficulty is None:
        parser.error(f"--difficulty must be one of {', '.join(DIFFICULTY_ALIASES)}")
    if not 1 <= args.count <= 1000:
        parser.error("--count must be between 1 and 1000")
    try:
        family = family_by_name(args.family) if args.family else match_family(args.prompt).family
    except (UnsupportedPromptError, KeyError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not args.family:
        print(f"prompt → {match_family(args.prompt).reason}", file=sys.stderr)
    args.out.mkdir(parents=True, exist_ok=True)
    failures, signatures = 0, set()
    for index in range(args.count):
        started = time.perf_counter()
        try:
            problem = generate_problem(
                family, difficulty=difficulty, language=args.language, seed=derive_seed(args.seed, index),
                problem_id=f"seed{args.seed}-{index:05d}", avoid=signatures,
                on_stage=lambda msg: print(f"  {msg}", file=sys.stderr),
            )
        except GenerationFailedError as exc:
            failures += 1
            print(f"[{index + 1}/{args.count}] failed: {exc.message}", file=sys.stderr)
            continue
        signatures.add(problem.verification.signature)
        stem = args.out / f"{problem.id}"
        stem.with_suffix(".json").write_text(problem.model_dump_json(indent=2), encoding="utf-8")
        stem.with_suffix(".md").write_text(to_markdown(problem.public_view()), encoding="utf-8")
        print(f"[{index + 1}/{args.count}] {problem.title} ({problem.provenance.variant}) verified in "
              f"{time.perf_counter() - started:.1f}s → {stem}.json", file=sys.stderr)
    print(json.dumps({"written": args.count - failures, "failed": failures, "out": str(args.out)}))
    return 0 if failures == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
