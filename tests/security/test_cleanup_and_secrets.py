"""Second red-team pass on the jail: clean-up that a case can make slow or break, and the worker's secrets.

Each test here failed before the fix it names: a runner whose dir lives under /tmp (a checkout or a venv
there) was retired with 'Read-only file system' whenever the host touched that dir; a case that nested
directories a few thousand deep broke the clean-up (the jailed call was discarded, and without bubblewrap a
RecursionError escaped `run_many` itself); a case flooding /tmp with empty files or links held kernel memory
and made the clean-up take many seconds. Attacks run as the caller and as uid 65534 where they can.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.problems import sandbox
from generator.problems.jail import layers, tree
from generator.problems.sandbox import Verdict, run_many, run_program
from tests.security.test_attacks import FAST, src
from tests.security.test_escapes import ANCESTORS, no_bwrap  # noqa: F401 - a fixture


@pytest.fixture(autouse=True)
def _no_runner_left_behind() -> Iterator[None]:
    yield
    sandbox.close_runners()


def _jailed(as_user: Callable[..., Any] = lambda fn, *a: fn(*a)) -> bool:
    return as_user(sandbox.jail_layers).get("bubblewrap") is True


def _idle_runner_pids() -> set[int]:
    pool = sandbox._pool()
    with pool.lock:
        return {r.process.pid for group in pool.idle.values() for r in group}


# --- the host changes a read-only mount inside the jail's /tmp ------------------------------------


def test_host_changes_to_a_runner_dir_under_tmp_do_not_retire_the_runner(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not _jailed():
        pytest.skip("bubblewrap is not active here")
    # A checkout under /tmp (the lead's clean clone, a worktree) has the runner's dir bound read-only inside the
    # jail's private /tmp, where the clean-up walks. Its times are the host's: an edit of runner.py, or a read
    # that updates the dir's atime, made the next clean-up try to put them back on a read-only mount.
    jail_dir = tmp_path / "checkout" / "jail"
    shutil.copytree(layers.RUNNER.parent, jail_dir, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(layers, "RUNNER", jail_dir / "runner.py")
    sandbox.close_runners()
    assert run_program("print(1)", "", FAST).verdict is Verdict.ok
    runners = _idle_runner_pids()
    for step in range(3):
        (jail_dir / f"edit{step}.py").write_text("x = 1\n")  # the dir's mtime and ctime change on the host
        os.utime(jail_dir / "runner.py", ns=(step, step))  # and a file's times
        results = run_many("print(input())", ["a", "b"], FAST)
        assert [(r.verdict, r.stdout) for r in results] == [(Verdict.ok, "a\n"), (Verdict.ok, "b\n")], \
            results[0].stderr
    assert runners and _idle_runner_pids() == runners  # the same warm runner served every call


# --- trees the clean-up has to remove -------------------------------------------------------------

NEST = src("""
    import os
    for _ in range(int(input())):
        os.mkdir("d")
        os.chdir("d")
    print("nested")
""")
NEST_LIMITS = sandbox.SandboxLimits(cpu_seconds=5.0, wall_seconds=60.0)  # a disk's /tmp: ~2 ms per directory


def test_a_deep_nest_of_directories_is_removed_and_the_call_kept(as_user: Callable[..., Any]) -> None:
    # Each level was one frame of a recursive removal: past ~1000 the clean-up raised RecursionError, the call
    # process died and every result of the call was discarded.
    results = as_user(run_many, NEST, ["3000", "3000"], NEST_LIMITS)
    assert [(r.verdict, r.stdout) for r in results] == [(Verdict.ok, "nested\n")] * 2, results[0].stderr
    assert as_user(run_program, "print(input())", "next", FAST).stdout == "next\n"


def _nest_twice_and_close() -> list[tuple[Verdict, str, str]]:
    results = [*run_many(NEST, ["1200"], NEST_LIMITS), run_program("print(input())", "next", FAST)]
    sandbox.close_runners()  # the runner's scratch dir is removed here, by the worker
    return [(r.verdict, r.stdout, r.stderr) for r in results]


@pytest.mark.usefixtures("no_bwrap")
def test_without_bubblewrap_a_deep_nest_raises_nothing_and_leaves_nothing(as_user: Callable[..., Any]) -> None:
    # Outside the jail the scratch dir is on the machine's /tmp, removed by the worker: shutil.rmtree's
    # RecursionError escaped run_many itself, and the tree stayed behind.
    tmp = Path(sandbox.tempfile.gettempdir())
    before = {p.name for p in tmp.glob("sandbox-*")}
    results = as_user(_nest_twice_and_close)
    assert [r[:2] for r in results] == [(Verdict.ok, "nested\n"), (Verdict.ok, "next\n")], results[0][2]
    assert not [p for p in tmp.glob("sandbox-*") if p.name not in before and _holds_a_nest(p)]


def _holds_a_nest(nest: Path) -> bool:
    """Whether a worker's nest of runner scratch dirs still holds a case's nest of dirs (other runs' dirs come and
    go meanwhile). The nest is not listable (mode 0300) but by root: the test looks as root, or not at all."""
    if os.geteuid() != 0:
        pytest.skip("a nest of runner dirs can be listed only by root")
    try:
        return any((call / "case" / "d").exists() for scratch in nest.iterdir() for call in scratch.iterdir())
    except OSError:
        return False


FLOOD = src("""
    import os
    os.chdir("/tmp")
    open("first", "w").close()
    name, made = "x" * 200, 0
    if input() == "flood":
        while True:  # hard links with long names: no bytes of the quota, ~0.5 KB of kernel memory each
            os.link("first", "%s%d" % (name, made))
            made += 1
    print(sum(entry.startswith(name) for entry in os.listdir(".")))
""")


def test_a_file_flood_is_stopped_and_costs_later_cases_and_other_calls_nothing(
        as_user: Callable[..., Any]) -> None:
    if not _jailed(as_user):
        pytest.skip("bubblewrap is not active here (the machine's /tmp: its file count is everyone's)")
    import threading

    # Before: the flood ran for its whole CPU limit (~450,000 links in 2 s) and the clean-up then took ~15 s
    # removing them one by one, past the call's wall clock: the next case was not run and the call discarded.
    limits = sandbox.SandboxLimits(cpu_seconds=2.0, wall_seconds=8.0)
    honest: list[list[tuple[Verdict, str]]] = []

    def other_caller() -> None:
        for _ in range(5):
            honest.append([(r.verdict, r.stdout) for r in run_many("print(input())", ["1", "2"], FAST)])

    beside = threading.Thread(target=other_caller)
    beside.start()
    results = as_user(run_many, FLOOD, ["flood", "count"], limits)
    beside.join()
    assert results[0].verdict is Verdict.runtime_error
    assert "more than 10000 files" in results[0].stderr
    assert (results[1].verdict, results[1].stdout) == (Verdict.ok, "0\n"), results[1].stderr  # the flood is gone
    assert honest == [[(Verdict.ok, "1\n"), (Verdict.ok, "2\n")]] * 5


# --- the worker's credentials ---------------------------------------------------------------------

# Looks for `needle` everywhere a case might find the worker's secrets; prints the routes where it did.
HUNTER = src("""
    import ctypes, os, sys
    needle = sys.stdin.read().strip().encode()
    found = []

    def check(route, data):
        if needle in data:
            found.append(route)

    def parent_of(pid):
        with open("/proc/%d/stat" % pid) as f:
            return int(f.read().rsplit(")", 1)[1].split()[1])

    check("own environ", repr(dict(os.environ)).encode())
    try:
        with open("/proc/self/environ", "rb") as f:
            check("own /proc environ", f.read())
    except OSError:
        pass  # (a process the runner forked is not dumpable: its own environ is closed to a non-root uid)
    ancestors, pid = [], os.getpid()
    while len(ancestors) < 6:
        try:
            pid = parent_of(pid)
        except OSError:
            break
        if pid <= 1:
            break
        ancestors.append(pid)
    try:
        names = os.listdir("/proc")
    except OSError:  # (Landlock: /proc is not listable) every pid up to well past its own, by number
        names = [str(pid) for pid in range(1, os.getpid() + 1000)]
    for name in names:
        for part in ("environ", "cmdline"):
            try:
                with open("/proc/%s/%s" % (name, part), "rb") as f:
                    check("/proc/%s/%s" % (name, part), f.read())
            except OSError:
                pass
    libc = ctypes.CDLL(None, use_errno=True)
    for pid in ancestors:
        try:  # the ancestor's memory: its environment block, heap and stacks
            with open("/proc/%d/maps" % pid) as f:
                regions = [line.split() for line in f]
            fd = os.open("/proc/%d/mem" % pid, os.O_RDONLY)
            for fields in regions:
                low, high = (int(x, 16) for x in fields[0].split("-"))
                if fields[1].startswith("r") and high - low <= 64 << 20:
                    try:
                        check("/proc/%d/mem" % pid, os.pread(fd, high - low, low))
                    except OSError:
                        pass
            os.close(fd)
        except OSError:
            pass
        buffer = ctypes.create_string_buffer(4096)
        local = (ctypes.c_void_p * 2)(ctypes.addressof(buffer), 4096)
        if libc.process_vm_readv(pid, local, 1, local, 1, 0) > 0:
            found.append("process_vm_readv %d" % pid)
        if libc.ptrace(16, pid, 0, 0) == 0:  # PTRACE_ATTACH
            found.append("ptrace %d" % pid)
        for link in ("cwd", "root"):
            try:
                for entry in os.listdir("/proc/%d/%s" % (pid, link)):
                    with open("/proc/%d/%s/%s/credentials" % (pid, link, entry), "rb") as f:
                        check("/proc/%d/%s" % (pid, link), f.read())
            except OSError:
                pass
    for fd in range(3, 256):
        try:
            os.fstat(fd)
            found.append("inherited fd %d" % fd)
        except OSError:
            pass
    for root in [os.path.dirname(sys.argv[0] or "/"), "/var/task", *sys.argv[1:]]:
        for where, _, files in os.walk(root):
            for name in files:
                try:
                    with open(os.path.join(where, name), "rb") as f:
                        check(os.path.join(where, name), f.read(1 << 16))
                except OSError:
                    pass
    print(sorted(set(found)))
""")

_WORKER = src("""
    import json, os, sys
    from generator.problems.sandbox import SandboxLimits, run_many
    hunter, home = sys.argv[1:3]
    needle = os.environ["HUNT_NEEDLE"]  # (in the environment like the credentials; not on the command line)
    # the case is told where the worker's home is (a program could guess it): every file there is searched
    source = "import sys\\nsys.argv[1:] = [%r]\\n" % home + hunter
    result = run_many(source, [needle], SandboxLimits(cpu_seconds=5.0, wall_seconds=60.0))[0]
    print(json.dumps([result.verdict.value, result.stdout, result.stderr]))
""")


def _hunt_from_a_worker_with_credentials(jailed: bool, nobody: bool) -> tuple[str, str, str]:
    """Start a worker process whose own environment holds AWS credentials and the Lambda runtime API address,
    as Lambda starts it, with a credentials file in its home; a case of it hunts for them."""
    import json
    import secrets
    import subprocess
    import sys
    import tempfile

    from tests.security.test_attacks import NOBODY, SYSTEM_PYTHON

    needle = f"leak{secrets.token_hex(12)}"
    with tempfile.TemporaryDirectory(prefix="worker-home-") as home:
        os.chmod(home, 0o700)
        Path(home, ".aws").mkdir(mode=0o700)
        Path(home, ".aws", "credentials").write_text(f"[default]\naws_secret_access_key = {needle}\n")
        modules = Path(home, "modules")
        modules.mkdir()
        seccomp = layers.seccomp_module()
        if seccomp:
            shutil.copy(seccomp, modules / "pyseccomp.py")
        python, options = sys.executable, {}
        if nobody:
            if not os.path.exists(SYSTEM_PYTHON):
                pytest.skip(f"no {SYSTEM_PYTHON} that an unprivileged uid can execute")
            python, options = SYSTEM_PYTHON, {"user": NOBODY, "group": NOBODY, "extra_groups": []}
            for path in (home, *(str(p) for p in Path(home).rglob("*"))):
                os.chown(path, NOBODY, NOBODY)
        env = {
            "PATH": "/usr/bin:/bin", "HOME": home, "SANDBOX_BWRAP": "1" if jailed else "0",
            "PYTHONPATH": os.pathsep.join([str(Path(__file__).resolve().parents[2]), str(modules)]),
            "AWS_ACCESS_KEY_ID": f"AKIA{needle}", "AWS_SECRET_ACCESS_KEY": needle,
            "AWS_SESSION_TOKEN": f"token{needle}", "AWS_LAMBDA_RUNTIME_API": f"127.0.0.1:9001/{needle}",
        }
        done = subprocess.run([python, "-c", _WORKER, HUNTER, home], env={**env, "HUNT_NEEDLE": needle}, cwd=home, capture_output=True,
                              text=True, timeout=300, check=False, **options)
    assert done.returncode == 0, done.stderr[-2000:]
    verdict, stdout, stderr = json.loads(done.stdout.splitlines()[-1])
    return verdict, stdout.replace(home, "$HOME"), stderr


@pytest.mark.parametrize("nobody", [False, True], ids=["caller", "nobody"])
@pytest.mark.parametrize("jailed", [True, False], ids=["jailed", "unjailed"])
def test_no_route_shows_a_case_the_workers_credentials(jailed: bool, nobody: bool) -> None:
    if nobody and os.geteuid() != 0:
        pytest.skip("the tests already run unprivileged; starting a worker as uid 65534 needs root")
    if jailed and not _jailed():
        pytest.skip("bubblewrap is not active here")
    verdict, stdout, stderr = _hunt_from_a_worker_with_credentials(jailed, nobody)
    assert verdict == "ok", stderr
    found = eval(stdout)  # noqa: S307 - a list of strings printed by the hunter
    if not jailed:
        # Without a jail the worker's home is a directory of the same uid, readable as every other file of that
        # uid (README: not contained; Lambda keeps its credentials in the environment only, and /var/task has
        # none). Every route to the worker process itself must be closed.
        found = [route for route in found if not route.startswith("$HOME/")]
    assert found == []


@pytest.mark.usefixtures("no_bwrap")
def test_as_root_without_a_jail_a_case_cannot_write_into_the_runners_pipes() -> None:
    if os.geteuid() != 0:
        pytest.skip("needs root (unprivileged, the runner's non-dumpable pipes are closed anyway)")
    # uid 0 with CAP_SYS_PTRACE opens /proc/<pid>/fd/1 of the non-dumpable call process and runner: a forged
    # "result ok" written into the result pipe ahead of the real one was believed (README, before: not contained).
    forger = "import os\n" + ANCESTORS + src("""
        forged = b"result ok 0 0.0 0.0 6 0\\n999999" * 50
        wrote = []
        if input() == "attack":
            for pid in (call, runner):
                for fd in (0, 1):
                    try:
                        with open("/proc/%d/fd/%d" % (pid, fd), "wb") as f:
                            f.write(forged)
                        wrote.append((pid, fd))
                    except OSError:
                        pass
            print(wrote, flush=True)
            os._exit(1)
        print("honest")
    """)
    results = run_many(forger, ["attack", "x", "attack", "y"], FAST)
    assert [(r.verdict, r.stdout) for r in results] == [(Verdict.runtime_error, "[]\n"), (Verdict.ok, "honest\n")] * 2


# --- the kernel's settings ------------------------------------------------------------------------

# Opens every file of /proc outside the processes' own dirs for writing, and closes it at once (nothing is
# written: opening is where the kernel checks a sysctl's permission); prints what opened. Where /proc cannot be
# listed (Landlock without bubblewrap), the caller names the files on stdin (see _proc_files).
PROC_WRITER = src("""
    import os, sys
    opened = []
    try:
        tops = sorted(os.listdir("/proc"))
    except OSError:
        tops = []
    paths = sys.stdin.read().split()
    for top in tops:
        if top.isdigit() or top in ("self", "thread-self"):
            continue
        base = os.path.join("/proc", top)
        walk = os.walk(base) if os.path.isdir(base) and not os.path.islink(base) else [("/proc", [], [top])]
        for where, _, files in walk:
            paths += [os.path.join(where, name) for name in files]
    for path in paths:
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK | os.O_NOCTTY))
            opened.append(path)
        except OSError:
            pass
    print(len(opened), opened[:5])
""")


def _proc_files() -> str:
    """The files PROC_WRITER's walk finds in this machine's /proc, for a case that cannot list it."""
    paths = []
    for top in sorted(os.listdir("/proc")):
        if top.isdigit() or top in ("self", "thread-self"):
            continue
        base = os.path.join("/proc", top)
        walk = os.walk(base) if os.path.isdir(base) and not os.path.islink(base) else [("/proc", [], [top])]
        for where, _, files in walk:
            paths += [os.path.join(where, name) for name in files]
    return "\n".join(paths)


def test_no_kernel_setting_under_proc_is_writable_from_a_jailed_case(as_user: Callable[..., Any]) -> None:
    if not _jailed(as_user):
        pytest.skip("bubblewrap is not active here")
    # Started as root, the jail's uid 65534 is uid 0 outside it: 768 files of /proc/sys opened for writing,
    # kernel.core_pattern among them (a "|program" there runs as the host's root on the next core dump).
    result = as_user(run_program, PROC_WRITER, "", sandbox.SandboxLimits(cpu_seconds=5.0, wall_seconds=30.0))
    assert (result.verdict, result.stdout) == (Verdict.ok, "0 []\n"), result.stderr


@pytest.mark.usefixtures("no_bwrap")
def test_without_a_jail_a_case_writes_only_in_its_scratch_dir(as_user: Callable[..., Any]) -> None:
    if as_user(sandbox.jail_layers).get("landlock") is not True:
        pytest.skip("Landlock is not available on this kernel")
    # Without bubblewrap nothing is mounted read-only: as root a case could write every root-owned file — the
    # project's own code, run by every later call; /proc/sys (kernel.core_pattern runs a program as root) — and
    # as any uid the machine's /tmp, where the other runners' scratch dirs are, and /dev/shm, which nothing
    # cleans up there. Its tempfiles go to its own scratch dir.
    probe = Path(__file__).resolve().parent / f".landlock-probe-{os.getpid()}"
    writer = src(f"""
        import os, tempfile
        for path in ({str(probe)!r}, "/tmp/landlock-probe-{os.getpid()}", "/dev/shm/landlock-probe-{os.getpid()}",
                     "scratch-file"):
            try:
                with open(path, "w") as f:
                    f.write("x")
                print("wrote", os.path.basename(path))
                os.unlink(path)
            except OSError as exc:
                print("denied", os.path.basename(path), exc.errno)
        with tempfile.NamedTemporaryFile() as f:
            print(os.path.dirname(f.name) == os.path.dirname(os.path.dirname(os.getcwd())))
    """)
    try:
        result = as_user(run_program, writer, "", FAST)
        others = [probe, Path(f"/tmp/landlock-probe-{os.getpid()}"), Path(f"/dev/shm/landlock-probe-{os.getpid()}")]
        written = [path for path in others if path.exists()]
    finally:
        for path in others:
            path.unlink(missing_ok=True)
    assert not written
    denied = f"denied {probe.name} 13\n" + f"denied landlock-probe-{os.getpid()} 13\n" * 2
    assert (result.verdict, result.stdout) == (Verdict.ok, denied + "wrote scratch-file\nTrue\n"), result.stderr
    settings = as_user(run_program, PROC_WRITER, _proc_files(), sandbox.SandboxLimits(cpu_seconds=5.0,
                                                                                       wall_seconds=30.0))
    assert (settings.verdict, settings.stdout) == (Verdict.ok, "0 []\n"), settings.stderr


# --- concurrent calls without a jail --------------------------------------------------------------

def _attack_a_concurrent_call(done_marker: str, secret: str) -> tuple[list[str], list[str]]:
    """One call scans the machine's /tmp for other runners' case files, reading and overwriting them, while a
    second call runs an honest program on secret inputs; both calls' outputs."""
    import threading
    import time

    attacker = src(f"""
        import glob, os, time
        mine, seen = os.getcwd(), set()
        end = time.monotonic() + 25
        while time.monotonic() < end and not os.path.exists({done_marker!r}):
            for path in glob.glob("/tmp/sandbox-*/call-*/case/*"):
                if path.startswith(mine):
                    continue
                try:
                    with open(path, "rb") as f:
                        seen.update(w.decode() for w in f.read().split() if w.startswith(b{secret!r}))
                    fd = os.open(path, os.O_WRONLY)
                    os.pwrite(fd, b"FORGED" * 4 + b"\\n", 0)
                    os.close(fd)
                except OSError:
                    pass
        print(sorted(seen))
    """)
    victim = "import time\nline = input()\nt = time.monotonic() + 0.2\nwhile time.monotonic() < t: pass\nprint(line)\n"
    limits = sandbox.SandboxLimits(cpu_seconds=30.0, wall_seconds=40.0)
    found: list[str] = []
    thread = threading.Thread(target=lambda: found.extend(r.stdout for r in run_many(attacker, [""], limits)))
    thread.start()
    time.sleep(0.5)
    try:
        honest = [r.stdout for r in run_many(victim, [f"{secret}{i}" for i in range(6)], limits)]
    finally:
        Path(done_marker).touch()
        thread.join()
        Path(done_marker).unlink()
    sandbox.close_runners()
    return found, honest


@pytest.mark.usefixtures("no_bwrap")
def test_without_a_jail_a_case_can_neither_read_nor_forge_another_calls_files(
        as_user: Callable[..., Any]) -> None:
    # Every runner of the worker has its scratch dir in the machine's /tmp under one uid: a case found another
    # call's case files by their paths, read its secret inputs and wrote into its stdout (the Lambda path, where
    # the worker runs several problems at once). The case files now have no name.
    secret = f"secret{os.getpid()}x"  # (other tests' runs may be going on beside it: only this one's inputs count)
    found, honest = as_user(_attack_a_concurrent_call, f"/tmp/attack-done-{os.getpid()}", secret)
    assert honest == [f"{secret}{i}\n" for i in range(6)]
    assert found == ["[]\n"]


@pytest.mark.usefixtures("no_bwrap")
def test_a_scratch_dir_wiped_between_calls_is_writable_again() -> None:
    if sandbox.jail_layers().get("landlock") is not True:
        pytest.skip("Landlock is not available on this kernel")
    # The executor function wipes /tmp after every invocation while its runner idles: the scratch dir is made
    # again, a new inode, which the first ruleset does not name (a case could write nowhere then).
    writer = "import tempfile\nwith tempfile.TemporaryFile() as f:\n    f.write(b'x')\nprint('wrote')\n"
    sandbox.close_runners()
    assert run_program(writer, "", FAST).stdout == "wrote\n"
    runners = [r for group in sandbox._pool().idle.values() for r in group]
    assert runners
    for runner in runners:
        shutil.rmtree(runner.scratch)
    result = run_program(writer, "", FAST)
    assert (result.verdict, result.stdout) == (Verdict.ok, "wrote\n"), result.stderr
    assert {r.process.pid for r in runners} == _idle_runner_pids()


def test_the_executor_wipes_a_deep_nest_from_its_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.problems.jail import executor

    # The executor function's /tmp wipe used shutil.rmtree: RecursionError on a nest ~1000 deep, and /tmp kept it.
    root = tmp_path / "tmp"
    root.mkdir()
    (root / "file").write_text("x")
    (root / "link").symlink_to("/")
    fd = os.open(root, os.O_RDONLY)
    for _ in range(1200):
        os.mkdir("d", dir_fd=fd)
        below = os.open("d", os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = below
    os.fchmod(fd, 0)  # a locked dir at the bottom
    os.close(fd)
    monkeypatch.setattr(executor.tempfile, "gettempdir", lambda: str(root))
    try:
        executor._wipe_tmp()
        assert list(root.iterdir()) == []
    finally:
        tree.remove_tree(str(root))  # pytest's own clean-up of its temp dirs would recurse into a nest left here
