"""Session-30 red team (redteam30): memory a case held that the runner did not count, and what the fallback filter
and Landlock left open.

* Page tables. The runner's memory check summed each process's RssAnon + RssShmem + VmSwap, and only for a tree of more
  than one process (RLIMIT_AS was taken to bound a single one). Neither bounds the page tables that map a process's
  pages: RLIMIT_AS counts the pages mapped, not the tables, and a page read once in a private anonymous map is the
  kernel's shared zero page, which no resident size shows. A case that mapped one page every 1 GB and read it paid a
  page table and a page directory (8 KB) per page: one process held 400 MB of tables under a 256 MB limit, four held
  1.6 GB, `ok` (0.3 s of CPU per process; 48 processes could hold 19 GB, while the OOM killer looks for the memory in
  no count the runner reads). The runner now counts VmPTE (every level of the process's page tables) and checks a
  single process too.
* Without the seccomp layer (a machine without libseccomp or pyseccomp) the runner loads a fallback filter of its own
  (test_redteam_s21), and outside bubblewrap each case a filter that lets it signal only itself. Both lacked rules the
  seccomp layer has for that path: (1) truncation by path, and through open(O_RDONLY | O_TRUNC) or openat2: where
  Landlock handles no truncation (ABI < 3, Linux 5.13-6.1: Ubuntu 22.04, Debian 12) a case emptied any file its uid
  may write, wherever it lies, and as root every root-owned file of the machine (the hole of test_redteam_s17, open
  again there); (2) chmod and rename: a case made the worker's nest of runner dirs (mode 0300) and its own dir
  listable (test_scratch_dirs: without Landlock a case then finds and removes other calls' scratch dirs); (3) without
  Landlock either, shared maps: a shared map of /dev/zero filled and unmapped but for its last page held 384 MB under
  256 MB, `ok` (the hole of test_redteam_s20). The fallback filter now denies truncate, open and openat with O_RDONLY |
  O_TRUNC and answers openat2 with ENOSYS (and denies syslog, as the seccomp layer does); the case's own filter denies
  the chmod and rename calls and, without Landlock, every shared map.
* Page-cache pages held by a pipe: splice and tee, and sendfile into a pipe, put a reference to a file's page-cache
  folio into the pipe, not a copy, and the whole folio then stays in memory (neither reclaimed nor split) in no
  process's resident size. ext4 and XFS cache a file read in sequence in large folios (~256 KB here): one byte spliced
  every 2 MB of a host file kept ~240 KB each resident after the file's cache was dropped, so the uid's 16,384 pipe
  slots (as root shared with every root process) could hold some GB of the host's files where plain pipe buffers hold
  64 MB (test_redteam_s18's vmsplice, by another call). Each case now loads a small filter of its own that refuses the
  three (shutil's file copy falls back to read and write); the call process still splices its cases' inputs and
  outputs.
* Locked page cache: a case mapped host files it may read (libraries) and locked the maps (mlock). Locked file pages are
  page cache no reclaim frees, counted in RssFile, which the runner does not read (the interpreter's own libraries are
  there too): each process locked up to the worker's RLIMIT_MEMLOCK, 8 MB here (384 MB for a case's 48 processes under
  a 256 MB limit, `ok`), and where the worker's is unlimited (containers often run so) as much as its address space.
  Each case now has RLIMIT_MEMLOCK 0: no stdin -> stdout program locks memory.
* A file's times and owner outside bubblewrap: Landlock handles neither, and the per-case filter denied chmod and
  rename only. As root a case set the times of any root-owned file of the machine (utimensat: the owner may, no
  capability needed; Python's bytecode cache, make and backup tools trust a source's mtime) and could give one to a
  group of root's; as a developer's uid, any file of theirs. The per-case filter (and the fallback's) now denies utime,
  utimes, futimesat, utimensat and the chown calls too (fchmodat2 by number where libseccomp lacks its name).
Attacks run as the caller and as uid 65534 (see test_attacks), with and without bubblewrap.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.problems import sandbox
from generator.problems.sandbox import SandboxLimits, Verdict, run_many, run_program
from tests.security.test_attacks import _as_nobody, src
from tests.security.test_escapes import no_bwrap  # noqa: F401 - a fixture
from tests.security.test_redteam_s19 import SHMEM_BEHIND_ONE_PAGE
from tests.security.test_redteam_s20 import no_seccomp_layer  # noqa: F401 - a fixture
from tests.security.test_scratch_dirs import landlock  # noqa: F401 - a fixture

PAGE_TABLES = src("""
    import ctypes, os, time
    libc = ctypes.CDLL(None, use_errno=True)
    libc.mmap.restype = ctypes.c_void_p
    libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_long]
    processes, pages = map(int, input().split())

    def hold():
        # One page every 1 GB (a page table and a page directory each), read once: the zero page, no RssAnon.
        made = 0
        for i in range(pages):
            address = 0x100000000000 + (i << 30)
            got = libc.mmap(address, 4096, 1, 0x22 | 0x100000, -1, 0)  # PROT_READ, private anonymous, FIXED_NOREPLACE
            if got != address:
                break
            ctypes.c_char.from_address(got).value
            made += 1
        return made

    children = []
    for _ in range(processes - 1):
        pid = os.fork()
        if pid == 0:
            hold()
            time.sleep(1.5)
            os._exit(0)
        children.append(pid)
    made = hold()
    time.sleep(1.5)
    tables = [line.split()[1] for line in open("/proc/self/status") if line.startswith("VmPTE:")]
    print(made, tables)
    for pid in children:
        os.waitpid(pid, 0)
""")


@pytest.mark.parametrize("jailed", [True, False], ids=["bwrap", "no_bwrap"])
def test_page_tables_count_against_the_memory_limit(as_user: Callable[..., Any], jailed: bool,
                                                    request: pytest.FixtureRequest) -> None:
    if not jailed:
        request.getfixturevalue("no_bwrap")
    limits = SandboxLimits(cpu_seconds=5, wall_seconds=60, memory_mb=128)
    # 20,000 pages: 160 MB of page tables, 80 MB of address space (under RLIMIT_AS with the interpreter's); then the
    # same in each of 3 processes; then 200 pages (1.6 MB of tables), as a program's own would be.
    single, tree, honest = as_user(run_many, PAGE_TABLES, ["1 20000", "3 20000", "1 200"], limits)
    # Before: ok, '20000 ['160120']' (kB) for the single process and for each of the three.
    assert single.verdict is Verdict.memory_limit, (single.verdict, single.stdout, single.stderr[-300:])
    assert tree.verdict is Verdict.memory_limit, (tree.verdict, tree.stdout, tree.stderr[-300:])
    assert "memory limit exceeded by the process tree" in single.stderr + tree.stderr
    assert honest.verdict is Verdict.ok and honest.stdout.startswith("200 "), (honest.verdict, honest.stderr[-300:])


# --- the fallback filter (no seccomp layer) outside bubblewrap -----------------------------------------------------

TRUNCATE = src("""
    import ctypes, os, sys
    victim = sys.stdin.read().strip()
    done = []
    try:
        os.truncate(victim, 0)
        done.append("path")
    except OSError:
        pass
    for how in ("open", "openat2"):
        with open("mine.txt", "w") as f:
            f.write("x")
        try:
            if how == "open":
                os.close(os.open("mine.txt", os.O_RDONLY | os.O_TRUNC))
            else:
                libc = ctypes.CDLL(None, use_errno=True)
                how_ = (ctypes.c_uint64 * 3)(os.O_RDONLY | os.O_TRUNC, 0, 0)  # struct open_how
                fd = libc.syscall(ctypes.c_long(437), ctypes.c_int(-100), b"mine.txt", ctypes.byref(how_),
                                  ctypes.c_size_t(24))
                if fd < 0:
                    raise OSError(ctypes.get_errno(), "openat2")
                os.close(fd)
            if os.path.getsize("mine.txt") == 0:
                done.append(how)
        except OSError:
            pass
    print(done)
""")


@pytest.mark.usefixtures("no_seccomp_layer")
def test_without_the_seccomp_layer_an_older_landlock_lets_no_case_truncate_files(
        as_user: Callable[..., Any], request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    request.getfixturevalue("no_bwrap")
    monkeypatch.setenv("SANDBOX_LANDLOCK_ABI", "2")  # Landlock as Linux 5.13-6.1 have it: no truncation handled
    sandbox.close_runners()
    active = as_user(sandbox.jail_layers)
    if active.get("landlock") is not True:
        pytest.skip("Landlock is not available on this kernel")
    assert active.get("seccomp") is not True and active.get("fallback_filter") is True, active
    where = Path(tempfile.mkdtemp(prefix="project-"))  # (a dir every uid may pass, as a checkout in a home is)
    victim = where / "code.py"
    victim.write_text("print('the project')\n")
    where.chmod(0o755)
    if as_user is _as_nobody:
        os.chown(victim, 65534, 65534)  # the case's uid owns it, as a developer owns their checkout
    try:
        result = as_user(run_many, TRUNCATE, [str(victim)], SandboxLimits(wall_seconds=30))[0]
        # Before: ['path', 'open', 'openat2'], and the victim emptied (as root: any root-owned file).
        assert (result.verdict, result.stdout) == (Verdict.ok, "[]\n"), (result.stdout, result.stderr[-300:])
        assert victim.read_text() == "print('the project')\n"
    finally:
        sandbox.close_runners()
        victim.unlink()
        where.rmdir()


CHMOD_OR_RENAME = src("""
    import os
    nest = os.path.dirname(os.path.dirname(os.path.dirname(os.getcwd())))
    for what, call in (("chmod", lambda: os.chmod(nest, 0o700)), ("chmod own", lambda: os.chmod(".", 0o700)),
                       ("rename", lambda: os.rename(".", "../x"))):
        try:
            call()
            print(what, "done")
        except OSError:
            print(what, "denied")
""")


@pytest.mark.usefixtures("no_seccomp_layer")
def test_without_the_seccomp_layer_a_case_cannot_chmod_or_rename(landlock: bool,  # noqa: F811 - a fixture
                                                                 as_user: Callable[..., Any]) -> None:
    assert as_user(sandbox.jail_layers).get("fallback_filter") is True
    result = as_user(run_program, CHMOD_OR_RENAME, "", SandboxLimits(wall_seconds=30))
    # Before: chmod done, chmod own done (the nest of mode 0300 made listable, as test_scratch_dirs shows the harm).
    assert (result.verdict, result.stdout) == (Verdict.ok, "chmod denied\nchmod own denied\nrename denied\n"), \
        (result.stdout, result.stderr[-300:])


@pytest.mark.usefixtures("no_seccomp_layer")
def test_without_the_seccomp_layer_and_landlock_no_shared_memory_behind_one_page(
        as_user: Callable[..., Any], request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    request.getfixturevalue("no_bwrap")
    monkeypatch.setenv("SANDBOX_LANDLOCK", "0")
    monkeypatch.setenv("SANDBOX_UNCONFINED_ROOT", "1")  # (as root the sandbox refuses this path otherwise)
    sandbox.close_runners()
    active = as_user(sandbox.jail_layers)
    assert active.get("fallback_filter") is True and active.get("landlock") is not True, active
    result = as_user(run_many, SHMEM_BEHIND_ONE_PAGE, [""], SandboxLimits(wall_seconds=30))[0]
    # Before: ok "anonymous 0 MB, zero 384 MB" (a shared map of /dev/zero, 96 MB filled and unmapped but one page, x4).
    assert (result.verdict, result.stdout) == (Verdict.ok, "anonymous 0 MB, zero 0 MB\n"), \
        (result.verdict, result.stdout, result.stderr[-300:])


# --- page-cache references in pipes -------------------------------------------------------------------------------

PAGE_REFERENCES = src("""
    import ctypes, os, shutil
    with open("mine.bin", "wb") as f:
        f.write(os.urandom(1 << 20))
    fd = os.open("mine.bin", os.O_RDONLY)
    r, w = os.pipe()
    r2, w2 = os.pipe()
    libc = ctypes.CDLL(None, use_errno=True)
    done = []
    for name, call in (("splice", lambda: os.splice(fd, w, 1, offset_src=0)),
                       ("sendfile", lambda: os.sendfile(w, fd, 4096, 1)),
                       ("tee", lambda: libc.syscall(276 if os.uname().machine == "x86_64" else 77, r, w2, 1, 0))):
        try:
            if call() == 1:
                done.append(name)
        except OSError:
            pass
    shutil.copyfile("mine.bin", "copy.bin")  # (sendfile refused: shutil copies by read and write)
    print(done, os.path.getsize("copy.bin"))
""")


@pytest.mark.parametrize("mode", ["bwrap", "no_bwrap", "bwrap_fallback", "no_bwrap_fallback"])
def test_no_case_puts_page_cache_pages_into_a_pipe(as_user: Callable[..., Any], mode: str,
                                                   request: pytest.FixtureRequest) -> None:
    if mode.startswith("no_bwrap"):
        request.getfixturevalue("no_bwrap")
    if mode.endswith("fallback"):
        request.getfixturevalue("no_seccomp_layer")
    active = as_user(sandbox.jail_layers)
    assert active.get("seccomp" if not mode.endswith("fallback") else "fallback_filter") is True, active
    result = as_user(run_program, PAGE_REFERENCES, "", SandboxLimits(wall_seconds=30))
    # Before: ['splice', 'sendfile', 'tee'] 1048576.
    assert (result.verdict, result.stdout) == (Verdict.ok, "[] 1048576\n"), (result.stdout, result.stderr[-300:])


# --- locked memory -------------------------------------------------------------------------------------------------

LOCKED = src("""
    import ctypes, os
    libc = ctypes.CDLL(None, use_errno=True)
    libc.mmap.restype = ctypes.c_void_p
    libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_long]
    libc.mlock.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
    fd = os.open(os.__file__, os.O_RDONLY)  # a file of the interpreter: the host's page cache
    size = os.fstat(fd).st_size & ~4095
    address = libc.mmap(None, size, 1, 2, fd, 0)  # PROT_READ, MAP_PRIVATE
    print(libc.mlock(address, size) == 0, size > 0)
""")


@pytest.mark.parametrize("jailed", [True, False], ids=["bwrap", "no_bwrap"])
def test_a_case_locks_no_page_cache(as_user: Callable[..., Any], jailed: bool, request: pytest.FixtureRequest) -> None:
    if not jailed:
        request.getfixturevalue("no_bwrap")
    result = as_user(run_program, LOCKED, "", SandboxLimits(wall_seconds=30))
    # Before: "True True" (the file's pages locked in the page cache, up to RLIMIT_MEMLOCK a process).
    assert (result.verdict, result.stdout) == (Verdict.ok, "False True\n"), (result.stdout, result.stderr[-300:])


# --- a file's times and owner outside bubblewrap -------------------------------------------------------------------

TIMES_AND_OWNER = src("""
    import os, sys
    victim = sys.stdin.read().strip()
    done = []
    for name, call in (("utime", lambda: os.utime(victim, (1, 1))), ("chown", lambda: os.chown(victim, -1, os.getgid()))):
        try:
            call()
            done.append(name)
        except OSError:
            pass
    print(done)
""")


@pytest.mark.parametrize("layer", ["seccomp", "fallback"])
def test_without_a_jail_a_case_sets_no_times_nor_owner_of_files(as_user: Callable[..., Any], layer: str,
                                                                request: pytest.FixtureRequest) -> None:
    request.getfixturevalue("no_bwrap")
    if layer == "fallback":
        request.getfixturevalue("no_seccomp_layer")
    assert as_user(sandbox.jail_layers).get("seccomp" if layer == "seccomp" else "fallback_filter") is True
    where = Path(tempfile.mkdtemp(prefix="project-"))  # (a dir every uid may pass, as a checkout in a home is)
    victim = where / "code.py"
    victim.write_text("print('the project')\n")
    where.chmod(0o755)
    if as_user is _as_nobody:
        os.chown(victim, 65534, 65534)  # the case's uid owns it, as a developer owns their checkout
    before = victim.stat().st_mtime_ns
    try:
        result = as_user(run_many, TIMES_AND_OWNER, [str(victim)], SandboxLimits(wall_seconds=30))[0]
        # Before: ['utime', 'chown'] (as root: any root-owned file of the machine), the mtime 1970's.
        assert (result.verdict, result.stdout) == (Verdict.ok, "[]\n"), (result.stdout, result.stderr[-300:])
        assert victim.stat().st_mtime_ns == before
    finally:
        sandbox.close_runners()
        victim.unlink()
        where.rmdir()
