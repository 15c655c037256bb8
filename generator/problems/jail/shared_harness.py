"""Many inputs of one program in ONE sandboxed process: the program runs once per input, in fresh globals.

This file is not imported: `generator.problems.shared_run` prepends `_SOURCE = <the program>` and the runner's
functions that start and end a program as CPython does (jail/runner.py, "The program's start and exit": start_program,
exit_status, arm_finalizers, watch_descriptor_files, flush_streams; one copy, so a case and an input here start and
end alike), and runs the result as an ordinary program through the sandbox (the same jail, limits and layers as any
run). Stdlib only.

Why: the gate's cross-checks (the validator, the reference, the brute force, each mutant and the stress
generator on 100+ small stress inputs) spent most of their time starting a fresh process per input. Here an
input costs a module dict, three unnamed files and a few dup2 calls instead. What a fresh process guarantees and
this does not — no state at all between inputs — is why the caller trusts only clean `ok` runs from here and runs
every other input again in a fresh process, and never uses this path for anything published (hidden tests'
answers, time calibration, the verdicts of wrong solutions).

Per input: stdin, stdout and stderr are new unnamed files (O_TMPFILE in the case's directory) dup2'd onto
fds 0-2 (so `input()`, `sys.stdin`, `open(0)` and `os.read(0, ...)` all see only this input), `sys.std*` are new wrappers exactly as the runner makes them,
`__main__` is a new module, `sys.argv`, the recursion limit, the thread stack size and `builtins` are put back.
The CPU limit per input is an ITIMER_PROF timer, and an input whose program used more CPU than that (it caught
the timer's exception, or stopped the timer) is reported "cpu" whatever it printed. Anything that could leak into the next input ends the batch
(a thread still alive, a failed flush): the inputs not reported are run fresh by the caller.

Protocol. stdin: a JSON header line {"n", "cpu", "cap"[, "group"][, "preload"]}, then per input "LEN\\n" and LEN bytes. stdout,
per input in order: "INDEX STATUS EXIT|- CPU_MS WALL_MS OUT_CHARS ERR_CHARS\\n" + output text + error text (UTF-8
decoded with replacement here, so the sandbox's own decoding leaves it unchanged and lengths count characters).
"group" G > 0: the inputs come in consecutive groups of G (the gate's mutants: one mutant's cases); once an input
did not end cleanly (any status but ok), the rest of its group are not run and reported as "skip" with empty
output (the caller decides whether that failure holds, and runs them itself if it does not).
"""
import atexit
import builtins
import gc
import json
import os
import signal
import sys
import threading
import time
import types  # noqa: F401 - used by jail/runner.py's start_program (see the top)

_ERR_HEAD, _ERR_TAIL = 1024, 3072  # as the runner's excerpt (jail/runner.py)
# Standard modules the caller may ask to have imported before any program runs ("preload"): with a process forked per
# group, each group's program would otherwise import again every one the runner has not loaded already (the mutant
# dispatcher's decoder binascii, fractions, decimal, ...; heapq, collections and the like are loaded). Only these:
# they run no code of the program's, print nothing and start nothing on import, so importing them here is not running
# the program (a name outside this list is ignored).
_PRELOADABLE = frozenset((
    "array", "binascii", "bisect", "collections", "copy", "dataclasses", "decimal", "fractions", "functools", "heapq",
    "itertools", "marshal", "math", "operator", "random", "re", "statistics", "string", "typing",
))


# Exceptions that a program raises from its code and its input alone, the same in a fresh process: reported as
# "raised" (a caller may take them as the program's runtime error without running it again). Not these: MemoryError,
# RecursionError, OSError, ImportError, SystemError and the like, which the shared process's own memory, stack depth,
# files or modules could have caused; nor a program's own exception classes (exact types only).
_DETERMINISTIC = frozenset((
    ArithmeticError, AssertionError, AttributeError, EOFError, IndexError, KeyError, LookupError, NameError,
    OverflowError, StopIteration, TypeError, UnboundLocalError, ValueError, ZeroDivisionError,
))


class _CpuLimit(BaseException):
    """Raised by the ITIMER_PROF handler: this input used up its CPU limit."""


def _on_prof(signum, frame):
    if signal.getitimer(signal.ITIMER_PROF)[0] > 0:
        # The timer is still running: a SIGPROF the program sent itself, no CPU limit (an error: run fresh)
        raise RuntimeError("SIGPROF received before the CPU limit")
    raise _CpuLimit()


def _read_all(fd):
    chunks = []
    while True:
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _inputs(data):
    end = data.index(b"\n")
    header = json.loads(data[:end])
    at, items = end + 1, []
    for _ in range(header["n"]):
        end = data.index(b"\n", at)
        size = int(data[at:end])
        items.append(data[end + 1:end + 1 + size])
        at = end + 1 + size
    return header, items


def _unnamed_file():
    """An unnamed file in the case's own directory (the jail denies memfd_create: a memfd's memory is in no
    process's RSS, while this file counts against the quota of the jail's /tmp)."""
    return os.open(_HOME, os.O_TMPFILE | os.O_RDWR, 0o600)


def _refill(fd, content=b""):
    """The file holds exactly `content`, read from its start (a program may have moved the shared offset)."""
    os.ftruncate(fd, 0)
    view = memoryview(content)
    while view:
        view = view[os.pwrite(fd, view, len(content) - len(view)):]
    os.lseek(fd, 0, os.SEEK_SET)


def _text(fd, limit):
    size = os.fstat(fd).st_size
    return os.pread(fd, min(size, limit), 0).decode("utf-8", "replace"), size


def _excerpt(fd):
    """The runner's stderr excerpt (its head and tail), so a reason read from the last line is the same."""
    size = os.fstat(fd).st_size
    if size <= _ERR_HEAD + _ERR_TAIL:
        data = os.pread(fd, size, 0)
    else:
        cut = b"\n... [%d bytes cut] ...\n" % (size - _ERR_HEAD - _ERR_TAIL)
        data = os.pread(fd, _ERR_HEAD, 0) + cut + os.pread(fd, _ERR_TAIL, size - _ERR_TAIL)
    return data.decode("utf-8", "replace")


def _send(fd, data):
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _run_one(code, cpu):
    """Run the program on one input with fds 0-2 already pointing at this input's files. Returns the status
    and the exit code: ok (0), exit (its code), raised (one of _DETERMINISTIC), error, cpu, threads or flush (the
    caller trusts ok, exit only with the codes it names, raised and cpu only when it says so)."""
    streams, module = start_program()  # noqa: F821 - jail/runner.py's, as the others below (see the top)
    _OPENED.clear()  # (after the harness's own opens in it)
    status, exit_code = "ok", 0
    atexit._clear()  # no handler of an earlier input runs for this one
    arm_finalizers()  # noqa: F821
    signal.setitimer(signal.ITIMER_PROF, cpu)
    started = time.process_time()
    try:
        try:
            try:
                exec(code, module.__dict__)
            except SystemExit as exc:
                exit_code = exit_status(exc)  # noqa: F821
                status = "exit" if exit_code else "ok"
            for thread in threading.enumerate():
                if thread is not threading.main_thread() and not thread.daemon:
                    thread.join()
        except _CpuLimit:
            status = "cpu"
        except BaseException as exc:  # noqa: BLE001 - an uncaught exception: the program's own runtime error
            status = "raised" if type(exc) in _DETERMINISTIC else "error"
            # One line, not a traceback: a crash's stderr from here is only ever taken for a mutant ("raised",
            # trusted), where nobody reads it; every other crash is run again fresh and reported from there. The
            # traceback cost ~3 ms per crash, most of it linecache reading this (dispatcher-sized) program to quote
            # the harness's frame.
            try:
                sys.stderr.write("%s: %s\n" % (type(exc).__name__, str(exc)[:_ERR_HEAD]))
            except BaseException:  # noqa: BLE001
                pass
        if status != "cpu":  # (a process past its limit is killed: no exit of its own)
            # As interpreter exit (and the runner's case, jail/runner.py) ends a program: its atexit handlers
            # (weakref.finalize's among them), after its threads, within the input's CPU limit (a handler's
            # exception is printed and ignored, the limit's too: the check below still holds).
            try:
                atexit._run_exitfuncs()
            except _CpuLimit:
                status = "cpu"
            except BaseException:  # noqa: BLE001
                pass
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
    atexit._clear()
    if time.process_time() - started > cpu:
        # Past its limit however it got there: it caught the timer's exception (a bare except) and went on, stopped
        # the timer or ignored its signal. A fresh process is time_limit there; ok here was 0.7 s under a 0.5 s limit.
        status = "cpu"
    if threading.active_count() > 1:
        return "threads", None  # a thread outlives its input: nothing after it can be trusted
    if not flush_streams(streams):  # noqa: F821
        return "flush", None
    # The program's globals are freed here: what their finalizers write (__del__, a file opened on fd 1 and never
    # closed) is flushed into this input's files, and kept only where the runner's case frees them too (the program
    # made a writable file object of a descriptor: _OPENED), else cut off again, as a fresh case never prints it. It
    # was flushed into the NEXT input's output: the stream wrapper holding the text was flushed when the next input
    # replaced it.
    sizes = [os.fstat(fd).st_size for fd in (1, 2)]
    module.__dict__.clear()
    gc.collect()
    flush_streams(streams)  # noqa: F821
    if not _OPENED:
        for fd, size in zip((1, 2), sizes):
            os.ftruncate(fd, size)
    return status, exit_code


# Set when a program makes a writable file object of a descriptor (`out = open(1, "w")`), as the runner's case watches
# for it: then its globals' finalizers are part of its output. One audit hook, installed once, with a flag each input
# clears.
_OPENED = []
watch_descriptor_files(_OPENED)  # noqa: F821 - jail/runner.py's, put before this file by shared_run


_HOME = os.getcwd()  # the case's directory; a program that chdirs elsewhere changes nothing here

# No process can be started in the shared process. A child that one program (a mutant of the dispatcher) forked
# outlived its input and wrote into the report stream, whose descriptor it inherited: it waited for that input's
# report, stopped the harness (the case process, which a case may signal), cut the stream after it and wrote "ok"
# reports of its own for every later input, which the reader took: another mutant's results were the forger's. A
# thread left running ends the batch (see _run_one), but a process can hide from any look (a double fork makes it the
# call process's child). So clone without CLONE_THREAD, fork and vfork answer EPERM here: a program that starts a
# process (subprocess, multiprocessing) fails in the shared process and is run again in a fresh one, where nothing
# outlives its case. A filter of the harness's own, on top of the sandbox's (no_new_privs is already set). It must
# hold alone too: the sandbox's seccomp layer is optional (a machine without libseccomp), and there clone3 and a
# 32-bit fork (`int 0x80`, audit arch i386) went past a filter that knew only the 64-bit numbers: a mutant's
# grandchild kept the group's input file, which every later group's process reads, and rewrote later mutants'
# inputs. clone3 answers ENOSYS (glibc's threads fall back to clone, which is checked), every i386 syscall and x32's
# numbers (bit 30) EPERM.
_AUDIT_X86_64, _AUDIT_AARCH64, _AUDIT_I386 = 0xC000003E, 0xC00000B7, 0x40000003
_NO_PROCESSES = (  # (code, jt, jf, k): struct sock_filter; jumps count the instructions they skip
    (0x20, 0, 0, 4),  # 0: A = seccomp_data.arch
    (0x15, 2, 0, _AUDIT_X86_64),  # 1: -> 4
    (0x15, 7, 0, _AUDIT_AARCH64),  # 2: -> 10
    (0x15, 12, 11, _AUDIT_I386),  # 3: -> 16, else 15 (another arch: the sandbox's filter deals with it)
    (0x20, 0, 0, 0),  # 4: A = seccomp_data.nr (x86_64)
    (0x35, 10, 0, 0x40000000),  # 5: x32's numbers -> 16
    (0x15, 9, 0, 57),  # 6: fork -> 16
    (0x15, 8, 0, 58),  # 7: vfork -> 16
    (0x15, 8, 0, 435),  # 8: clone3 -> 17
    (0x15, 3, 5, 56),  # 9: clone -> 13, else 15
    (0x20, 0, 0, 0),  # 10: A = seccomp_data.nr (aarch64)
    (0x15, 5, 0, 435),  # 11: clone3 -> 17
    (0x15, 0, 2, 220),  # 12: clone -> 13, else 15
    (0x20, 0, 0, 16),  # 13: A = low 32 bits of clone's flags (args[0], little-endian)
    (0x45, 0, 1, 0x10000),  # 14: CLONE_THREAD: a thread -> 15, else 16
    (0x06, 0, 0, 0x7FFF0000),  # 15: allow
    (0x06, 0, 0, 0x00050000 | 1),  # 16: EPERM
    (0x06, 0, 0, 0x00050000 | 38),  # 17: ENOSYS
)


def _no_processes_loader():
    """A function that loads the filter (built once: a group's process only calls it)."""
    import ctypes
    import struct

    class Program(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

    code = b"".join(struct.pack("=HBBI", *op) for op in _NO_PROCESSES)
    buffer = ctypes.create_string_buffer(code, len(code))
    program = Program(len(_NO_PROCESSES), ctypes.cast(buffer, ctypes.c_void_p))
    libc = ctypes.CDLL(None, use_errno=True)

    def load():
        libc.prctl(38, 1, 0, 0, 0)  # PR_SET_NO_NEW_PRIVS (set already wherever the sandbox has seccomp or Landlock)
        if libc.prctl(22, 2, ctypes.byref(program), 0, 0) != 0:  # PR_SET_SECCOMP, SECCOMP_MODE_FILTER
            raise OSError(ctypes.get_errno(), "could not load the filter that keeps processes out of the shared process")

    load.buffer, load.libc = buffer, libc  # kept alive with the function
    return load


def _serve(index, data, code, cpu, cap, kept, out_fd):
    """Run the program on one input (the files in `kept` refilled and on fds 0-2) and write its report to `out_fd`.
    Returns the input's status."""
    for fd, content in zip(kept, (data, b"", b"")):
        _refill(fd, content)
    for target, fd in enumerate(kept):
        os.dup2(fd, target)
    cpu_start, wall_start = time.process_time(), time.monotonic()
    status, exit_code = _run_one(code, cpu)
    cpu_ms, wall_ms = (time.process_time() - cpu_start) * 1000, (time.monotonic() - wall_start) * 1000
    out, size = _text(kept[1], cap + 1)
    if status in ("ok", "exit") and size > cap:
        status = "output"
    err = _excerpt(kept[2])
    if status not in ("ok", "exit"):
        out, exit_code = "", None
    _send(out_fd, ("%d %s %s %.3f %.3f %d %d\n" % (index, status, "-" if exit_code is None else exit_code,
                                                   cpu_ms, wall_ms, len(out), len(err))).encode()
          + (out + err).encode("utf-8"))
    return status


def _restore(pristine, recursion, stack, int_digits):
    if builtins.__dict__ != pristine:
        builtins.__dict__.clear()
        builtins.__dict__.update(pristine)
    sys.setrecursionlimit(recursion)
    threading.stack_size(stack)
    sys.set_int_max_str_digits(int_digits)


def _checked(data, first, last):
    """The reports a group's process wrote, taken only while each is well formed and is the next input of the group
    (first..last-1), re-encoded; and how many were taken. The process ran the group's program, which may have
    rewritten anything in it, so nothing else it wrote is passed on."""
    text = data.decode("utf-8", "replace")
    taken, at, expected = [], 0, first
    while expected < last:
        end = text.find("\n", at)
        if end == -1:
            break
        fields = text[at:end].split(" ")
        try:
            index, _status, _code, _cpu, _wall, out_len, err_len = fields
            size = int(out_len) + int(err_len)
            float(_cpu), float(_wall)
        except ValueError:
            break
        body = text[end + 1:end + 1 + size]
        if index != str(expected) or len(body) != size:
            break
        taken.append(text[at:end + 1 + size])
        at, expected = end + 1 + size, expected + 1
    return "".join(taken).encode("utf-8"), expected - first


def _main():
    header, items = _inputs(_read_all(0))
    cpu, cap = float(header["cpu"]), int(header["cap"])
    for name in header.get("preload", ()):
        if name in _PRELOADABLE:
            try:
                __import__(name)
            except ImportError:  # the program's own import fails the same way, in its run
                pass
    report = os.dup(1)
    code = compile(_SOURCE, "solution.py", "exec", dont_inherit=True)  # noqa: F821 - prepended by the caller
    group = int(header.get("group", 0))
    no_processes = _no_processes_loader()
    if group <= 0:
        no_processes()
    signal.signal(signal.SIGPROF, _on_prof)
    pristine = dict(builtins.__dict__)
    state = (pristine, sys.getrecursionlimit(), threading.stack_size(), sys.get_int_max_str_digits())
    # Three files for all inputs, emptied for each (creating three per input cost ~0.2 ms each on a disk /tmp).
    # The harness keeps its own descriptors of them and reads those, as the runner reads the files it created:
    # a program that closes or redirects fd 1 changes nothing but what it writes. A descriptor it kept from an
    # earlier input reaches only the current input's files: its own output, as fd 1 is.
    kept = (_unnamed_file(), _unnamed_file(), _unnamed_file())
    # Everything of the harness's own (the compiled program, the inputs, these modules) out of the collector's
    # sight: each input ends with a full collection (see _run_one), which walked all of it every time and, in a
    # process forked per group, wrote to every page of it (copied on write). A mutant's 150 stress cases cost 0.26 s
    # of CPU in their own process, 0.19 s frozen (as in one process for all).
    gc.collect()
    gc.freeze()
    if group > 0:
        _groups(items, group, code, cpu, cap, kept, report, state, no_processes)
    for index, data in enumerate(items):
        status = _serve(index, data, code, cpu, cap, kept, report)
        if status in ("threads", "flush"):
            os._exit(0)
        _restore(*state)
    os._exit(0)  # no interpreter shutdown: nothing of the last input's leftovers runs after its report


def _groups(items, group, code, cpu, cap, kept, report, state, no_processes):
    """Groups of inputs (the gate's mutants: one mutant's cases per group), each group in a process of its own,
    forked from this one, which never runs a program itself. In one process, a program reached the harness through
    its frames (sys._getframe) and replaced what reads an input's output, and every later mutant's results were its
    doing: counted killed. Now what one group's program does ends with its process; its reports come back through a
    pipe and only the well-formed ones of its own inputs are passed on. An input the process never reported (it died,
    or cut its stream) is reported as an error, which the caller runs again fresh, and the rest of its group skip.
    Once an input of a group did not end cleanly, the group's later inputs are not run ("skip"). This process is not
    dumpable, so a group's process cannot open its memory or descriptors through /proc (where its uid could)."""
    no_processes.libc.prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE 0 (a failure leaves what the sandbox allows)
    for first in range(0, len(items), group):
        last = min(first + group, len(items))
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            os.close(report)
            no_processes()
            for index in range(first, last):
                status = _serve(index, items[index], code, cpu, cap, kept, write_end)
                if status != "ok":  # (a thread left running or a failed flush too: this process ends here)
                    for rest in range(index + 1, last):
                        _send(write_end, b"%d skip - 0.000 0.000 0 0\n" % rest)
                    break
                _restore(*state)
            os._exit(0)
        os.close(write_end)
        data = _read_all(read_end)
        os.close(read_end)
        os.waitpid(pid, 0)
        checked, count = _checked(data, first, last)
        if count < last - first:
            checked += b"%d error - 0.000 0.000 0 0\n" % (first + count)
            checked += b"".join(b"%d skip - 0.000 0.000 0 0\n" % rest for rest in range(first + count + 1, last))
        _send(report, checked)
    os._exit(0)


_main()
