"""Third red-team pass: the machine's /tmp outside bubblewrap (the Lambda path, `executor: inline`).

There every runner of the worker has its scratch dir in the machine's /tmp under one uid, and a warm container
keeps /tmp between invocations. Each test failed before its fix: a case of one call found another runner's
scratch dir by listing /tmp and removed it (that call's results were discarded), a case created files in its
scratch dir without any bound, and what a case left in /tmp outside its scratch dir reached the next invocation.
`SANDBOX_LANDLOCK=0` checks the path of a kernel without Landlock (Lambda's may predate it).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from generator.problems import sandbox
from generator.problems.jail import tree
from generator.problems.sandbox import Verdict, run_many, run_program
from tests.security.test_attacks import FAST, src
from tests.security.test_escapes import no_bwrap  # noqa: F401 - a fixture


@pytest.fixture(autouse=True)
def _no_runner_left_behind() -> Iterator[None]:
    yield
    sandbox.close_runners()


@pytest.fixture(params=["landlock", "no_landlock"])
def landlock(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[bool]:
    """Without bubblewrap, with Landlock where the kernel has it and with it switched off."""
    request.getfixturevalue("no_bwrap")
    if request.param == "no_landlock":
        monkeypatch.setenv("SANDBOX_LANDLOCK", "0")
        monkeypatch.setenv("SANDBOX_UNCONFINED_ROOT", "1")  # (as root the sandbox refuses this path otherwise)
    sandbox.close_runners()
    active = sandbox.jail_layers().get("landlock") is True
    if request.param == "landlock" and not active:
        pytest.skip("Landlock is not available on this kernel")
    assert active == (request.param == "landlock")  # the switch exists and is honoured
    yield active
    sandbox.close_runners()


# --- other runners' scratch dirs ------------------------------------------------------------------

HUNTER = src("""
    import glob, os, shutil, time
    mine = os.path.dirname(os.path.dirname(os.getcwd()))  # this runner's scratch dir (.../call-*/case)
    up = os.path.dirname(mine)
    found, removed, end = set(), 0, time.monotonic() + 25
    def attempt(fn, *args):
        try:
            fn(*args)
            return True
        except OSError:
            return False
    def inside(path):  # (the test's stand-in for the machine's /tmp: nothing outside it is touched)
        return path.startswith(ROOT + "/")
    while time.monotonic() < end and not os.path.exists(DONE):
        if inside(up) and attempt(os.chmod, up, 0o700):  # make the dir of the scratch dirs listable
            found.add("chmod")
        if inside(up) and attempt(os.rename, up, up + ".moved"):  # or move it from under its runners
            attempt(os.rename, up + ".moved", up)
            found.add("renamed")
        for path in glob.glob(ROOT + "/*") + glob.glob(ROOT + "/*/*") + glob.glob(ROOT + "/*/*/*"):
            if not inside(path) or path.startswith(mine) or mine.startswith(path) or path == DONE:
                continue
            found.add("listed")
            if attempt(shutil.rmtree, path):
                removed += 1
            try:
                with open(os.path.join(path, "junk"), "w") as f:
                    f.write("x")
                found.add("filled")
            except OSError:
                pass
    print(sorted(found), removed > 0)
""")


def _hunt_beside_an_honest_call(root: str) -> tuple[list[str], list[tuple[Verdict, str]]]:
    """One call looks for the other runners' scratch dirs in the machine's /tmp (here `root`) and removes, fills
    and moves them while a second call runs an honest program on six inputs; both calls' outputs."""
    done = os.path.join(root, "done")
    hunter = HUNTER.replace("DONE", repr(done)).replace("ROOT", repr(root))
    victim = "import time\nline = input()\nt = time.monotonic() + 0.2\nwhile time.monotonic() < t: pass\nprint(line)\n"
    limits = sandbox.SandboxLimits(cpu_seconds=30.0, wall_seconds=40.0)
    found: list[str] = []
    thread = threading.Thread(target=lambda: found.extend(r.stdout for r in run_many(hunter, [""], limits)))
    thread.start()
    time.sleep(0.5)
    try:
        honest = [(r.verdict, r.stdout) for r in run_many(victim, [f"line{i}" for i in range(6)], limits)]
    finally:
        Path(done).touch()
        thread.join()
        Path(done).unlink()
    sandbox.close_runners()
    return found, honest


def test_a_case_can_neither_find_nor_remove_another_runners_scratch_dir(
        landlock: bool, as_user: Callable[..., Any], monkeypatch: pytest.MonkeyPatch) -> None:
    # The runners' scratch dirs were /tmp/sandbox-XXXXXXXX: without Landlock a case listed /tmp, removed the
    # other call's scratch dir and that call was discarded (sandbox_error), or filled it. Now they are in a nest of
    # mode 0300 under random names, and a case may not chmod or rename.
    # The machine's /tmp is a dir of this test's own here, so that the hunt reaches no other test's runners.
    root = Path(f"/tmp/hunt-{os.getpid()}-{time.monotonic_ns()}")
    root.mkdir()
    root.chmod(0o1777)
    sandbox.close_runners()
    monkeypatch.setattr(sandbox.tempfile, "tempdir", str(root))
    monkeypatch.setattr(sandbox, "_NEST", {})
    try:
        found, honest = as_user(_hunt_beside_an_honest_call, str(root))
    finally:
        sandbox.close_runners()
        tree.remove_tree(str(root))
    assert honest == [(Verdict.ok, f"line{i}\n") for i in range(6)]
    assert found == ["[] False\n"]


# --- a case's own files ---------------------------------------------------------------------------

FLOOD = src("""
    import os
    made = 0
    try:
        for i in range(40000):
            open("f%d" % i, "w").close()
            made += 1
    finally:
        print(made)
""")


def test_a_case_creates_no_files_without_end(landlock: bool, as_user: Callable[..., Any]) -> None:
    # Only the jail's own tmpfs had a count of new files: outside bubblewrap a case made 40,000 empty files in its
    # scratch dir (kernel memory and clean-up time, no bytes). The runner now counts the names beneath the scratch
    # dir while a case runs. The CPU limit only has to let the flood reach the bound: a name costs kernel time,
    # which counts as the case's CPU, and on a journaling disk much of it (ext4 on this VM: 10,000 empty files in
    # 3.4 s of system time, quiet); under load a 5 s limit ended the flood first (time_limit, 5.02 s, 3 of 4 runs).
    result = as_user(run_program, FLOOD, "", sandbox.SandboxLimits(cpu_seconds=30.0, wall_seconds=90.0))
    assert result.verdict == Verdict.runtime_error, (result.verdict, result.stdout, result.stderr[-300:])
    assert "more than 10000 files" in result.stderr
    assert as_user(run_program, "print(input())", "next", FAST).stdout == "next\n"


CHECKER = src("""
    import os, sys
    answer = open(sys.argv[2]).read().split()
    output = sys.stdin.read().split()
    with open(os.path.join(sys.argv[3], "judgemessage.txt"), "w") as f:
        f.write("compared")
    sys.exit(42 if answer == output else 43)
""")


def test_a_checker_program_still_writes_its_files(landlock: bool, as_user: Callable[..., Any]) -> None:
    from generator.problems.checker_program import run_checker

    # The gate's checker harness writes the input and the answer into the case's dir, and a checker its
    # feedback files: whatever bounds a case's files must leave it these.
    judged = as_user(run_checker, CHECKER, [("1\n", "2\n", "2\n"), ("1\n", "2\n", "3\n")])
    assert [(j.accepted, j.crashed) for j in judged] == [(True, False), (False, False)], judged


def test_a_case_cannot_chmod_or_rename(landlock: bool, as_user: Callable[..., Any]) -> None:
    program = src("""
        import os
        nest = os.path.dirname(os.path.dirname(os.path.dirname(os.getcwd())))
        for what, call in (("list", lambda: os.listdir(nest)), ("chmod", lambda: os.chmod(nest, 0o700)),
                           ("chmod own", lambda: os.chmod(".", 0o700)), ("rename", lambda: os.rename(".", "../x"))):
            try:
                call()
                print(what, "done")
            except OSError:
                print(what, "denied")
    """)
    result = as_user(run_program, program, "", FAST)
    assert (result.verdict, result.stdout) == (Verdict.ok, "list denied\nchmod denied\nchmod own denied\n"
                                                          "rename denied\n"), result.stderr


@pytest.mark.usefixtures("no_bwrap")
def test_no_runner_names_its_scratch_dir_where_other_processes_can_read_it() -> None:
    # /proc/<pid>/cmdline is readable by every process: the runner's command line carried its scratch dir.
    assert run_program("print(1)", "", FAST).stdout == "1\n"
    runners = [r for group in sandbox._pool().idle.values() for r in group]
    assert runners
    for runner in runners:
        cmdline = Path(f"/proc/{runner.process.pid}/cmdline").read_bytes()
        assert runner.scratch.encode() not in cmdline
        assert os.path.basename(runner.scratch).encode() not in cmdline
        assert os.stat(os.path.dirname(runner.scratch)).st_mode & 0o777 == 0o300


# --- a warm container's /tmp between invocations --------------------------------------------------

@pytest.mark.usefixtures("no_bwrap")
def test_the_worker_wipes_what_earlier_invocations_left_in_tmp(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from generator import worker

    # Without bubblewrap and Landlock a case writes wherever its uid can, and a warm Lambda container keeps /tmp
    # between invocations: the worker (executor inline) let one job's leftovers reach the next job's cases. At
    # the start of an invocation it now removes everything in /tmp but its live runners' nest.
    root = tmp_path / "tmp"
    root.mkdir()
    sandbox.close_runners()
    monkeypatch.setattr(sandbox.tempfile, "gettempdir", lambda: str(root))
    monkeypatch.setattr(sandbox, "_NEST", {})
    assert run_program("print(input())", "warm", FAST).stdout == "warm\n"
    runners = [r for group in sandbox._pool().idle.values() for r in group]
    assert len(runners) == 1
    (root / "left-by-a-case").write_text("secret input of an earlier job")
    old_nest = root / "sandbox-of-a-dead-process"
    (old_nest / "scratch" / "d").mkdir(parents=True)
    old_nest.chmod(0o300)
    (root / "link").symlink_to("/")
    monkeypatch.setenv("AWS_LAMBDA_FUNCTION_NAME", "worker")
    monkeypatch.setenv("AWS_EXECUTION_ENV", "AWS_Lambda_python3.12")  # the real runtime (test_tmp_wipe_scope.py)
    monkeypatch.delenv("IS_OFFLINE", raising=False)
    context = SimpleNamespace(get_remaining_time_in_millis=lambda: 60000)
    record = {"messageId": "m1", "receiptHandle": "r", "body": "not a job", "attributes": {},
              "messageAttributes": {}, "md5OfBody": "", "eventSource": "aws:sqs",
              "eventSourceARN": "arn:aws:sqs:eu-west-1:1:jobs", "awsRegion": "eu-west-1"}
    assert worker.handle({"Records": [record]}, context) == {"batchItemFailures": [{"itemIdentifier": "m1"}]}
    assert sorted(p.name for p in root.iterdir()) == [Path(sandbox._nest()).name]
    assert os.path.isdir(runners[0].scratch)
    assert run_program("print(input())", "again", FAST).stdout == "again\n"
    assert {r.process.pid for group in sandbox._pool().idle.values() for r in group} == {runners[0].process.pid}
    sandbox.close_runners()
    assert list(root.iterdir()) == []  # the nest goes with the last runner
