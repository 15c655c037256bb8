"""Routes the session-17 red team (redteam3) found through the jail, each closed by the fix it names.

* a case lowered its own OOM score, which the runner had raised to 1000 for every case so that the OOM killer takes a
  case (at most its memory limit) before the worker (hundreds of MB, every job of the Lambda in it): it made itself
  dumpable (prctl), which gives its /proc files back to its uid, and wrote 0; a program it execs is dumpable anyway;
  a jail started as root (its uid is root outside) also lowered its call process's, and every later case of the call
  started at 0. The worker, as root, now raises the runner's score with CAP_SYS_RESOURCE, which makes 1000 its floor
  for every descendant (the kernel's oom_score_adj_min); where it cannot (a non-root worker), the runner stops a case
  whose process tree holds a lower score at its next poll, and puts its call process's back.
* the memory of a case's process tree was summed from each process's /proc/<pid>/status, which shows no memory once
  the process's main thread has ended alone (SYS_exit rather than exit_group; that thread has no mm any more) while its
  other threads hold all of it: 3 children held 390 MB under a 200 MB limit, reported ok. The runner now reads one of
  the other threads' status for such a process.
* a case read the output of the case before it in its own memory: the call process read each case's stdout and
  stderr into its heap to send them, freed them, and forked the next case with that heap (200 KB outputs too). A
  program's cases could carry state from one test to the next. The call process now splices the output from the
  case's file into the result pipe, and zeroes the buffer of its stderr excerpt (and of an input it could not splice).
* (robustness) the runner finds a case's process tree through /proc/<pid>/task/<tid>/children, which needs the optional
  CONFIG_PROC_CHILDREN (Lambda's kernel is not known to have it). Without it the lists were empty: the runner killed
  nothing after a case, waited for a live child until the worker's backstop (sandbox_error), and summed no grandchild's
  CPU or memory. It now checks for the files at start, says which way it finds the tree (jail_layers()["process_tree"]),
  and without them scans /proc for parents. SANDBOX_PROC_CHILDREN=0 takes that path here.
Attacks run as the caller and as uid 65534 (see test_attacks).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.problems import sandbox
from generator.problems.sandbox import SandboxLimits, Verdict, run_many
from tests.security.test_attacks import _alive_with, _as_nobody, _marker, src
from tests.security.test_escapes import no_bwrap  # noqa: F401 - a fixture

LOWER_OOM_SCORE = src("""
    import ctypes, os, subprocess, time
    def lower(path):
        try:
            with open(path, "w") as f:
                f.write("0")
        except OSError:
            pass
    def read(path):
        with open(path) as f:
            return f.read().strip()
    if input() == "lower":
        ctypes.CDLL(None).prctl(4, 1, 0, 0, 0)  # PR_SET_DUMPABLE: its /proc files are its uid's again
        lower("/proc/self/oom_score_adj")
        lower("/proc/%d/oom_score_adj" % os.getppid())  # the call process: later cases are its forks
        # a program it execs is dumpable whatever the flag was
        subprocess.run(["/bin/sh", "-c", "echo 0 > /proc/self/oom_score_adj; sleep 0.5"], stderr=subprocess.DEVNULL)
        time.sleep(0.3)
    print(read("/proc/self/oom_score_adj"), read("/proc/%d/oom_score_adj" % os.getppid()))
""")


@pytest.mark.parametrize("where", ["jailed", "landlock", "no_landlock"])
def test_a_case_cannot_stay_below_the_oom_score_of_every_case(where: str, as_user: Callable[..., Any],
                                                              request: pytest.FixtureRequest,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    if where != "jailed":
        request.getfixturevalue("no_bwrap")  # (Lambda-like: without Landlock, as Lambda's kernel may be)
    if where == "no_landlock":
        monkeypatch.setenv("SANDBOX_LANDLOCK", "0")
        monkeypatch.setenv("SANDBOX_UNCONFINED_ROOT", "1")  # (as root the sandbox refuses this path otherwise)
    lowered, later = as_user(run_many, LOWER_OOM_SCORE, ["lower", "probe"], SandboxLimits(wall_seconds=30))
    # Before: ok "0 0" (a jail started as root) or "0 1000", and the later case of the call started at 0.
    assert lowered.verdict is Verdict.runtime_error or (lowered.verdict, lowered.stdout) == (Verdict.ok, "1000 1000\n"), \
        (lowered.verdict, lowered.stdout, lowered.stderr[-300:])
    assert (later.verdict, later.stdout) == (Verdict.ok, "1000 1000\n"), later.stderr[-300:]


# Each child ends its main thread alone (SYS_exit, not exit_group) and its other thread then fills memory: a thread
# group whose leader has exited shows no memory in /proc/<pid>/status (the leader has no mm any more), and the runner
# summed only those. 3 x 120 MB stayed resident under a 200 MB limit, reported ok (4 x 200 MB: 840 MB; up to 24
# processes of 256 MB each fit under the 48 tasks of a case).
MEMORY_BEHIND_AN_EXITED_LEADER = src("""
    import ctypes, os, threading, time
    kids = []
    for _ in range(3):
        pid = os.fork()
        if pid == 0:
            def hold():
                time.sleep(0.3)  # after the leader is gone
                block = bytearray(120 << 20)
                for i in range(0, len(block), 4096):
                    block[i] = 1
                time.sleep(3)
                os._exit(0)
            threading.Thread(target=hold).start()
            time.sleep(0.05)
            ctypes.CDLL(None).syscall(60, 0)  # SYS_exit: this thread only
        kids.append(pid)
    time.sleep(1.5)
    held = 0
    for pid in kids:
        for tid in os.listdir("/proc/%d/task" % pid):
            with open("/proc/%d/task/%s/status" % (pid, tid)) as f:
                held += sum(int(line.split()[1]) for line in f if line.startswith("RssAnon:"))
    print("held MB", held >> 10)
""")


def test_memory_of_a_process_whose_main_thread_exited_counts(as_user: Callable[..., Any]) -> None:
    result = as_user(run_many, MEMORY_BEHIND_AN_EXITED_LEADER, [""], SandboxLimits(memory_mb=200, wall_seconds=30))[0]
    assert result.verdict is Verdict.memory_limit, (result.verdict, result.stdout, result.stderr[-300:])


SCHEDULING_LIMITS = src("""
    import os, resource
    print(resource.getrlimit(resource.RLIMIT_RTPRIO), resource.getrlimit(resource.RLIMIT_NICE))
    for name, attempt in (("fifo", lambda: os.sched_setscheduler(0, os.SCHED_FIFO, os.sched_param(1))),
                          ("nice", lambda: os.setpriority(os.PRIO_PROCESS, 0, os.getpriority(os.PRIO_PROCESS, 0) - 1))):
        try:
            attempt()
            print(name, "taken")
        except OSError:
            pass
""")


def test_a_case_gets_no_real_time_priority_nor_a_lower_nice_value(as_user: Callable[..., Any]) -> None:
    # (Hardening: this machine's limits grant neither, so nothing was taken here before either; a worker whose
    # RLIMIT_RTPRIO is above 0 — limits.conf's rtprio for an audio group — let a SCHED_FIFO case starve every core.)
    result = as_user(run_many, SCHEDULING_LIMITS, [""], SandboxLimits(wall_seconds=30))[0]
    assert (result.verdict, result.stdout) == (Verdict.ok, "(0, 0) (0, 0)\n"), result.stderr[-300:]


EARLIER_OUTPUT_IN_MEMORY = src("""
    import re, sys
    tag = input().strip()
    if tag != "find":
        print("SECRET-%s-" % tag + "q" * 2000)  # one small output, one that glibc maps on its own
        print("BIG-%s-" % tag + "z" * 200000)
        print("ERROR-%s-" % tag, file=sys.stderr)
        sys.exit(0)
    import ctypes
    ctypes.CDLL(None).prctl(4, 1, 0, 0, 0)  # dumpable: a non-root uid may then open its own /proc/self/mem
    found = set()
    with open("/proc/self/maps") as maps:
        regions = [line.split() for line in maps]
    with open("/proc/self/mem", "rb", buffering=0) as mem:
        for fields in regions:
            if fields[1][0] != "r" or fields[-1] == "[vsyscall]":
                continue
            start, end = (int(x, 16) for x in fields[0].split("-"))
            try:
                mem.seek(start)
                data = mem.read(end - start)
            except (OSError, ValueError, OverflowError):
                continue
            found.update(m.decode() for m in re.findall(rb"(?:SECRET|BIG|ERROR)-[a-z]+-", data))
    print(sorted(found))
""")


def test_a_case_finds_no_earlier_output_in_its_memory(as_user: Callable[..., Any]) -> None:
    results = as_user(run_many, EARLIER_OUTPUT_IN_MEMORY, ["alpha", "find", "beta", "find"],
                      SandboxLimits(wall_seconds=30))
    assert [r.verdict for r in results] == [Verdict.ok] * 4, [r.stderr[-300:] for r in results]
    # Before: ['BIG-alpha-', 'ERROR-alpha-', 'SECRET-alpha-'], then the same of beta.
    assert [results[1].stdout, results[3].stdout] == ["[]\n", "[]\n"]


TREE_WITHOUT_CHILDREN_FILES = src("""
    import os, sys, time
    what = input().split()
    if what[0] == "daemon":  # a grandchild that sleeps on after the case
        if os.fork() == 0:
            if os.fork() == 0:
                os.execvp("sleep", ["sleep", what[1]])
            os._exit(0)
        os.wait()
        print("left")
    elif what[0] == "memory":  # grandchildren holding 3 x 100 MB under 200 MB
        if os.fork() == 0:
            for _ in range(3):
                if os.fork() == 0:
                    block = bytearray(100 << 20)
                    for i in range(0, len(block), 4096):
                        block[i] = 1
                    time.sleep(5)
                    os._exit(0)
            time.sleep(5)
            os._exit(0)
        time.sleep(5)
        print("held")
    else:  # a child that sleeps while its parent loops
        if os.fork() == 0:
            time.sleep(30)
            os._exit(0)
        while True:
            pass
""")


@pytest.mark.parametrize("jailed", [True, False], ids=["jailed", "unjailed"])
def test_without_the_kernels_children_files_a_case_tree_is_still_found(
        jailed: bool, as_user: Callable[..., Any], request: pytest.FixtureRequest,
        monkeypatch: pytest.MonkeyPatch) -> None:
    if not jailed:
        request.getfixturevalue("no_bwrap")
    monkeypatch.setenv("SANDBOX_PROC_CHILDREN", "0")
    sandbox.close_runners()
    try:
        assert as_user(sandbox.jail_layers)["process_tree"].startswith("a scan of /proc")
        marker = _marker()
        daemon, memory, loop = as_user(run_many, TREE_WITHOUT_CHILDREN_FILES,
                                       [f"daemon {marker}", "memory", "loop"],
                                       SandboxLimits(cpu_seconds=1.0, wall_seconds=30, memory_mb=200))
        assert (daemon.verdict, daemon.stdout) == (Verdict.ok, "left\n"), daemon.stderr[-300:]
        assert _alive_with(marker) == []
        assert memory.verdict is Verdict.memory_limit, (memory.verdict, memory.stderr[-300:])
        assert loop.verdict is Verdict.time_limit, (loop.verdict, loop.stderr[-300:])
    finally:
        sandbox.close_runners()


HOST_WIDE_SYNC = src("""
    import ctypes, platform
    libc = ctypes.CDLL(None, use_errno=True)
    sync = {"x86_64": 162, "aarch64": 81}[platform.machine()]  # glibc's sync() drops the syscall's error
    done = (libc.syscall(sync) == 0) + (libc.syncfs(0) == 0)  # syncfs: the file system of its stdin
    print(done)
""")


def test_a_case_cannot_flush_every_file_system_of_the_machine(as_user: Callable[..., Any]) -> None:
    # sync(2) writes back the dirty data of every file system of the host (a jail's mount namespace does not narrow
    # it) and waits for it in an uninterruptible sleep: from a jail a case made the host's disks flush other
    # processes' data, ~500 times in half a second here. syncfs(2) on the case's own files is the same for their
    # file system. No stdin -> stdout program needs either; fsync of one file stays allowed.
    result = as_user(run_many, HOST_WIDE_SYNC, [""], SandboxLimits(wall_seconds=30))[0]
    assert (result.verdict, result.stdout) == (Verdict.ok, "0\n"), result.stderr[-300:]


# A lease on a file (fcntl F_SETLEASE) makes every other process that opens it (a write lease) or opens it for writing
# (a read lease) wait until the holder lets go, up to fs.lease-break-time (45 s). A case may take one on any file its
# uid owns; a jail started as root runs as root's uid outside, so that is every root-owned file bound into it: a case
# took a write lease on the interpreter's mailbox.cpython-311.pyc, and a concurrent call's honest case that imported
# mailbox waited until its wall clock ran out (time_limit) while the worker itself waited 2 s on the same import. The
# interpreter of a developer's virtualenv belongs to the developer's uid, which the cases share without bubblewrap.
LEASES = src("""
    import fcntl, importlib.util, os
    mine = os.open("mine.txt", os.O_RDONLY | os.O_CREAT, 0o600)
    theirs = os.open(importlib.util.cache_from_source(os.path.join(os.path.dirname(os.__file__), "mailbox.py")),
                     os.O_RDONLY)
    taken = []
    for name, fd in (("mine", mine), ("interpreter", theirs)):
        for kind in (fcntl.F_RDLCK, fcntl.F_WRLCK):
            try:
                fcntl.fcntl(fd, fcntl.F_SETLEASE, kind)
                taken.append(name)
                fcntl.fcntl(fd, fcntl.F_SETLEASE, fcntl.F_UNLCK)
            except OSError:
                pass
    print(taken)
""")


def test_a_case_takes_no_lease_on_a_file(as_user: Callable[..., Any]) -> None:
    result = as_user(run_many, LEASES, [""], SandboxLimits(wall_seconds=30))[0]
    # Before: ['mine', 'mine', 'interpreter', 'interpreter'] as root (the jail's uid owns root's files outside it).
    assert (result.verdict, result.stdout) == (Verdict.ok, "[]\n"), result.stderr[-300:]


# Landlock handles truncation only from ABI 3 (Linux 6.2): on 5.13-6.1 (Ubuntu 22.04's 5.15, Debian 12's 6.1) a case
# without bubblewrap truncated, by path, any file its uid may write, wherever it lies: the project's code in a
# developer's checkout, the interpreter of a virtualenv (both the developer's uid), every root-owned file as root. And
# open(O_RDONLY | O_TRUNC), which Linux honours, truncates a file Landlock lets it read (the interpreter's prefix).
# SANDBOX_LANDLOCK_ABI=2 makes the runner use Landlock as such a kernel has it.
TRUNCATE = src("""
    import os, sys
    victim = sys.stdin.read().strip()
    done = []
    try:
        os.truncate(victim, 0)
        done.append("path")
    except OSError:
        pass
    with open("mine.txt", "w") as f:
        f.write("x")
    try:
        os.close(os.open("mine.txt", os.O_RDONLY | os.O_TRUNC))
        done.append("rdonly" if os.path.getsize("mine.txt") == 0 else "rdonly-kept")
    except OSError:
        pass
    print(done)
""")


def test_without_a_jail_an_older_landlock_lets_no_case_truncate_files(
        as_user: Callable[..., Any], request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    request.getfixturevalue("no_bwrap")
    monkeypatch.setenv("SANDBOX_LANDLOCK_ABI", "2")
    sandbox.close_runners()
    if sandbox.jail_layers().get("landlock") is not True:
        pytest.skip("Landlock is not available on this kernel")
    where = Path(tempfile.mkdtemp(prefix="project-"))  # (a dir every uid may pass, as a checkout in a home is)
    victim = where / "code.py"
    victim.write_text("print('the project')\n")
    where.chmod(0o755)
    if as_user is _as_nobody:
        os.chown(victim, 65534, 65534)  # the case's uid owns it, as a developer owns their checkout
    try:
        result = as_user(run_many, TRUNCATE, [str(victim)], SandboxLimits(wall_seconds=30))[0]
        # Before (Landlock ABI 2): ['path', 'rdonly'], and the victim emptied.
        assert (result.verdict, result.stdout) == (Verdict.ok, "[]\n"), result.stderr[-300:]
        assert victim.read_text() == "print('the project')\n"
    finally:
        sandbox.close_runners()
        victim.unlink()
        where.rmdir()


VERITY = src("""
    import ctypes, errno, fcntl, os
    fd = os.open(os.__file__, os.O_RDONLY)  # a file of the interpreter (the host's, or the developer's)
    arg = (ctypes.c_uint32 * 32)(1, 1, 4096)  # struct fsverity_enable_arg: version 1, SHA-256, 4 KiB blocks
    try:
        fcntl.ioctl(fd, 0x40806685, arg)  # FS_IOC_ENABLE_VERITY
        print("enabled")
    except OSError as exc:
        print(errno.errorcode.get(exc.errno, exc.errno))
""")


def test_a_case_cannot_make_a_file_immutable_with_fs_verity(as_user: Callable[..., Any]) -> None:
    # (Hardening.) FS_IOC_ENABLE_VERITY makes a file read-only for good (it can then only be deleted) and needs just a
    # read-only descriptor and write permission on the inode: without bubblewrap, on a file system with verity
    # enabled, a case running as root could freeze the interpreter's files. This machine's file system refuses it
    # anyway (EOPNOTSUPP or ENOTTY before the filter, EROFS in a jail); the filter answers EPERM first.
    result = as_user(run_many, VERITY, [""], SandboxLimits(wall_seconds=30))[0]
    assert (result.verdict, result.stdout) == (Verdict.ok, "EPERM\n"), (result.stdout, result.stderr[-300:])
