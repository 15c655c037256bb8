"""Run untrusted competitive-programming Python (stdin -> stdout) in a jail; public API for the gate.

`run_many(source, inputs, limits)` / `run_program(source, input, limits)` are served by a WARM trusted runner
(`jail/runner.py`, pre-imported, stdlib only, inside bubblewrap + seccomp where available) taken from a small
per-worker-process pool: one idle runner per concurrent caller, started lazily, retired after `_MAX_CALLS` calls,
`_MAX_AGE_SECONDS`, any call that did not end cleanly, or when it dies. Per call the runner forks a call
process that compiles the source once and forks a fresh child per case, so every case has truly fresh globals,
modules and interpreter state, and judges it from outside: exit status and CPU come from wait4() rusage of the
case's whole process tree (subreapers), stdout from a file the call process created, and every result travels
back over a pipe the child has closed. Nothing the untrusted code can write decides a verdict or a time; if the
runner ends abnormally, every result of the call is discarded (`sandbox_error`). Between calls the runner kills
every process left and restores every place a case can write to (see the runner), or is retired; the per-call
limits (CPU, memory, output, processes) are applied in each case's child as before.

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
  as root, the jail runs as uid 65534 without capabilities;
* a pids cgroup per runner (where the worker may make one: root on developer machines and CI; jail/cgroups.py):
  the kernel refuses a case's fork or thread past its task budget, where RLIMIT_NPROC binds no root process.
In AWS, `EXECUTOR=lambda` sends the runs to the separate `executor` function (no role permissions but its logs,
a VPC without egress): see `jail/executor.py`.

Solutions read and write REAL file descriptors (fds 0/1/2 are files), so the fast-IO idioms of competitive
Python (`open(0).read()`, `os.read(0, os.fstat(0).st_size)`, `os.write(1, ...)`) behave exactly as in a normal
process. Deep recursion runs on the main thread (RLIMIT_STACK = memory limit, set before the runner starts);
the `threading.stack_size(2**27)` idiom works (MALLOC_ARENA_MAX=1 stops glibc reserving 64 MB per thread arena).
"""

from __future__ import annotations

import atexit
import functools
import json
import os
import queue
import secrets
import threading
import resource
import select
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from generator.problems.jail import cgroups, layers, tree


class Verdict(str, Enum):
    ok = "ok"
    runtime_error = "runtime_error"  # non-zero exit / uncaught exception
    time_limit = "time_limit"  # CPU limit or wall timeout
    memory_limit = "memory_limit"  # RLIMIT_AS hit (a MemoryError not raised by the program itself), the OOM killer
    output_limit = "output_limit"  # wrote more than the output cap
    sandbox_error = "sandbox_error"  # the harness itself failed


@dataclass(frozen=True)
class SandboxLimits:
    cpu_seconds: float = 2.0  # per run; in batch mode per case (and total CPU for the process is bounded too)
    wall_seconds: float = 10.0  # whole run_program / run_many call, wall clock
    memory_mb: int = 256  # RLIMIT_AS for the child (the interpreter itself takes ~15 MB of it)
    output_bytes: int = 8 * 1024 * 1024
    # PYTHONHASHSEED of the interpreter that runs the program: the iteration order of sets and dicts keyed by str
    # or bytes follows it. 0 everywhere (runs are reproducible); the gate runs the reference once more under another
    # seed, as a judge's interpreter (hash randomisation on) would, to catch answers printed in set order.
    hash_seed: int = 0


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
_RUNNER_TASKS = 3  # a runner's own tasks beside its cases': itself, its janitor and a call's process
_BWRAP_TASKS = 1  # bubblewrap's own process above a jailed runner (the runner is the namespace's pid 1: --as-pid-1)
_QUOTA_FLOOR = 64 << 20  # private /tmp of a run: at least this many bytes
_MAX_OPEN_FILES = 64
_PR_SET_DUMPABLE = 4
_MAX_CALLS = 200  # calls one warm runner serves before it is replaced
_MAX_AGE_SECONDS = 300.0
_MAX_IDLE = max(2, os.cpu_count() or 1)  # idle runners kept per kind (one per concurrent caller)
_STACK_FLOOR_MB = 1024  # runner's RLIMIT_STACK at exec (address-space layout); each case gets memory_mb
_QUOTA_STEP = 64 << 20  # private /tmp sizes come in steps, so runners can be shared by similar calls
# Memory the decoded outputs of one call's results may take in the worker. A case's stdout is capped in bytes, but
# a str takes up to 4 bytes per character (one character past U+FFFF widens all of it; an invalid byte becomes
# U+FFFD): 8 MB of digits after an emoji held 34 MB, and a reference run on 100+ stress inputs grew the worker past
# its memory. Cases past the budget are output_limit with their stdout dropped; an honest call (a package's whole
# tests, at most a few MB each) holds a small part of it.
_CALL_OUTPUT_BUDGET = 256 << 20


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
    python = os.path.realpath(sys.executable)
    jailed = layers.bwrap_works(python) if os.path.exists(python) else False
    quota = max(_QUOTA_FLOOR, 2 * limits.output_bytes + 2 * max(map(len, data)) + (16 << 20))
    kind = _Kind(python, jailed, max(_STACK_FLOOR_MB, limits.memory_mb), -(-quota // _QUOTA_STEP) * _QUOTA_STEP,
                 limits.hash_seed)
    pool = _pool()
    for attempt in range(2):
        runner = pool.take(kind)
        if runner is None:
            try:
                runner = _Runner.start(kind, deadline + _BACKSTOP_SECONDS)
            except (OSError, subprocess.SubprocessError) as exc:
                if report:
                    return {"sandbox_error": f"could not start the sandbox: {exc!r}"}
                return _all(inputs, Verdict.sandbox_error, f"could not start the sandbox: {exc!r}")
            except _RunnerFailed as exc:
                if report:
                    return {"sandbox_error": str(exc)}
                return _all(inputs, Verdict.sandbox_error, f"runner failed, every result of the run discarded: {exc}")
        if report:
            pool.give_back(runner)
            return {"fresh_process_per_case": True, "rlimits": True, "bubblewrap": jailed,
                    "uid_drop": jailed and os.geteuid() == 0, "non_dumpable": shielded, **runner.layers}
        warm, clean = runner.calls > 0, False
        try:
            results = runner.call(source, data, limits, deadline)
            clean = True
            return results
        except _RunnerFailed as exc:
            # An idle runner that died just before this call (OOM killer, a stray signal) is not this program's
            # doing: run it once more on a fresh runner. A program that breaks its own call gets no second try.
            if attempt == 0 and warm and runner.gone_before_answering():
                continue
            return _all(inputs, Verdict.sandbox_error, f"runner failed, every result of the run discarded: {exc}")
        finally:
            if clean:
                pool.give_back(runner)
            else:
                runner.stop()
    raise AssertionError("unreachable")


class _Kind(tuple):
    """What a runner is started with: interpreter, jail, RLIMIT_STACK at exec (MB), size of its private /tmp, and
    PYTHONHASHSEED (read once at interpreter start; every case is a fork of the runner's interpreter)."""

    def __new__(cls, python: str, jailed: bool, stack_mb: int, quota: int, hash_seed: int = 0) -> "_Kind":
        return super().__new__(cls, (python, jailed, stack_mb, quota, hash_seed))

    python = property(lambda self: self[0])
    jailed = property(lambda self: self[1])
    stack_mb = property(lambda self: self[2])
    quota = property(lambda self: self[3])
    hash_seed = property(lambda self: self[4])


class _Runner:
    """One warm runner process and its pipes. Used by one caller at a time (the pool hands it out)."""

    def __init__(self, kind: _Kind, process: subprocess.Popen[bytes], scratch: str) -> None:
        self.kind, self.process, self.scratch = kind, process, scratch
        self.channel = _Channel(process, time.monotonic() + 30)
        self.started = time.monotonic()
        self.calls = 0
        self.layers: dict[str, object] = {}
        self.reusable = False
        self.answered = False  # whether the current call got anything back
        self.writer: threading.Thread | None = None
        self.group: str | None = None  # its pids cgroup, if this machine gives one

    @classmethod
    def start(cls, kind: _Kind, deadline: float) -> "_Runner":
        scratch = _new_scratch()  # inside bwrap: the same path on its private /tmp
        config = {
            "jailed": kind.jailed,
            "max_tasks": _PROCESSES_PER_RUN,
            "landlock": os.environ.get("SANDBOX_LANDLOCK", "1") != "0",  # off: to check the path without it
            "seccomp_module": layers.seccomp_module(),
            "seccomp_library": layers.seccomp_library(),  # None: the system's libseccomp.so.2
            "protect_pids": [os.getpid()],
            "parent_death_signal": not kind.jailed,  # bubblewrap's --die-with-parent does it in the jail
            "parent_pid": os.getpid(),
            # off: the runner finds a case's tree as on a kernel without CONFIG_PROC_CHILDREN (to check that path)
            "children_files": os.environ.get("SANDBOX_PROC_CHILDREN", "1") != "0",
            # a lower Landlock ABI than the kernel's: the runner uses Landlock as an older kernel has it (to check that)
            "landlock_abi": int(os.environ.get("SANDBOX_LANDLOCK_ABI", "0")) or None,
        }
        argv, pass_fds = [kind.python, *_PYTHON_FLAGS, str(layers.RUNNER), json.dumps(config)], []
        if kind.jailed:
            jail, pass_fds = layers.bwrap_argv(kind.python, scratch, kind.quota)
            argv = jail + argv
        # The kernel's bound on the runner's tasks (see jail/cgroups.py): its own, then one case's budget and one
        # task more, so a case that reaches the budget is still stopped by the runner's count with its verdict.
        group, group_missing = cgroups.make(_RUNNER_TASKS + (_BWRAP_TASKS if kind.jailed else 0)
                                            + _PROCESSES_PER_RUN + 1)
        try:
            process = _spawn(argv, dict(
                # cwd "/": a runner's cwd could be read in /proc before it makes itself non-dumpable
                cwd="/", env={**_CHILD_ENV, "PYTHONHASHSEED": str(kind.hash_seed)}, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL, close_fds=True, pass_fds=pass_fds,
                start_new_session=True,  # one process group: the backstop kill reaches all of it
                preexec_fn=functools.partial(_runner_rlimits, kind.stack_mb, group),
            ))
        except BaseException:
            _discard(scratch)
            if group is not None:
                cgroups.remove(group)
            raise
        finally:
            for fd in pass_fds:
                os.close(fd)
        runner = cls(kind, process, scratch)
        runner.group = group
        runner.channel.deadline = deadline
        try:
            # The scratch dir's name goes over the control pipe, not on the command line: /proc/<pid>/cmdline is
            # readable by every process, and the name is what keeps other runners' cases out of it (see _nest).
            runner.channel.send(_header("scratch", len(scratch.encode())) + scratch.encode())
            ready = runner.channel.line()
            if not ready.startswith(b"ready "):
                raise _RunnerFailed(f"runner did not start: {ready[:200]!r}")
            runner.layers = json.loads(ready[6:])
            runner.layers["pids_cgroup"] = (True if group is not None and cgroups.holds(group, process.pid)
                                            else group_missing or "the runner is not in its pids cgroup")
            if not kind.jailed and runner.layers.get("seccomp") is not True and os.environ.get("AWS_LAMBDA_RUNTIME_API"):
                # In Lambda, seccomp is the only network barrier (no namespaces), and the runtime API listens on
                # localhost: a program reaching it could answer this invocation with forged results. Fail closed.
                raise _RunnerFailed(f"no seccomp in Lambda, refusing to run untrusted code: {runner.layers}")
            if (not kind.jailed and os.geteuid() == 0 and runner.layers.get("landlock") is not True
                    and os.environ.get("SANDBOX_UNCONFINED_ROOT") != "1"):
                # As root with neither bubblewrap nor Landlock a case (uid 0 without capabilities) may still write
                # every root-owned file: /proc/sys/kernel/core_pattern runs a program of its choice as the host's
                # root, the project's code runs in every later call, /etc/passwd. Fail closed, as above.
                raise _RunnerFailed("as root without bubblewrap or Landlock a program could write every file of the "
                                    "machine, refusing to run untrusted code (SANDBOX_UNCONFINED_ROOT=1 runs it "
                                    f"anyway): {runner.layers}")
        except BaseException:
            runner.stop()
            raise
        # Reuse needs the warm runner out of its cases' reach: seccomp (no ptrace, no process_vm_*), or the
        # jail (no capabilities), or a non-root uid (non-dumpable then bars same-uid tracers).
        runner.reusable = kind.jailed or runner.layers.get("seccomp") is True or os.geteuid() != 0
        return runner

    def gone_before_answering(self) -> bool:
        """The runner process itself ended before it answered anything of the current call."""
        if self.answered or not self.channel.broken:
            return False  # it answered (e.g. "done failed": the program broke its own call)
        try:
            self.process.wait(timeout=1)
        except subprocess.TimeoutExpired:
            return False
        return True

    def alive(self) -> bool:
        return self.process.poll() is None

    def expired(self) -> bool:
        return (not self.reusable or self.calls >= _MAX_CALLS
                or time.monotonic() - self.started > _MAX_AGE_SECONDS)

    def call(self, source: str, data: list[bytes], limits: SandboxLimits, deadline: float) -> list[RunResult]:
        self.calls += 1
        self.answered = False
        channel = self.channel
        channel.broken = False
        channel.deadline = deadline + _BACKSTOP_SECONDS
        call_limits = json.dumps({
            "cpu_seconds": limits.cpu_seconds, "output_bytes": limits.output_bytes, "memory_mb": limits.memory_mb,
            "nproc": _nproc_limit(self.kind.jailed), "token": secrets.token_hex(8),
            "wall_ms": max(0.0, (deadline - time.monotonic()) * 1000),
        }).encode()
        code = source.encode("utf-8", "replace")
        # Everything goes at once from a writer thread (the pipe holds 64 KB; the runner reads as it goes), so
        # the runner runs case after case without waiting for us; it keeps the call's wall clock itself.
        parts = [_header("call", len(call_limits)) + call_limits + _header("src", len(code)) + code]
        for payload in data:
            parts += [_header("case", len(payload)), payload]
        parts.append(_header("end"))
        self.writer = threading.Thread(target=channel.send_all, args=(parts,), daemon=True)
        self.writer.start()
        results: list[RunResult] = []
        held = 0
        for _ in data:
            result = _parse(channel)
            self.answered = True
            held += sys.getsizeof(result.stdout) + sys.getsizeof(result.stderr)
            if held > _CALL_OUTPUT_BUDGET:
                held -= sys.getsizeof(result.stdout)
                note = (f"[sandbox] output limit exceeded: the outputs of this call together take more than "
                        f"{_CALL_OUTPUT_BUDGET >> 20} MB")
                result = RunResult(Verdict.output_limit, "", f"{result.stderr}\n{note}".lstrip("\n"), result.exit_code,
                                   result.cpu_ms, result.wall_ms)
            results.append(result)
        self.writer.join()
        if channel.send_error is not None:
            raise channel.send_error
        done = channel.line()
        if done != b"done clean":
            raise _RunnerFailed(f"runner could not clean up after the call: {done[:200]!r}")
        return results

    def stop(self) -> None:
        _LIVE_SCRATCH.discard(self.scratch)
        try:
            if self.writer is not None and self.writer.is_alive():
                # Never close the pipe under a writing thread (its fd number could be reused): kill the runner, so
                # the writer's pipe breaks and it ends, then close.
                _kill_group(self.process)
                self.writer.join(timeout=5)
                if self.writer.is_alive():
                    self.process.wait()
                    return
            _stop(self.process)
            _discard(self.scratch)
        finally:
            if self.group is not None:
                cgroups.remove(self.group)  # (one that stays, a task still leaving, is swept by a later process)


class _Pool:
    """Idle warm runners of this worker process, by kind. A caller takes one (or starts one) and gives it back
    after a clean call, so concurrent callers each have their own runner and nothing is serialised."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.idle: dict[_Kind, list[_Runner]] = {}

    def take(self, kind: _Kind) -> _Runner | None:
        while True:
            with self.lock:
                runners = self.idle.get(kind)
                runner = runners.pop() if runners else None
            if runner is None:
                return None
            if runner.alive() and not runner.expired():
                return runner
            runner.stop()

    def give_back(self, runner: _Runner) -> None:
        if runner.alive() and not runner.expired():
            with self.lock:
                runners = self.idle.setdefault(runner.kind, [])
                if len(runners) < _MAX_IDLE:
                    runners.append(runner)
                    return
        runner.stop()

    def close(self) -> None:
        with self.lock:
            runners = [r for group in self.idle.values() for r in group]
            self.idle.clear()
        for runner in runners:
            runner.stop()

    def forget(self) -> None:
        """In a forked child: the runners belong to the parent; close our copies of their pipes only."""
        for group in self.idle.values():
            for runner in group:
                for stream in (runner.process.stdin, runner.process.stdout):
                    if stream is not None:
                        try:
                            os.close(stream.fileno())
                        except OSError:
                            pass
        self.idle = {}


_POOL: list[_Pool] = []  # [the pool of this process]; replaced in a forked child
_POOL_GUARD = threading.Lock()


def _pool() -> _Pool:
    with _POOL_GUARD:
        if not _POOL:
            _POOL.append(_Pool())
        return _POOL[0]


def close_runners() -> None:
    """Stop every idle warm runner of this process (also done at exit). Runners in use end with their call."""
    if _POOL:
        _POOL[0].close()
    nest = _NEST.get(os.getpid())
    if nest is not None:
        try:
            os.rmdir(nest)  # empty once its runners are stopped (one in use keeps it until the next clean-up)
        except OSError:
            pass


def _after_fork_in_child() -> None:
    global _POOL_GUARD, _SPAWNER
    _POOL_GUARD = threading.Lock()
    if _POOL:
        _POOL.pop().forget()
    _SPAWNER = None
    _LIVE_SCRATCH.clear()
    _LEFTOVER.clear()


class _Spawner:
    """Starts runners from one long-lived thread: a parent-death signal (bubblewrap's --die-with-parent, our
    PR_SET_PDEATHSIG) fires when the THREAD that forked ends, and the job service's threads come and go."""

    def __init__(self) -> None:
        self.jobs: queue.SimpleQueue = queue.SimpleQueue()
        threading.Thread(target=self._serve, name="sandbox-spawner", daemon=True).start()

    def _serve(self) -> None:
        while True:
            argv, options, answer = self.jobs.get()
            try:
                answer.put((True, subprocess.Popen(argv, **options)))
            except BaseException as exc:  # noqa: BLE001 - handed to the caller
                answer.put((False, exc))

    def spawn(self, argv: list[str], options: dict) -> subprocess.Popen[bytes]:
        answer: queue.SimpleQueue = queue.SimpleQueue()
        self.jobs.put((argv, options, answer))
        ok, value = answer.get()
        if not ok:
            raise value
        return value


_SPAWNER: _Spawner | None = None


def _spawn(argv: list[str], options: dict) -> subprocess.Popen[bytes]:
    global _SPAWNER
    with _POOL_GUARD:
        if _SPAWNER is None:
            _SPAWNER = _Spawner()
        spawner = _SPAWNER
    return spawner.spawn(argv, options)


atexit.register(close_runners)
os.register_at_fork(after_in_child=_after_fork_in_child)


def _header(*fields: object) -> bytes:
    return " ".join(str(f) for f in fields).encode().ljust(_HEADER)


_NPROC_CACHE_SECONDS = 0.5
_nproc_seen: list[tuple[float, int, int]] = []  # (when, uid, tasks of the uid)


def _nproc_limit(jailed: bool) -> int:
    """RLIMIT_NPROC counts every process and thread of the real uid: allow what runs now plus headroom.

    The headroom is _PROCESSES_PER_RUN (and the runner's own tasks) for every runner this process has (one per
    concurrent caller) and one runner more. Without bubblewrap every runner's cases share the uid's count
    (bubblewrap's user namespace counts each jail's own), and the count is a snapshot taken when a call starts:
    with room for one case only, a program holding 44 idle threads in one call made a concurrent call's honest cases
    fail to start a thread ("can't start new thread", runtime_error). The runner still stops any case past
    _PROCESSES_PER_RUN tasks of its own.

    The /proc scan costs 5-20 ms on a busy machine, as much as a whole warm call, so a count younger than
    half a second is reused: the count was already a snapshot (a run_many keeps one limit for all its cases)."""
    uid, now = os.getuid(), time.monotonic()
    headroom = (_PROCESSES_PER_RUN + _RUNNER_TASKS) * max(_MAX_IDLE, len(_LIVE_SCRATCH) + 1)
    if _nproc_seen and _nproc_seen[0][1] == uid and now - _nproc_seen[0][0] < _NPROC_CACHE_SECONDS:
        return _nproc_seen[0][2] + headroom
    count = _count_tasks(uid)
    _nproc_seen[:] = [(now, uid, count)]
    return count + headroom


def _count_tasks(uid: int) -> int:
    # as root the jail's uid 65534 is root outside its namespace: the runner counts the case's tasks instead
    count = 0
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                if entry.stat().st_uid == uid:
                    count += len(os.listdir(f"/proc/{entry.name}/task"))
            except OSError:
                pass
    return count


def _runner_rlimits(stack_mb: int, group: str | None = None) -> None:
    """preexec_fn of the runner: deep recursion on the main thread needs a big stack from exec on (the
    address-space layout is fixed at exec); each case lowers RLIMIT_STACK to its call's memory limit. Joins the
    runner's pids cgroup, if it has one (a failure leaves it out: jail_layers()["pids_cgroup"] then says so)."""
    if group is not None:
        try:
            cgroups.join(group)
        except OSError:
            pass
    memory = stack_mb * 1024 * 1024
    if os.geteuid() == 0:
        # The runner's OOM score (1000: every case is the OOM killer's first choice, see the runner's first_to_go),
        # written by a process with CAP_SYS_RESOURCE, is also the floor (the kernel's oom_score_adj_min) of every
        # process it starts: a case cannot lower its own score, even one made dumpable or exec'd (its /proc files are
        # then its uid's), nor its call process's in a jail started as root, where the jail's uid is root outside.
        # A non-root worker, or root in a container without that capability (Docker drops it), cannot: the runner
        # stops such a case at its next poll instead.
        try:
            fd = os.open("/proc/self/oom_score_adj", os.O_WRONLY)
            try:
                os.write(fd, b"1000")
            finally:
                os.close(fd)
        except OSError:
            pass
    for res, value in ((resource.RLIMIT_STACK, memory), (resource.RLIMIT_NOFILE, _MAX_OPEN_FILES),
                       (resource.RLIMIT_CORE, 0)):
        hard = resource.getrlimit(res)[1]
        value = value if hard == resource.RLIM_INFINITY else min(value, hard)
        resource.setrlimit(res, (value, value))


class _Channel:
    """The runner's pipes, read with a deadline (a hung runner is killed, not waited for)."""

    def __init__(self, runner: subprocess.Popen[bytes], deadline: float) -> None:
        assert runner.stdin is not None and runner.stdout is not None
        self.out, self.inp = runner.stdin.fileno(), runner.stdout.fileno()
        self.deadline = deadline
        self.buffer = b""
        self.broken = False  # the runner went away without a word (EOF or a broken pipe)
        self.send_error: _RunnerFailed | None = None

    def send_all(self, parts: list[bytes]) -> None:
        """Writer thread's body: failures are kept for the caller (whose reads fail too)."""
        self.send_error = None
        try:
            for part in parts:
                self.send(part)
        except _RunnerFailed as exc:
            self.send_error = exc

    def send(self, data: bytes) -> None:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(self.out, view):]
        except (BrokenPipeError, OSError) as exc:
            self.broken = not self.buffer
            raise _RunnerFailed(f"runner gone ({exc!r})") from exc

    def _fill(self) -> None:
        left = self.deadline - time.monotonic()
        if left <= 0 or not select.select([self.inp], [], [], left)[0]:
            raise _RunnerFailed("runner did not answer before the wall-clock backstop")
        chunk = os.read(self.inp, 1 << 20)
        if not chunk:
            self.broken = not self.buffer
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
    """Close its control pipe so the runner ends (it kills each case's tree itself); kill its process group if
    it does not end at once."""
    try:
        if runner.stdin is not None:
            runner.stdin.close()
    except OSError:
        pass
    try:
        runner.wait(timeout=1)
    except subprocess.TimeoutExpired:
        pass
    _kill_group(runner)
    runner.wait()
    for stream in (runner.stdin, runner.stdout):
        try:
            if stream is not None:
                stream.close()
        except OSError:
            pass


# Runner scratch dirs live in one dir per worker process, /tmp/sandbox-<random>, whose mode is 0300: its owner (the
# worker's uid, which every case outside bubblewrap shares) may make and remove entries in it but not list it, and
# each scratch dir is named by 128 random bits. Without bubblewrap and Landlock a case can write wherever its uid
# can: with the runners' dirs in the machine's /tmp (sandbox-XXXXXXXX, listable) it found another call's scratch
# dir and removed or filled it (that call then failed: sandbox_error). A case cannot chmod the nest back nor
# rename it (seccomp, outside bubblewrap), and as root it has no capability that overrides a mode.
_NEST_MODE = 0o300
_NEST: dict[int, str] = {}  # pid -> this process's nest (a forked child makes its own)
_LIVE_SCRATCH: set[str] = set()  # scratch dirs of this process's runners not yet stopped
_LEFTOVER: set[str] = set()  # scratch dirs of stopped runners that could not be removed then


def _nest() -> str:
    path = _NEST.get(os.getpid())
    if path is None:
        _sweep_dead_nests()
        # The pid in the name tells a later process whose nest it was (see _sweep_dead_nests); the 128 random bits
        # of each scratch dir inside, which a case cannot list, are what keeps cases out.
        path = _NEST[os.getpid()] = os.path.join(tempfile.gettempdir(),
                                                 f"sandbox-{os.getpid()}-{secrets.token_hex(16)}")
    try:
        os.mkdir(path, _NEST_MODE)  # (again after a wipe of /tmp: the executor function's, say)
        os.chmod(path, _NEST_MODE)  # whatever the umask
    except FileExistsError:
        pass
    return path


_DEAD_NEST_AGE_SECONDS = 600  # untouched this long: not a live process's (a runner lives at most _MAX_AGE_SECONDS)


def _sweep_dead_nests() -> None:
    """Remove the nests of processes that are gone. A process that ends without its atexit handlers (a
    multiprocessing pool worker leaves through os._exit; a killed one) left its nest and its runners' scratch dirs in
    /tmp: ~150 a day on a developer's machine. A nest counts as dead when its pid is not running and it was not
    touched for _DEAD_NEST_AGE_SECONDS (a pid of another pid namespace sharing this /tmp looks dead from here; a live
    runner re-makes a removed scratch dir anyway)."""
    root = tempfile.gettempdir()
    now = time.time()
    try:
        entries = list(os.scandir(root))
    except OSError:
        return
    for entry in entries:
        parts = entry.name.split("-")
        if len(parts) != 3 or parts[0] != "sandbox" or not parts[1].isdigit() or len(parts[2]) != 32:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if (not entry.is_dir(follow_symlinks=False) or info.st_uid != os.geteuid()
                    or now - info.st_mtime < _DEAD_NEST_AGE_SECONDS or cgroups.pid_alive(int(parts[1]))):
                continue
            tree.remove_tree(entry.path)
        except OSError:
            pass


def _new_scratch() -> str:
    scratch = os.path.join(_nest(), secrets.token_hex(16))
    os.mkdir(scratch, 0o700)
    _LIVE_SCRATCH.add(scratch)
    return scratch


def wipe_tmp() -> None:
    """What earlier invocations of a warm Lambda container left in /tmp (a case's files outside its scratch dir,
    a dead process's runner dirs) is removed at the start of an invocation; this process's runner dirs stay.
    Without bubblewrap and Landlock a case may write anywhere its uid can, and /tmp survives between invocations."""
    root = tempfile.gettempdir()
    keep = {_NEST.get(os.getpid())}
    for entry in os.scandir(root):
        if entry.path in keep:
            continue  # (it holds only runner dirs: a case can create no name in it, see the runner)
        try:
            tree.remove_tree(entry.path)
        except OSError:
            pass
    for scratch in list(_LEFTOVER - _LIVE_SCRATCH):
        _discard(scratch)


def _discard(scratch: str) -> None:
    """Remove a runner's scratch dir, however deep a case nested directories in it (without bubblewrap it is on
    the machine's /tmp); `shutil.rmtree` recursed once per level and raised RecursionError out of the call."""
    try:
        tree.remove_tree(scratch)
        _LEFTOVER.discard(scratch)
    except FileNotFoundError:
        _LEFTOVER.discard(scratch)
    except OSError:
        _LEFTOVER.add(scratch)


def _kill_group(runner: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(runner.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _all(inputs: Sequence[str], verdict: Verdict, note: str) -> list[RunResult]:
    return [RunResult(verdict, "", f"[sandbox] {note}", None, 0.0, 0.0) for _ in inputs]
