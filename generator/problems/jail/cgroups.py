"""A pids cgroup per warm runner, where this process may make one: the kernel then refuses a case's fork or thread
past the runner's task budget, instead of the runner noticing the tasks at its next poll.

Why: RLIMIT_NPROC binds no process of uid 0, and a jail started as root is uid 0 outside its namespace, so as root
the only bound on a case's processes was the runner's count of its tree, taken every poll. A fork bomb doubles
between two polls (more so when the runner is starved of CPU): one reached 4,096 processes, 836-4,054 after the
clean-up fix (redteam7, session 21), and with pid_max at 32,768 a bomb could take every pid of the machine until
the kill. A group's `pids.max` counts every task (process or thread) of everything started inside it, jail or not.

Where: cgroup v1's `pids` hierarchy, or cgroup v2 with the pids controller available to this process's cgroup,
in a child of this process's own cgroup (so CPU accounting above it still sees the runner). Both need write access
to cgroupfs: root on a developer machine or CI; a Lambda function has none, and there the non-root uid's
RLIMIT_NPROC already binds (the runner's poll stays as the second line everywhere).
"""
from __future__ import annotations

import functools
import os
import secrets
import time

_V1_ROOT = "/sys/fs/cgroup/pids"
_V2_ROOT = "/sys/fs/cgroup"
_PREFIX = "sandbox-"


def _own_path(hierarchy: str) -> str | None:
    """This process's cgroup path in the v1 hierarchy named `hierarchy` ("pids"), or in v2 ("")."""
    try:
        with open("/proc/self/cgroup") as lines:
            for line in lines:
                _, controllers, path = line.rstrip("\n").split(":", 2)
                if (hierarchy and hierarchy in controllers.split(",")) or (not hierarchy and controllers == ""):
                    return path
    except (OSError, ValueError):
        return None
    return None


@functools.lru_cache(maxsize=1)
def parent() -> tuple[str | None, str]:
    """(the directory runner groups are made in, or None; why not). Tried once per process."""
    reasons = []
    v1 = _own_path("pids")
    if v1 is not None and os.path.isdir(_V1_ROOT):
        candidate = os.path.normpath(_V1_ROOT + v1)
        if os.access(candidate, os.W_OK):
            return candidate, ""
        reasons.append(f"cgroup v1 pids: {candidate} is not writable")
    v2 = _own_path("")
    if v2 is not None and os.path.exists(os.path.join(_V2_ROOT, "cgroup.controllers")):
        candidate = os.path.normpath(_V2_ROOT + v2)
        try:
            with open(os.path.join(candidate, "cgroup.subtree_control")) as control:
                enabled = "pids" in control.read().split()
            if not enabled:  # fails when this cgroup holds processes itself (v2: no internal processes): fine, off
                with open(os.path.join(candidate, "cgroup.subtree_control"), "w") as control:
                    control.write("+pids")
            return candidate, ""
        except OSError as exc:
            reasons.append(f"cgroup v2: pids controller not available below {candidate} ({exc.strerror})")
    return None, "; ".join(reasons) or "no pids cgroup hierarchy"


def make(budget: int) -> tuple[str | None, str]:
    """A new group allowing `budget` tasks: (its path, "") or (None, why not). Groups of dead processes go first."""
    where, why = parent()
    if where is None:
        return None, why
    _sweep_dead(where)
    path = os.path.join(where, f"{_PREFIX}{os.getpid()}-{secrets.token_hex(8)}")
    try:
        os.mkdir(path)
    except OSError as exc:
        return None, f"cannot make a pids cgroup in {where}: {exc.strerror}"
    try:
        with open(os.path.join(path, "pids.max"), "w") as limit:
            limit.write(str(budget))
    except OSError as exc:
        remove(path)
        return None, f"cannot set pids.max: {exc.strerror}"
    return path, ""


def join(path: str) -> None:
    """Move the calling process into the group (a runner's preexec_fn: everything it starts is counted there).
    Only async-signal-safe calls: it runs between fork and exec."""
    fd = os.open(os.path.join(path, "cgroup.procs"), os.O_WRONLY)
    try:
        os.write(fd, b"0")  # v1 and v2: "0" is the writing process
    finally:
        os.close(fd)


def holds(path: str, pid: int) -> bool:
    try:
        with open(os.path.join(path, "cgroup.procs")) as procs:
            return str(pid) in procs.read().split()
    except OSError:
        return False


def remove(path: str, wait_seconds: float = 1.0) -> bool:
    """rmdir the group once its tasks are gone (a killed runner's leave a moment after); False if it stays."""
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            os.rmdir(path)
            return True
        except FileNotFoundError:
            return True
        except OSError:
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.01)


def _sweep_dead(where: str) -> None:
    """Remove the groups of processes that are gone (one killed before its clean-up left its runners' groups)."""
    try:
        entries = list(os.scandir(where))
    except OSError:
        return
    for entry in entries:
        parts = entry.name.split("-")
        if len(parts) == 3 and entry.name.startswith(_PREFIX) and parts[1].isdigit() and not pid_alive(int(parts[1])):
            remove(entry.path, wait_seconds=0)


def pid_alive(pid: int) -> bool:
    """Whether a process `pid` exists (another user's too): the owner of a group here, of a scratch nest in
    sandbox."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True
