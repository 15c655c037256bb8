"""Routes the session-18 red team (redteam4) found through the jail, each closed by the fix it names.

* memory pinned in a pipe: a case maps an anonymous region the kernel backs with a transparent huge page (2 MB),
  vmsplices one 4 KB page of it into a pipe and unmaps it. The pipe's reference keeps the whole huge page (it cannot
  be split while referenced) and no process's resident size shows it: 100 such pages took 178 MB of the machine's
  available memory while the case's RssAnon was 10 MB, reported ok. A pipe of 1 MB holds 256 references, the uid's
  pipes 16,384 (pipe-user-pages-soft): 32 GB. seccomp denies vmsplice (no stdin -> stdout program needs it).
* inotify and fanotify instances are counted per uid of the host (fs.inotify.max_user_instances, 128 here), and a
  jail started as root runs as root's uid outside: four processes of one case took all 128, and every root process
  of the machine outside the jail got EMFILE from inotify_init1 until the case ended (up to the call's wall clock,
  600 s for the reference). Without bubblewrap it is the worker's uid. seccomp denies inotify_init, inotify_init1
  and fanotify_init.
* POSIX timers (and queued signals) are counted per uid too, up to RLIMIT_SIGPENDING: a case made 96,542 timers and
  every root process of the machine got EAGAIN from timer_create while it held them. Each case now has
  RLIMIT_SIGPENDING 256 (soft = hard); the kernel checks it against the count of the case's uid (in a jail, the
  jail's own).
* native AIO contexts (io_setup) are counted for the whole machine (fs.aio-max-nr, 65,536): a case set up two of
  32,768 events and every process of the machine, of any uid or container, got EAGAIN from io_setup while it held
  them. seccomp denies io_setup (a stdin -> stdout program reads and writes synchronously).
* (hardening) huge pages of the kernel's reserved pool (MAP_HUGETLB) show in no RssAnon: where vm.nr_hugepages is set, a
  case's processes could hold the pool past the memory limit. seccomp denies mmap with MAP_HUGETLB (EPERM; here the
  pool is empty, and the mapping failed with ENOMEM before).
* /proc's root-only files (mode 0400, no capability needed) in a jail started as root, whose uid is root's outside it:
  the flags of every physical page of the host (kpageflags: 4096 bytes read at any offset), its slab caches
  (slabinfo), vmalloc areas and timers. Each is covered by an empty file there.
* pseudo-terminals: bubblewrap's /dev has a devpts of its own, but the kernel's pty count is global (kernel.pty.max
  4096, of which 1024 are kept for the host's first devpts): ten processes of one case held 610 ptys (61 each, as
  many as their descriptors allow), 48 processes about 2,900 of the 3,072 every container and jail of the machine
  share, each a few KB of kernel memory no resident size shows. The jail's /dev/pts is now an empty read-only dir.
Attacks run as the caller and as uid 65534 (see test_attacks).
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.problems import sandbox
from generator.problems.checker import outputs_match
from generator.problems.sandbox import SandboxLimits, Verdict, run_many
from generator.problems.schema import Checker, CheckerType
from tests.security.test_attacks import src
from tests.security.test_escapes import no_bwrap  # noqa: F401 - a fixture

LIMITS = SandboxLimits(wall_seconds=30)

PIN_IN_A_PIPE = src("""
    import ctypes, errno, fcntl, os
    libc = ctypes.CDLL(None, use_errno=True)
    libc.mmap.restype = ctypes.c_void_p
    libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_long]
    libc.munmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
    libc.madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    class Iovec(ctypes.Structure):
        _fields_ = [("base", ctypes.c_void_p), ("len", ctypes.c_size_t)]
    read, write = os.pipe()
    fcntl.fcntl(write, 1031, 1 << 20)  # F_SETPIPE_SZ: 256 pages
    huge = 2 << 20
    pinned, error = 0, None
    for _ in range(int(input())):
        region = libc.mmap(None, 2 * huge, 3, 0x22, -1, 0)  # PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS
        start = (region + huge - 1) & ~(huge - 1)
        libc.madvise(start, huge, 14)  # MADV_HUGEPAGE
        ctypes.memset(start, 1, huge)
        page = Iovec(start, 4096)
        if libc.vmsplice(write, ctypes.byref(page), 1, 0) < 0:
            error = errno.errorcode.get(ctypes.get_errno())
            break
        pinned += 1
        libc.munmap(region, 2 * huge)  # only the pipe holds it now
    print(error or "pinned %d" % pinned)
""")


def test_a_case_cannot_pin_memory_in_a_pipe(as_user: Callable[..., Any]) -> None:
    result = as_user(run_many, PIN_IN_A_PIPE, ["20"], LIMITS)[0]
    # Before: ok "pinned 20" (where transparent huge pages are on, 40 MB that no resident size shows).
    assert (result.verdict, result.stdout) == (Verdict.ok, "EPERM\n"), (result.stdout, result.stderr[-300:])


NOTIFY = src("""
    import ctypes, errno
    libc = ctypes.CDLL(None, use_errno=True)
    made = []
    for name, call in (("inotify", lambda: libc.inotify_init1(0)),
                       ("fanotify", lambda: libc.fanotify_init(0x200, 0))):  # FAN_REPORT_FID: no privilege needed
        made.append("%s %s" % (name, "made" if call() >= 0 else errno.errorcode.get(ctypes.get_errno())))
    print(", ".join(made))
""")


def test_a_case_makes_no_inotify_or_fanotify_instance(as_user: Callable[..., Any]) -> None:
    result = as_user(run_many, NOTIFY, [""], LIMITS)[0]
    # Before: "inotify made, fanotify made" (each instance one of the 128 of the case's uid outside the jail).
    assert (result.verdict, result.stdout) == (Verdict.ok, "inotify EPERM, fanotify EPERM\n"), \
        (result.stdout, result.stderr[-300:])


TIMERS = src("""
    import ctypes, resource
    libc = ctypes.CDLL(None, use_errno=True)
    timer = ctypes.c_long()
    made = 0
    while made < 2000 and libc.timer_create(1, None, ctypes.byref(timer)) == 0:  # CLOCK_MONOTONIC, SIGALRM
        made += 1
    print(made <= 256, resource.getrlimit(resource.RLIMIT_SIGPENDING))
""")


@pytest.mark.parametrize("jailed", [True, False], ids=["jailed", "unjailed"])
def test_a_case_holds_few_of_its_uids_timers_and_queued_signals(jailed: bool, as_user: Callable[..., Any],
                                                                  request: pytest.FixtureRequest) -> None:
    if not jailed:
        request.getfixturevalue("no_bwrap")
    result = as_user(run_many, TIMERS, [""], LIMITS)[0]
    # Before: "False (96553, 96553)" here: 2000 timers made, and the uid's whole allowance open to it.
    assert (result.verdict, result.stdout) == (Verdict.ok, "True (256, 256)\n"), (result.stdout, result.stderr[-300:])


HUGETLB = src("""
    import ctypes, errno
    libc = ctypes.CDLL(None, use_errno=True)
    libc.mmap.restype = ctypes.c_void_p
    libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_long]
    address = libc.mmap(None, 2 << 20, 3, 0x22 | 0x40000, -1, 0)  # MAP_PRIVATE | MAP_ANONYMOUS | MAP_HUGETLB
    print("mapped" if address not in (None, ctypes.c_void_p(-1).value) else errno.errorcode.get(ctypes.get_errno()))
""")


def test_a_case_maps_no_page_of_the_reserved_huge_page_pool(as_user: Callable[..., Any]) -> None:
    # (Hardening: this machine reserves no huge pages, so the mapping failed before too, with ENOMEM.) Where
    # vm.nr_hugepages is set, a MAP_HUGETLB mapping shows in no RssAnon: 48 processes of 256 MB could hold 12 GB past
    # the limit and took the pool from the programs it was reserved for.
    result = as_user(run_many, HUGETLB, [""], LIMITS)[0]
    assert (result.verdict, result.stdout) == (Verdict.ok, "EPERM\n"), (result.stdout, result.stderr[-300:])


MACHINE_WIDE_AIO = src("""
    import ctypes, errno, platform
    libc = ctypes.CDLL(None, use_errno=True)
    context = ctypes.c_ulong(0)
    io_setup = {"x86_64": 206, "aarch64": 0}[platform.machine()]
    made = libc.syscall(io_setup, 1, ctypes.byref(context)) == 0
    print("made" if made else errno.errorcode.get(ctypes.get_errno()))
""")


def test_a_case_takes_no_aio_context_from_the_machines_count(as_user: Callable[..., Any]) -> None:
    result = as_user(run_many, MACHINE_WIDE_AIO, [""], LIMITS)[0]
    # Before: "made" (two contexts of 32,768 events took the machine's whole fs.aio-max-nr).
    assert (result.verdict, result.stdout) == (Verdict.ok, "EPERM\n"), (result.stdout, result.stderr[-300:])


PSEUDO_TERMINALS = src("""
    import os
    opened = 0
    for _ in range(5):
        try:
            os.open("/dev/ptmx", os.O_RDWR | os.O_NOCTTY)
            opened += 1
        except OSError:
            pass
    print(opened)
""")


@pytest.mark.parametrize("jailed", [True, False], ids=["jailed", "landlock"])
def test_a_case_opens_no_pseudo_terminal(jailed: bool, as_user: Callable[..., Any],
                                         request: pytest.FixtureRequest) -> None:
    if not jailed:
        request.getfixturevalue("no_bwrap")  # (Landlock keeps /dev/ptmx closed; without it a case opens it: README)
        if as_user(sandbox.jail_layers).get("landlock") is not True:
            pytest.skip("Landlock is not available on this kernel")
    result = as_user(run_many, PSEUDO_TERMINALS, [""], LIMITS)[0]
    # Before (bubblewrap): 5, each one of the 3,072 ptys every container and jail of the machine share.
    assert (result.verdict, result.stdout) == (Verdict.ok, "0\n"), (result.stdout, result.stderr[-300:])


# Output compared by the gate as the exported package's judge compares it. The judge of a tokens or exact problem is
# Kattis's default output validator, whose whitespace is ASCII's (space, tab, newline, CR, VT, FF); the gate split and
# stripped with str.split() and str.rstrip(), which also take NBSP, U+3000, the separators U+001C-U+001F, U+0085 and
# U+2028 for whitespace. A reference printing "3\u00a04" agreed with a brute force printing "3 4", and its answer was
# published: every honest contestant's "3 4" is wrong on the judge, and a wrong solution printing U+001F between its
# tokens passed as right.
UNICODE_SPACES = src("""
    kind, where = input().split()
    space = {"nbsp": "\\u00a0", "ideographic": "\\u3000", "unit": "\\x1f", "line": "\\u2028", "ascii": " "}[kind]
    print("3" + space + "4" if where == "between" else "3 4" + space)
""")


@pytest.mark.parametrize("kind", ["nbsp", "ideographic", "unit", "line"])
@pytest.mark.parametrize("checker", [CheckerType.tokens, CheckerType.exact])
def test_the_gate_compares_outputs_on_the_judges_whitespace(kind: str, checker: CheckerType) -> None:
    where = "between" if checker is CheckerType.tokens else "after"  # (exact: only trailing whitespace is ignored)
    odd, plain = run_many(UNICODE_SPACES, [f"{kind} {where}", "ascii between"], LIMITS)
    assert (odd.verdict, plain.verdict) == (Verdict.ok, Verdict.ok)
    # Before: equal for every kind (the reference's odd answer published, the odd wrong solution accepted).
    assert not outputs_match(Checker(type=checker), plain.stdout, odd.stdout)
    assert not outputs_match(Checker(type=checker), odd.stdout, plain.stdout)
    assert outputs_match(Checker(type=checker), "3 4\n", "3 4 \t\r\n\n")  # (ASCII whitespace still ignored)
    assert outputs_match(Checker(type=CheckerType.tokens), "3 4\n", "3\x0b\x0c 4")


# (Contained, for the record.) Network reach by the families the TCP/UDP test does not try: a unix socket by path and
# in the abstract namespace (a listener of the test's own, as a local agent or metadata proxy would be), netlink (the
# host's routes and addresses, or a kernel audit or uevent channel), a socketpair; by the C library and by the raw
# syscall. Every socket() and socketpair() is denied by seccomp, inside bubblewrap's empty network namespace or not.
OTHER_SOCKETS = src("""
    import ctypes, platform, socket
    abstract, path = input().split()
    libc = ctypes.CDLL(None, use_errno=True)
    got = []
    for name, family, kind, where in (("abstract", socket.AF_UNIX, socket.SOCK_STREAM, "\\0" + abstract),
                                      ("path", socket.AF_UNIX, socket.SOCK_STREAM, path),
                                      ("netlink", socket.AF_NETLINK, socket.SOCK_RAW, None)):
        try:
            s = socket.socket(family, kind)
            if where is None:
                s.bind((0, 0))
            else:
                s.connect(where)
                s.sendall(b"exfiltrated")
            got.append(name)
        except OSError:
            pass
    try:
        socket.socketpair()
        got.append("socketpair")
    except OSError:
        pass
    number = {"x86_64": 41, "aarch64": 198}[platform.machine()]
    if libc.syscall(number, socket.AF_UNIX, socket.SOCK_STREAM, 0) >= 0:
        got.append("raw")
    print(got)
""")


@pytest.mark.parametrize("jailed", [True, False], ids=["jailed", "unjailed"])
def test_no_unix_or_netlink_socket_reaches_anything(jailed: bool, as_user: Callable[..., Any],
                                                    request: pytest.FixtureRequest, tmp_path: Path) -> None:
    if not jailed:
        request.getfixturevalue("no_bwrap")
    name = f"redteam4-{os.getpid()}"
    tmp_path.chmod(0o755)
    listeners = [socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) for _ in range(2)]
    try:
        listeners[0].bind("\0" + name)
        listeners[1].bind(str(tmp_path / "agent.sock"))
        os.chmod(tmp_path / "agent.sock", 0o777)
        for listener in listeners:
            listener.listen(1)
            listener.setblocking(False)
        result = as_user(run_many, OTHER_SOCKETS, [f"{name} {tmp_path / 'agent.sock'}"], LIMITS)[0]
        assert (result.verdict, result.stdout) == (Verdict.ok, "[]\n"), (result.stdout, result.stderr[-300:])
        for listener in listeners:
            with pytest.raises(BlockingIOError):
                listener.accept()
    finally:
        for listener in listeners:
            listener.close()


ROOT_ONLY_PROC_FILES = src("""
    import os, sys
    read = []
    for path in sys.stdin.read().split():
        try:
            with open(path, "rb") as f:
                if f.read(4096):
                    read.append(os.path.basename(path))
        except OSError:
            pass
    print(read)
""")


def test_a_jail_started_as_root_reads_no_root_only_file_of_proc(as_user: Callable[..., Any]) -> None:
    paths = [os.path.join("/proc", name) for name in ("kpageflags", "kpagecount", "slabinfo", "timer_list",
                                                       "vmallocinfo", "pagetypeinfo")]
    result = as_user(run_many, ROOT_ONLY_PROC_FILES, [" ".join(p for p in paths if os.path.exists(p))], LIMITS)[0]
    # Before, bubblewrap started as root: ['kpageflags', 'kpagecount', 'slabinfo', 'timer_list', 'vmallocinfo',
    # 'pagetypeinfo'] (without bubblewrap, Landlock or the dropped capabilities kept them closed already).
    assert (result.verdict, result.stdout) == (Verdict.ok, "[]\n"), (result.stdout, result.stderr[-300:])
