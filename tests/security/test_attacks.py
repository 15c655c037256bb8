"""Hostile "solutions" against the sandbox: every attack of issue 13 must be contained.

Each attack runs twice: as the user the tests run as (root here, like a developer's container) and as an
unprivileged uid (65534, like Lambda's sandbox user), in a forked helper that drops to it before calling the
sandbox. Nothing here asserts a duration; containment is judged by verdicts, outputs and what is left alive.
"""

from __future__ import annotations

import os
import pickle
import resource
import shutil
import socket
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.problems import sandbox
from generator.problems.jail import layers
from generator.problems.sandbox import SandboxLimits, Verdict, run_many, run_program

NOBODY = 65534
SYSTEM_PYTHON = "/usr/bin/python3"  # readable by every uid (the venv's interpreter may live under /root)
FAST = SandboxLimits(cpu_seconds=1.0, wall_seconds=20.0)


def src(code: str) -> str:
    return textwrap.dedent(code).lstrip("\n")


def _as_nobody(fn: Callable[..., Any], *args: Any) -> Any:
    """fn(*args) in a forked helper running as uid/gid 65534 with no groups; its return value comes back pickled."""
    if not os.path.exists(SYSTEM_PYTHON):
        pytest.skip(f"no {SYSTEM_PYTHON} that an unprivileged uid can execute")
    layers.seccomp_module()  # resolved while the venv is still readable
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            os.close(read)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            sys.executable = os.path.realpath(SYSTEM_PYTHON)
            os.chdir("/")
            payload = pickle.dumps(("ok", fn(*args)))
        except BaseException as exc:  # noqa: BLE001 - reported to the parent
            payload = pickle.dumps(("error", repr(exc)))
            code = 1
        sandbox.close_runners()  # os._exit skips atexit: their scratch dirs would stay in /tmp
        with os.fdopen(write, "wb") as out:
            out.write(payload)
        os._exit(code)
    os.close(write)
    with os.fdopen(read, "rb") as inp:
        data = inp.read()
    os.waitpid(pid, 0)
    status, value = pickle.loads(data)
    assert status == "ok", value
    return value


@pytest.fixture(params=["caller", "nobody"])
def as_user(request: pytest.FixtureRequest) -> Callable[..., Any]:
    if request.param == "caller":
        return lambda fn, *args: fn(*args)
    if os.geteuid() != 0:
        pytest.skip("the tests already run unprivileged; dropping to uid 65534 needs root")
    return _as_nobody


def _alive_with(marker: str) -> list[int]:
    """Host pids (any namespace) whose command line contains `marker` and that are not zombies."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes()
                state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
            except (OSError, IndexError):
                continue
            if marker.encode() in cmdline and state not in ("Z", "X"):
                found.append(int(entry.name))
    return found


def _marker() -> str:
    return f"77{os.getpid()}{time.monotonic_ns() % 10**6}"


# --- layers ---------------------------------------------------------------------------------------


def test_the_layers_this_machine_supports_are_active(as_user: Callable[..., Any]) -> None:
    active = as_user(sandbox.jail_layers)
    assert active["fresh_process_per_case"] is True and active["rlimits"] is True
    assert active["subreaper"] is True and active["non_dumpable"] is True
    if layers.seccomp_module():
        assert active["seccomp"] is True
    if shutil.which("bwrap") and subprocess.run(
        ["bwrap", "--unshare-all", "--ro-bind", "/", "/", "true"], capture_output=True, check=False
    ).returncode == 0:
        assert active["bubblewrap"] is True
        assert active["uid_drop"] is (os.geteuid() == 0 and as_user is not _as_nobody)


# --- forged verdicts ------------------------------------------------------------------------------

FORGER = src("""
    import os, signal
    forged = b"result ok 0 0.0 0.0 6 0\\n999999" * 50
    if input() == "attack":
        for fd in range(3, 1024):
            try:
                os.write(fd, forged)
            except OSError:
                pass
        for path in ("/proc/%d/fd/1" % os.getppid(), "/proc/%d/fd/0" % os.getppid()):
            try:
                with open(path, "wb") as f:
                    f.write(forged)
            except OSError:
                pass
        os.kill(os.getpid(), signal.SIGKILL)
    print("honest")
""")


def test_forged_result_records_are_not_believed(as_user: Callable[..., Any]) -> None:
    results = as_user(run_many, FORGER, ["attack", "x", "attack", "y"], FAST)
    assert [r.verdict for r in results] != [Verdict.ok] * 4
    assert results[0].verdict is not Verdict.ok and results[2].verdict is not Verdict.ok
    assert [results[1].stdout, results[3].stdout] == ["honest\n", "honest\n"]
    assert all("999999" not in r.stdout for r in results)


def test_patching_the_runner_through_frames_does_not_switch_timing_off(as_user: Callable[..., Any]) -> None:
    source = src("""
        import sys, time
        frame = sys._getframe()
        while frame is not None:
            for name in ("CPU", "MEMORY", "POLL"):
                if name in frame.f_globals:
                    frame.f_globals[name] = 10**9
            frame = frame.f_back
        end = time.process_time() + 1.5
        while time.process_time() < end:
            pass
        print("done")
    """)
    result = as_user(run_program, source, "", SandboxLimits(cpu_seconds=0.5, wall_seconds=20))
    assert result.verdict is Verdict.time_limit
    assert result.cpu_ms >= 500


# --- nothing outlives a run -----------------------------------------------------------------------


def test_double_forked_setsid_daemon_does_not_survive_or_touch_a_later_run(as_user: Callable[..., Any]) -> None:
    marker = _marker()
    source = src(f"""
        import os, subprocess
        if os.fork() == 0:
            try:
                os.setsid()
            except OSError:
                pass
            if os.fork() == 0:
                subprocess.Popen(["sleep", "{marker}"])
                os.execvp("sleep", ["sleep", "{marker}"])
            os._exit(0)
        print("parent done")
    """)
    result = as_user(run_program, source, "", FAST)
    assert result.stdout == "parent done\n"
    assert _alive_with(marker) == []
    later = as_user(run_program, "a, b = map(int, input().split())\nprint(a + b)\n", "3 4\n", FAST)
    assert (later.verdict, later.stdout) == (Verdict.ok, "7\n")


def test_files_left_by_one_program_are_invisible_to_the_next(as_user: Callable[..., Any]) -> None:
    leak = f"leak-{_marker()}"
    writer = src(f"""
        import os
        for d in ("/tmp", "/dev/shm", "/var/tmp", os.getcwd(), os.path.dirname(os.getcwd())):
            try:
                with open(os.path.join(d, "{leak}"), "w") as f:
                    f.write("42\\n")
            except OSError:
                pass
        print(os.getcwd())
    """)
    reader = src(f"""
        import glob
        print(sorted(glob.glob("/tmp/**/{leak}", recursive=True) + glob.glob("/dev/shm/{leak}")
                     + glob.glob("/var/tmp/{leak}") + glob.glob("../*/{leak}") + glob.glob("{leak}")))
    """)
    cwd = as_user(run_program, writer, "", FAST).stdout.strip()
    assert as_user(run_program, reader, "", FAST).stdout == "[]\n"
    assert not os.path.exists(cwd) and not os.path.exists(os.path.dirname(cwd))  # scratch removed
    assert not _found_under("/tmp", leak)


def _found_under(root: str, name: str) -> bool:
    """Whether a file `name` is anywhere under `root`. Not Path.glob (other runs' scratch dirs vanish while it
    walks, and glob raises on them), nor os.walk (it recurses: a deep nest of dirs anywhere in /tmp breaks it)."""
    todo = [root]
    while todo:
        try:
            with os.scandir(todo.pop()) as entries:
                for entry in entries:
                    if entry.name == name:
                        return True
                    if entry.is_dir(follow_symlinks=False):
                        todo.append(entry.path)
        except OSError:
            pass
    return False


# --- network and neighbours -----------------------------------------------------------------------


def test_no_tcp_or_udp_even_to_localhost(as_user: Callable[..., Any]) -> None:
    tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        tcp.bind(("127.0.0.1", 0))
        tcp.listen(5)
        udp.bind(("127.0.0.1", 0))
        tcp.setblocking(False)
        udp.setblocking(False)
        source = src(f"""
            import socket
            got = []
            try:
                s = socket.create_connection(("127.0.0.1", {tcp.getsockname()[1]}), timeout=2)
                s.sendall(b"exfiltrated")
                got.append("tcp")
            except OSError as e:
                pass
            try:
                u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                u.sendto(b"exfiltrated", ("127.0.0.1", {udp.getsockname()[1]}))
                got.append("udp")
            except OSError:
                pass
            print(got)
        """)
        result = as_user(run_program, source, "", FAST)
        assert result.stdout == "[]\n"
        with pytest.raises(BlockingIOError):
            tcp.accept()
        with pytest.raises(BlockingIOError):
            udp.recvfrom(100)
    finally:
        tcp.close()
        udp.close()


def test_cannot_kill_or_prlimit_the_parent_or_other_processes(as_user: Callable[..., Any]) -> None:
    victim = subprocess.Popen(["sleep", "60"])
    try:
        before = resource.prlimit(os.getpid(), resource.RLIMIT_NOFILE)
        source = src(f"""
            import os, resource, signal
            done = []
            for pid in (os.getppid(), {os.getpid()}, {victim.pid}, 1):
                if pid == os.getpid():
                    # In a warm runner's pid namespace the counter runs on: a host pid's number may be this
                    # case's own pid there (a full run once saw the case kill itself, reported memory_limit).
                    continue
                for call in (lambda: os.kill(pid, signal.SIGKILL),
                             lambda: resource.prlimit(pid, resource.RLIMIT_NOFILE, (3, 3))):
                    try:
                        call()
                        done.append(pid)
                    except (OSError, ValueError):
                        pass
            for target in (0, -1):
                try:
                    os.kill(target, signal.SIGKILL)
                    done.append(target)
                except OSError:
                    pass
            print("survived", done)
        """)
        results = as_user(run_many, source, ["", ""], FAST)
        assert [r.verdict for r in results] == [Verdict.ok, Verdict.ok]
        assert all(r.stdout.startswith("survived") for r in results)
        assert victim.poll() is None
        assert resource.prlimit(os.getpid(), resource.RLIMIT_NOFILE) == before
    finally:
        victim.kill()
        victim.wait()


# --- resource exhaustion --------------------------------------------------------------------------


def test_fork_and_thread_floods_are_bounded_and_leave_nothing(as_user: Callable[..., Any]) -> None:
    marker = _marker()
    source = src(f"""
        import os, threading, time, subprocess
        made = 0
        for _ in range(200):
            try:
                if os.fork() == 0:
                    os.execvp("sleep", ["sleep", "{marker}"])
                made += 1
            except OSError:
                break
        threads = 0
        for _ in range(1000):
            try:
                threading.Thread(target=time.sleep, args=(30,), daemon=True).start()
                threads += 1
            except (RuntimeError, MemoryError):
                break
        print(made, threads, flush=True)
        time.sleep(60)
    """)
    result = as_user(run_program, source, "", SandboxLimits(cpu_seconds=2, wall_seconds=4))
    assert result.verdict is not Verdict.ok
    if result.stdout:  # stopped by RLIMIT_NPROC (it printed how far it got); else killed by the runner's count
        made, threads = map(int, result.stdout.split())
        assert made < 200 and threads < 1000
    else:
        assert "too many processes" in result.stderr
    assert _alive_with(marker) == []


def test_memory_of_the_whole_process_tree_is_limited(as_user: Callable[..., Any]) -> None:
    source = src("""
        import os, time
        for _ in range(4):
            if os.fork() == 0:
                block = b"x" * (200 << 20)
                time.sleep(30)
                os._exit(0)
        time.sleep(30)
    """)
    result = as_user(run_program, source, "", SandboxLimits(memory_mb=256, wall_seconds=15))
    assert result.verdict is Verdict.memory_limit


def test_cpu_burned_in_child_processes_is_counted(as_user: Callable[..., Any]) -> None:
    source = src("""
        import os, time
        pids = []
        for _ in range(2):
            pid = os.fork()
            if pid == 0:
                end = time.process_time() + 0.8
                while time.process_time() < end:
                    pass
                os._exit(0)
            pids.append(pid)
        for pid in pids:
            os.waitpid(pid, 0)
        print("ok")
    """)
    result = as_user(run_program, source, "", SandboxLimits(cpu_seconds=1.0, wall_seconds=20))
    assert result.verdict is Verdict.time_limit
    assert result.cpu_ms >= 1000


def test_file_size_limit_cannot_be_raised(as_user: Callable[..., Any]) -> None:
    source = src("""
        import os, resource
        soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        try:
            resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
        except (ValueError, OSError):
            pass
        written = 0
        try:
            with open("big", "wb") as f:
                for _ in range(63):
                    written += f.write(b"x" * (1 << 20))
                    f.flush()
        except OSError:
            pass
        print(os.path.getsize("big"))
    """)
    limits = SandboxLimits(output_bytes=1 << 20, wall_seconds=20)
    result = as_user(run_program, source, "", limits)
    assert int(result.stdout) <= limits.output_bytes + 64 * 1024


# --- isolation between cases ----------------------------------------------------------------------


def test_a_case_sees_only_its_own_input(as_user: Callable[..., Any]) -> None:
    source = src("""
        import gc, glob, os
        mine = input()
        seen = set()
        for obj in gc.get_objects():
            if isinstance(obj, (bytes, str)) and b"SECRET" in (obj if isinstance(obj, bytes) else obj.encode()):
                seen.add("memory")
        for path in glob.glob("/tmp/**", recursive=True) + glob.glob("../**", recursive=True):
            try:
                with open(path, "rb") as f:
                    data = f.read()
                if b"SECRET" in data and path != "stdin" and not path.endswith("/case/stdin"):
                    seen.add(path)
            except OSError:
                pass
        for path in ("/proc/%d/mem" % os.getppid(), "/proc/%d/environ" % os.getppid()):
            try:
                open(path, "rb").read(1)
                seen.add(path)
            except OSError:
                pass
        print(mine.startswith("SECRET"), sorted(seen))
    """)
    results = as_user(run_many, source, ["probe", "SECRET-b", "probe", "SECRET-d"], FAST)
    assert [r.stdout for r in results] == ["False []\n", "True []\n", "False []\n", "True []\n"]


def test_module_state_does_not_survive_between_cases(as_user: Callable[..., Any]) -> None:
    source = src("""
        import collections, math, sys
        print(hasattr(math, "leak"), hasattr(collections, "leak"), "leak_mod" in sys.modules)
        math.leak = collections.leak = True
        sys.modules["leak_mod"] = math
    """)
    results = as_user(run_many, source, ["", "", ""], FAST)
    assert [r.stdout for r in results] == ["False False False\n"] * 3
