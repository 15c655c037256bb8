"""Routes around the jail's rules that the first round of attacks (test_attacks.py) did not take.

Each of these got through before the fix it names: a signal delivered by the kernel on I/O to a file's owner
(F_SETOWN) instead of by kill(); a pid with bits set above the 32 the kernel reads; a signal to one of the
worker's threads; the runner reniced or made SCHED_IDLE for every later call; memory held in shared mappings,
memfds and files on the jail's other tmpfs mounts, which no process's private RSS shows; a SIGXCPU the program
sent itself taken for a time limit. Attacks run as the caller and as uid 65534 (see test_attacks).
"""

from __future__ import annotations

import json
import os
import platform
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from generator.problems import sandbox, shared_run
from generator.problems.jail import layers
from generator.problems.sandbox import SandboxLimits, Verdict, run_many, run_program
from tests.security.test_attacks import FAST, _as_nobody, src

# The case's ancestors by /proc: its call process, the warm runner, and (outside bubblewrap) the worker.
ANCESTORS = src("""
    def parent_of(pid):
        with open("/proc/%d/stat" % pid) as f:
            return int(f.read().rsplit(")", 1)[1].split()[1])
    call = parent_of(os.getpid())
    runner = parent_of(call)
""")


@pytest.fixture()
def no_bwrap(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Runs without bubblewrap (Lambda-like): no pid namespace, so the worker is in the case's sight."""
    monkeypatch.setenv("SANDBOX_BWRAP", "0")
    layers.bwrap_works.cache_clear()
    sandbox.close_runners()
    yield
    sandbox.close_runners()
    monkeypatch.undo()
    layers.bwrap_works.cache_clear()


def _seccomp_active(as_user: Callable[..., Any]) -> bool:
    return layers.seccomp_module() is not None and as_user(sandbox.jail_layers).get("seccomp") is True


# --- signals that do not go through kill() ---------------------------------------------------------


def test_a_file_owner_signal_cannot_kill_the_runner_or_its_call(as_user: Callable[..., Any]) -> None:
    if not _seccomp_active(as_user):
        pytest.skip("seccomp is not active here")
    # O_ASYNC on a pipe makes the kernel signal the pipe's owner when it becomes readable: with the owner set to
    # the runner and F_SETSIG(SIGKILL), one write would kill it without any kill() call the filter sees.
    source = "import fcntl, os, signal, time\n" + ANCESTORS + src("""
        FIOSETOWN, F_SETOWN_EX, F_SETSIG, F_OWNER_PID = 0x8901, 15, 10, 1
        setters = {
            "F_SETOWN": lambda fd, pid: fcntl.fcntl(fd, fcntl.F_SETOWN, pid),
            "F_SETOWN_EX": lambda fd, pid: fcntl.fcntl(fd, F_SETOWN_EX, F_OWNER_PID.to_bytes(4, "little")
                                                       + pid.to_bytes(4, "little")),
            "FIOSETOWN": lambda fd, pid: fcntl.ioctl(fd, FIOSETOWN, pid.to_bytes(4, "little")),
        }
        armed = []
        for name, set_owner in setters.items():
            for target in (call, runner):
                r, w = os.pipe()
                try:
                    set_owner(r, target)
                    fcntl.fcntl(r, F_SETSIG, signal.SIGKILL)
                    fcntl.fcntl(r, fcntl.F_SETFL, fcntl.fcntl(r, fcntl.F_GETFL) | os.O_ASYNC)
                    os.write(w, b"x")
                    armed.append(name)
                except OSError:
                    pass
        time.sleep(0.2)
        print("alive", armed)
    """)
    results = as_user(run_many, source, ["", ""], FAST)
    assert [(r.verdict, r.stdout) for r in results] == [(Verdict.ok, "alive []\n")] * 2


@pytest.mark.skipif(platform.machine() != "x86_64", reason="syscall numbers of x86_64")
def test_a_pid_with_high_bits_set_does_not_slip_past_the_signal_rules(as_user: Callable[..., Any]) -> None:
    if not _seccomp_active(as_user):
        pytest.skip("seccomp is not active here")
    # kill() reads its pid as a 32-bit int; a filter comparing all 64 bits of the register would let
    # (1 << 32) | runner through, and the kernel would then kill the runner (and 1 << 32 its process group).
    source = "import ctypes, os, signal\n" + ANCESTORS + src("""
        libc = ctypes.CDLL(None, use_errno=True)
        SYS_kill, SYS_tkill = 62, 200
        reached = []
        for target in (runner, call, 0):
            for number in (SYS_kill, SYS_tkill):
                if libc.syscall(number, ctypes.c_long((1 << 32) | target), 0) == 0:
                    reached.append(target)
        if not reached:
            for target in (runner, call, 0):
                libc.syscall(SYS_kill, ctypes.c_long((1 << 32) | target), signal.SIGKILL)
        print("alive", reached)
    """)
    results = as_user(run_many, source, ["", ""], FAST)
    assert [(r.verdict, r.stdout) for r in results] == [(Verdict.ok, "alive []\n")] * 2


@pytest.mark.usefixtures("no_bwrap")
def test_without_a_pid_namespace_no_thread_of_the_worker_can_be_signalled() -> None:
    if os.geteuid() != 0:
        pytest.skip("runs as uid 65534 (a signal to the worker would kill pytest itself as the caller)")
    if layers.seccomp_module() is None:
        pytest.skip("no seccomp binding")
    # The worker's threads (the spawner, each call's writer) have ids of their own, which a pid rule naming the
    # worker does not cover; a signal to any of them ends the whole worker. Here the worker is the uid-65534
    # helper of _as_nobody: if the signal got through, the helper would die and the call would raise.
    source = "import os, signal, threading\n" + ANCESTORS + src("""
        worker = parent_of(runner)
        threads = [int(t) for t in os.listdir("/proc/%d/task" % worker) if int(t) != worker]
        refused = 0
        for tid in threads:
            try:
                os.kill(tid, signal.SIGKILL)
            except PermissionError:
                refused += 1
        got = []
        signal.signal(signal.SIGUSR1, lambda *_: got.append("self"))
        os.kill(os.getpid(), signal.SIGUSR1)  # a case may still signal itself
        signal.raise_signal(signal.SIGUSR1)
        print(len(threads) > 0, refused == len(threads), got)
    """)
    results = _as_nobody(run_many, source, ["", ""], FAST)
    assert [(r.verdict, r.stdout) for r in results] == [(Verdict.ok, "True True ['self', 'self']\n")] * 2


# --- scheduling of the warm runner -------------------------------------------------------------------


def test_a_case_cannot_renice_or_deschedule_the_runner_for_later_calls(as_user: Callable[..., Any]) -> None:
    if not _seccomp_active(as_user):
        pytest.skip("seccomp is not active here")
    # Never PRIO_USER here: without the rule it would renice every process of the uid on the machine.
    attack = "import os\n" + ANCESTORS + src("""
        done = []
        for name, change in (
                ("nice runner", lambda: os.setpriority(os.PRIO_PROCESS, runner, 19)),
                ("nice call", lambda: os.setpriority(os.PRIO_PROCESS, call, 19)),
                ("nice group", lambda: os.setpriority(os.PRIO_PGRP, 0, 19)),
                ("idle runner", lambda: os.sched_setscheduler(runner, os.SCHED_IDLE, os.sched_param(0))),
                ("idle call", lambda: os.sched_setscheduler(call, os.SCHED_IDLE, os.sched_param(0))),
                ("pin runner", lambda: os.sched_setaffinity(runner, {min(os.sched_getaffinity(0))}))):
            try:
                change()
                done.append(name)
            except OSError:
                pass
        os.nice(1)  # its own priority it may lower
        print(done)
    """)
    probe = "import os\nprint(os.getpriority(os.PRIO_PROCESS, 0), os.sched_getscheduler(0), " \
            "len(os.sched_getaffinity(0)))\n"
    expected = f"{os.getpriority(os.PRIO_PROCESS, 0)} {os.sched_getscheduler(0)} {len(os.sched_getaffinity(0))}\n"

    def attack_then_probe() -> tuple[list[str], str]:
        return [r.stdout for r in run_many(attack, ["", ""], FAST)], run_program(probe, "", FAST).stdout

    outputs, later = as_user(attack_then_probe)
    assert outputs == ["[]\n", "[]\n"]
    assert later == expected


# --- memory that no process's private RSS shows --------------------------------------------------------


def test_shared_anonymous_memory_of_a_process_tree_counts(as_user: Callable[..., Any]) -> None:
    # mmap(-1, n) is MAP_SHARED: its pages are "shared" in statm although no other process has them. Where seccomp is
    # active the mapping is refused outright (test_redteam_s19: a shared object's pages outlive their mapping).
    source = src("""
        import mmap, os, time
        for _ in range(4):
            if os.fork() == 0:
                try:
                    block = mmap.mmap(-1, 200 << 20)
                except PermissionError:
                    os._exit(3)
                for at in range(0, 200 << 20, 4096):
                    block[at] = 1
                time.sleep(30)
                os._exit(0)
        if all(os.waitstatus_to_exitcode(os.wait()[1]) == 3 for _ in range(4)):
            print("refused")
    """)
    result = as_user(run_program, source, "", SandboxLimits(memory_mb=256, wall_seconds=15))
    assert result.verdict is Verdict.memory_limit or (result.verdict, result.stdout) == (Verdict.ok, "refused\n"), \
        (result.verdict, result.stdout, result.stderr[-300:])
    if _seccomp_active(as_user):
        assert result.stdout == "refused\n"


def test_memory_held_in_files_and_memfds_is_bounded(as_user: Callable[..., Any]) -> None:
    active = as_user(sandbox.jail_layers)
    if active.get("seccomp") is not True or active.get("bubblewrap") is not True:
        pytest.skip("needs seccomp (memfd) and bubblewrap (private tmpfs mounts)")
    # Two processes each keep up to 40 memfds and 40 files of 8 MiB on each tmpfs of the jail beside /tmp (whose
    # quota is tested elsewhere and holds the case's own stdout); none of it is in a process's RSS. The jail
    # denies memfds, and of these places only /dev/shm is writable, with the same bounded size as /tmp.
    source = src("""
        import os, time
        def hoard():
            held = 0
            for _ in range(40):
                try:
                    fd = os.memfd_create("hoard")
                    os.posix_fallocate(fd, 0, 8 << 20)
                    held += 8
                except OSError:
                    break
            for where in ("/", "/dev", "/dev/shm"):
                for i in range(40):
                    try:
                        fd = os.open(os.path.join(where, "hoard-%d-%d" % (os.getpid(), i)), os.O_CREAT | os.O_RDWR)
                        os.posix_fallocate(fd, 0, 8 << 20)
                        os.close(fd)
                        held += 8
                    except OSError:
                        break
            return held
        kids = []
        for _ in range(2):
            r, w = os.pipe()
            pid = os.fork()
            if pid == 0:
                os.write(w, str(hoard()).encode())
                time.sleep(30)
                os._exit(0)
            os.close(w)
            kids.append(r)
        print(sum(int(os.read(r, 32) or b"0") for r in kids))
    """)
    limits = SandboxLimits(memory_mb=256, cpu_seconds=5, wall_seconds=10)
    result = as_user(run_program, source, "", limits)
    quota = -(-max(sandbox._QUOTA_FLOOR, 2 * limits.output_bytes + (16 << 20)) // sandbox._QUOTA_STEP)
    bound_mb = quota * sandbox._QUOTA_STEP >> 20  # what the private /dev/shm holds, nothing else
    assert result.stdout and int(result.stdout) <= bound_mb, (result.stdout, bound_mb)


# --- verdicts the program cannot choose --------------------------------------------------------------


def test_a_sigxcpu_the_program_sends_itself_is_not_a_time_limit(as_user: Callable[..., Any]) -> None:
    source = "import os, signal\nos.kill(os.getpid(), signal.SIGXCPU)\n"
    result = as_user(run_program, source, "", FAST)
    assert result.verdict is Verdict.runtime_error and result.exit_code == -24


@pytest.mark.skipif(platform.machine() != "x86_64", reason="machine code of x86_64")
def test_the_32_bit_and_x32_syscall_entries_do_not_bypass_the_filter(as_user: Callable[..., Any]) -> None:
    if not _seccomp_active(as_user):
        pytest.skip("seccomp is not active here")
    # socket() through `int 0x80` (i386 numbers) or with the x32 bit set: a filter written for x86_64 numbers
    # only would not see it. The filter kills a process that uses another ABI.
    source = src("""
        import ctypes, mmap, sys
        def raw(code):
            page = mmap.mmap(-1, 4096, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)
            page.write(code)
            fn = ctypes.CFUNCTYPE(ctypes.c_long)(ctypes.addressof(ctypes.c_char.from_buffer(page)))
            fn.page = page
            return fn
        le = lambda n: n.to_bytes(4, "little")
        which = input()
        if which == "x32":  # mov eax, 0x40000000|41; mov edi, AF_INET; mov esi, SOCK_STREAM; xor edx, edx; syscall
            fn = raw(b"\\xb8" + le(0x40000000 | 41) + b"\\xbf" + le(2) + b"\\xbe" + le(1) + b"\\x31\\xd2\\x0f\\x05\\xc3")
        else:  # mov eax, 359 (i386 socket); mov ebx, AF_INET; mov ecx, SOCK_STREAM; xor edx, edx; int 0x80
            fn = raw(b"\\xb8" + le(359) + b"\\xbb" + le(2) + b"\\xb9" + le(1) + b"\\x31\\xd2\\xcd\\x80\\xc3")
        fd = fn()
        print("socket", fd)
    """)
    results = as_user(run_many, source, ["x32", "i386"], FAST)
    for result in results:
        made = result.stdout.startswith("socket ") and int(result.stdout.split()[1]) >= 0
        assert result.verdict is Verdict.runtime_error and not made, result


def test_autogroup_and_oom_score_written_through_proc_do_not_reach_later_calls(
        as_user: Callable[..., Any]) -> None:
    # Started as root, bubblewrap's uid 65534 is root outside the jail, so the owner's bits of root-owned /proc
    # files apply: a case can renice its session's autogroup (the warm runner's) and change the runner's OOM
    # score. The runner cannot put either back without privileges, so such a runner serves no later call. (The
    # runner sets its OOM score to 1000 for itself and every case; a case lowers it back here, which it could
    # raise before.)
    attack = "import os\n" + ANCESTORS + src("""
        done = []
        for path, value in (("/proc/self/autogroup", "19"), ("/proc/%d/oom_score_adj" % runner, "0")):
            try:
                with open(path, "w") as f:
                    f.write(value)
                done.append(path)
            except OSError:
                pass
        print(done)
    """)
    probe = src("""
        def read(name):
            try:
                with open("/proc/self/" + name) as f:
                    return f.read().split()[-1]
            except OSError:
                return "-"
        print(read("autogroup"), read("oom_score_adj"))
    """)
    expected = f"{'0' if os.path.exists('/proc/self/autogroup') else '-'} 1000\n"  # (every case's OOM score)

    def attack_then_probe() -> tuple[str, str]:
        sandbox.close_runners()
        return run_program(attack, "", FAST).stdout, run_program(probe, "", FAST).stdout

    _, later = as_user(attack_then_probe)
    assert later == expected


def test_files_one_case_leaves_are_gone_for_the_next_case_of_the_call(as_user: Callable[..., Any]) -> None:
    if not as_user(sandbox.jail_layers).get("bubblewrap"):
        pytest.skip("without bubblewrap the machine's /tmp and /dev/shm are shared (see the README)")
    # Each case copies its input to every writable place it finds, then lists what earlier cases left there.
    source = src("""
        import glob, os
        mine = input()
        found = set()
        for path in glob.glob("/tmp/**/keep-*", recursive=True) + glob.glob("/dev/shm/**/keep-*", recursive=True):
            with open(path) as f:
                found.add(f.read())
        for where in ("/dev/shm", "/tmp", "..", "../..", "."):
            try:
                with open(os.path.join(where, "keep-%d" % os.getpid()), "w") as f:
                    f.write(mine)
            except OSError:
                pass
        print(sorted(found))
    """)
    results = as_user(run_many, source, ["SECRET-a", "probe", "SECRET-c", "probe"], FAST)
    assert [(r.verdict, r.stdout) for r in results] == [(Verdict.ok, "[]\n")] * 4


def test_a_sigprof_the_program_sends_itself_is_not_a_cpu_limit_in_the_shared_process() -> None:
    # The shared harness stops an input at its CPU limit with an ITIMER_PROF signal; a program raising SIGPROF
    # itself must not get a "cpu" report (which a caller may take as a time limit without a fresh run).
    source = "import os, signal\nn = int(input())\nif n == 2:\n    os.kill(os.getpid(), signal.SIGPROF)\nprint(n)\n"
    inputs = [f"{n}\n" for n in range(5)]
    payload = json.dumps({"n": len(inputs), "cpu": 1.0, "cap": 1000}) + "\n" + "".join(
        f"{len(text)}\n{text}" for text in inputs)
    program = f"_SOURCE = {source!r}\n" + shared_run._harness()
    report = run_many(program, [payload], SandboxLimits(cpu_seconds=5, wall_seconds=20))[0].stdout
    statuses = [line.split()[1] for line in report.splitlines() if line[:1].isdigit() and len(line.split()) == 7]
    assert statuses == ["ok", "ok", "error", "ok", "ok"]


def test_socket_buffers_cannot_hold_memory_past_the_limit(as_user: Callable[..., Any]) -> None:
    if not _seccomp_active(as_user):
        pytest.skip("seccomp is not active here")
    # socket() is denied; socketpair() made connected pairs whose send buffers (raised to wmem_max) are kernel
    # memory no process's RSS shows: four processes held ~900 MB under a 256 MB limit. No socketpair now (and no
    # sockets of other families created on the way, which could load a protocol module).
    source = src("""
        import os, socket, time
        kids = []
        for _ in range(4):
            r, w = os.pipe()
            if os.fork() == 0:
                held, pairs = 0, []
                try:
                    for _ in range(30):
                        a, b = socket.socketpair()
                        a.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 1 << 22)
                        a.setblocking(False)
                        pairs.append((a, b))
                        try:
                            while True:
                                held += os.write(a.fileno(), b"x" * 65536)
                        except BlockingIOError:
                            pass
                except OSError:
                    pass
                os.write(w, str(held >> 20).encode())
                time.sleep(20)
                os._exit(0)
            os.close(w)
            kids.append(r)
        print(sum(int(os.read(r, 20) or b"0") for r in kids))
    """)
    result = as_user(run_program, source, "", SandboxLimits(memory_mb=256, cpu_seconds=5, wall_seconds=15))
    assert result.stdout and int(result.stdout) < 64, result


@pytest.mark.usefixtures("no_bwrap")
def test_in_lambda_without_seccomp_no_untrusted_code_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    # Without namespaces, seccomp is the only thing between a program and Lambda's runtime API on localhost,
    # where it could post this invocation's answer itself (forged results). If the filter cannot load: refuse.
    monkeypatch.setenv("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:9")
    monkeypatch.setattr(layers, "seccomp_module", lambda: None)
    sandbox.close_runners()
    result = run_program("print(1)\n", "", FAST)
    assert result.verdict is Verdict.sandbox_error and "seccomp" in result.stderr and result.stdout == ""
