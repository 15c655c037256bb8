"""Carry a package's ledger entry over an edit of its constraint labels alone, without re-running the gate.

    .venv/bin/python scripts/carry_label_edits.py                # report: which changed packages qualify
    .venv/bin/python scripts/carry_label_edits.py --record       # and move their ledger entries to the new hash
    .venv/bin/python scripts/carry_label_edits.py --record mst.some_mst lis.fewest_piles

A constraint's label (`meaning` in task.toml, "2 ≤ N ≤ 10^5 (number of villages)") is statement text: the gate's
verdicts, the time limit and problemtools' verifyproblem (which the ledger records) never read it. Re-verifying a
package for a label edit costs a whole gate run and verifyproblem (20-80 s each); a house rule applied across the
catalog touches hundreds of task.toml files. A package qualifies only when all of these hold:
- the committed ledger's entry for it matches the package as committed (HEAD): what is carried was verified;
- of every file it uses (`Package.used_files`, the hash's input), only its task.toml differs from HEAD, and no file
  was added or removed;
- its task.toml equals HEAD's once every constraint's `meaning` is removed from both (parsed, not diffed as text);
- every label fills in both languages under every theme, as a statement does (a missing slot fails here, not in a
  draft).
Anything else (a statement, a theme slot, a generator, a bound) needs `scripts/check_package.py --record`.
"""
from __future__ import annotations

import argparse
import fcntl
import json
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LEDGER = ROOT / "tests" / "catalog_ledger.json"


def _head_bytes(path: Path) -> bytes | None:
    rel = path.resolve().relative_to(ROOT).as_posix()
    shown = subprocess.run(["git", "show", f"HEAD:{rel}"], cwd=ROOT, capture_output=True)
    return shown.stdout if shown.returncode == 0 else None


def _without_meanings(spec: dict) -> dict:
    spec = dict(spec)
    spec["constraints"] = [{k: v for k, v in c.items() if k != "meaning"} for c in spec.get("constraints", [])]
    return spec


def labels_alone_differ(old_task_toml: str, new_task_toml: str) -> bool:
    """Whether two task.toml texts say the same once every constraint's label is taken out (parsed: comments,
    spacing and key order do not count, a bound or a test does)."""
    return _without_meanings(tomllib.loads(old_task_toml)) == _without_meanings(tomllib.loads(new_task_toml))


def labels_fill(package) -> str | None:  # noqa: ANN001
    from generator.problems.packages import constraint_meaning

    spec = package.spec
    themes = package.themes()
    for name, texts in themes.items():
        for c in spec.constraints:
            try:  # fill raises on a slot no theme fills and on a brace that is no slot
                constraint_meaning(spec, c.meaning, texts, spec.params)
            except Exception as exc:  # noqa: BLE001 (any failure to fill disqualifies)
                return f"theme {name}, {c.symbol}: {exc}"
    return None


def qualifies(package, head_ledger: dict) -> str | None:  # noqa: ANN001
    """None when the package's ledger entry may be carried; else why not."""
    entry = head_ledger.get(package.id)
    if entry is None:
        return "no committed ledger entry"
    head = {file: _head_bytes(file) for file in package.used_files()}  # each file read from git once
    if None in head.values():
        return "a file it uses is not in HEAD"
    if package.content_hash(read=head.__getitem__) != entry["hash"]:
        return "the committed ledger entry is not for the committed package"
    task_toml = (package.path / "task.toml").resolve()
    changed = [f for f, committed in head.items() if f.read_bytes() != committed]
    if changed != [task_toml]:
        return "changed beyond task.toml: " + ", ".join(str(f.relative_to(ROOT)) for f in changed)
    if not labels_alone_differ(head[task_toml].decode(), task_toml.read_text()):
        return "task.toml changed beyond its constraint labels"
    return labels_fill(package)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ids", nargs="*", help="topic.task (default: every package whose hash the ledger lacks)")
    parser.add_argument("--record", action="store_true", help="move qualifying entries to the new hash")
    args = parser.parse_args()

    from generator.problems.catalog import all_packages

    head_ledger = json.loads(subprocess.run(["git", "show", "HEAD:tests/catalog_ledger.json"], cwd=ROOT,
                                            capture_output=True, text=True, check=True).stdout)
    packages = [p for p in all_packages() if not args.ids or p.id in args.ids]
    carried: dict[str, dict] = {}
    for package in packages:
        new_hash = package.content_hash()
        if head_ledger.get(package.id, {}).get("hash") == new_hash:
            continue
        why_not = qualifies(package, head_ledger)
        print(f"{'carry' if why_not is None else 'check'} {package.id}" + (f": {why_not}" if why_not else ""))
        if why_not is None:
            carried[package.id] = {**head_ledger[package.id], "hash": new_hash}
    print(f"{len(carried)} label-only edits qualify")
    if args.record and carried:
        with open(LEDGER.with_suffix(".lock"), "w") as lock:  # as check_package.py: one writer at a time
            fcntl.flock(lock, fcntl.LOCK_EX)
            ledger = json.loads(LEDGER.read_text())
            ledger.update(carried)
            partial = LEDGER.with_suffix(".json.partial")
            partial.write_text(json.dumps(dict(sorted(ledger.items())), indent=1, ensure_ascii=False) + "\n")
            partial.replace(LEDGER)
        print(f"ledger: {len(carried)} entries moved to their new hash in {LEDGER.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
