"""Routes the session-13 red team found through the jail, each closed by the fix it names.

* bubblewrap's own reaper was pid 1 of the jail: same uid as a case and dumpable, holding the runner's control
  and result pipes as its fds 0 and 1. A case wrote result records into /proc/1/fd/1 that the worker took as its
  own result, then as the next program's ("done clean" included), and read later inputs from /proc/1/fd/0.
  The runner is now pid 1 itself (`--as-pid-1`; it is non-dumpable).
* the runner's whole directory was bound into the jail: a case read the executor, the layers, the shared harness
  (project source it has no use for). Only runner.py and tree.py are bound now.
* syscalls newer than the machine's libseccomp (setxattrat, file_setattr, ...) passed the filter by name: a user
  xattr on the jail's /tmp, or an inode flag set with FS_IOC_SETFLAGS, outlived the call for the next program.
  Every number past the newest known syscall now answers ENOSYS (a second filter).
* without bubblewrap, Landlock handled writes only: a case read a home's ~/.aws and the project. Reads are handled.
* as root with neither bubblewrap nor Landlock, a case could write root's files (/proc/sys/kernel/core_pattern, the
  project's code): the sandbox refuses to run there.
Attacks run as the caller and as uid 65534 (see test_attacks).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.problems import sandbox
from generator.problems.jail import layers
from generator.problems.sandbox import Verdict, run_many, run_program
from tests.security.test_attacks import FAST, src

FORGE_THROUGH_PID_1 = src("""
    import os
    own, nxt = b"FORGED-OWN\\n", b"FORGED-NEXT\\n"
    records = (b"result ok 0 1.000 1.000 %d 0\\n" % len(own) + own + b"done clean\\n"
               + b"result ok 0 1.000 1.000 %d 0\\n" % len(nxt) + nxt + b"done clean\\n")
    for pid in (1, 2):
        for fd in (0, 1, 2, 3, 4, 5):
            try:
                w = os.open("/proc/%d/fd/%d" % (pid, fd), os.O_WRONLY | os.O_NONBLOCK)
                os.write(w, records)
            except OSError:
                pass
            try:
                r = os.open("/proc/%d/fd/%d" % (pid, fd), os.O_RDONLY | os.O_NONBLOCK)
                if b"NOT-MINE" in os.read(r, 1 << 16):
                    print("STOLE")
            except OSError:
                pass
    print("real " + input())
""")


def _both(as_user: Callable[..., Any]) -> tuple[list[Any], Any]:
    first = run_many(FORGE_THROUGH_PID_1, ["mine", "NOT-MINE"], FAST)
    second = run_program('print("victim")', "", FAST)
    return first, second


def test_no_ancestor_in_the_jail_opens_the_runners_pipes_to_a_case(as_user: Callable[..., Any]) -> None:
    first, second = as_user(_both, as_user)
    assert [(r.verdict, r.stdout) for r in first] == [(Verdict.ok, "real mine\n"), (Verdict.ok, "real NOT-MINE\n")]
    assert (second.verdict, second.stdout) == (Verdict.ok, "victim\n")


XATTRS_AND_FLAGS = src("""
    import array, ctypes, fcntl, os, sys
    libc = ctypes.CDLL(None, use_errno=True)
    class XattrArgs(ctypes.Structure):
        _fields_ = [("value", ctypes.c_uint64), ("size", ctypes.c_uint32), ("flags", ctypes.c_uint32)]
    places = ["/tmp", "/dev/shm", ".", "..", "../..", os.environ.get("TMPDIR", "/tmp")]
    if sys.stdin.read().strip() == "write":
        value = ctypes.create_string_buffer(b"LEFT")
        for path in places:
            args = XattrArgs(ctypes.addressof(value), 4, 0)
            libc.syscall(463, -100, path.encode(), 0, b"user.left", ctypes.byref(args), ctypes.c_size_t(16))
            try:
                fd = os.open(path, os.O_RDONLY)
                flags = array.array("l", [0x40 | 0x80])  # FS_NODUMP_FL | FS_NOATIME_FL
                fcntl.ioctl(fd, 0x40086602, flags, True)
            except OSError:
                pass
    found = []
    for path in places:
        try:
            found += os.listxattr(path)
        except OSError:
            pass
        try:
            fd = os.open(path, os.O_RDONLY)
            flags = array.array("l", [0])
            fcntl.ioctl(fd, 0x80086601, flags, True)
            if flags[0] & 0xC0:
                found.append("flags %s %#x" % (path, flags[0]))
        except OSError:
            pass
    print(found)
""")


def _write_then_read() -> list[Any]:
    return [run_program(XATTRS_AND_FLAGS, "write", FAST), run_program(XATTRS_AND_FLAGS, "read", FAST)]


def test_xattrs_and_inode_flags_do_not_outlive_a_call(as_user: Callable[..., Any]) -> None:
    if as_user(sandbox.jail_layers).get("seccomp") is not True:
        pytest.skip("seccomp is not active here")
    results = as_user(_write_then_read)
    assert [(r.verdict, r.stdout) for r in results] == [(Verdict.ok, "[]\n")] * 2


PROJECT_FILES = src("""
    import os
    top = os.environ.get("PROJECT")
    found = []
    for dirpath, dirs, files in os.walk(top):
        dirs[:] = [d for d in dirs if d != ".venv"]  # (the seccomp binding is bound from the venv: not the project's)
        found += [os.path.relpath(os.path.join(dirpath, f), top) for f in files]
    print(sorted(found))
""")


def test_a_jailed_case_sees_no_project_file_but_the_runners_own() -> None:
    if not sandbox.jail_layers().get("bubblewrap"):
        pytest.skip("without bubblewrap a case reads what its uid can (see the README)")
    project = Path(layers.RUNNER).resolve().parents[3]
    result = run_program(PROJECT_FILES.replace('os.environ.get("PROJECT")', repr(str(project))), "", FAST)
    jail = "generator/problems/jail/"
    assert (result.verdict, result.stdout) == (Verdict.ok, str([jail + "runner.py", jail + "tree.py"]) + "\n")


READ_AROUND = src("""
    import os, sys
    read = []
    for path in sys.stdin.read().split():
        try:
            with open(path, "rb") as f:
                read.append((path, f.read(40)))
        except OSError:
            pass
        try:
            read.append((path, os.listdir(path)))
        except OSError:
            pass
    print(read)
""")


def _read_around(paths: list[str]) -> Any:
    sandbox.close_runners()
    return run_program(READ_AROUND, "\n".join(paths), FAST), sandbox.jail_layers().get("landlock")


def test_without_a_jail_landlock_keeps_a_case_from_reading_homes_and_the_project(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, as_user: Callable[..., Any]) -> None:
    # A dir of the worker's uid like a home with ~/.aws/credentials or a checkout with its .env, and the project
    # itself: readable to a case of the same uid before (Landlock handled writes only).
    monkeypatch.setenv("SANDBOX_BWRAP", "0")
    layers.bwrap_works.cache_clear()
    home = tmp_path / "home"
    (home / ".aws").mkdir(parents=True)
    (home / ".aws" / "credentials").write_text("aws_secret_access_key = LEAK\n")
    os.chmod(tmp_path, 0o755)
    if os.geteuid() == 0:  # (the home of the uid 65534 case too)
        for path in (home, home / ".aws", home / ".aws" / "credentials"):
            os.chown(path, 65534, 65534)
    project = Path(layers.RUNNER).resolve().parents[3]
    paths = [str(home), str(home / ".aws" / "credentials"), str(project), str(project / "README.md"),
             str(layers.RUNNER), "/etc/passwd"]
    try:
        result, landlock = as_user(_read_around, paths)
    finally:
        sandbox.close_runners()
        layers.bwrap_works.cache_clear()
    if landlock is not True:
        pytest.skip(f"Landlock is not active here: {landlock}")
    assert (result.verdict, result.stdout) == (Verdict.ok, "[]\n"), result.stderr


CALLS_464 = src("""
    import ctypes, errno
    libc = ctypes.CDLL(None, use_errno=True)
    ctypes.set_errno(0)
    libc.syscall(464, -100, b"/tmp", 0, b"user.x", None, 0)  # getxattrat (6.13), allowed by the named rules
    print(errno.errorcode.get(ctypes.get_errno()))
""")


def test_syscalls_newer_than_the_filter_answer_enosys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The catch-all filter denies every number from FIRST_UNKNOWN_SYSCALL on, which no kernel has yet: a runner
    # whose threshold is lowered to 464 (getxattrat) shows it at work on an existing syscall.
    if tuple(int(x) for x in os.uname().release.split(".")[:2] if x.isdigit()) < (6, 13):
        pytest.skip("getxattrat needs Linux 6.13")
    if sandbox.jail_layers().get("seccomp") is not True:
        pytest.skip("seccomp is not active here")
    assert run_program(CALLS_464, "", FAST).stdout == "EINVAL\n"  # the syscall exists and is reached
    jail = tmp_path / "jail"
    jail.mkdir()
    text = layers.RUNNER.read_text()
    assert "\nFIRST_UNKNOWN_SYSCALL = 470 " in text
    (jail / "runner.py").write_text(text.replace("\nFIRST_UNKNOWN_SYSCALL = 470 ", "\nFIRST_UNKNOWN_SYSCALL = 464 "))
    (jail / "tree.py").write_text(layers.RUNNER.with_name("tree.py").read_text())
    monkeypatch.setattr(layers, "RUNNER", jail / "runner.py")
    sandbox.close_runners()
    try:
        assert run_program(CALLS_464, "", FAST).stdout == "ENOSYS\n"
    finally:
        sandbox.close_runners()


@pytest.mark.skipif(os.geteuid() != 0, reason="the refusal concerns a worker running as root")
def test_as_root_without_bubblewrap_or_landlock_nothing_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    # A case there is uid 0 without capabilities, which the mode bits of root's files still let write them: it
    # opened /proc/sys/kernel/core_pattern, /sys/power/state, /etc/passwd and the project's README for writing.
    monkeypatch.setenv("SANDBOX_BWRAP", "0")
    monkeypatch.setenv("SANDBOX_LANDLOCK", "0")
    monkeypatch.delenv("SANDBOX_UNCONFINED_ROOT", raising=False)
    layers.bwrap_works.cache_clear()
    sandbox.close_runners()
    try:
        # (opened for writing, never written)
        result = run_program('import os\nos.open("/proc/sys/kernel/core_pattern", os.O_WRONLY)\nprint("opened")', "",
                             FAST)
        assert "sandbox_error" in sandbox.jail_layers()
    finally:
        sandbox.close_runners()
        layers.bwrap_works.cache_clear()
    assert result.verdict is Verdict.sandbox_error and result.stdout == ""
    assert "refusing to run untrusted code" in result.stderr
