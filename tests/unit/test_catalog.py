"""The catalog sweep: every package loads, fills both statements and declares what the gate needs (cheap, every
package, every run); and every package goes through the whole gate, the Kattis export and problemtools'
`verifyproblem` with 0 errors.

The expensive half trusts the committed verification ledger (tests/catalog_ledger.json, written by
`scripts/check_package.py --record`) for packages whose content hash it records, and re-verifies: every package
that changed or is new (the ledger does not match), plus a rotating sample of the unchanged ones (different
packages on different days), so a regression in the gate or the export still shows up. CATALOG_SWEEP=all
re-verifies everything. That half is tests/timing/test_catalog_verify.py (VERIFY below says which packages): it
measures CPU time, so `make test` runs it alone after the rest.
"""
from __future__ import annotations

import datetime
import json
import os
import random
import re
from pathlib import Path

import pytest

from generator.problems.catalog import all_packages, topics
from generator.problems.packages import STATEMENT_SECTIONS, constraint_meaning, render_statement
from generator.problems.schema import Difficulty
from generator.problems.textkit import article

ROOT = Path(__file__).resolve().parents[2]
LEDGER = json.loads((ROOT / "tests" / "catalog_ledger.json").read_text()) if (
    ROOT / "tests" / "catalog_ledger.json").exists() else {}
ROTATING_SAMPLE = 4
PACKAGES = all_packages()
RATING_BANDS = {Difficulty.tutorial: (0, 800), Difficulty.easy: (800, 1100), Difficulty.medium: (1200, 1500),
                Difficulty.hard: (1600, 2000)}


def _needs_verification() -> set[str]:
    if os.environ.get("CATALOG_SWEEP") == "all":
        return {p.id for p in PACKAGES}
    stale = {p.id for p in PACKAGES if LEDGER.get(p.id, {}).get("hash") != p.content_hash()}
    fresh = sorted(p.id for p in PACKAGES if p.id not in stale)
    day = datetime.date.today().toordinal()
    sample = random.Random(day).sample(fresh, min(ROTATING_SAMPLE, len(fresh)))
    return stale | set(sample)


VERIFY = _needs_verification()


def test_catalog_has_topics_and_packages() -> None:
    assert len(topics()) >= 1 and len(PACKAGES) >= 4


@pytest.mark.parametrize("package", PACKAGES, ids=lambda p: p.id)
def test_package_is_complete(package) -> None:
    spec = package.spec
    low, high = RATING_BANDS[spec.difficulty]
    assert low <= spec.rating.low <= spec.rating.high <= high, f"rating band outside {spec.difficulty.value}"
    assert spec.rating.why.strip() and spec.idea.strip()
    assert package.reference and package.brute and package.validator
    assert package.wrong_solutions, "at least one known-wrong or too-slow solution"
    for name, source in package.generators().items():
        compile(source, name, "exec")
    for language in ("en", "ko"):
        themes = package.themes()
        for theme in themes:
            values = {**themes[theme][language], **spec.params,
                      **{k: v[0] for k, v in spec.random_params.items()}}
            values.update({f"max_{c.symbol.lower()}": 1 for c in spec.constraints})
            statement = render_statement(package, language, values)
            params = {**spec.params, **{k: v[0] for k, v in spec.random_params.items()}}
            for c in spec.constraints:  # labels are templates too (an unknown word raises), filled from the theme
                constraint_meaning(spec, c.meaning, themes[theme], params)
            assert statement.title and statement.legend and statement.input_format and statement.output_format
            if language == "ko":
                assert any("가" <= ch <= "힣" for ch in statement.legend), "Korean statement"
            else:  # an article slot after a written article renders "An a road"
                text = " ".join((statement.legend, statement.input_format, statement.output_format, statement.notes))
                doubled = re.search(r"\b(an?|the) (an?|the) ", text, re.IGNORECASE)
                assert doubled is None, f"doubled article {doubled and doubled.group(0)!r} ({theme})"
                # A written article before a theme slot ("an {item}") is right for some themes only: "an box".
                # ("A" elsewhere than a sentence's start is a name: "candidates A and B".)
                words = re.finditer(r"(?:\b(an?)|(?:^|[.!?]\s+)(An?)) ([a-z][a-z-]+)\b", re.sub(r"\$[^$]*\$", "$", text))
                wrong = [m.group(0).strip(" .!?") for m in words
                         if article(m.group(3)).split()[0] != (m.group(1) or m.group(2)).lower()]
                assert not wrong, f"article disagrees with the word's sound: {wrong[:3]} ({theme})"
    assert set(STATEMENT_SECTIONS) >= {"legend", "input", "output"}


def test_readme_catalog_summary_is_generated_from_the_packages() -> None:
    import subprocess
    import sys

    checked = subprocess.run([sys.executable, str(ROOT / "scripts" / "catalog_summary.py"), "--check"],
                             capture_output=True, text=True, cwd=ROOT)
    assert checked.returncode == 0, checked.stderr


def test_routing_reads_each_difficulty_without_parsing_the_task_file() -> None:
    # Package.difficulty reads the top-level line; the parsed spec must say the same, and the line must be there
    # (else the submit function's cold start parses every task.toml again).
    from generator.problems.packages import Package

    for package in PACKAGES:
        fresh = Package.load(package.path, package.id)
        assert fresh.difficulty == package.spec.difficulty, package.id
        assert "spec" not in fresh.__dict__, f"{package.id}: no top-level difficulty line before the first table"


def test_a_task_file_declaring_another_id_is_refused(tmp_path) -> None:
    import shutil

    from generator.problems.packages import Package

    source = next(p for p in PACKAGES if p.spec.programs.brute == "solutions/brute.py")
    copy = tmp_path / "elsewhere"
    shutil.copytree(source.path, copy)
    with pytest.raises(ValueError, match="id must be"):
        Package.load(copy, f"{source.spec.topic}.elsewhere").spec


def test_no_two_difficulties_of_a_topic_share_a_task() -> None:
    for topic in topics():
        ideas = [p.spec.idea for p in topic.packages]
        assert len(ideas) == len(set(ideas)), f"{topic.name}: two tasks declare the same idea"


