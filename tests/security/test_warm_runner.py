"""A warm runner serves many calls: nothing of one call may reach the next, and runners never outlive the worker.

Each test checks that the runner really was reused (same runner process before and after), so containment is
shown on the warm path and not on a fresh runner. Attacks run as the caller and as uid 65534 (see test_attacks).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from generator.problems import sandbox
from generator.problems.sandbox import Verdict, run_many, run_program
from tests.security.test_attacks import FAST, _alive_with, _marker, src

SUM = "a, b = map(int, input().split())\nprint(a + b)\n"


def _idle_runner_pids() -> set[int]:
    pool = sandbox._pool()
    with pool.lock:
        return {r.process.pid for group in pool.idle.values() for r in group}


def _two_calls(first: str, second: str) -> tuple[str, str, bool]:
    """Run `first` then `second` (each one case, no input); report both outputs and whether a runner was reused."""
    sandbox.close_runners()
    out1 = run_program(first, "", FAST).stdout
    before = _idle_runner_pids()
    out2 = run_program(second, "", FAST).stdout
    return out1, out2, bool(before) and before == _idle_runner_pids()


def test_files_times_and_modes_left_by_one_call_are_gone_for_the_next(as_user: Callable[..., Any]) -> None:
    if not as_user(sandbox.jail_layers).get("bubblewrap"):
        # Outside the jail the writer would chmod and touch the machine's own /, /tmp and /dev/shm (as root: for
        # everyone); those places are not the runner's to put back (README: not contained without bubblewrap).
        pytest.skip("needs bubblewrap: without it this attack changes the machine's /tmp")
    leak = f"leak-{_marker()}"
    writer = src(f"""
        import os
        made = []
        for d in ("/", "/tmp", "/dev", "/dev/shm", "/var/tmp", os.getcwd(), os.path.dirname(os.getcwd()),
                  os.path.dirname(os.path.dirname(os.getcwd()))):
            try:
                with open(os.path.join(d, "{leak}"), "w") as f:
                    f.write("42\\n")
                made.append(d)
            except OSError:
                pass
        try:
            os.makedirs("/tmp/{leak}-dir/inner")
            open("/tmp/{leak}-dir/inner/{leak}", "w").write("42")
            os.chmod("/tmp/{leak}-dir/inner", 0)
            os.chmod("/tmp/{leak}-dir", 0)  # locked: the runner must still remove it
        except OSError:
            pass
        for d in ("/tmp", "/dev/shm", "/"):
            try:
                os.utime(d, (1234567, 1234567))  # timestamps as a covert channel
                os.chmod(d, 0o751)
            except OSError:
                pass
        print(made)
    """)
    reader = src(f"""
        import glob, os
        found = [p for d in ("/", "/tmp/**/", "/dev/**/", "/var/tmp/") for p in glob.glob(d + "*{leak}*", recursive=True)]
        times = [d for d in ("/tmp", "/dev/shm", "/") if os.path.exists(d) and int(os.stat(d).st_mtime) == 1234567]
        modes = [d for d in ("/tmp", "/dev/shm", "/") if os.path.exists(d) and os.stat(d).st_mode & 0o777 == 0o751]
        print(found, times, modes)
    """)
    made, seen, reused = as_user(_two_calls, writer, reader)
    assert "/tmp" in made or os.getcwd() in made or made  # the writer did leave files somewhere
    assert seen == "[] [] []\n"
    assert reused


def test_system_v_ipc_cannot_carry_data_to_the_next_call(as_user: Callable[..., Any]) -> None:
    key = 0x5EC0000 + os.getpid() % 4096
    writer = src(f"""
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        print(libc.shmget({key}, 4096, 0o1000 | 0o666), libc.msgget({key}, 0o1000 | 0o666))
    """)
    reader = src(f"""
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        print(libc.shmget({key}, 0, 0), libc.msgget({key}, 0))
    """)
    _, seen, _ = as_user(_two_calls, writer, reader)
    assert seen == "-1 -1\n"


def test_a_case_cannot_kill_its_call_process(as_user: Callable[..., Any]) -> None:
    source = src("""
        import os, signal
        try:
            os.kill(os.getppid(), signal.SIGKILL)
        except OSError:
            pass
        print("alive")
    """)
    results = as_user(run_many, source, ["", ""], FAST)
    assert [(r.verdict, r.stdout) for r in results] == [(Verdict.ok, "alive\n")] * 2


def test_daemon_of_one_call_is_dead_before_the_next_call_starts(as_user: Callable[..., Any]) -> None:
    marker = _marker()
    daemon = src(f"""
        import os, subprocess
        if os.fork() == 0:
            if os.fork() == 0:
                os.execvp("sleep", ["sleep", "{marker}"])
            os._exit(0)
        print("started")
    """)
    out1, out2, reused = as_user(_two_calls, daemon, "print(7)\n")
    assert (out1, out2, reused) == ("started\n", "7\n", True)
    assert _alive_with(marker) == []


def test_a_dead_idle_runner_is_replaced() -> None:
    assert run_program(SUM, "1 2\n").stdout == "3\n"
    for pid in _idle_runner_pids():
        os.killpg(pid, signal.SIGKILL)
    assert run_program(SUM, "3 4\n").stdout == "7\n"


def test_concurrent_callers_get_their_own_runners_and_right_answers() -> None:
    sandbox.close_runners()
    answers: dict[int, list[str]] = {}

    def work(n: int) -> None:
        answers[n] = [r.stdout for r in run_many(SUM, [f"{n} {i}\n" for i in range(5)], FAST)]

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert answers == {n: [f"{n + i}\n" for i in range(5)] for n in range(4)}
    assert len(_idle_runner_pids()) >= 2  # not one runner serialising everyone


def test_a_forked_child_does_not_use_the_parents_runners() -> None:
    run_program(SUM, "1 2\n")
    parents = _idle_runner_pids()
    assert parents
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        ok = not _idle_runner_pids() and run_program(SUM, "2 2\n").stdout == "4\n"
        os.write(write, b"1" if ok else b"0")
        os._exit(0)  # no atexit: its runners must still die with it
    os.close(write)
    assert os.read(read, 1) == b"1"
    os.close(read)
    os.waitpid(pid, 0)
    assert _idle_runner_pids() == parents
    assert run_program(SUM, "5 5\n").stdout == "10\n"


def test_runners_do_not_outlive_the_worker_process() -> None:
    script = (f"import sys; sys.path.insert(0, {os.getcwd()!r})\n"
              "from generator.problems import sandbox\n"
              "print(sandbox.run_program('print(1)', '').stdout.strip(), *sandbox._pool().idle.values().__iter__()"
              ".__next__().__iter__().__next__().process.pid.__str__().split(), flush=True)\n")
    for ending in ("", "import os; os._exit(0)\n", "import os, signal; os.kill(os.getpid(), signal.SIGKILL)\n"):
        done = subprocess.run([sys.executable, "-c", script + ending], capture_output=True, text=True, timeout=60,
                              check=False)
        one, runner = done.stdout.split()
        assert one == "1", done.stderr
        assert _gone(int(runner)), ending


def _gone(pid: int) -> bool:
    for _ in range(100):
        try:
            with open(f"/proc/{pid}/stat") as f:
                if f.read().rsplit(")", 1)[1].split()[0] in ("Z", "X"):
                    return True
        except OSError:
            return True
        time.sleep(0.05)
    return False


@pytest.fixture(autouse=True)
def _no_runner_left_behind() -> Any:
    yield
    sandbox.close_runners()
