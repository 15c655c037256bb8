"""Routes the session-14 red team (redteam2) found through the jail, each closed by the fix it names.

* CPU in children the kernel reaps by itself: a case that set SIGCHLD to SIG_IGN (or SA_NOCLDWAIT) and burned its
  CPU in short-lived children was reported `ok` with a few ms of CPU after seconds of work (a time limit dodged:
  the reference's CPU sets the published time limit). An auto-reaped child's times reach no parent's rusage, and
  the runner's polls see a child only while it lives. seccomp now denies changing SIGCHLD's action at all.
* one program's threads failed another's (without bubblewrap: the Lambda-like path, which the deployed worker runs
  with its concurrent jobs): RLIMIT_NPROC counts every task of the uid, and each call had room for 48 tasks above
  what the uid ran when it started. A program holding 44 idle threads in one call made 54 of 61 cases of a
  concurrent honest call that starts a thread (the deep-recursion idiom) end in runtime_error, "can't start new
  thread". Each call now has room for 48 tasks per runner of the worker (and one runner more).
* output that swells in the worker: a case's stdout is capped in bytes (8 MB), but the worker holds it decoded, and
  one character past U+FFFF makes CPython store every character of the string in 4 bytes: an emoji and 8 MB of
  digits held 34 MB per case, and 10 such cases grew the worker by 345 MB (the deployed worker has 1769 MB, the
  gate runs a reference on 100+ stress inputs with a 600 s wall clock). The results of one call now hold at most
  sandbox._CALL_OUTPUT_BUDGET bytes of decoded output in the worker; cases past it are output_limit.
* without bubblewrap, Landlock let a case read all of /proc: the command line of every process of the machine
  (a secret passed as an argument, an --env JSON of a tool), the status and CPU of all. A case now reads only its
  own /proc/<pid> and its ancestors' (call process, runner, worker; a rule added per case to a ruleset the call
  process makes per call), and cannot list /proc.
* (hardening) the OOM killer chose by size: with memory short, the worker (hundreds of MB, every job of the Lambda
  in it) outweighed any 256 MB case. The runner now sets oom_score_adj 1000 on itself, inherited by every call
  process, case and what a case starts.
Attacks run as the caller and as uid 65534 (see test_attacks).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from generator.problems import sandbox
from generator.problems.jail import layers
from generator.problems.sandbox import SandboxLimits, Verdict, run_many, run_program
from tests.security.test_attacks import _as_nobody, src
from tests.security.test_escapes import no_bwrap  # noqa: F401 - a fixture

CPU_IN_AUTOREAPED_CHILDREN = src("""
    import ctypes, os, signal, sys, time
    how = sys.stdin.read().strip()
    if how == "ignore":
        signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    else:  # SA_NOCLDWAIT with the default action, through the raw syscall (Python's signal module has no flag)
        act = (ctypes.c_ulong * 4)(0, 1, 0, 0)  # struct kernel_sigaction: handler SIG_DFL, flags SA_NOCLDWAIT
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.syscall(13, signal.SIGCHLD, act, None, 8) != 0:
            raise OSError(ctypes.get_errno(), "rt_sigaction")
    for _ in range(12):  # 12 x 0.15 s of CPU, one child at a time: no poll sees more than 0.15 s at once
        pid = os.fork()
        if pid == 0:
            end = time.process_time() + 0.15
            while time.process_time() < end:
                pass
            os._exit(0)
        while True:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.005)
    print("done")
""")


@pytest.mark.parametrize("how", ["ignore", "nocldwait"])
def test_cpu_of_children_the_kernel_reaps_by_itself_is_not_lost(how: str, as_user: Callable[..., Any]) -> None:
    if as_user(sandbox.jail_layers).get("seccomp") is not True:
        pytest.skip("seccomp is not active here")
    result = as_user(run_program, CPU_IN_AUTOREAPED_CHILDREN, how, SandboxLimits(cpu_seconds=1.0, wall_seconds=30))
    # The program did 1.8 s of CPU under a 1 s limit: never ok (before the fix: ok, cpu_ms ~20).
    assert result.verdict is not Verdict.ok, (result.cpu_ms, result.stdout)
    assert result.verdict in (Verdict.time_limit, Verdict.runtime_error)


THREAD_HOG = src("""
    import threading, time
    threading.stack_size(1 << 16)
    for _ in range(44):  # (under the 48 tasks a case may hold: never stopped for it)
        threading.Thread(target=time.sleep, args=(5,), daemon=True).start()
    print("holding")
    time.sleep(5)
""")
THREAD_USER = src("""
    import sys, threading
    sys.setrecursionlimit(10 ** 6)
    threading.stack_size(1 << 26)
    out = []
    thread = threading.Thread(target=lambda: out.append(sum(range(int(input())))))
    thread.start()
    thread.join()
    print(out[0])
""")


def _crowded() -> tuple[list[Any], Any]:
    """An honest call whose cases start a thread, and 0.3 s into it a concurrent call holding 44 threads."""
    os.environ["SANDBOX_BWRAP"] = "0"
    layers.bwrap_works.cache_clear()
    limits = SandboxLimits(cpu_seconds=2.0, wall_seconds=60)
    run_program("print(1)", "", limits)  # one warm runner, as after the worker's first call
    found: dict[str, Any] = {}

    def honest() -> None:
        found["honest"] = run_many(THREAD_USER, ["1500000"] * 60, limits)

    def hog() -> None:
        time.sleep(0.3)
        found["hog"] = run_program(THREAD_HOG, "", limits)

    threads = [threading.Thread(target=honest), threading.Thread(target=hog)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    sandbox.close_runners()
    return found["honest"], found["hog"]


def test_threads_held_by_one_call_do_not_fail_a_concurrent_call() -> None:
    # RLIMIT_NPROC binds a non-root uid only (root's is exempt): as root, the calls run as uid 65534.
    crowded = _as_nobody(_crowded) if os.geteuid() == 0 else _crowded()
    honest, hog = crowded
    assert (hog.verdict, hog.stdout) == (Verdict.ok, "holding\n"), hog.stderr
    failed = [r for r in honest if (r.verdict, r.stdout) != (Verdict.ok, "1124999250000\n")]
    assert not failed, (len(failed), failed[0].stderr[-300:])


WIDE_OUTPUT = src("""
    import sys
    sys.stdout.write("\\U0001F600" + "7" * (8 * 1024 * 1024 - 6) + "\\n")  # 8 MB - 1 byte: under the cap
""")


def test_the_outputs_of_one_call_cannot_swell_the_worker(as_user: Callable[..., Any]) -> None:
    results = as_user(run_many, WIDE_OUTPUT, [""] * 12, SandboxLimits(wall_seconds=120))
    held = sum(sys.getsizeof(r.stdout) + sys.getsizeof(r.stderr) for r in results)
    # Before: all 12 ok, 12 x 33.5 MB = 403 MB held.
    assert held <= sandbox._CALL_OUTPUT_BUDGET
    assert results[0].verdict is Verdict.ok and len(results[0].stdout) == 8 * 1024 * 1024 - 4
    assert results[-1].verdict is Verdict.output_limit and results[-1].stdout == ""
    assert "outputs of this call" in results[-1].stderr


PROC_READER = src("""
    import os
    try:
        found = os.listdir("/proc")
    except OSError:
        found = []
    for pid in ["1", str(os.getppid()), *[n for n in found if n.isdigit()]]:
        try:
            with open("/proc/%s/cmdline" % pid, "rb") as f:
                if b"SECRET-" in f.read():
                    found.append("secret in %s" % pid)
        except OSError:
            pass
    with open("/proc/self/status") as f:  # its own /proc stays readable
        own = f.read().startswith("Name:")
    print([n for n in found if not n.isdigit()][:3], own)
""")


@pytest.mark.usefixtures("no_bwrap")
def test_without_a_jail_a_case_reads_no_other_process_in_proc(as_user: Callable[..., Any]) -> None:
    if as_user(sandbox.jail_layers).get("landlock") is not True:
        pytest.skip("Landlock is not available on this kernel")
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)", "SECRET-%d" % os.getpid()])
    try:
        result = as_user(run_program, PROC_READER, "", SandboxLimits(wall_seconds=30))
    finally:
        holder.kill()
        holder.wait()
    # Before: ['self', 'thread-self', 'fb'] ... and 'secret in <pid>' among the names (every cmdline readable).
    assert (result.verdict, result.stdout) == (Verdict.ok, "[] True\n"), result.stderr


OOM_SCORES = src("""
    import os
    pid = os.fork()
    if pid == 0:
        with open("/proc/self/oom_score_adj") as f:
            os._exit(int(f.read()) == 1000)
    child = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
    with open("/proc/self/oom_score_adj") as f:
        print(f.read().strip(), child)
""")


@pytest.mark.parametrize("jailed", [True, False], ids=["jailed", "unjailed"])
def test_a_case_and_its_children_are_the_oom_killers_first_choice(jailed: bool, as_user: Callable[..., Any],
                                                                  request: pytest.FixtureRequest) -> None:
    if not jailed:
        request.getfixturevalue("no_bwrap")
    result = as_user(run_program, OOM_SCORES, "", SandboxLimits(wall_seconds=30))
    assert (result.verdict, result.stdout) == (Verdict.ok, "1000 1\n"), result.stderr
