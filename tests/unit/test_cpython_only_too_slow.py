"""task.toml's `[export] cpython_only_too_slow`: too-slow solutions that PyPy finishes within the limit (they exceed
it under CPython, which the gate times, by a constant factor only). The judge export leaves them out of
submissions/time_limit_exceeded/, where problemtools' stock languages.yaml (pypy3) would call them accepted; the
gate still runs them. A name that is not one of the package's tl_ solutions is an error when task.toml is read."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.problems import catalog
from generator.problems.family import WrongSolution
from generator.problems.gate import verify
from generator.problems.kattis import package_files
from generator.problems.packages import Package
from tests.unit.test_gate_wrong_solutions import CONTEXT, LOOPS_ON_MAX, WRONG_ON_0, draft

GRID_BFS = catalog.CATALOG_DIR / "grid_bfs"


def grid_bfs_anywhere(tmp_path: Path, export: str | None) -> Package:
    """A copy of grid_bfs.anywhere (its topic's shared files too) whose task.toml has this `[export]` table."""
    shutil.copytree(GRID_BFS, tmp_path / "grid_bfs", ignore=shutil.ignore_patterns("__pycache__"))
    task = tmp_path / "grid_bfs" / "anywhere" / "task.toml"
    text = task.read_text().split("\n[export]\n")[0]  # the catalog's own table, if any, goes
    task.write_text(text + (f"\n[export]\n{export}\n" if export is not None else ""))
    return Package.load(task.parent, "grid_bfs.anywhere")


@pytest.fixture(scope="module")
def problem():  # noqa: ANN201
    """A verified problem with a too-slow solution named like grid_bfs's (its provenance names a task later)."""
    return verify(draft(WrongSolution("tl_layer_scan", LOOPS_ON_MAX, "slow"), WrongSolution("wa_zero", WRONG_ON_0)),
                  CONTEXT)


def exported(problem, package: Package, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:  # noqa: ANN001
    monkeypatch.setattr(catalog, "all_packages", lambda: [package])
    provenance = problem.provenance.model_copy(update={"task_id": "grid_bfs.anywhere"})
    return package_files(problem.model_copy(update={"provenance": provenance}))


def test_a_marked_too_slow_solution_is_left_out_of_the_export(problem, tmp_path: Path,  # noqa: ANN001
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    verdicts = {k.name: k.verdict for k in problem.programs.known_solutions}
    assert verdicts == {"tl_layer_scan": "time_limit_exceeded", "wa_zero": "wrong_answer"}  # the gate ran both
    files = exported(problem, grid_bfs_anywhere(tmp_path, 'cpython_only_too_slow = ["tl_layer_scan"]'), monkeypatch)
    assert "submissions/time_limit_exceeded/tl_layer_scan.py" not in files
    assert "submissions/wrong_answer/wa_zero.py" in files
    assert "submissions/accepted/accepted.py" in files


def test_an_unmarked_too_slow_solution_stays(problem, tmp_path: Path,  # noqa: ANN001
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    files = exported(problem, grid_bfs_anywhere(tmp_path, None), monkeypatch)
    assert files["submissions/time_limit_exceeded/tl_layer_scan.py"] == LOOPS_ON_MAX
    assert "submissions/wrong_answer/wa_zero.py" in files
    # A problem that no catalog task made keeps every known solution.
    no_task = problem.model_copy(update={"provenance": problem.provenance.model_copy(update={"task_id": None})})
    assert "submissions/time_limit_exceeded/tl_layer_scan.py" in package_files(no_task)


@pytest.mark.parametrize("name", ["tl_layer_scna", "wa_dfs_first_path", "accepted"])
def test_a_name_that_is_not_a_too_slow_solution_fails_at_load(tmp_path: Path, name: str) -> None:
    package = grid_bfs_anywhere(tmp_path, f'cpython_only_too_slow = ["{name}"]')
    with pytest.raises(ValueError, match="cpython_only_too_slow"):
        package.spec  # noqa: B018 - reading task.toml is what fails


def test_an_unknown_export_key_fails_at_load(tmp_path: Path) -> None:
    package = grid_bfs_anywhere(tmp_path, 'cpython_only_too_slw = ["tl_layer_scan"]')
    with pytest.raises(ValueError, match="cpython_only_too_slw"):
        package.spec  # noqa: B018


def test_every_catalog_mark_names_a_too_slow_solution() -> None:
    for package in catalog.all_packages():
        slow = {w.name for w in package.wrong_solutions if w.kind == "slow"}
        assert set(package.spec.export.cpython_only_too_slow) <= slow, package.id
