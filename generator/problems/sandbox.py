"""Run untrusted competitive-programming Python (stdin -> stdout) in a resource-limited subprocess.

Every run gets a fresh `tempfile.TemporaryDirectory()` as cwd (deleted afterwards) holding the
solution, the input(s), a small harness script and the results; nothing but the harness path and
four numbers goes on argv. The child is started with

* a minimal environment built here (`_CHILD_ENV`): nothing from `os.environ`, so no AWS keys;
* `python -s -S -P -B`: no user site, no site.py, no script dir on sys.path. This is `-I` minus
  `-E`: the environment is already ours alone, and `-E` would silently ignore PYTHONHASHSEED=0
  (keeping hash randomisation on and set iteration order different from run to run);
* rlimits set in `preexec_fn`: CPU (whole-process budget), AS (memory), STACK, FSIZE (output cap),
  NOFILE, CORE=0; `start_new_session=True`, and the whole process group is SIGKILLed on the
  wall-clock deadline and after every run (nothing the solution forked survives it).

`run_many` runs all inputs in ONE process (Python start-up costs ~15 ms, ~100 stress cases each
call). Per case the harness copies the input into the scratch file `stdin`, dup2()s fds 0/1/2 onto
fresh opens of stdin/stdout/stderr, runs the code in a new `__main__` module (fresh globals; a few
interpreter settings and builtins reset), enforces the per-case CPU limit with
`setitimer(ITIMER_PROF)` whose handler raises inside the solution, then appends the case's record
(verdict, times, stdout up to the cap, a stderr excerpt) to `results`. `run_program` is the same
harness with one input, so both paths judge identically.

Deliberate deviations from "stdin/stdout = TextIOWrapper over BytesIO":
* Cases read and write REAL file descriptors (fresh TextIOWrappers over fds 0/1/2 per case), so the
  fast-IO idioms of competitive Python (`open(0).read()`, `os.read(0, os.fstat(0).st_size)`,
  `os.write(1, ...)`, `sys.stdin.fileno()`) behave exactly as in a normal process and `run_many`
  agrees with `run_program`. Output still goes to a file (never a pipe or parent memory);
  RLIMIT_FSIZE caps it and a file larger than `output_bytes` is `output_limit`.
* Deep recursion runs on the MAIN thread: RLIMIT_STACK is raised to the memory limit before exec,
  and the stack only counts against RLIMIT_AS as far as it is really used. A per-case thread with
  `threading.stack_size(256 MB)` would reserve 256 MB of address space up front and not fit in a
  256 MB RLIMIT_AS, and a Python signal handler cannot raise inside a non-main thread anyway.
  Threads the solution starts itself (the `threading.stack_size(2**27)` idiom) work: they are
  joined as part of the case, and MALLOC_ARENA_MAX=1 stops glibc reserving 64 MB of address space
  per thread arena.

Threat model: this contains accidents (infinite loops, memory blow-ups, endless output, crashes) and
keeps secrets out of the child's environment. It is not a jail against a hostile program: the
child runs as the same user (it can read what the caller can, e.g. /proc/<ppid>/environ unless the
caller is non-dumpable, and write outside its cwd), with no seccomp or network isolation.
"""

from __future__ import annotations

import functools
import math
import os
import resource
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path


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
    cpu_ms: float  # CPU time consumed by this run (for batch: this case only; excludes interpreter start-up)
    wall_ms: float


def run_program(source: str, stdin: str, limits: SandboxLimits = SandboxLimits()) -> RunResult:
    """One fresh subprocess for one input. Used for timing calibration and as the reference path."""
    return _run(source, [stdin], limits)[0]


def run_many(source: str, inputs: Sequence[str], limits: SandboxLimits = SandboxLimits()) -> list[RunResult]:
    """Run `source` on every input in ONE subprocess (fresh globals and stdio per case), results in input order.

    Each case has its own CPU limit. If the process dies (total RLIMIT_CPU, wall timeout, a crash),
    the running case and every case not yet run get the fitting verdict; finished cases keep theirs.
    If the solution merely ends the process itself (posix._exit) or leaves a timed-out thread
    running, a fresh process takes over from the next case.
    """
    return _run(source, list(inputs), limits) if inputs else []


# ---------------------------------------------------------------------------------------------
# Parent side
# ---------------------------------------------------------------------------------------------

_CHILD_ENV: dict[str, str] = {
    "PATH": "/usr/bin:/bin",
    "LANG": "C.UTF-8",
    "PYTHONIOENCODING": "utf-8",
    "PYTHONHASHSEED": "0",
    "PYTHONDONTWRITEBYTECODE": "1",
    "MALLOC_ARENA_MAX": "1",  # glibc: one malloc arena, not 64 MB of address space per thread
}
_PYTHON_FLAGS = ("-s", "-S", "-P", "-B", "-X", "utf8")  # = -I without -E (see module docstring)
_EXIT_RESPAWN = 75  # harness: "stopped early on purpose, start a fresh process for the rest"
_EXIT_HARNESS_FAILED = 70  # harness: internal failure
_STARTUP_CPU_SECONDS = 1.0  # added to the process-wide CPU budget for interpreter start-up
_FSIZE_MARGIN = 64 * 1024  # solution's RLIMIT_FSIZE = output cap + this, so "bigger than the cap" shows
_RECORD_OVERHEAD = 16 * 1024  # per case in `results`: header + stderr excerpt
_MAX_OPEN_FILES = 64
_STDERR_HEAD, _STDERR_TAIL = 1024, 3072


@dataclass(frozen=True)
class _Exit:
    """How one harness process ended."""

    returncode: int  # negative: killed by that signal
    timed_out: bool  # we killed it on the wall-clock deadline
    cpu_seconds: float  # user + sys CPU of the whole process
    wall_seconds: float
    cpu_budget: int  # its RLIMIT_CPU soft limit


@functools.lru_cache(maxsize=1)
def _shield_parent() -> bool:
    """Make this (parent) process non-dumpable, once: its /proc/<pid>/environ — where Lambda keeps the AWS
    credentials — then belongs to root, so a child running as the same non-root user cannot read it."""
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0) == 0
    except (OSError, AttributeError):  # not Linux: nothing to do
        return False


_PR_SET_DUMPABLE = 4


def _run(source: str, inputs: list[str], limits: SandboxLimits) -> list[RunResult]:
    """Lay out the temp dir, run the harness (again, from the next case, if it stops early), collect results.

    Files (few on purpose: creating a file can cost milliseconds): harness.py, solution.py, `inputs`
    (a line of byte lengths, then all inputs back to back), harness.log (the harness's own fds 1/2),
    the scratch files stdin/stdout/stderr the running case sees as fds 0/1/2, and `results`.
    """
    _shield_parent()
    deadline = time.monotonic() + limits.wall_seconds
    results: list[RunResult | None] = [None] * len(inputs)
    with tempfile.TemporaryDirectory(prefix="sandbox-", ignore_cleanup_errors=True) as tmp:
        work = Path(tmp)
        (work / "harness.py").write_text(_HARNESS, encoding="utf-8")
        (work / "solution.py").write_bytes(source.encode("utf-8", "replace"))
        data = [text.encode("utf-8", "replace") for text in inputs]
        with open(work / "inputs", "wb") as f:
            f.write(" ".join(str(len(d)) for d in data).encode() + b"\n")
            f.writelines(data)
        biggest = max(len(d) for d in data)
        first: int | None = 0
        while first is not None and first < len(inputs):
            first = _run_from(work, first, biggest, limits, deadline, results)
    return [r if r is not None else _not_run(Verdict.sandbox_error, "no result") for r in results]


def _run_from(
    work: Path, first: int, biggest: int, limits: SandboxLimits, deadline: float, results: list[RunResult | None]
) -> int | None:
    """Run cases first.. in one process and fill `results`; return where a fresh process must resume, or None."""
    n = len(results)
    if time.monotonic() >= deadline:
        _fill(results, first, Verdict.time_limit, "wall-clock limit exceeded")
        return None
    try:
        ex = _spawn(work, first, n, biggest, limits, deadline)
    except (OSError, subprocess.SubprocessError) as exc:
        _fill(results, first, Verdict.sandbox_error, f"could not start the sandbox: {exc!r}")
        return None

    ready, finished = _parse_results(work / "results")
    k, spent_cpu, spent_wall = first, 0.0, 0.0
    while k < n and k in finished:
        results[k] = finished[k]
        spent_cpu, spent_wall, k = spent_cpu + finished[k].cpu_ms, spent_wall + finished[k].wall_ms, k + 1
    if k == n:
        return None

    # Case k was running when the process ended; its output is still in the scratch files.
    cpu_ms = max(0.0, ex.cpu_seconds * 1000 - spent_cpu)
    wall_ms = max(0.0, ex.wall_seconds * 1000 - spent_wall)
    rc = ex.returncode
    if ex.timed_out:
        _fill(results, k, Verdict.time_limit, "wall-clock limit exceeded", work, limits, None, cpu_ms, wall_ms)
        return None
    if rc < 0:  # killed by a signal: the running case and all later ones share the verdict
        note = f"sandbox process killed by {_signal_name(-rc)}"
        _fill(results, k, _death_verdict(work, ex), note, work, limits, rc, cpu_ms, wall_ms)
        return None
    if rc == _EXIT_HARNESS_FAILED or first not in ready:
        _fill(results, k, Verdict.sandbox_error, "harness failed:\n" + _read_tail(work / "harness.log"))
        return None
    if rc == _EXIT_RESPAWN and k > first:
        return k  # the harness finished case k-1 and asked for a clean process
    # The solution ended the process itself (e.g. posix._exit): judge case k by its exit code, go on.
    verdict = Verdict.ok if rc == 0 else Verdict.runtime_error
    if _size(work / "stdout") > limits.output_bytes:
        verdict = Verdict.output_limit
    results[k] = _scratch_result(work, limits, verdict, None, rc, cpu_ms, wall_ms)
    return k + 1


def _spawn(work: Path, first: int, n: int, biggest: int, limits: SandboxLimits, deadline: float) -> _Exit:
    """Start the harness on cases first..n-1 and wait for it (killing it at the deadline)."""
    budget = math.ceil(limits.cpu_seconds * (n - first) + _STARTUP_CPU_SECONDS)
    # The solution may write files up to output cap + margin (soft limit); the harness lifts its soft
    # limit to the hard one for its own files: `stdin` (the biggest input) and `results` (all cases).
    fsize = limits.output_bytes + _FSIZE_MARGIN
    fsize_harness = fsize + biggest + n * (limits.output_bytes + _RECORD_OVERHEAD)
    rlimits = _rlimits(limits, budget, fsize, fsize_harness)
    argv = [sys.executable, *_PYTHON_FLAGS, str(work / "harness.py")]
    argv += [str(first), str(n - first), repr(float(limits.cpu_seconds)), str(limits.output_bytes)]
    started = time.monotonic()
    with open(work / "harness.log", "ab") as log:
        proc = subprocess.Popen(
            argv,
            cwd=work,
            env=dict(_CHILD_ENV),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            close_fds=True,
            start_new_session=True,  # own process group: killpg reaches everything it forks
            preexec_fn=functools.partial(_apply_rlimits, rlimits),
        )
    returncode, timed_out, cpu = _wait(proc, deadline)
    return _Exit(returncode, timed_out, cpu, time.monotonic() - started, budget)


def _wait(proc: subprocess.Popen[bytes], deadline: float) -> tuple[int, bool, float]:
    """Wait for `proc`, SIGKILL its process group at `deadline`; return (returncode, timed_out, cpu seconds)."""
    lock = threading.Lock()
    state = {"exited": False, "killed": False}

    def on_deadline() -> None:
        with lock:
            if not state["exited"]:
                state["killed"] = True
                _kill_group(proc.pid)

    timer = threading.Timer(max(0.0, deadline - time.monotonic()), on_deadline)
    timer.daemon = True
    timer.start()
    try:
        # WNOWAIT: wait for the exit without reaping, so the pid (= process group id) can't be reused
        # before the kill below; wait4 then reaps it and reports its CPU usage.
        os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOWAIT)
    finally:
        with lock:
            state["exited"] = True
        timer.cancel()
        _kill_group(proc.pid)  # whatever it forked (or the child itself if we got here by an exception)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, state["killed"], usage.ru_utime + usage.ru_stime


def _kill_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _rlimits(limits: SandboxLimits, cpu_budget: int, fsize: int, fsize_hard: int) -> list[tuple[int, int, int]]:
    """(resource, soft, hard) for the child, clamped to our own hard limits (non-root can't raise those)."""
    memory = limits.memory_mb * 1024 * 1024
    wanted = [
        (resource.RLIMIT_CPU, cpu_budget, cpu_budget + 1),  # soft: SIGXCPU, hard: SIGKILL
        (resource.RLIMIT_AS, memory, memory),
        (resource.RLIMIT_STACK, memory, memory),  # deep recursion on the main thread (see docstring)
        (resource.RLIMIT_FSIZE, fsize, fsize_hard),
        (resource.RLIMIT_NOFILE, _MAX_OPEN_FILES, _MAX_OPEN_FILES),
        (resource.RLIMIT_CORE, 0, 0),
    ]
    clamped = []
    for res, soft, hard in wanted:
        current_hard = resource.getrlimit(res)[1]
        if current_hard != resource.RLIM_INFINITY:
            hard = min(hard, current_hard)
        clamped.append((res, min(soft, hard), hard))
    return clamped


def _apply_rlimits(rlimits: list[tuple[int, int, int]]) -> None:
    """preexec_fn: runs in the forked child just before exec."""
    for res, soft, hard in rlimits:
        resource.setrlimit(res, (soft, hard))


def _parse_results(path: Path) -> tuple[set[int], dict[int, RunResult]]:
    """Read `results`: "ready FIRST" lines (a harness started) and case records
    "case I VERDICT EXIT|- CPU_MS WALL_MS OUT_LEN ERR_LEN" followed by OUT_LEN + ERR_LEN bytes.
    A record cut short by the process dying is ignored."""
    ready: set[int] = set()
    finished: dict[int, RunResult] = {}
    try:
        data = path.read_bytes()
    except OSError:
        return ready, finished
    pos = 0
    while (end := data.find(b"\n", pos)) != -1:
        fields = data[pos:end].decode("ascii", "replace").split(" ")
        pos = end + 1
        try:
            if fields[0] == "ready":
                ready.add(int(fields[1]))
                continue
            _, index, verdict, code, cpu_ms, wall_ms, out_len, err_len = fields
            stop = pos + int(out_len) + int(err_len)
            if stop > len(data):
                break
            out, err = data[pos : pos + int(out_len)], data[pos + int(out_len) : stop]
            finished[int(index)] = RunResult(
                Verdict(verdict),
                out.decode("utf-8", "replace"),
                err.decode("utf-8", "replace"),
                None if code == "-" else int(code),
                float(cpu_ms),
                float(wall_ms),
            )
            pos = stop
        except (ValueError, IndexError):
            break
    return ready, finished


def _death_verdict(work: Path, ex: _Exit) -> Verdict:
    """Verdict for a harness killed by signal -ex.returncode."""
    sig = -ex.returncode
    if sig == signal.SIGXCPU or (sig == signal.SIGKILL and ex.cpu_seconds >= ex.cpu_budget - 0.5):
        return Verdict.time_limit  # RLIMIT_CPU soft (SIGXCPU) or hard (SIGKILL) limit
    if sig == signal.SIGXFSZ:
        return Verdict.output_limit
    if sig == signal.SIGKILL:
        return Verdict.memory_limit  # not us, not RLIMIT_CPU: the OOM killer
    logs = _read_tail(work / "stderr") + _read_tail(work / "harness.log")
    return Verdict.memory_limit if "MemoryError" in logs else Verdict.runtime_error


def _scratch_result(
    work: Path,
    limits: SandboxLimits,
    verdict: Verdict,
    note: str | None,
    exit_code: int | None,
    cpu_ms: float,
    wall_ms: float,
) -> RunResult:
    """Result of the case that was running when the process ended, from the scratch stdout/stderr."""
    stderr = _read_tail(work / "stderr")
    if note:
        stderr = f"{stderr}\n[sandbox] {note}" if stderr else f"[sandbox] {note}"
    return RunResult(verdict, _read_stdout(work / "stdout", limits.output_bytes), stderr, exit_code, cpu_ms, wall_ms)


def _fill(
    results: list[RunResult | None],
    k: int,
    verdict: Verdict,
    note: str,
    work: Path | None = None,
    limits: SandboxLimits | None = None,
    exit_code: int | None = None,
    cpu_ms: float = 0.0,
    wall_ms: float = 0.0,
) -> None:
    """Case k gets `verdict` (with what it wrote, if `work` is given); every later case is "not run"."""
    if work is not None and limits is not None:
        results[k] = _scratch_result(work, limits, verdict, note, exit_code, cpu_ms, wall_ms)
    else:
        results[k] = _not_run(verdict, note)
    for j in range(k + 1, len(results)):
        results[j] = _not_run(verdict, f"not run: case {k} ended the sandbox process ({note.splitlines()[0]})")


def _not_run(verdict: Verdict, note: str) -> RunResult:
    return RunResult(verdict, "", f"[sandbox] {note}", None, 0.0, 0.0)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _read_stdout(path: Path, cap: int) -> str:
    try:
        with open(path, "rb") as f:
            return f.read(cap).decode("utf-8", "replace")
    except OSError:
        return ""


def _read_tail(path: Path) -> str:
    """A text file, cut to its first _STDERR_HEAD and last _STDERR_TAIL bytes when longer."""
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size <= _STDERR_HEAD + _STDERR_TAIL:
                return f.read().decode("utf-8", "replace")
            head = f.read(_STDERR_HEAD)
            f.seek(size - _STDERR_TAIL)
            tail = f.read()
    except OSError:
        return ""
    cut = size - len(head) - len(tail)
    return f"{head.decode('utf-8', 'replace')}\n... [{cut} bytes cut] ...\n{tail.decode('utf-8', 'replace')}"


def _signal_name(sig: int) -> str:
    try:
        return signal.Signals(sig).name
    except ValueError:
        return f"signal {sig}"


# ---------------------------------------------------------------------------------------------
# Child side: the harness script, written into the temp dir. Stdlib only, never imports the project.
# ---------------------------------------------------------------------------------------------

_HARNESS = r'''
"""Sandbox harness. argv: FIRST COUNT CPU_SECONDS OUTPUT_BYTES; cwd holds solution.py and `inputs`.

For every case i in [FIRST, FIRST+COUNT): copy input i to `stdin`, run solution.py in a fresh
__main__ module with fds 0/1/2 on stdin/stdout/stderr, then append a record to `results` (see
_parse_results in sandbox.py). Exit status: 0 all done, 75 stopped early on purpose (respawn me),
70 harness failure; anything else means the solution ended or killed the process.
"""
import builtins, gc, os, resource, signal, sys, threading, time, types

FIRST, COUNT = int(sys.argv[1]), int(sys.argv[2])
CPU, OUT_CAP = float(sys.argv[3]), int(sys.argv[4])
ERR_HEAD, ERR_TAIL = 1024, 3072
ME = __file__  # frames from this file are never interrupted by the CPU timer
WORK = os.getcwd()
MAIN = sys.modules["__main__"]
REAL_EXIT = os._exit
RECURSION = sys.getrecursionlimit()
DIGITS = sys.get_int_max_str_digits()
DEFAULT_EXCEPTHOOK = threading.excepthook
# RLIMIT_FSIZE: the soft limit (output cap + margin) binds the solution; the harness raises its soft
# limit to the hard one while writing its own files (a big input copy, the growing `results`).
FSIZE_CASE, FSIZE_HARNESS = resource.getrlimit(resource.RLIMIT_FSIZE)
# RLIMIT_STACK is huge (deep recursion on the main thread) and glibc sizes new threads' stacks from
# it, so threads the solution starts without threading.stack_size() get the usual 8 MB instead.
THREAD_STACK = 8 << 20
WR, CREATE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC, os.O_WRONLY | os.O_CREAT | os.O_APPEND


class TimeLimit(BaseException):
    """Raised inside the solution when its CPU time is up (BaseException: `except Exception` misses it)."""


class HardExit(SystemExit):
    """What os._exit() raises during a case: it ends the case, not the batch."""


class Case:
    """Per-case flags, set from the signal handler and from the solution's threads."""
    cpu_hit = False
    hard_exit = None
    thread_oom = False


def cpu_now():
    # getrusage, not time.process_time(): with a process CPU timer armed the latter ticks in jiffies.
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def on_cpu(signum, frame):
    Case.cpu_hit = True
    if frame is not None and frame.f_code.co_filename != ME:
        raise TimeLimit  # only ever inside the solution (or the stdlib it called)


def fake_exit(code):
    Case.hard_exit = code & 0xFF  # for os._exit from a thread, where SystemExit is silently dropped
    raise HardExit(code)


def excepthook(args):
    if issubclass(args.exc_type, MemoryError):
        Case.thread_oom = True
    DEFAULT_EXCEPTHOOK(args)


def sigprof_to_main_thread(start):
    """Wrap threading's thread starter: new threads block SIGPROF, so the kernel delivers the CPU timer
    to the main thread, whose handler can then interrupt a join() on a runaway thread."""
    def start_masked(function, *args, **kwargs):
        def run(*run_args, **run_kwargs):
            signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGPROF])
            return function(*run_args, **run_kwargs)
        return start(run, *args, **kwargs)
    return start_masked


for _name in ("_start_new_thread", "_start_joinable_thread"):  # 3.11/3.12 and 3.13+ spelling
    if hasattr(threading, _name):
        setattr(threading, _name, sigprof_to_main_thread(getattr(threading, _name)))


def site_exit(code=None):
    raise SystemExit(code)


builtins.exit = builtins.quit = site_exit  # normally added by site.py, which -S skips
BUILTINS = dict(builtins.__dict__)


def restore_builtins():
    current = builtins.__dict__
    for name in [name for name in current if name not in BUILTINS]:
        del current[name]
    current.update(BUILTINS)


def set_fsize(soft):
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, FSIZE_HARNESS))


def write_all(fd, data):
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def copy(src, offset, count, dst):
    while count > 0:
        chunk = os.pread(src, min(count, 1 << 20), offset)
        if not chunk:
            return
        write_all(dst, chunk)
        offset, count = offset + len(chunk), count - len(chunk)


def read_index():
    """Offsets and lengths of the inputs in `inputs` (first line: the byte lengths)."""
    with open("inputs", "rb") as f:
        header = f.readline()
    lengths = [int(x) for x in header.split()]
    offsets, pos = [], len(header)
    for length in lengths:
        offsets.append(pos)
        pos += length
    return offsets, lengths


def redirect(fd, path, flags):
    new = os.open(path, flags, 0o600)
    if new != fd:
        os.dup2(new, fd)
        os.close(new)


def setup(i, offsets, lengths):
    """Fresh stdio, interpreter state and __main__ module for case i."""
    os.chdir(WORK)
    src, dst = os.open("inputs", os.O_RDONLY), os.open("stdin", WR, 0o600)
    try:
        copy(src, offsets[i], lengths[i], dst)
    finally:
        os.close(src)
        os.close(dst)
    redirect(0, "stdin", os.O_RDONLY)
    redirect(1, "stdout", WR)
    redirect(2, "stderr", WR)
    # Same settings as CPython's own stdio on Linux with PYTHONIOENCODING=utf-8 and a file for fd 1.
    stdin = open(0, "r", encoding="utf-8", newline="\n", closefd=False)
    stdout = open(1, "w", encoding="utf-8", newline="\n", closefd=False)
    stderr = open(2, "w", buffering=1, encoding="utf-8", errors="backslashreplace", newline="\n", closefd=False)
    sys.stdin, sys.stdout, sys.stderr = sys.__stdin__, sys.__stdout__, sys.__stderr__ = stdin, stdout, stderr
    restore_builtins()
    sys.argv = ["solution.py"]
    sys.setrecursionlimit(RECURSION)
    sys.set_int_max_str_digits(DIGITS)
    threading.stack_size(THREAD_STACK)
    threading.excepthook = excepthook
    os._exit = fake_exit
    signal.signal(signal.SIGPROF, on_cpu)
    Case.cpu_hit, Case.hard_exit, Case.thread_oom = False, None, False
    module = types.ModuleType("__main__")
    module.__file__ = "solution.py"
    module.__builtins__ = builtins
    sys.modules["__main__"] = module
    set_fsize(FSIZE_CASE)
    return module, stdout, stderr


def join_threads():
    """Like interpreter shutdown: wait for the non-daemon threads the solution started."""
    main = threading.main_thread()
    while True:
        pending = [t for t in threading.enumerate() if t is not main and not t.daemon and t.is_alive()]
        if not pending:
            return
        for t in pending:
            t.join()


def settle_threads():
    """A joined thread may still be exiting in the kernel with its stack (say 128 MB) mapped, and glibc
    reuses that stack only once it is gone: wait (at most 1 s) so the next case's threads fit in RLIMIT_AS."""
    deadline = time.monotonic() + 1.0
    try:
        while len(os.listdir("/proc/self/task")) > 1 and time.monotonic() < deadline:
            time.sleep(0.001)
    except OSError:
        pass


def exit_status(exc, stderr):
    """Process exit status for SystemExit, as CPython computes it."""
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    try:
        print(code, file=stderr)
    except BaseException:
        pass
    return 1


def report(exc, stderr):
    """Print the traceback like an uncaught exception would, minus the harness frames."""
    try:
        import traceback
        tb = exc.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename == ME:
            tb = tb.tb_next
        traceback.print_exception(type(exc), exc, tb, file=stderr)
    except BaseException:
        try:
            stderr.write("%s: %s\n" % (type(exc).__name__, exc))
        except BaseException:
            pass


def stderr_excerpt():
    """The case's stderr, cut to its head and tail when long."""
    fd = os.open("stderr", os.O_RDONLY)
    try:
        size = os.fstat(fd).st_size
        if size <= ERR_HEAD + ERR_TAIL:
            return os.pread(fd, size, 0)
        cut = b"\n... [%d bytes cut] ...\n" % (size - ERR_HEAD - ERR_TAIL)
        return os.pread(fd, ERR_HEAD, 0) + cut + os.pread(fd, ERR_TAIL, size - ERR_TAIL)
    finally:
        os.close(fd)


def run_case(code, i, offsets, lengths):
    """Run case i and append its record to `results`; return True if the process must not be reused."""
    module, stdout, stderr = setup(i, offsets, lengths)
    status, oom = 0, False
    wall0, cpu0 = time.perf_counter(), cpu_now()
    try:
        signal.setitimer(signal.ITIMER_PROF, CPU, 0.05)  # re-fires every 50 ms if the solution swallows it
        try:
            try:
                if isinstance(code, BaseException):
                    raise code.with_traceback(None)  # the source did not compile
                exec(code, module.__dict__)
            except SystemExit as exc:
                status = exit_status(exc, stderr)
            join_threads()
            sys.stdout.flush()
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0, 0)
            cpu, wall = cpu_now() - cpu0, time.perf_counter() - wall0
    except TimeLimit:
        status = None
    except MemoryError as exc:
        status, oom = 1, True
        report(exc, stderr)
    except BaseException as exc:
        status = 1
        report(exc, stderr)
    restore_builtins()
    if Case.hard_exit is not None and status == 0:
        status = Case.hard_exit

    # Close the case: flush what it wrote, drop its module (objects it created flush on collection).
    for stream in (sys.stdout, sys.stderr, stdout, stderr):
        try:
            stream.flush()
        except BaseException:
            pass
    sys.stdin = sys.stdout = sys.stderr = sys.__stdin__ = sys.__stdout__ = sys.__stderr__ = None
    sys.modules["__main__"] = MAIN
    del module, stdout, stderr
    gc.collect()
    set_fsize(FSIZE_HARNESS)

    out_size = os.stat("stdout").st_size
    notes = ""
    if Case.cpu_hit or cpu > CPU:
        verdict = "time_limit"
        notes = "CPU time limit exceeded (%.3f s used, limit %.3f s)" % (cpu, CPU)
    elif out_size > OUT_CAP:
        verdict = "output_limit"
        notes = "output limit exceeded (more than %d bytes)" % OUT_CAP
    elif oom or Case.thread_oom:
        verdict = "memory_limit"
    elif status != 0:
        verdict = "runtime_error"
    else:
        verdict = "ok"
    err = stderr_excerpt() + (("\n[sandbox] %s\n" % notes).encode() if notes else b"")
    out_len = min(out_size, OUT_CAP)
    head = "case %d %s %s %.3f %.3f %d %d\n" % (
        i, verdict, "-" if status is None else status, cpu * 1000, wall * 1000, out_len, len(err))
    results, out = os.open("results", CREATE, 0o600), os.open("stdout", os.O_RDONLY)
    try:
        write_all(results, head.encode())
        copy(out, 0, out_len, results)
        write_all(results, err)
    finally:
        os.close(results)
        os.close(out)
    # A thread still alive here (e.g. one that timed out) would run on into the next case.
    if any(t is not threading.main_thread() for t in threading.enumerate()):
        return True
    settle_threads()
    return False


def main():
    set_fsize(FSIZE_HARNESS)
    fd = os.open("results", CREATE, 0o600)
    write_all(fd, b"ready %d\n" % FIRST)
    os.close(fd)
    offsets, lengths = read_index()
    try:
        with open("solution.py", "rb") as f:
            code = compile(f.read(), "solution.py", "exec", dont_inherit=True)
    except BaseException as exc:  # SyntaxError & co: every case reports it, like a real run would
        code = exc
    gc.freeze()  # the per-case gc.collect() then only scans what the case created
    for i in range(FIRST, FIRST + COUNT):
        if run_case(code, i, offsets, lengths):
            REAL_EXIT(75)
    REAL_EXIT(0)


try:
    main()
except BaseException:
    try:
        import traceback
        with open(os.path.join(WORK, "harness.log"), "a") as log:
            traceback.print_exc(file=log)
    finally:
        REAL_EXIT(70)
'''
