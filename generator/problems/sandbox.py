"""Run untrusted competitive-programming Python (stdin -> stdout) in a jail; public API for the gate.

`run_many(source, inputs, limits)` / `run_program(source, input, limits)` start ONE trusted runner
(`jail/runner.py`, pre-imported, stdlib only) per call. The runner forks a fresh child per case, so every case
has truly fresh globals, modules and interpreter state, and judges it from outside: exit status and CPU come
from wait4() rusage of the case's whole process tree (the runner is a child subreaper), stdout from a file the
runner created, and every result travels back over a pipe the child has closed. Nothing the untrusted code can
write decides a verdict or a time; if the runner ends abnormally, every result of the call is discarded
(`sandbox_error`).

Layers (each reported by `jail_layers()`; the ones a machine lacks are simply inactive):
* always: emptied environment (no AWS credentials), rlimits per case with soft == hard (AS, FSIZE = output cap,
  CPU backstop, NOFILE, NPROC, CORE), CPU and memory of the whole process tree watched by the runner, wall
  clock, SIGKILL of every process left after a case, a private scratch dir per call, removed afterwards;
  the worker and runner are non-dumpable (/proc/<pid>/environ, mem and fd stay closed to same-uid children);
* seccomp (pyseccomp over libseccomp, if present and the kernel allows): no sockets, ptrace,
  process_vm_*, setsid/setpgid, prlimit of other processes, signals to the runner, its parent or to process
  groups, new namespaces, io_uring, bpf;
* bubblewrap (where user namespaces work: developer machines, CI): no network, own pid/ipc/uts namespaces,
  only /usr, /lib, the interpreter and the runner mounted read-only, a private size-limited /tmp (disk quota);
  as root, the jail runs as uid 65534 without capabilities.
In AWS, `EXECUTOR=lambda` sends the runs to the separate `executor` function (no role permissions but its logs,
a VPC without egress): see `jail/executor.py`.

Solutions read and write REAL file descriptors (fds 0/1/2 are files), so the fast-IO idioms of competitive
Python (`open(0).read()`, `os.read(0, os.fstat(0).st_size)`, `os.write(1, ...)`) behave exactly as in a normal
process. Deep recursion runs on the main thread (RLIMIT_STACK = memory limit, set before the runner starts);
the `threading.stack_size(2**27)` idiom works (MALLOC_ARENA_MAX=1 stops glibc reserving 64 MB per thread arena).
"""

from __future__ import annotations

import functools
import json
import os
import resource
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from generator.problems.jail import layers


class Verdict(str, Enum):
    ok = "ok"
    runtime_error = "runtime_error"  # non-zero exit / uncaught exception
    time_limit = "time_limit"  # CPU limit or wall timeout
    memory_limit = "memory_limit"  # MemoryError / RLIMIT_AS hit
    output_limit = "output_limit"  # wrote more than the output cap
    sandbox_error = "sandbox_error"  # the harness itself failed


@dataclass(frozen=True)
class SandboxLimits:
    cpu_seconds: float = 2.0  # per run; in batch mode per case (and total CPU for the process is bounded too)
    wall_seconds: float = 10.0  # whole run_program / run_many call, wall clock
    memory_mb: int = 256  # RLIMIT_AS for the child (the interpreter itself takes ~15 MB of it)
    output_bytes: int = 8 * 1024 * 1024


@dataclass(frozen=True)
class RunResult:
    verdict: Verdict
    stdout: str
    stderr: str  # truncated to ~4 KB (head and tail kept)
    exit_code: int | None  # None: killed on a limit, or never run; negative: killed by that signal
    cpu_ms: float  # CPU of this case's whole process tree (wait4 rusage, measured by the runner)
    wall_ms: float


def run_program(source: str, stdin: str, limits: SandboxLimits = SandboxLimits()) -> RunResult:
    """One input in one fresh process. Used for timing calibration and as the reference path."""
    return _run(source, [stdin], limits)[0]


def run_many(source: str, inputs: Sequence[str], limits: SandboxLimits = SandboxLimits()) -> list[RunResult]:
    """Run `source` on every input, each in its own fresh process forked by one runner; results in input order.

    Each case has its own CPU limit. When the wall-clock budget of the call runs out, the running case is
    `time_limit` and every case not yet run is `time_limit` ("not run"); finished cases keep their results.
    """
    return _run(source, list(inputs), limits) if inputs else []


def jail_layers() -> dict[str, object]:
    """The isolation layers active for runs on this machine: True, or why not (a string / False)."""
    probe = _run_local("print(1)", [""], SandboxLimits(), report=True)
    return probe  # type: ignore[return-value]


def local_run(source: str, inputs: list[str], limits: SandboxLimits) -> list[RunResult]:
    """Run in this process's jail, whatever EXECUTOR says (the executor function's own entry)."""
    return _run_local(source, inputs, limits) if inputs else []


# ---------------------------------------------------------------------------------------------
# Worker side
# ---------------------------------------------------------------------------------------------

_CHILD_ENV: dict[str, str] = {
    "PATH": "/usr/bin:/bin",
    "LANG": "C.UTF-8",
    "PYTHONIOENCODING": "utf-8",
    "PYTHONHASHSEED": "0",
    "PYTHONDONTWRITEBYTECODE": "1",
    "MALLOC_ARENA_MAX": "1",  # glibc: one malloc arena, not 64 MB of address space per thread
}
_PYTHON_FLAGS = ("-s", "-S", "-P", "-B", "-X", "utf8")  # = -I without -E: PYTHONHASHSEED=0 must be honoured
_HEADER = 32
_BACKSTOP_SECONDS = 3.0  # the runner enforces the wall clock; the worker kills it only if it does not
_PROCESSES_PER_RUN = 48  # RLIMIT_NPROC headroom above what the uid already runs (threads count too)
_QUOTA_FLOOR = 64 << 20  # private /tmp of a run: at least this many bytes
_MAX_OPEN_FILES = 64
_PR_SET_DUMPABLE = 4


class _RunnerFailed(Exception):
    """The runner ended or spoke out of protocol: nothing it reported for this call can be trusted."""


def _run(source: str, inputs: list[str], limits: SandboxLimits) -> list[RunResult]:
    if os.environ.get("EXECUTOR", "inline") == "lambda":
        from generator.problems.jail.executor import run_remote

        return run_remote(source, inputs, limits)
    return _run_local(source, inputs, limits)


@functools.lru_cache(maxsize=1)
def _shield_parent() -> bool:
    """Make this (worker) process non-dumpable, once: its /proc/<pid>/environ — where Lambda keeps the AWS
    credentials — then belongs to root, so a child running as the same non-root user cannot read it."""
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0) == 0
    except (OSError, AttributeError):  # not Linux: nothing to do
        return False


def _run_local(source: str, inputs: list[str], limits: SandboxLimits, report: bool = False):  # noqa: ANN202
    shielded = _shield_parent()
    deadline = time.monotonic() + limits.wall_seconds
    data = [text.encode("utf-8", "replace") for text in inputs]
    scratch = tempfile.mkdtemp(prefix="sandbox-")  # the runner's scratch (inside bwrap: the same path on its tmpfs)
    python = os.path.realpath(sys.executable)
    jailed = layers.bwrap_works(python) if os.path.exists(python) else False
    quota = max(_QUOTA_FLOOR, 2 * limits.output_bytes + 2 * max(map(len, data)) + (16 << 20))
    config = {
        "cpu_seconds": limits.cpu_seconds,
        "output_bytes": limits.output_bytes,
        "memory_mb": limits.memory_mb,
        "scratch": scratch,
        "nproc": _nproc_limit(jailed),
        "max_tasks": _PROCESSES_PER_RUN,
        "seccomp_module": layers.seccomp_module(),
        "protect_pids": [os.getpid()],
    }
    argv, pass_fds = [python, *_PYTHON_FLAGS, str(layers.RUNNER), json.dumps(config)], []
    if jailed:
        jail, pass_fds = layers.bwrap_argv(python, scratch, quota)
        argv = jail + argv
    results: list[RunResult] = []
    runner: subprocess.Popen[bytes] | None = None
    try:
        try:
            runner = subprocess.Popen(
                argv, cwd=scratch, env=dict(_CHILD_ENV), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL, close_fds=True, pass_fds=pass_fds,
                start_new_session=True,  # one process group: the backstop kill reaches all of it
                preexec_fn=functools.partial(_runner_rlimits, limits),
            )
        except (OSError, subprocess.SubprocessError) as exc:
            return _all(inputs, Verdict.sandbox_error, f"could not start the sandbox: {exc!r}")
        finally:
            for fd in pass_fds:
                os.close(fd)
        channel = _Channel(runner, deadline + _BACKSTOP_SECONDS)
        try:
            channel.send(_header("src", len(source.encode("utf-8", "replace"))) + source.encode("utf-8", "replace"))
            ready = channel.line()
            if not ready.startswith(b"ready "):
                raise _RunnerFailed(f"runner did not start: {ready[:200]!r}")
            if report:
                active = json.loads(ready[6:])
                return {"fresh_process_per_case": True, "rlimits": True, "bubblewrap": jailed,
                        "uid_drop": jailed and os.geteuid() == 0, "non_dumpable": shielded, **active}
            for index, payload in enumerate(data):
                left = deadline - time.monotonic()
                if left <= 0:
                    note = "wall-clock limit exceeded" if index == 0 else "not run: wall-clock limit exceeded"
                    results += _all(inputs[index:], Verdict.time_limit, note)
                    break
                channel.send(_header("case", len(payload), int(left * 1000)))
                channel.send(payload)
                results.append(_parse(channel))
            channel.send(_header("end"))
        except _RunnerFailed as exc:
            return _all(inputs, Verdict.sandbox_error, f"runner failed, every result of the run discarded: {exc}")
        return results
    finally:
        if runner is not None:
            _stop(runner)
        shutil.rmtree(scratch, ignore_errors=True)


def _header(*fields: object) -> bytes:
    return " ".join(str(f) for f in fields).encode().ljust(_HEADER)


def _nproc_limit(jailed: bool) -> int:
    """RLIMIT_NPROC counts every process and thread of the real uid: allow what runs now plus headroom."""
    uid = os.getuid()  # as root the jail's uid 65534 is root outside its namespace: the runner counts instead
    count = 0
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                if entry.stat().st_uid == uid:
                    count += len(os.listdir(f"/proc/{entry.name}/task"))
            except OSError:
                pass
    return count + _PROCESSES_PER_RUN


def _runner_rlimits(limits: SandboxLimits) -> None:
    """preexec_fn of the runner: deep recursion on the main thread needs a big stack from exec on."""
    memory = limits.memory_mb * 1024 * 1024
    for res, value in ((resource.RLIMIT_STACK, memory), (resource.RLIMIT_NOFILE, _MAX_OPEN_FILES),
                       (resource.RLIMIT_CORE, 0)):
        hard = resource.getrlimit(res)[1]
        value = value if hard == resource.RLIM_INFINITY else min(value, hard)
        resource.setrlimit(res, (value, value))


class _Channel:
    """The runner's pipes, read with a deadline (a hung runner is killed, not waited for)."""

    def __init__(self, runner: subprocess.Popen[bytes], deadline: float) -> None:
        assert runner.stdin is not None and runner.stdout is not None
        self.out, self.inp = runner.stdin, runner.stdout.fileno()
        self.deadline = deadline
        self.buffer = b""

    def send(self, data: bytes) -> None:
        try:
            self.out.write(data)
            self.out.flush()
        except (BrokenPipeError, OSError) as exc:
            raise _RunnerFailed(f"runner gone ({exc!r})") from exc

    def _fill(self) -> None:
        left = self.deadline - time.monotonic()
        if left <= 0 or not select.select([self.inp], [], [], left)[0]:
            raise _RunnerFailed("runner did not answer before the wall-clock backstop")
        chunk = os.read(self.inp, 1 << 20)
        if not chunk:
            raise _RunnerFailed("runner ended early")
        self.buffer += chunk

    def line(self) -> bytes:
        while (end := self.buffer.find(b"\n")) == -1:
            self._fill()
        line, self.buffer = self.buffer[:end], self.buffer[end + 1 :]
        return line

    def take(self, size: int) -> bytes:
        while len(self.buffer) < size:
            self._fill()
        data, self.buffer = self.buffer[:size], self.buffer[size:]
        return data


def _parse(channel: _Channel) -> RunResult:
    fields = channel.line().decode("ascii", "replace").split(" ")
    try:
        tag, verdict, code, cpu_ms, wall_ms, out_len, err_len = fields
        if tag != "result":
            raise ValueError(tag)
        out, err = channel.take(int(out_len)), channel.take(int(err_len))
        return RunResult(Verdict(verdict), out.decode("utf-8", "replace"), err.decode("utf-8", "replace"),
                         None if code == "-" else int(code), float(cpu_ms), float(wall_ms))
    except ValueError as exc:
        raise _RunnerFailed(f"malformed result {fields[:8]!r}") from exc


def _stop(runner: subprocess.Popen[bytes]) -> None:
    """Let the runner end (it kills each case's tree itself); kill its process group if it does not."""
    try:
        runner.wait(timeout=2)
    except subprocess.TimeoutExpired:
        pass
    try:
        os.killpg(runner.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    runner.wait()
    for stream in (runner.stdin, runner.stdout):
        try:
            if stream is not None:
                stream.close()
        except OSError:
            pass


def _all(inputs: Sequence[str], verdict: Verdict, note: str) -> list[RunResult]:
    return [RunResult(verdict, "", f"[sandbox] {note}", None, 0.0, 0.0) for _ in inputs]
