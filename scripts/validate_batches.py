"""Validate batches.toml and its schedules in serverless.yml before packaging (`make package` runs it first).

    .venv/bin/python scripts/validate_batches.py [--spec batches.toml] [--serverless serverless.yml]

Checks, reporting every problem with the batch and the field it concerns (exit 1 when any):
- the specification: structure, types, item fields, and what submit would refuse (count above MAX_COUNT, a
  prompt no family matches, a provider not enabled) — generator.scheduled.check;
- the schedules (functions.scheduled.events[*].schedule): each names a batch of the specification, has a valid
  rate(...)/cron(...) expression, and passes the event's time (input transformer `time: $.time`), without which a
  duplicate delivery could not be recognised; a rule `name` ending in `-batch-<name>` names the same batch (the
  handler reads the batch from it when an event carries no `batch`); every batch not marked `manual = true` has
  a schedule.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parents[1]
if str(PROJECT) not in sys.path:
    sys.path.insert(0, str(PROJECT))

import yaml  # noqa: E402  (PyYAML: a dev dependency, via cfn-lint)

from generator.batches import NAME_RE, BatchSpec, BatchSpecError  # noqa: E402
from generator.scheduled import check, report  # noqa: E402

RULE_NAME_RE = re.compile(r"-batch-(?P<name>[a-z][a-z0-9_-]*)$")
RATE_RE = re.compile(r"^rate\((?P<n>[1-9][0-9]*) (?P<unit>minute|minutes|hour|hours|day|days)\)$")
CRON_FIELD_RE = re.compile(r"^[0-9A-Za-z*?,/\-#L W]+$")
TEMPLATE_BATCH_RE = re.compile(r'"batch"\s*:\s*"(?P<name>[^"]*)"')


def _yaml_loader() -> Any:
    class Loader(yaml.SafeLoader):
        """serverless.yml uses CloudFormation short forms (!Ref, !GetAtt, ...): keep them as plain values."""

    def any_tag(loader: Any, suffix: str, node: Any) -> Any:
        if isinstance(node, yaml.ScalarNode):
            return loader.construct_scalar(node)
        if isinstance(node, yaml.SequenceNode):
            return loader.construct_sequence(node)
        return loader.construct_mapping(node)

    Loader.add_multi_constructor("!", any_tag)
    return Loader


def check_expression(expression: Any) -> str | None:
    if not isinstance(expression, str):
        return "must be a rate(...) or cron(...) expression"
    if expression.startswith("${"):
        return None  # resolved by the framework per stage
    rate = RATE_RE.fullmatch(expression)
    if rate:
        singular = rate["n"] == "1"
        if singular != (not rate["unit"].endswith("s")):
            return f"'{expression}': use the singular unit for 1 and the plural otherwise (EventBridge rule)"
        return None
    if expression.startswith("cron(") and expression.endswith(")"):
        fields = expression[5:-1].split()
        if len(fields) != 6:
            return f"'{expression}': cron needs 6 fields (minutes hours day-of-month month day-of-week year)"
        if not all(CRON_FIELD_RE.fullmatch(f) for f in fields):
            return f"'{expression}': unexpected characters in a cron field"
        if fields[2] != "?" and fields[4] != "?":
            return f"'{expression}': one of day-of-month and day-of-week must be '?'"
        return None
    return f"'{expression}': must be rate(N unit) or cron(6 fields)"


def _batch_of(schedule: dict[str, Any]) -> tuple[str | None, bool]:
    """(batch name, whether the event's time reaches the handler)."""
    transformer = schedule.get("inputTransformer")
    if isinstance(transformer, dict):
        template = str(transformer.get("inputTemplate", ""))
        match = TEMPLATE_BATCH_RE.search(template)
        paths = transformer.get("inputPathsMap") or {}
        passes_time = any(v == "$.time" and re.search(rf'"time"\s*:\s*<{re.escape(str(k))}>', template)
                          for k, v in paths.items())
        return (match["name"] if match else None), passes_time
    constant = schedule.get("input")
    if isinstance(constant, str):
        try:
            constant = json.loads(constant)
        except ValueError:
            constant = None
    if isinstance(constant, dict):
        return (str(constant["batch"]) if "batch" in constant else None), False  # a constant input drops `time`
    name = schedule.get("name")
    match = RULE_NAME_RE.search(name) if isinstance(name, str) else None
    return (match["name"] if match else None), True  # the raw event carries time; the rule name the batch


def check_schedules(config: dict[str, Any], specs: dict[str, BatchSpec], *, source: str = "serverless.yml",
                    function: str = "scheduled") -> list[str]:
    problems: list[str] = []
    fn = ((config.get("functions") or {}).get(function)) or {}
    scheduled: dict[str, int] = {}
    for position, event in enumerate(fn.get("events") or []):
        schedule = event.get("schedule") if isinstance(event, dict) else None
        if schedule is None:
            continue
        where = f"{source}: functions.{function}.events[{position}].schedule"
        if isinstance(schedule, str):
            problems.append(f"{where}: needs the batch name (inputTransformer) and the event time; "
                            "a bare expression names no batch")
            continue
        name, passes_time = _batch_of(schedule)
        if name is None:
            problems.append(f"{where}: names no batch (inputTemplate '{{\"batch\": \"<name>\", \"time\": <time>}}')")
            continue
        if not NAME_RE.fullmatch(name) or name not in specs:
            problems.append(f"{where}: batch '{name}': no such batch in the specification "
                            f"(known: {', '.join(sorted(specs))})")
            continue
        scheduled[name] = scheduled.get(name, 0) + 1
        rule_name = schedule.get("name")
        named = RULE_NAME_RE.search(rule_name) if isinstance(rule_name, str) else None
        if named and named["name"] != name:
            problems.append(f"{where}: batch '{name}': field 'name': the rule name '{rule_name}' names batch "
                            f"'{named['name']}'")
        if specs[name].manual:
            problems.append(f"{where}: batch '{name}': field 'manual' is true but the batch has a schedule")
        if not passes_time:
            problems.append(f"{where}: batch '{name}': field 'inputTransformer': must pass the event time "
                            "(inputPathsMap time: $.time, \"time\": <time>); without it a duplicate delivery "
                            "fires a second batch")
        expressions = schedule.get("rate")
        for expression in expressions if isinstance(expressions, list) else [expressions]:
            problem = check_expression(expression)
            if problem:
                problems.append(f"{where}: batch '{name}': field 'rate': {problem}")
    for name, spec in specs.items():
        if not spec.manual and name not in scheduled:
            problems.append(f"{source}: batch '{name}': no schedule in functions.{function}.events "
                            "(add one, or set manual = true in the specification)")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spec", default=str(PROJECT / "batches.toml"))
    parser.add_argument("--serverless", default=str(PROJECT / "serverless.yml"),
                        help="serverless.yml to cross-check ('' to skip)")
    args = parser.parse_args(argv)
    problems: list[str] = []
    specs: dict[str, BatchSpec] = {}
    try:
        specs = check(args.spec)
    except BatchSpecError as exc:
        problems.extend(exc.problems)
    if args.serverless and specs:
        try:
            config = yaml.load(Path(args.serverless).read_text(encoding="utf-8"), Loader=_yaml_loader())
        except (OSError, yaml.YAMLError) as exc:
            problems.append(f"{args.serverless}: cannot read: {exc}")
        else:
            problems.extend(check_schedules(config or {}, specs, source=args.serverless))
    return report(specs, problems)


if __name__ == "__main__":
    sys.exit(main())
