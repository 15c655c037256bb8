"""Which isolation layers this machine offers, and the command line that starts the runner inside them.

Every layer may be absent (AWS Lambda has no user namespaces, so no bubblewrap; a kernel or a missing
libseccomp may refuse seccomp): each is probed once and reported by `jail_layers()` in the sandbox.
`SANDBOX_BWRAP=0` switches bubblewrap off (for benchmarks and for checking the fallback path).
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from pathlib import Path

RUNNER = Path(__file__).with_name("runner.py")
NOBODY = 65534


# Where a deployment package carries its own libseccomp (`make lambda-libs`): Lambda's runtime image (Amazon Linux
# 2023 minimal) has none, and without seccomp there the sandbox refuses to run anything.
VENDORED_LIBSECCOMP = Path(os.environ.get("LAMBDA_TASK_ROOT") or Path(__file__).resolve().parents[3]) / "lib" / \
    "libseccomp.so.2"


@functools.lru_cache(maxsize=1)
def seccomp_library() -> str | None:
    """The libseccomp the runner loads: None for the system's (found by its soname), else the vendored file's
    path, used only when the system has none."""
    import ctypes.util

    if ctypes.util.find_library("seccomp") is not None:
        return None
    vendored = Path(os.environ.get("SANDBOX_LIBSECCOMP") or VENDORED_LIBSECCOMP)
    return str(vendored.resolve()) if vendored.is_file() else None


@functools.lru_cache(maxsize=1)
def seccomp_module() -> str | None:
    """Path of the pyseccomp module file (loaded by path in the runner, without the project's site-packages)."""
    import ctypes.util

    library = seccomp_library()
    original = ctypes.util.find_library
    if library is not None:  # pyseccomp asks find_library, which knows only the system's libraries
        ctypes.util.find_library = lambda name: library if name == "seccomp" else original(name)
    try:
        import pyseccomp  # noqa: F401 - also fails when libseccomp.so.2 is missing
    except (ImportError, OSError, AttributeError, RuntimeError):
        return None
    finally:
        ctypes.util.find_library = original
    return str(Path(sys.modules["pyseccomp"].__file__).resolve())


def bwrap_wanted() -> bool:
    return os.environ.get("SANDBOX_BWRAP", "1") != "0"


@functools.lru_cache(maxsize=4)
def bwrap_works(python: str) -> bool:
    """True if bubblewrap can start `python` with every namespace unshared here (needs user namespaces)."""
    if not bwrap_wanted() or shutil.which("bwrap") is None:
        return False
    argv, fds = bwrap_argv(python, "/tmp/sandbox-probe", 1 << 20)
    try:
        probe = subprocess.run(
            [*argv, python, "-S", "-c", "pass"], stdin=subprocess.DEVNULL, capture_output=True, timeout=20,
            check=False, pass_fds=fds, cwd="/",
        )
    except (OSError, subprocess.SubprocessError):
        return False
    finally:
        for fd in fds:
            os.close(fd)
    return probe.returncode == 0


def python_prefixes(python: str) -> list[str]:
    """The interpreter's prefix, found from its real executable (<prefix>/bin/pythonX.Y): stdlib included."""
    prefix = str(Path(os.path.realpath(python)).parent.parent)
    return [prefix] if prefix != "/" else []


@functools.lru_cache(maxsize=1)
def _root_only_proc_files() -> tuple[str, ...]:
    """/proc's files (not the processes' dirs) that only their owner, root, may read."""
    found = []
    for entry in os.scandir("/proc"):
        try:
            if not entry.name.isdigit() and entry.is_file(follow_symlinks=False) and not entry.stat().st_mode & 0o044:
                found.append(entry.path)
        except OSError:
            pass
    return tuple(sorted(found))


def bwrap_argv(python: str, scratch: str, quota_bytes: int) -> tuple[list[str], list[int]]:
    """bwrap with all namespaces unshared (no network), only system dirs, the interpreter and the runner
    mounted read-only, a read-only root and /dev, and private size-limited /tmp (holding the run's scratch dir)
    and /dev/shm; and fds to pass (none today). As root the jail runs as uid 65534 without capabilities; outside it is still root's uid, so
    RLIMIT_NPROC is not enforced there (the runner's own process count is)."""
    # --as-pid-1: the runner itself is the pid namespace's init. bubblewrap's own reaper as pid 1 ran as the
    # jail's uid and stayed dumpable, holding the runner's control and result pipes as its fds 0 and 1: a case
    # opened /proc/1/fd/1 and wrote result records the worker believed, for its own call and the next calls of
    # this warm runner (other programs), and read later inputs from /proc/1/fd/0; /proc/1/mem was writable too.
    # The runner is non-dumpable, so as pid 1 none of that is open to a case.
    argv, fds = ["bwrap", "--unshare-all", "--die-with-parent", "--as-pid-1"], []
    # The private /tmp first: an interpreter, a checkout (runner) or a virtualenv (seccomp binding) that lives
    # under /tmp is then bound on top of it instead of being hidden by it.
    # /dev/shm gets its own bounded tmpfs and /dev, like the jail's root, is made read-only below: files there
    # are memory no process's RSS shows, and an unbounded tmpfs (half the machine's RAM) would hold any amount.
    # No kernel settings in /proc: started as root, the jail's uid 65534 is uid 0 outside it, and a sysctl file
    # is writable by uid 0 without any capability (its mode is all the kernel checks): kernel.core_pattern alone
    # ("|program") runs a program of the case's choice as the host's root. bubblewrap covers these only where
    # its access() check says they are writable, which a directory never is. /proc/sys becomes an empty
    # read-only dir (not the host's, bound read-only: that would bring its autofs mount points, binfmt_misc,
    # into the jail); the other writable files are the host's, read-only.
    argv += ["--proc", "/proc", "--size", "4096", "--tmpfs", "/proc/sys", "--remount-ro", "/proc/sys"]
    for path in ("/proc/sysrq-trigger", "/proc/irq", "/proc/bus", "/proc/pressure"):
        argv += ["--ro-bind-try", path, path]
    if os.geteuid() == 0:
        # Started as root, the jail's uid is root's outside it, to which /proc's root-only files (mode 0400) are open
        # without any capability: the flags of every physical page of the host (kpageflags), its slab caches and
        # timers. Each is covered by an empty file.
        for path in _root_only_proc_files():
            argv += ["--ro-bind-try", "/dev/null", path]
    # /dev/pts becomes an empty read-only dir: the jail's own devpts still draws on the kernel's global count of
    # pseudo-terminals (kernel.pty.max), and a case's 48 processes held ~2,900 of the 3,072 every container shares.
    # /dev/zero becomes /dev/null: a shared mapping of /dev/zero is shared anonymous memory, which a case can hold
    # where no count shows it (see the runner's seccomp rule on mmap); reading it gives nothing instead of zeros.
    argv += ["--dev", "/dev", "--size", str(quota_bytes), "--tmpfs", "/dev/shm", "--size", "4096", "--tmpfs",
             "/dev/pts", "--remount-ro", "/dev/pts", "--ro-bind", "/dev/null", "/dev/zero", "--remount-ro", "/dev",
             "--size", str(quota_bytes), "--tmpfs", "/tmp"]
    for path in ("/usr", "/lib", "/lib64", "/lib32", "/bin", "/sbin", "/etc/ld.so.cache", "/etc/localtime"):
        argv += ["--ro-bind-try", path, path]
    for path in python_prefixes(python):
        if path.startswith("/usr/"):
            continue
        argv += ["--ro-bind", path, path]
    # The runner and the one file it loads, not their directory: the rest of the project's source (the executor,
    # these layers, the shared harness, bytecode caches) is nothing a case needs to read.
    for path in (RUNNER, RUNNER.with_name("tree.py")):
        argv += ["--ro-bind", str(path), str(path)]
    module, library = seccomp_module(), seccomp_library()
    if module:
        argv += ["--ro-bind", module, module]
    if module and library:
        argv += ["--ro-bind", library, library]
    argv += ["--dir", scratch, "--remount-ro", "/", "--chdir", scratch]  # every mount point made: root read-only
    if os.geteuid() == 0:
        argv += ["--uid", str(NOBODY), "--gid", str(NOBODY), "--cap-drop", "ALL"]
    return argv, fds
