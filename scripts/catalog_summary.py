"""Write the catalog summary (topics × difficulties × tasks, with rating bands) into README.md between the
markers `<!-- catalog:start -->` and `<!-- catalog:end -->`; `--check` exits 1 when README is out of date.

    .venv/bin/python scripts/catalog_summary.py          # rewrite the README section
    .venv/bin/python scripts/catalog_summary.py --check  # used by the tests
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
START, END = "<!-- catalog:start -->", "<!-- catalog:end -->"


def summary() -> str:
    from generator.problems.catalog import areas, focuses, topics
    from generator.problems.schema import Difficulty

    rows = ["| topic | 주제 | tutorial | easy | medium | hard |", "|---|---|---|---|---|---|"]
    total = 0
    for topic in topics():
        cells = []
        for difficulty in Difficulty:
            tasks = topic.tasks(difficulty)
            total += len(tasks)
            cells.append("<br>".join(f"`{p.name}` {p.spec.rating.low}–{p.spec.rating.high}" for p in tasks) or "—")
        rows.append(f"| {topic.spec.title['en']} (`{topic.name}`) | {topic.spec.title['ko']} | " + " | ".join(cells)
                    + " |")
    head = (f"{len(topics())} topics, {total} tasks (generated from the packages by "
            f"`scripts/catalog_summary.py`; ratings are estimated Codeforces-scale bands, each with its reason "
            f"in the task's `task.toml`).")
    area_rows = ["| area | 분야 | serves | tutorial | easy | medium | hard |", "|---|---|---|---|---|---|---|"]
    for area in areas():
        counts = " | ".join(str(len(area.tasks(d))) for d in Difficulty)
        area_rows.append(f"| {area.spec.title['en']} (`{area.name}`) | {area.spec.title['ko']} | "
                         f"{', '.join(f'`{m}`' for m in area.members)} | {counts} |")
    area_head = ("Areas (`generator/problems/catalog/areas.toml`): a prompt that names a field but no technique "
                 "(\"DP 문제\", \"math problems\", \"최단 경로\") is served by the field's topics in turn; tasks per "
                 "difficulty:")
    focus_lines = [f"- `{f.name}` ({f.spec.title['en']} / {f.spec.title.get('ko', f.spec.title['en'])}): "
                   + ", ".join(f"`{p.name}` ({p.spec.difficulty.value})" for p in f.packages) for f in focuses()]
    focus_head = ("Focuses (`[[focus]]` in a topic.toml): a prompt that names one is served only these tasks of its "
                  "topic:")
    return "\n".join([START, head, "", *rows, "", area_head, "", *area_rows, "", focus_head, "", *focus_lines, END])


def main() -> int:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    if START not in text or END not in text:
        print("README.md lacks the catalog markers", file=sys.stderr)
        return 1
    before, rest = text.split(START, 1)
    _, after = rest.split(END, 1)
    updated = before + summary() + after
    if "--check" in sys.argv:
        if updated != text:
            print("README.md's catalog summary is out of date: run scripts/catalog_summary.py", file=sys.stderr)
            return 1
        return 0
    readme.write_text(updated, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
