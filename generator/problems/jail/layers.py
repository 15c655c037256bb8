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


@functools.lru_cache(maxsize=1)
def seccomp_module() -> str | None:
    """Path of the pyseccomp module file (loaded by path in the runner, without the project's site-packages)."""
    try:
        import pyseccomp  # noqa: F401 - also fails when libseccomp.so.2 is missing
    except (ImportError, OSError, AttributeError):
        return None
    return str(Path(sys.modules["pyseccomp"].__file__).resolve())


def bwrap_wanted() -> bool:
    return os.environ.get("SANDBOX_BWRAP", "1") != "0"


@functools.lru_cache(maxsize=4)
def bwrap_works(python: str) -> bool:
    """True if bubblewrap can start `python` with every namespace unshared here (needs user namespaces)."""
    if not bwrap_wanted() or shutil.which("bwrap") is None:
        return False
    try:
        probe = subprocess.run(
            bwrap_argv(python, "/tmp/sandbox-probe", 1 << 20) + [python, "-S", "-c", "pass"],
            stdin=subprocess.DEVNULL, capture_output=True, timeout=20, check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return probe.returncode == 0


def python_prefixes(python: str) -> list[str]:
    """Directories the interpreter needs: its own prefix (found from the real executable) and the stdlib's."""
    real = Path(os.path.realpath(python))
    dirs = {str(real.parent.parent), sys.base_prefix, sys.base_exec_prefix}
    return sorted(d for d in dirs if d and Path(d).is_dir() and d != "/")


def bwrap_argv(python: str, scratch: str, quota_bytes: int) -> list[str]:
    """bwrap with all namespaces unshared (no network), only system dirs, the interpreter and the runner
    mounted read-only, and a private size-limited /tmp holding the run's scratch dir."""
    argv = ["bwrap", "--unshare-all", "--die-with-parent"]
    for path in ("/usr", "/lib", "/lib64", "/lib32", "/bin", "/sbin", "/etc/ld.so.cache", "/etc/localtime"):
        argv += ["--ro-bind-try", path, path]
    for path in python_prefixes(python):
        if not path.startswith("/usr/"):
            argv += ["--ro-bind", path, path]
    argv += ["--ro-bind", str(RUNNER.parent), str(RUNNER.parent)]
    module = seccomp_module()
    if module:
        argv += ["--ro-bind", module, module]
    argv += ["--proc", "/proc", "--dev", "/dev", "--size", str(quota_bytes), "--tmpfs", "/tmp",
             "--dir", scratch, "--chdir", scratch]
    if os.geteuid() == 0:  # inside: an unprivileged uid with no capabilities
        argv += ["--uid", str(NOBODY), "--gid", str(NOBODY), "--cap-drop", "ALL"]
    return argv
