"""The trusted runner: a warm, pre-imported process that forks ONE child per case and judges it from outside.

Started by `generator.problems.sandbox` as `python -s -S -P -B -X utf8 runner.py CONFIG_JSON` (possibly inside
bubblewrap). Stdlib only: it never imports the project, and the project's site-packages are not on sys.path.

Protocol (fd 0 = control pipe from the worker, fd 1 = result pipe to the worker; both closed in every case):
  worker -> runner: 32-byte header "src LEN", LEN bytes of source; then per case "case LEN WALL_MS" followed by
                    LEN input bytes (spliced straight into the case's stdin file: later inputs are never in this
                    process when a case runs, earlier ones never enter its memory either); "end" to stop.
  runner -> worker: "ready JSON\n" (the layers it activated), then per case
                    "result VERDICT EXIT|- CPU_MS WALL_MS OUT_LEN ERR_LEN\n" + stdout bytes + stderr bytes.

Everything in a result is measured here, after the case's whole process tree is dead: exit status and CPU from
wait4() rusage of every process of the tree (this runner is a child subreaper, so orphans come back to it),
stdout/stderr from files this runner created. The untrusted child cannot write to fd 1 (closed before its code
runs), cannot ptrace or signal this runner (seccomp, where active; bwrap's pid namespace and the uid boundary
otherwise), and every case is a fresh fork of the pristine runner, so no state survives between cases.
"""

import ctypes
import gc
import json
import linecache
import os
import resource
import shutil
import signal
import sys
import time
import types

# Pre-imported so a case's imports of them are dictionary lookups (the runner is forked, never re-exec'd).
# `random` is deliberately not here: a pre-seeded generator would be shared by every fork.
import bisect, collections, functools, heapq, io, itertools, math, operator, re, string, threading, traceback  # noqa: E401,F401

HEADER = 32
ERR_HEAD, ERR_TAIL = 1024, 3072
THREAD_STACK = 8 << 20  # RLIMIT_STACK is huge (deep recursion), and glibc sizes threads from it
PR_SET_DUMPABLE, PR_SET_CHILD_SUBREAPER = 4, 36
CLK_TCK = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")
POLL = 0.005  # seconds between CPU/memory checks of a running case

CONFIG = json.loads(sys.argv[1])
CPU = float(CONFIG["cpu_seconds"])
OUT_CAP = int(CONFIG["output_bytes"])
MEMORY = int(CONFIG["memory_mb"]) << 20
SCRATCH = CONFIG["scratch"]
ME = __file__
LAYERS = {}


def prctl(option, value):
    try:
        return ctypes.CDLL(None, use_errno=True).prctl(option, value, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def load_seccomp():
    """Deny what no stdin->stdout program needs and an attacker wants. Inherited by every fork."""
    path = CONFIG.get("seccomp_module")
    if not path:
        return "no binding"
    try:
        import ctypes.util
        import importlib.util
        # find_library() would run `ldconfig -p` (tens of ms, and absent in a jail): the sonames are fixed.
        sonames = {"c": "libc.so.6", "seccomp": "libseccomp.so.2"}
        ctypes.util.find_library = sonames.get
        spec = importlib.util.spec_from_file_location("pyseccomp", path)
        sc = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sc)
        deny, f = sc.ERRNO(1), sc.SyscallFilter(sc.ALLOW)  # EPERM
        for name in ("ptrace", "process_vm_readv", "process_vm_writev", "setsid", "setpgid", "pidfd_getfd",
                     "pidfd_send_signal", "pidfd_open", "kcmp", "bpf", "perf_event_open", "userfaultfd", "unshare",
                     "setns", "mount", "umount2", "pivot_root", "chroot", "keyctl", "add_key", "request_key",
                     "io_uring_setup", "io_uring_enter", "io_uring_register", "socket", "socketcall", "connect",
                     "sendto", "sendmsg", "sendmmsg", "bind", "listen", "accept", "accept4"):
            try:
                f.add_rule(deny, name)
            except Exception:
                pass  # a syscall this architecture does not have
        f.add_rule(sc.ERRNO(38), "clone3")  # ENOSYS: glibc falls back to clone(), whose flags can be checked
        for bit in (0x20000, 0x02000000, 0x04000000, 0x08000000, 0x10000000, 0x20000000, 0x40000000):
            f.add_rule(deny, "clone", sc.Arg(0, sc.MASKED_EQ, bit, bit))  # CLONE_NEW*: no new namespaces
        f.add_rule(deny, "prlimit64", sc.Arg(0, sc.NE, 0))  # own limits only (setrlimit is prlimit64(0, ...))
        protected = {os.getpid(), os.getppid(), *CONFIG.get("protect_pids", [])}
        for name in ("kill", "tkill", "tgkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo"):
            f.add_rule(deny, name, sc.Arg(0, sc.EQ, 0))  # own process group
            f.add_rule(deny, name, sc.Arg(0, sc.MASKED_EQ, 0x80000000, 0x80000000))  # -1 (everyone), -pgid
            for pid in protected:
                f.add_rule(deny, name, sc.Arg(0, sc.EQ, pid))  # this runner and its parents
        f.load()
        return True
    except Exception as exc:  # noqa: BLE001 - no libseccomp, or the kernel refuses filters: layer inactive
        return "%s: %s" % (type(exc).__name__, exc)


def read_exact(fd, n):
    chunks = []
    while n > 0:
        chunk = os.read(fd, min(n, 1 << 16))
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def write_all(fd, data):
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def copy_in(count, dst):
    """Move `count` bytes from the control pipe to dst without passing them through this process's memory."""
    while count > 0:
        try:
            moved = os.splice(0, dst, count)
        except (OSError, AttributeError):
            moved = os.write(dst, os.read(0, min(count, 1 << 16)))
        if moved == 0:
            raise EOFError
        count -= moved


# --------------------------------------------------------------------------------------------------
# The process tree of a case
# --------------------------------------------------------------------------------------------------

def children_of(pid):
    kids = []
    try:
        for tid in os.listdir("/proc/%d/task" % pid):
            with open("/proc/%d/task/%s/children" % (pid, tid)) as f:
                kids.extend(int(x) for x in f.read().split())
    except OSError:
        pass
    return kids


def descendants(root):
    found, todo = [], [root]
    while todo:
        for kid in children_of(todo.pop()):
            found.append(kid)
            todo.append(kid)
    return found


def stat_of(pid):
    """(CPU seconds incl. reaped children, private resident bytes) of a live process, or None."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        with open("/proc/%d/statm" % pid) as f:
            statm = f.read().split()
    except (OSError, IndexError):
        return None
    cpu = sum(int(x) for x in fields[11:15]) / CLK_TCK  # utime stime cutime cstime
    return cpu, max(0, int(statm[1]) - int(statm[2])) * PAGE


def tasks(pid):
    try:
        return len(os.listdir("/proc/%d/task" % pid))
    except OSError:
        return 0


def kill_all():
    """SIGKILL every descendant of this runner (all belong to the case) until none is left; reap them."""
    cpu = 0.0
    while True:
        for pid in descendants(os.getpid()):
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        try:
            pid, _, usage = os.wait4(-1, os.WNOHANG)
        except ChildProcessError:
            return cpu
        if pid == 0:
            time.sleep(0.0005)
            continue
        cpu += usage.ru_utime + usage.ru_stime


# --------------------------------------------------------------------------------------------------
# Child side (after fork): becomes the solution, never returns
# --------------------------------------------------------------------------------------------------

def child(code, case_dir, fds):
    status = 70
    try:
        signal.pthread_sigmask(signal.SIG_SETMASK, [])
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
        os.closerange(3, resource.getrlimit(resource.RLIMIT_NOFILE)[0])  # control/result pipes gone
        os.chdir(case_dir)
        fsize = OUT_CAP + 64 * 1024
        for res, value in ((resource.RLIMIT_AS, MEMORY), (resource.RLIMIT_FSIZE, fsize),
                           (resource.RLIMIT_CPU, int(CPU) + 2), (resource.RLIMIT_NOFILE, 64),
                           (resource.RLIMIT_CORE, 0), (resource.RLIMIT_NPROC, CONFIG["nproc"])):
            hard = resource.getrlimit(res)[1]
            value = value if hard == resource.RLIM_INFINITY else min(value, hard)
            # soft == hard: the solution cannot raise any of them
            resource.setrlimit(res, (value, value + 1 if res == resource.RLIMIT_CPU else value))
        sys.stdin = sys.__stdin__ = open(0, "r", encoding="utf-8", newline="\n", closefd=False)
        sys.stdout = sys.__stdout__ = open(1, "w", encoding="utf-8", newline="\n", closefd=False)
        sys.stderr = sys.__stderr__ = open(2, "w", buffering=1, encoding="utf-8", errors="backslashreplace",
                                           newline="\n", closefd=False)
        sys.argv = ["solution.py"]
        threading.stack_size(THREAD_STACK)
        module = types.ModuleType("__main__")
        module.__file__ = "solution.py"
        module.__builtins__ = __builtins__
        sys.modules["__main__"] = module
        gc.enable()
        status = 0
        try:
            try:
                if isinstance(code, BaseException):
                    raise code.with_traceback(None)  # the source did not compile
                exec(code, module.__dict__)
            except SystemExit as exc:
                status = exit_status(exc)
            threading._shutdown()  # like interpreter exit: wait for non-daemon threads
        except SystemExit as exc:
            status = exit_status(exc)
        except BaseException as exc:  # noqa: BLE001 - what an uncaught exception does to `python solution.py`
            status = 1
            report(exc)
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except BaseException:  # noqa: BLE001
                status = status or 120  # CPython's exit status when flushing stdout fails
    finally:
        os._exit(status)


def exit_status(exc):
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    try:
        print(code, file=sys.stderr)
    except BaseException:  # noqa: BLE001
        pass
    return 1


def report(exc):
    try:
        tb = exc.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename == ME:
            tb = tb.tb_next
        traceback.print_exception(type(exc), exc, tb, file=sys.stderr)
    except BaseException:  # noqa: BLE001
        try:
            sys.stderr.write("%s: %s\n" % (type(exc).__name__, exc))
        except BaseException:  # noqa: BLE001
            pass


# --------------------------------------------------------------------------------------------------
# Runner side: one case
# --------------------------------------------------------------------------------------------------

def excerpt(fd):
    size = os.fstat(fd).st_size
    if size <= ERR_HEAD + ERR_TAIL:
        return os.pread(fd, size, 0)
    cut = b"\n... [%d bytes cut] ...\n" % (size - ERR_HEAD - ERR_TAIL)
    return os.pread(fd, ERR_HEAD, 0) + cut + os.pread(fd, ERR_TAIL, size - ERR_TAIL)


def run_case(code, length, wall_ms):
    case_dir = os.path.join(SCRATCH, "case")
    shutil.rmtree(case_dir, ignore_errors=True)
    os.mkdir(case_dir, 0o700)
    flags = os.O_RDWR | os.O_CREAT | os.O_TRUNC
    fds = [os.open(os.path.join(case_dir, name), flags, 0o600) for name in ("stdin", "stdout", "stderr")]
    try:
        copy_in(length, fds[0])
        os.lseek(fds[0], 0, os.SEEK_SET)
        return judge(code, case_dir, fds, wall_ms / 1000)
    finally:
        for fd in fds:
            os.close(fd)
        shutil.rmtree(case_dir, ignore_errors=True)


def judge(code, case_dir, fds, wall):
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:
        child(code, case_dir, fds)
    reaped_cpu, status, usage, killed = 0.0, None, None, None
    while status is None:
        signal.sigtimedwait([signal.SIGCHLD], POLL)
        while True:  # reap the case process and any orphan of its tree that ended
            try:
                done, st, ru = os.wait4(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if done == 0:
                break
            if done == pid:
                status, usage = st, ru
            else:
                reaped_cpu += ru.ru_utime + ru.ru_stime
        if status is not None:
            break
        tree = [pid, *descendants(pid), *[p for p in children_of(os.getpid()) if p != pid]]
        stats = [s for s in map(stat_of, tree) if s is not None]
        if reaped_cpu + sum(s[0] for s in stats) > CPU:
            killed = "cpu"
        elif len(stats) > 1 and sum(s[1] for s in stats) > MEMORY:
            killed = "memory"  # RLIMIT_AS is per process: the tree together must fit too
        elif time.monotonic() - started > wall:
            killed = "wall"
        elif sum(tasks(p) for p in tree) > CONFIG["max_tasks"]:
            killed = "processes"  # RLIMIT_NPROC is not enforced for root's uid (nor counts per run): count here
        if killed:
            reaped_cpu += kill_all()  # the case process is reaped here too: its rusage is in the sum
            status, usage = 0, None
            break
    wall_s = time.monotonic() - started
    reaped_cpu += kill_all()  # nothing outlives the case
    if usage is not None:
        reaped_cpu += usage.ru_utime + usage.ru_stime
    cpu = reaped_cpu
    out_size = os.fstat(fds[1]).st_size
    err = excerpt(fds[2])
    note, exit_code = "", None
    if killed == "wall":
        verdict, note = "time_limit", "wall-clock limit exceeded"
    elif killed == "cpu" or cpu > CPU:
        verdict = "time_limit"
        note = "CPU time limit exceeded (%.3f s used by the process tree, limit %.3f s)" % (cpu, CPU)
    elif killed == "processes":
        verdict, note = "runtime_error", "too many processes or threads"
    elif killed == "memory":
        verdict, note = "memory_limit", "memory limit exceeded by the process tree"
    elif os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        exit_code = -sig
        if sig == signal.SIGXCPU or (sig == signal.SIGKILL and cpu >= int(CPU) + 1.5):
            verdict, exit_code = "time_limit", None
        elif sig == signal.SIGXFSZ:
            verdict = "output_limit"
        elif sig == signal.SIGKILL:
            verdict = "memory_limit"  # not us, not RLIMIT_CPU: the OOM killer
        else:
            verdict = "runtime_error"
        note = "killed by %s" % signal.Signals(sig).name
    else:
        exit_code = os.WEXITSTATUS(status)
        if out_size > OUT_CAP:
            verdict, note = "output_limit", "output limit exceeded (more than %d bytes)" % OUT_CAP
        elif exit_code == 0:
            verdict = "ok"
        elif b"MemoryError" in err:
            verdict = "memory_limit"
        else:
            verdict = "runtime_error"
    if out_size > OUT_CAP and verdict != "output_limit" and not killed:
        verdict, note = "output_limit", "output limit exceeded (more than %d bytes)" % OUT_CAP
    if note:
        err = (err + b"\n" if err else b"") + ("[sandbox] %s" % note).encode()
    out = os.pread(fds[1], min(out_size, OUT_CAP), 0)
    head = "result %s %s %.3f %.3f %d %d\n" % (
        verdict, "-" if exit_code is None else exit_code, cpu * 1000, wall_s * 1000, len(out), len(err))
    return head.encode() + out + err


def site_exit(code=None):
    raise SystemExit(code)


def main():
    import builtins
    builtins.exit = builtins.quit = site_exit  # normally added by site.py, which -S skips
    os.environ.pop("PWD", None)  # bubblewrap's --chdir sets it; the case sees only the worker's minimal env
    prctl(PR_SET_DUMPABLE, 0)  # same-uid processes cannot open /proc/<runner>/mem or fd/
    LAYERS["subreaper"] = prctl(PR_SET_CHILD_SUBREAPER, 1)
    LAYERS["seccomp"] = load_seccomp()
    signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGCHLD])
    header = read_exact(0, HEADER).split()
    source = read_exact(0, int(header[1]))
    try:
        code = compile(source, "solution.py", "exec", dont_inherit=True)
        text = source.decode("utf-8", "replace")
        linecache.cache["solution.py"] = (len(text), None, text.splitlines(True), "solution.py")
    except BaseException as exc:  # noqa: BLE001 - SyntaxError & co: every case reports it
        code = exc
    del source
    gc.collect()
    gc.freeze()
    write_all(1, b"ready " + json.dumps(LAYERS).encode() + b"\n")
    while True:
        header = read_exact(0, HEADER).split()
        if header[0] != b"case":
            return
        write_all(1, run_case(code, int(header[1]), int(header[2])))


if __name__ == "__main__":
    try:
        main()
    except EOFError:
        pass
    os._exit(0)
