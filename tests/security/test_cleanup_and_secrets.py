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


# --- trees the clean-up has to remove -------------------------------------------------------------

NEST = src("""
    import os
    for _ in range(int(input())):
        os.mkdir("d")
        os.chdir("d")
    print("nested")
""")


def test_a_deep_nest_of_directories_is_removed_and_the_call_kept(as_user: Callable[..., Any]) -> None:
    # Each level was one frame of a recursive removal: past ~1000 the clean-up raised RecursionError, the call
    # process died and every result of the call was discarded.
    results = as_user(run_many, NEST, ["3000", "3000"], FAST)
    assert [(r.verdict, r.stdout) for r in results] == [(Verdict.ok, "nested\n")] * 2, results[0].stderr
    assert as_user(run_program, "print(input())", "next", FAST).stdout == "next\n"


def _nest_twice_and_close() -> list[tuple[Verdict, str, str]]:
    results = [*run_many(NEST, ["1200"], FAST), run_program("print(input())", "next", FAST)]
    sandbox.close_runners()  # the runner's scratch dir is removed here, by the worker
    return [(r.verdict, r.stdout, r.stderr) for r in results]


@pytest.mark.usefixtures("no_bwrap")
def test_without_bubblewrap_a_deep_nest_raises_nothing_and_leaves_nothing(as_user: Callable[..., Any]) -> None:
    # Outside the jail the scratch dir is on the machine's /tmp, removed by the worker: shutil.rmtree's
    # RecursionError escaped run_many itself, and the tree stayed behind.
    tmp = Path(sandbox.tempfile.gettempdir())
    before = {p.name for p in tmp.glob("sandbox-*")}
    results = as_user(_nest_twice_and_close)
    assert [r[:2] for r in results] == [(Verdict.ok, "nested\n"), (Verdict.ok, "next\n")], results[0][2]
    assert not [p for p in tmp.glob("sandbox-*") if p.name not in before and _holds_a_nest(p)]


def _holds_a_nest(scratch: Path) -> bool:
    """Whether a runner's scratch dir still holds a case's nest (other runs' dirs come and go meanwhile)."""
    try:
        return any((call / "case" / "d").exists() for call in scratch.iterdir())
    except OSError:
        return False


FLOOD = src("""
    import os
    os.chdir("/tmp")
    open("first", "w").close()
    name, made = "x" * 200, 0
    if input() == "flood":
        while True:  # hard links with long names: no bytes of the quota, ~0.5 KB of kernel memory each
            os.link("first", "%s%d" % (name, made))
            made += 1
    print(len(os.listdir(".")))
""")


def test_a_file_flood_is_stopped_and_costs_later_cases_and_other_calls_nothing(
        as_user: Callable[..., Any]) -> None:
    if not _jailed(as_user):
        pytest.skip("bubblewrap is not active here (the machine's /tmp: its file count is everyone's)")
    import threading

    # Before: the flood ran for its whole CPU limit (~450,000 links in 2 s) and the clean-up then took ~15 s
    # removing them one by one, past the call's wall clock: the next case was not run and the call discarded.
    limits = sandbox.SandboxLimits(cpu_seconds=2.0, wall_seconds=8.0)
    honest: list[list[tuple[Verdict, str]]] = []

    def other_caller() -> None:
        for _ in range(5):
            honest.append([(r.verdict, r.stdout) for r in run_many("print(input())", ["1", "2"], FAST)])

    beside = threading.Thread(target=other_caller)
    beside.start()
    results = as_user(run_many, FLOOD, ["flood", "count"], limits)
    beside.join()
    assert results[0].verdict is Verdict.runtime_error
    assert "more than 10000 files" in results[0].stderr
    assert (results[1].verdict, results[1].stdout) == (Verdict.ok, "2\n"), results[1].stderr  # only its own files
    assert honest == [[(Verdict.ok, "1\n"), (Verdict.ok, "2\n")]] * 5
