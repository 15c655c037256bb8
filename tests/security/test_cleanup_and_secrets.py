"""Second red-team pass on the jail: clean-up that a case can make slow or break, and the worker's secrets.

Each test here failed before the fix it names: a runner whose dir lives under /tmp (a checkout or a venv
there) was retired with 'Read-only file system' whenever the host touched that dir; a case that nested
directories a few thousand deep broke the clean-up (the jailed call was discarded, and without bubblewrap a
RecursionError escaped `run_many` itself); a case flooding /tmp with empty files or links held kernel memory
and made the clean-up take many seconds. Attacks run as the caller and as uid 65534 where they can.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.problems import sandbox
from generator.problems.jail import layers
from generator.problems.sandbox import Verdict, run_many, run_program
from tests.security.test_attacks import FAST, src


@pytest.fixture()
def no_bwrap(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("SANDBOX_BWRAP", "0")
    layers.bwrap_works.cache_clear()
    sandbox.close_runners()
    yield
    sandbox.close_runners()
    monkeypatch.undo()
    layers.bwrap_works.cache_clear()


@pytest.fixture(autouse=True)
def _no_runner_left_behind() -> Iterator[None]:
    yield
    sandbox.close_runners()


def _jailed(as_user: Callable[..., Any] = lambda fn, *a: fn(*a)) -> bool:
    return as_user(sandbox.jail_layers).get("bubblewrap") is True


def _idle_runner_pids() -> set[int]:
    pool = sandbox._pool()
    with pool.lock:
        return {r.process.pid for group in pool.idle.values() for r in group}


# --- the host changes a read-only mount inside the jail's /tmp ------------------------------------


def test_host_changes_to_a_runner_dir_under_tmp_do_not_retire_the_runner(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not _jailed():
        pytest.skip("bubblewrap is not active here")
    # A checkout under /tmp (the lead's clean clone, a worktree) has the runner's dir bound read-only inside the
    # jail's private /tmp, where the clean-up walks. Its times are the host's: an edit of runner.py, or a read
    # that updates the dir's atime, made the next clean-up try to put them back on a read-only mount.
    jail_dir = tmp_path / "checkout" / "jail"
    shutil.copytree(layers.RUNNER.parent, jail_dir, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(layers, "RUNNER", jail_dir / "runner.py")
    sandbox.close_runners()
    assert run_program("print(1)", "", FAST).verdict is Verdict.ok
    runners = _idle_runner_pids()
    for step in range(3):
        (jail_dir / f"edit{step}.py").write_text("x = 1\n")  # the dir's mtime and ctime change on the host
        os.utime(jail_dir / "runner.py", ns=(step, step))  # and a file's times
        results = run_many("print(input())", ["a", "b"], FAST)
        assert [(r.verdict, r.stdout) for r in results] == [(Verdict.ok, "a\n"), (Verdict.ok, "b\n")], \
            results[0].stderr
    assert runners and _idle_runner_pids() == runners  # the same warm runner served every call
