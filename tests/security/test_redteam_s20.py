"""Routes the session-20 red team (redteam6) found through the jail, each closed by the fix it names.

* a process started past the shared harness's own filter: each group of the gate's mutant dispatcher runs in a
  process forked from the harness, which loads a filter against processes (fork, vfork, clone without
  CLONE_THREAD) so that nothing a mutant starts outlives its group. That filter named the x86_64 numbers only: clone3
  and a 32-bit fork through `int 0x80` (another audit arch, which it let through for "the sandbox's filter") went
  past it. Where the sandbox's own seccomp layer is active it answers clone3 with ENOSYS and kills 32-bit syscalls,
  but that layer is optional (a machine without libseccomp runs with bubblewrap alone, jail_layers says so), and
  there a mutant's grandchild kept the group's input file and rewrote the input of the next mutants between the
  dispatcher's first line and their own read: their results were its doing (counted killed). The harness's filter
  now answers clone3 with ENOSYS (glibc's threads fall back to clone, which it checks), refuses every 32-bit x86
  syscall and x32's numbers.
* shared memory behind one mapped page without bubblewrap and without Landlock (Lambda's 5.10 kernel, the inline
  executor): redteam5 closed shared anonymous maps everywhere and /dev/zero in the jail and under Landlock, but there
  a case still opened /dev/zero, mapped 96 MB of it shared, filled it and unmapped all but the last page, four times:
  384 MB held where no count of the process shows it, ok. On that path each case's filter now also refuses mmap with
  MAP_SHARED (or MAP_SHARED_VALIDATE): nothing a stdin -> stdout program does needs a shared map there
  (multiprocessing already fails without bubblewrap, its locks live in /dev/shm).
* a program that goes on past its CPU limit in the shared process: the harness's per-input limit is an ITIMER_PROF
  timer whose handler raises an exception, and a program that caught it (a bare `except:` around its loop, as a
  reference or its mutant may have) or stopped the timer (`setitimer(ITIMER_PROF, 0)`) ran 0.7 s of CPU under a 0.5 s
  limit and was reported ok, where a fresh process is time_limit: a too-slow mutant counted as surviving, a too-slow
  brute force's answer compared with the reference's. The harness now reports "cpu" for any input whose program used
  more CPU than its limit, however it got there.
* a mode change through a link: removing a tree a case built (the runner's clean-up, the worker's sweep of dead
  nests, the executor's wipe of /tmp) unlocks a dir it cannot open (mode 0) with chmod, which went by name and followed
  a link put there in between. Without Landlock a case can plant a "dead nest" in /tmp (its name, old times) that a
  worker process starting meanwhile sweeps while the case still runs; swapping the locked dir for a link made any file
  or dir of the uid 0700, a worker's unlistable nest of runner dirs (0300) among them. The chmod now goes through an
  O_PATH descriptor of that dir, opened without following links.
Attacks run as the caller and as uid 65534 (see test_attacks).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from generator.problems import sandbox
from generator.problems.jail import layers
from generator.problems.mutation import mutant_dispatcher
from generator.problems.sandbox import SandboxLimits, Verdict, run_many
from generator.problems.shared_run import run_shared
from tests.security.test_attacks import src
from tests.security.test_escapes import no_bwrap  # noqa: F401 - a fixture
from tests.security.test_redteam_s19 import SHMEM_BEHIND_ONE_PAGE


@pytest.fixture
def no_seccomp_layer(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Runners without the sandbox's seccomp layer (a machine without libseccomp): bubblewrap alone."""
    monkeypatch.setattr(layers, "seccomp_module", lambda: None)
    sandbox.close_runners()
    yield
    sandbox.close_runners()
    monkeypatch.undo()
    sandbox.close_runners()


# A mutant that starts a process the harness's filter does not see, which keeps the group's input file (shared with
# every later group's process) and rewrites a later mutant's input after the dispatcher has read its first line.
OUTLIVER = src("""
    import ctypes, os, time
    n = int(input())
    libc = ctypes.CDLL(None, use_errno=True)
    libc.syscall.restype = ctypes.c_long
    def clone3():
        args = (ctypes.c_uint64 * 11)()
        args[4] = 17  # exit_signal: SIGCHLD
        return libc.syscall(ctypes.c_long(435), ctypes.byref(args), ctypes.c_size_t(88))
    def fork32():
        code = b"\\x53\\x89\\xf8\\xcd\\x80\\x5b\\xc3"  # push rbx; mov eax, edi; int 0x80; pop rbx; ret
        libc.mmap.restype = ctypes.c_void_p
        libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int,
                              ctypes.c_long]
        address = libc.mmap(None, 4096, 7, 0x22, -1, 0)  # private, read-write-execute
        ctypes.memmove(address, code, len(code))
        return ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_int)(address)(2)  # the i386 fork
    pid = {"clone3": clone3, "fork32": fork32}[ROUTE]()
    if pid == 0:
        os.closerange(3, 1 << 16)  # the group's report pipe: the harness goes on once no one holds it
        end = time.monotonic() + 10
        while time.monotonic() < end:  # fd 0: the input file of every later group too
            if os.lseek(0, 0, os.SEEK_CUR) == 2 and os.pread(0, 1, 2) != b"9":
                os.pwrite(0, b"9", 2)
        os._exit(0)
    print(n + 100)
""")
HONEST = "import time\ntime.sleep(0.005)\nn = int(input())\nprint(n + 100)\n"  # (its imports take a while)


@pytest.mark.skipif(__import__("platform").machine() != "x86_64", reason="x86_64 routes")
@pytest.mark.parametrize("route", ["clone3", "fork32"])
@pytest.mark.usefixtures("no_seccomp_layer")
def test_a_mutant_starts_no_process_past_the_harness_filter(route: str, as_user: Callable[..., Any]) -> None:
    if as_user(sandbox.jail_layers).get("bubblewrap") is not True:
        pytest.skip("bubblewrap is not available here (without it and without seccomp nothing is confined)")
    program = mutant_dispatcher([f"ROUTE = {route!r}\n" + OUTLIVER, HONEST, HONEST, HONEST])
    texts = ["0\n1\n", "0\n2\n"] + [f"{1 + i // 4}\n{i + 3}\n" for i in range(12)]
    results = as_user(functools.partial(run_shared, group=2), program, texts,
                      SandboxLimits(cpu_seconds=2, wall_seconds=30))
    # Before: 109 for some of the later mutants' inputs (the grandchild's rewrite), each ok: counted killed.
    assert [(r.verdict, r.stdout) for r in results[2:]] == [(Verdict.ok, f"{i + 103}\n") for i in range(12)], \
        [r.stdout for r in results]


def test_no_shared_memory_behind_one_page_without_bubblewrap_and_landlock(
        as_user: Callable[..., Any], request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    request.getfixturevalue("no_bwrap")
    monkeypatch.setenv("SANDBOX_LANDLOCK", "0")
    monkeypatch.setenv("SANDBOX_UNCONFINED_ROOT", "1")  # (as root the sandbox refuses this path otherwise)
    if as_user(sandbox.jail_layers).get("seccomp") is not True:
        pytest.skip("seccomp is not active here")
    result = as_user(run_many, SHMEM_BEHIND_ONE_PAGE, [""], SandboxLimits(wall_seconds=30))[0]
    # Before: ok "anonymous 0 MB, zero 384 MB" (384 MB held under 256 MB by a shared map of /dev/zero).
    assert (result.verdict, result.stdout) == (Verdict.ok, "anonymous 0 MB, zero 0 MB\n"), \
        (result.verdict, result.stdout, result.stderr[-300:])


# Mode 0 catches the timer's exception and carries on; mode 1 stops the timer; mode 2 ignores its signal.
PAST_THE_CPU_LIMIT = src("""
    import signal, time
    n = int(input())
    if n % 3 == 1:
        signal.setitimer(signal.ITIMER_PROF, 0)
    elif n % 3 == 2:
        signal.signal(signal.SIGPROF, signal.SIG_IGN)
    end = time.process_time() + 0.7
    while True:
        try:
            while time.process_time() < end:
                pass
            break
        except BaseException:
            pass
    print("done")
""")


def test_a_program_that_runs_past_its_cpu_limit_in_the_shared_process_is_not_ok(as_user: Callable[..., Any]) -> None:
    # (As the gate's mutants are run: a CPU limit reported by the shared process is taken without a fresh run.)
    shared = functools.partial(run_shared, trust_cpu_limit=True)
    results = as_user(shared, PAST_THE_CPU_LIMIT, [f"{n}\n" for n in range(4)],
                      SandboxLimits(cpu_seconds=0.5, wall_seconds=60))
    # Before: (ok, 'done') for the inputs that caught the exception or stopped the timer (0.7 s of CPU under 0.5 s).
    assert [r.verdict for r in results] == [Verdict.time_limit] * 4, [(r.verdict, r.cpu_ms) for r in results]


def _unlock_through_a_swapped_link() -> str:
    """As uid 65534: a tree whose dir "d" is locked (mode 0) and turns into a link to another file of the uid between
    the failed open and the unlock, as a live case racing a sweep of a nest it planted could make it."""
    import os
    import shutil
    import stat
    import tempfile

    from generator.problems.jail import tree

    base = tempfile.mkdtemp()
    victim = os.path.join(base, "victim")
    os.close(os.open(victim, os.O_CREAT | os.O_WRONLY, 0o600))
    top = os.path.join(base, "top")
    os.mkdir(top)
    os.mkdir(os.path.join(top, "d"), 0)
    real_open = os.open

    def racing_open(path, flags, mode=0o777, *, dir_fd=None):  # type: ignore[no-untyped-def]
        try:
            return real_open(path, flags, mode, dir_fd=dir_fd)
        except PermissionError:
            if path == "d" and os.path.isdir(os.path.join(top, "d")) and not os.path.islink(os.path.join(top, "d")):
                os.rmdir(os.path.join(top, "d"))
                os.symlink(victim, os.path.join(top, "d"))
            raise

    tree.os.open = racing_open  # (this helper process only)
    try:
        tree.remove_tree(top)
    except OSError:
        pass  # refused: what matters is the victim's mode
    finally:
        tree.os.open = real_open
    mode = oct(stat.S_IMODE(os.stat(victim).st_mode))
    if os.path.isdir(os.path.join(top, "d")) and not os.path.islink(os.path.join(top, "d")):
        os.chmod(os.path.join(top, "d"), 0o700)
    shutil.rmtree(base, ignore_errors=True)
    return mode


def test_removing_a_tree_unlocks_nothing_through_a_link_swapped_in() -> None:
    # The worker sweeps dead nests (sandbox-<pid>-<32 hex> in /tmp, untouched for 10 minutes: a case without Landlock
    # can plant one and set its times) while cases of other worker processes run. A dir it cannot open (mode 0) it
    # unlocked with chmod by name, which follows a link put there meanwhile: any file or dir of the uid became 0700,
    # a worker's nest of runner dirs (0300, not listable) among them.
    if os.geteuid() == 0:
        from tests.security.test_attacks import _as_nobody
        mode = _as_nobody(_unlock_through_a_swapped_link)
    else:
        mode = _unlock_through_a_swapped_link()
    assert mode == "0o600", mode  # before: 0o700
