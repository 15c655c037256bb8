"""Routes the session-21 red team (redteam7) found through the jail, each closed by the fix it names.

* bubblewrap without the seccomp layer (a machine without libseccomp or pyseccomp: jail_layers()["seccomp"] says why,
  and the sandbox runs on) had none of the seccomp rules the earlier fixes rest on. A case set SIGCHLD to SIG_IGN (or
  SA_NOCLDWAIT) and burned 1.8 s of CPU in children the kernel reaped by itself under a 1 s limit: ok with 44 ms (the
  hole of test_redteam_s14, open again there). Where load_seccomp fails, the runner now loads a filter of its own,
  assembled without libseccomp (jail_layers()["fallback_filter"]), with the rules that matter most, by number for
  x86_64 and aarch64; every i386 and x32 syscall answers EPERM.
* the same path, state beside the files the runner restores: one call set user xattrs on the jail's /tmp and /dev/shm
  and an inode flag on /tmp, made a POSIX message queue and put a key in the jail uid's keyring (the jail's IPC and
  user namespaces live as long as the warm runner), and the next call, another program, read every one of them
  (the hole of test_redteam_s13 for xattrs and flags). The fallback filter denies the xattr calls (also setxattrat
  and the other new ones by number), FS_IOC_SETFLAGS / FS_IOC_FSSETXATTR / FS_IOC_ENABLE_VERITY, mq_open, add_key,
  request_key, keyctl and System V IPC, as the seccomp layer does.
* the same path, memory no resident size shows and counts the whole machine draws on: a case made a user and mount
  namespace inside the jail, mounted a tmpfs of its own and held 320 MB in it under a 256 MB limit, ok; shared
  anonymous memory behind one mapped page (384 MB), pages pinned in a pipe, socket buffers, inotify / fanotify
  instances and AIO contexts (the holes of test_redteam_s18 and s19) were all open again. The fallback filter denies
  new namespaces (unshare, setns, clone with CLONE_NEW*; clone3 ENOSYS), shared anonymous and huge-page maps,
  MADV_PAGEOUT, process_madvise, vmsplice, socket, socketpair, memfds, inotify, fanotify, io_setup, io_uring,
  leases, sync / syncfs, userfaultfd, perf_event_open and bpf.
* a fork bomb as root (RLIMIT_NPROC binds no process of uid 0, and a jail started as root is uid 0 outside; the runner's
  count of 48 tasks is a poll): a case forked 4,096 processes before the runner stopped it, with and without
  bubblewrap, and the runner's clean-up (kill_all) walked the whole tree once per process it reaped, so it never
  answered: the case held its processes (3,849 at the peak) until the worker's backstop, sandbox_error. kill_all now
  reaps every ended child between two walks (contained in 5-25 s at a load of 250-500, verdict time_limit). Still
  open: the bomb grows between two polls, more so when the runner is starved of CPU (README).
* without bubblewrap and without the seccomp layer (Landlock on), a case signalled its call process, its runner and the
  worker (SIGKILL would end the worker and every job in it; as root, kill(-1) reaches every root process of the
  machine). The fallback filter now denies signals to process groups, to everyone and to the runner and its parents,
  ptrace, process_vm_*, kcmp, pidfds, setsid / setpgid and prlimit of another process, and outside a jail each case
  loads a filter of its own (fallback_self_only) that lets it signal only itself, as the seccomp layer's does.
* the same path reached the machine's network: a case connected to a service on 127.0.0.1 (the local stack's, say) and
  could reach anywhere. Closed by the fallback filter's socket rule (above); the test shows it.
* the same path, as a non-root uid (Lambda's): a case changed the worker's nice value and CPU affinity (setpriority,
  sched_setaffinity on the worker's pid; 19 or one CPU would slow every job of it). The fallback filter allows the
  sched_* calls, setpriority and ioprio_set on the calling process only, and denies F_SETOWN(_EX), FIOSETOWN and
  SIOCSPGRP (the kernel signals a file's owner on I/O), as the seccomp layer does. (As root the kernel refuses it
  already: the worker holds capabilities a case has not.)
Attacks run as the caller and as uid 65534 (see test_attacks).
"""
from __future__ import annotations

import ctypes.util  # noqa: F401 - imported while the venv is readable (the runner's start needs it; uid 65534 cannot)
import importlib.util
import json
import os
import socket
import sys
import time
from collections.abc import Callable
from typing import Any

import pytest

from generator.problems import sandbox
from generator.problems.jail import layers
from generator.problems.sandbox import SandboxLimits, Verdict, run_program
from tests.security.test_attacks import src
from tests.security.test_redteam_s14 import CPU_IN_AUTOREAPED_CHILDREN
from tests.security.test_redteam_s18 import MACHINE_WIDE_AIO, NOTIFY, PIN_IN_A_PIPE
from tests.security.test_redteam_s19 import SHMEM_BEHIND_ONE_PAGE
from tests.security.test_escapes import no_bwrap  # noqa: F401 - a fixture
from tests.security.test_redteam_s20 import no_seccomp_layer  # noqa: F401 - a fixture


def _bubblewrap_alone(as_user: Callable[..., Any]) -> dict[str, object]:
    active = as_user(sandbox.jail_layers)
    if active.get("bubblewrap") is not True:
        pytest.skip("bubblewrap is not available here")
    assert active.get("seccomp") is not True, active  # (the fixture hides the binding)
    return active


@pytest.mark.parametrize("how", ["ignore", "nocldwait"])
@pytest.mark.usefixtures("no_seccomp_layer")
def test_without_the_seccomp_layer_cpu_of_auto_reaped_children_is_not_lost(
        how: str, as_user: Callable[..., Any]) -> None:
    active = _bubblewrap_alone(as_user)
    result = as_user(run_program, CPU_IN_AUTOREAPED_CHILDREN, how, SandboxLimits(cpu_seconds=1.0, wall_seconds=30))
    # 1.8 s of CPU under a 1 s limit: never ok (before: ok, cpu_ms ~44, with bubblewrap alone).
    assert result.verdict is not Verdict.ok, (result.cpu_ms, result.stdout)
    assert result.verdict in (Verdict.time_limit, Verdict.runtime_error)
    assert active.get("fallback_filter") is True, active


# One call leaves state beside the files the runner restores; the next call (another program, on the same warm runner)
# reads it: user xattrs on the jail's /tmp and /dev/shm, an inode flag on /tmp, a POSIX message queue and a key in the
# jail uid's keyring (each jail has its own user and IPC namespaces, which live as long as the runner).
LEAVE_STATE = src("""
    import ctypes, fcntl, os, struct
    libc = ctypes.CDLL(None, use_errno=True)
    libc.syscall.restype = ctypes.c_long
    left = []
    for path in ("/tmp", "/dev/shm"):
        try:
            os.setxattr(path, "user.left", b"call 1")
            left.append("xattr " + path)
        except OSError:
            pass
    try:
        fd = os.open("/tmp", os.O_RDONLY)
        fcntl.ioctl(fd, 0x40086602, struct.pack("l", 0x40))  # FS_IOC_SETFLAGS: FS_NODUMP_FL
        left.append("flag")
    except OSError:
        pass
    queue = libc.mq_open(b"/left", os.O_CREAT | os.O_RDWR, 0o600, None)
    if queue >= 0 and libc.mq_send(queue, b"call 1", 6, 0) == 0:
        left.append("queue")
    numbers = {"x86_64": 248, "aarch64": 217}[os.uname().machine]  # add_key
    if libc.syscall(numbers, b"user", b"left", b"call 1", 6, -4) > 0:  # KEY_SPEC_USER_KEYRING
        left.append("key")
    print(", ".join(left) or "nothing")
""")
FIND_STATE = src("""
    import ctypes, fcntl, os, struct
    libc = ctypes.CDLL(None, use_errno=True)
    libc.syscall.restype = ctypes.c_long
    found = []
    for path in ("/tmp", "/dev/shm"):
        try:
            found.append("xattr %s %s" % (path, os.getxattr(path, "user.left").decode()))
        except OSError:
            pass
    flags = struct.unpack("l", fcntl.ioctl(os.open("/tmp", os.O_RDONLY), 0x80086601, bytes(8)))[0]  # FS_IOC_GETFLAGS
    if flags & 0x40:
        found.append("flag")
    queue = libc.mq_open(b"/left", os.O_RDONLY | os.O_NONBLOCK, 0, None)
    buffer = ctypes.create_string_buffer(1 << 14)
    if queue >= 0 and libc.mq_receive(queue, buffer, 1 << 14, None) > 0:
        found.append("queue " + buffer.value.decode())
    number = {"x86_64": 249, "aarch64": 218}[os.uname().machine]  # request_key
    if libc.syscall(number, b"user", b"left", None, 0) > 0:
        found.append("key")
    print(", ".join(found) or "nothing")
""")


def _two_calls(first: str, second: str) -> tuple[str, str]:
    """Two calls in a row in this process: the second is served by the runner the first gave back."""
    limits = SandboxLimits(cpu_seconds=2.0, wall_seconds=30)
    one, two = run_program(first, "", limits), run_program(second, "", limits)
    return f"{one.verdict.value} {one.stdout.strip()}", f"{two.verdict.value} {two.stdout.strip()}"


@pytest.mark.usefixtures("no_seccomp_layer")
def test_without_the_seccomp_layer_nothing_of_a_call_reaches_the_next(as_user: Callable[..., Any]) -> None:
    _bubblewrap_alone(as_user)
    left, found = as_user(_two_calls, LEAVE_STATE, FIND_STATE)
    # Before: "ok xattr /tmp, xattr /dev/shm, flag, queue, key", then the next program found every one of them.
    assert found == "ok nothing", (left, found)
    assert left == "ok nothing", left


# Memory no resident size shows and counts every process of the machine draws on, each closed by a seccomp rule the
# fallback filter lacked: a tmpfs of a case's own (in a user and mount namespace it made inside the jail), pages pinned
# in a pipe, shared anonymous memory behind one mapped page, socket buffers, inotify / fanotify instances, AIO contexts.
OWN_TMPFS = src("""
    import ctypes, errno, os
    libc = ctypes.CDLL(None, use_errno=True)
    uid, gid = os.getuid(), os.getgid()
    libc.prctl(4, 1, 0, 0, 0)  # PR_SET_DUMPABLE: its /proc/self files become its own uid's, to write its maps
    if libc.unshare(0x10000000 | 0x00020000) != 0:  # CLONE_NEWUSER | CLONE_NEWNS
        print("unshare", errno.errorcode.get(ctypes.get_errno()))
    else:
        for name, text in (("setgroups", "deny"), ("uid_map", "0 %d 1" % uid), ("gid_map", "0 %d 1" % gid)):
            with open("/proc/self/" + name, "w") as f:
                f.write(text)
        if libc.mount(b"none", b"/tmp", b"tmpfs", 0, b"size=1g") != 0:
            print("mount", errno.errorcode.get(ctypes.get_errno()))
        else:
            block = bytes(1 << 20)
            for n in range(40):  # files of 8 MB (RLIMIT_FSIZE caps each at the output limit)
                with open("/tmp/held%d" % n, "wb") as f:
                    for _ in range(8):
                        f.write(block)
            print("held 320 MB")
""")
SOCKET_BUFFERS = src("""
    import errno, socket
    try:
        socket.socketpair()
        print("made")
    except OSError as exc:
        print(errno.errorcode.get(exc.errno))
""")


@pytest.mark.parametrize(("program", "stdin", "expected"), [
    (OWN_TMPFS, "", "unshare EPERM\n"),  # before: ok "held 320 MB" under a 256 MB limit
    (SHMEM_BEHIND_ONE_PAGE, "", "anonymous 0 MB, zero 0 MB\n"),  # before: ok "anonymous 384 MB, ..."
    (PIN_IN_A_PIPE, "20", "EPERM\n"),  # before: "pinned 20"
    (SOCKET_BUFFERS, "", "EPERM\n"),  # before: "made"
    (NOTIFY, "", "inotify EPERM, fanotify EPERM\n"),  # before: "inotify made, fanotify made"
    (MACHINE_WIDE_AIO, "", "EPERM\n"),  # before: "made"
], ids=["own_tmpfs", "shared_memory", "pipe_pins", "socket_buffers", "notify", "aio"])
@pytest.mark.usefixtures("no_seccomp_layer")
def test_without_the_seccomp_layer_a_case_holds_nothing_uncounted(
        program: str, stdin: str, expected: str, as_user: Callable[..., Any]) -> None:
    _bubblewrap_alone(as_user)
    result = as_user(run_program, program, stdin, SandboxLimits(cpu_seconds=2.0, wall_seconds=30))
    assert (result.verdict, result.stdout) == (Verdict.ok, expected), \
        (result.verdict, result.stdout, result.stderr[-300:])


def _walks_to_reap(count: int) -> int:
    """In a forked helper (a subreaper, as the runner): `count` children that have ended, then the runner's kill_all;
    how many times it walked the process tree."""
    read, write = os.pipe()
    helper = os.fork()
    if helper == 0:
        walks = -1
        try:
            os.close(read)
            saved, sys.argv = sys.argv, ["runner.py", json.dumps({})]
            try:
                spec = importlib.util.spec_from_file_location("runner_under_test", layers.RUNNER)
                runner = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(runner)  # type: ignore[union-attr]
            finally:
                sys.argv = saved
            runner.CHILDREN_FILES = os.path.exists(f"/proc/{os.getpid()}/task/{os.getpid()}/children")
            children = [os.posix_spawn("/bin/true", ["true"], {}) for _ in range(count)]
            for child in children:  # every one a zombie before the clean-up starts
                while open(f"/proc/{child}/stat").read().rsplit(")", 1)[1].split()[0] != "Z":
                    time.sleep(0.001)
            walk, done = runner.descendants, [0]

            def counted(root: int) -> list[int]:
                done[0] += 1
                return walk(root)

            runner.descendants = counted
            runner.kill_all()
            walks = done[0]
        finally:
            os.write(write, str(walks).encode())
            os._exit(0)
    os.close(write)
    with os.fdopen(read) as answer:
        walks = int(answer.read() or -1)
    os.waitpid(helper, 0)
    return walks


def test_the_clean_up_after_a_case_walks_its_tree_once_not_once_per_process() -> None:
    # As root RLIMIT_NPROC binds no case (uid 0; a jail started as root is uid 0 outside), and the runner's count of 48
    # tasks is a poll: a case forked 4,096 processes before the runner stopped it. The clean-up then walked the whole
    # tree once per process it reaped, never answered, and the case held its processes (3,849 at the peak) until the
    # worker's backstop: sandbox_error after the call's wall clock, both with and without bubblewrap.
    walks = _walks_to_reap(200)
    assert 1 <= walks <= 2, walks  # before: 201, one walk per process reaped


SIGNAL_THE_ANCESTORS = src("""
    import os, signal
    def parent(pid):
        return int(open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()[1])
    call = os.getppid()
    runner = parent(call)
    worker = parent(runner)
    for name, pid in (("call process", call), ("runner", runner), ("worker", worker)):
        try:
            os.kill(pid, signal.SIGCONT)  # harmless, and allowed exactly where SIGKILL is
            print(name, "signalled")
        except OSError as exc:
            print(name, exc.strerror)
""")


@pytest.mark.usefixtures("no_seccomp_layer")
def test_without_a_jail_and_the_seccomp_layer_a_case_signals_no_other_process(
        as_user: Callable[..., Any], request: pytest.FixtureRequest) -> None:
    request.getfixturevalue("no_bwrap")
    if as_user(sandbox.jail_layers).get("landlock") is not True:
        pytest.skip("Landlock is not available on this kernel (as root the sandbox refuses to run without it)")
    result = as_user(run_program, SIGNAL_THE_ANCESTORS, "", SandboxLimits(cpu_seconds=2.0, wall_seconds=30))
    # Before: "signalled" for all three (SIGKILL would have ended the worker and every job in it).
    assert (result.verdict, result.stdout) == (Verdict.ok, "call process Operation not permitted\n"
                                               "runner Operation not permitted\nworker Operation not permitted\n"), \
        (result.verdict, result.stdout, result.stderr[-300:])


CONNECT = src("""
    import errno, socket
    try:
        socket.create_connection(("127.0.0.1", int(input())), timeout=5).close()
        print("connected")
    except OSError as exc:
        print(errno.errorcode.get(exc.errno, exc))
""")


@pytest.mark.usefixtures("no_seccomp_layer")
def test_without_a_jail_and_the_seccomp_layer_a_case_reaches_no_network(
        as_user: Callable[..., Any], request: pytest.FixtureRequest) -> None:
    request.getfixturevalue("no_bwrap")
    if as_user(sandbox.jail_layers).get("landlock") is not True:
        pytest.skip("Landlock is not available on this kernel (as root the sandbox refuses to run without it)")
    with socket.create_server(("127.0.0.1", 0)) as server:  # (a service of the machine: the local stack, say)
        port = server.getsockname()[1]
        result = as_user(run_program, CONNECT, f"{port}\n", SandboxLimits(cpu_seconds=2.0, wall_seconds=30))
    # Before: "connected" (no namespace and no filter stood between a case and the machine's network).
    assert (result.verdict, result.stdout) == (Verdict.ok, "EPERM\n"), (result.verdict, result.stdout, result.stderr)


SCHEDULE_THE_WORKER = src("""
    import os
    def parent(pid):
        return int(open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()[1])
    worker = parent(parent(os.getppid()))
    done = []
    for name, change in (
            ("nice", lambda: os.setpriority(os.PRIO_PROCESS, worker, os.getpriority(os.PRIO_PROCESS, worker))),
            ("cpus", lambda: os.sched_setaffinity(worker, os.sched_getaffinity(worker))),  # (as they are: harmless)
            ("own nice", lambda: os.setpriority(os.PRIO_PROCESS, 0, os.getpriority(os.PRIO_PROCESS, 0)))):
        try:
            change()
            done.append(name + " set")
        except OSError as exc:
            done.append(name + " " + exc.strerror)
    print(", ".join(done))
""")


@pytest.mark.usefixtures("no_seccomp_layer")
def test_without_a_jail_and_the_seccomp_layer_a_case_does_not_schedule_the_worker(
        as_user: Callable[..., Any], request: pytest.FixtureRequest) -> None:
    request.getfixturevalue("no_bwrap")
    if as_user(sandbox.jail_layers).get("landlock") is not True:
        pytest.skip("Landlock is not available on this kernel (as root the sandbox refuses to run without it)")
    result = as_user(run_program, SCHEDULE_THE_WORKER, "", SandboxLimits(cpu_seconds=2.0, wall_seconds=30))
    # Before: "nice set, cpus set, own nice set" (the same calls could renice the worker to 19 or pin it to one CPU).
    assert (result.verdict, result.stdout) == (
        Verdict.ok, "nice Operation not permitted, cpus Operation not permitted, own nice set\n"), \
        (result.verdict, result.stdout, result.stderr[-300:])
