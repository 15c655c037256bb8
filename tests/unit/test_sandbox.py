"""The sandbox that runs untrusted solutions: verdicts, limits, isolation, and the batch (run_many) path.

No timing is asserted beyond verdicts: limits are kept small so the suite stays fast, and every
"was it fast enough" question is answered by the verdict, never by a measured duration.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

from generator.problems import sandbox
from generator.problems.sandbox import RunResult, SandboxLimits, Verdict, run_many, run_program

FAST = SandboxLimits(cpu_seconds=0.5, wall_seconds=20.0)

SUM_BUFFER = "import sys\na, b = map(int, sys.stdin.buffer.read().split())\nprint(a + b)\n"
SUM_INPUT = "a, b = map(int, input().split())\nprint(a + b)\n"
# n == 3 loops forever; everything else echoes n.
LOOP_ON_3 = "n = int(input())\nif n == 3:\n    while True:\n        pass\nprint(n)\n"


def src(code: str) -> str:
    return textwrap.dedent(code).lstrip("\n")


def verdicts(results: list[RunResult]) -> list[Verdict]:
    return [r.verdict for r in results]


# --- correct programs -----------------------------------------------------------------------------


@pytest.mark.parametrize("source", [SUM_BUFFER, SUM_INPUT], ids=["stdin.buffer", "input"])
def test_correct_program_is_ok_with_its_output(source: str) -> None:
    result = run_program(source, "3 4\n")
    assert result.verdict is Verdict.ok
    assert result.stdout == "7\n"
    assert result.exit_code == 0
    assert result.cpu_ms >= 0 and result.wall_ms >= 0


@pytest.mark.parametrize(
    "source",
    [
        "print(sum(map(int, open(0).read().split())))",
        "import os\nprint(sum(map(int, os.read(0, os.fstat(0).st_size).split())))",
        "import io, os\ninput = io.BytesIO(os.read(0, os.fstat(0).st_size)).readline\nprint(sum(map(int, input().split())))",
        "import os\nos.write(1, str(sum(map(int, input().split()))).encode() + b'\\n')",
        "import sys\nsys.stdout.write(str(sum(map(int, sys.stdin.readline().split()))) + '\\n')",
    ],
    ids=["open(0)", "os.read(0)", "fastio-BytesIO", "os.write(1)", "sys.stdout.write"],
)
def test_fast_io_idioms_work_in_both_paths(source: str) -> None:
    # Solutions see real file descriptors, so the fd-level idioms agree between run_program and run_many.
    assert run_program(source, "3 4\n").stdout == "7\n"
    results = run_many(source, ["1 2\n", "3 4\n", "10 20\n"])
    assert verdicts(results) == [Verdict.ok] * 3
    assert [r.stdout for r in results] == ["3\n", "7\n", "30\n"]


def test_unicode_round_trips() -> None:
    text = "안녕하세요, 세계! 한국어 입력\n둘째 줄 ✓\n"
    source = "import sys\ndata = sys.stdin.read()\nprint(data[::-1], end='')\nprint(len(data))\n"
    expected = text[::-1] + f"{len(text)}\n"
    assert run_program(source, text).stdout == expected
    results = run_many(source, [text, "가나다\n"])
    assert [r.stdout for r in results] == [expected, "\n다나가4\n"]
    assert run_program("print(input().upper(), '한글')", "abc\n").stdout == "ABC 한글\n"


# --- exits and errors -----------------------------------------------------------------------------


def test_uncaught_exception_is_runtime_error_with_traceback() -> None:
    result = run_program("def f():\n    raise ValueError('bad input 42')\nf()\n", "")
    assert result.verdict is Verdict.runtime_error
    assert result.exit_code == 1
    assert "Traceback (most recent call last)" in result.stderr
    assert "ValueError: bad input 42" in result.stderr
    assert 'File "solution.py", line 2, in f' in result.stderr
    assert "runner" not in result.stderr  # the runner's own frames are not shown


def test_sys_exit_nonzero_is_runtime_error_with_code() -> None:
    result = run_program("import sys\nprint('partial')\nsys.exit(3)\n", "")
    assert result.verdict is Verdict.runtime_error
    assert result.exit_code == 3
    assert result.stdout == "partial\n"


@pytest.mark.parametrize(
    "ending", ["import sys\nsys.exit(0)", "exit()", "quit(0)", "raise SystemExit", "import os\nos._exit(0)"]
)
def test_clean_exits_are_ok(ending: str) -> None:
    result = run_program(f"print('done', flush=True)\n{ending}\nprint('never')\n", "")
    assert result.verdict is Verdict.ok
    assert result.exit_code == 0
    assert result.stdout == "done\n"


def test_sys_exit_with_message_goes_to_stderr() -> None:
    result = run_program("import sys\nsys.exit('no solution')\n", "")
    assert (result.verdict, result.exit_code) == (Verdict.runtime_error, 1)
    assert "no solution" in result.stderr


def test_syntax_error_is_runtime_error_for_every_case() -> None:
    assert "SyntaxError" in run_program("print(1 +)\n", "").stderr
    results = run_many("def f(:\n", ["1\n", "2\n"])
    assert verdicts(results) == [Verdict.runtime_error] * 2
    assert all("SyntaxError" in r.stderr for r in results)


def test_eof_on_input_is_runtime_error() -> None:
    result = run_program("input()\n", "")
    assert result.verdict is Verdict.runtime_error
    assert "EOFError" in result.stderr


def test_stderr_is_truncated_but_keeps_the_traceback() -> None:
    source = "import sys\nfor i in range(20000):\n    print('noise', i, file=sys.stderr)\nraise KeyError('the end')\n"
    result = run_program(source, "")
    assert result.verdict is Verdict.runtime_error
    assert len(result.stderr) < 5000
    assert result.stderr.startswith("noise 0\n")
    assert "KeyError: 'the end'" in result.stderr


# --- limits ---------------------------------------------------------------------------------------


def test_infinite_loop_is_time_limit() -> None:
    result = run_program("while True:\n    pass\n", "", FAST)
    assert result.verdict is Verdict.time_limit
    assert "time limit" in result.stderr


def test_time_limit_even_if_the_solution_catches_everything() -> None:
    source = "while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass\n"
    assert run_program(source, "", FAST).verdict is Verdict.time_limit


def test_sleep_is_time_limit_through_the_wall_clock() -> None:
    result = run_program("import time\ntime.sleep(100)\n", "", SandboxLimits(wall_seconds=1.0))
    assert result.verdict is Verdict.time_limit
    assert "wall-clock" in result.stderr


def test_cpu_bound_c_call_is_stopped_from_outside() -> None:
    # sum(range(...)) never returns to the eval loop: the runner, which watches the case's CPU, kills it.
    # Every case is its own process, so the cases around it are unaffected.
    source = "n = int(input())\nprint(sum(range(10**14)) if n == 2 else n)\n"
    results = run_many(source, ["1\n", "2\n", "3\n"], SandboxLimits(cpu_seconds=0.3, wall_seconds=30))
    assert verdicts(results) == [Verdict.ok, Verdict.time_limit, Verdict.ok]
    assert [results[0].stdout, results[2].stdout] == ["1\n", "3\n"]


def test_huge_allocation_is_memory_limit() -> None:
    result = run_program("x = bytearray(2 * 1024**3)\nprint(len(x))\n", "")
    assert result.verdict is Verdict.memory_limit
    assert "MemoryError" in result.stderr


def test_gradual_memory_growth_is_memory_limit_and_the_batch_recovers() -> None:
    source = "n = int(input())\nif n == 2:\n    a = []\n    while True:\n        a.append([n] * 1000)\nprint(n)\n"
    results = run_many(source, ["1\n", "2\n", "3\n"], SandboxLimits(memory_mb=128, cpu_seconds=5))
    assert verdicts(results) == [Verdict.ok, Verdict.memory_limit, Verdict.ok]
    assert results[2].stdout == "3\n"


def test_printing_forever_is_output_limit() -> None:
    limits = SandboxLimits(output_bytes=64 * 1024)
    result = run_program("while True:\n    print('spam' * 100)\n", "", limits)
    assert result.verdict is Verdict.output_limit
    assert len(result.stdout.encode()) <= limits.output_bytes  # the parent never reads more than the cap
    results = run_many("n = int(input())\nprint('x' * (n * 50_000))\n", ["1\n", "2\n", "1\n"], limits)
    assert verdicts(results) == [Verdict.ok, Verdict.output_limit, Verdict.ok]


def test_rlimits_are_applied_to_the_child() -> None:
    source = src("""
        import json, resource
        names = ["RLIMIT_CPU", "RLIMIT_AS", "RLIMIT_STACK", "RLIMIT_FSIZE", "RLIMIT_NOFILE", "RLIMIT_CORE"]
        print(json.dumps({n: resource.getrlimit(getattr(resource, n)) for n in names}))
    """)
    limits = SandboxLimits(cpu_seconds=2.0, memory_mb=200, output_bytes=1_000_000)
    got = json.loads(run_program(source, "", limits).stdout)
    # RLIMIT_CPU is only a backstop (the runner kills at the exact limit): 2 s + 2, per case.
    assert got["RLIMIT_CPU"] == [4, 5]
    assert got["RLIMIT_AS"] == [200 * 2**20, 200 * 2**20]
    assert got["RLIMIT_STACK"][0] == 200 * 2**20
    assert 1_000_000 < got["RLIMIT_FSIZE"][0] <= 1_000_000 + 64 * 1024
    assert got["RLIMIT_FSIZE"][0] == got["RLIMIT_FSIZE"][1]  # soft == hard: the solution cannot raise it
    assert got["RLIMIT_NOFILE"] == [64, 64]
    assert got["RLIMIT_CORE"] == [0, 0]
    # Every case of a batch gets the same per-case limits in its own process.
    batch = [json.loads(r.stdout) for r in run_many(source, ["", "", "", ""], limits)]
    assert all(b == got for b in batch)


# --- recursion and threads ------------------------------------------------------------------------


DEEP = src("""
    import sys
    sys.setrecursionlimit(10**6)
    def depth(n):
        return 0 if n == 0 else depth(n - 1) + 1
    print(depth(int(input())))
""")


def test_deep_recursion_works() -> None:
    assert run_program(DEEP, "100000\n").stdout == "100000\n"
    results = run_many(DEEP, ["100000\n", "5\n", "100000\n"])
    assert verdicts(results) == [Verdict.ok] * 3
    assert [r.stdout for r in results] == ["100000\n", "5\n", "100000\n"]


def test_thread_with_big_stack_idiom_works() -> None:
    # The usual competitive-programming idiom; its thread's output must land in its own case.
    source = src("""
        import sys, threading
        sys.setrecursionlimit(10**6)
        threading.stack_size(2**27)
        def main():
            def depth(n):
                return 0 if n == 0 else depth(n - 1) + 1
            n = int(input())
            print(depth(n), n)
        threading.Thread(target=main).start()
    """)
    assert run_program(source, "100000\n").stdout == "100000 100000\n"
    results = run_many(source, ["1000\n", "100000\n", "7\n"])
    assert [r.stdout for r in results] == ["1000 1000\n", "100000 100000\n", "7 7\n"]


def test_thread_that_times_out_does_not_poison_later_cases() -> None:
    source = src("""
        import threading
        def main():
            n = int(input())
            while n == 2:
                pass
            print(n)
        t = threading.Thread(target=main)
        t.start()
        t.join()
    """)
    results = run_many(source, ["1\n", "2\n", "3\n", "4\n"], FAST)
    assert verdicts(results) == [Verdict.ok, Verdict.time_limit, Verdict.ok, Verdict.ok]
    assert [r.stdout for r in results] == ["1\n", "", "3\n", "4\n"]


# --- isolation ------------------------------------------------------------------------------------


def test_environment_is_minimal_and_has_no_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "leak-me")
    monkeypatch.setenv("OPENAI_API_KEY", "leak-me-too")
    source = "import json, os, sys\nprint(json.dumps([dict(os.environ), sys.flags.hash_randomization, hash('abc')]))\n"
    env, randomized, digest = json.loads(run_program(source, "").stdout)
    assert "AWS_SECRET_ACCESS_KEY" not in env and "OPENAI_API_KEY" not in env
    assert "leak-me" not in json.dumps(env)
    # LC_CTYPE: CPython's own locale coercion, if any. TMPDIR: without bubblewrap the runner points it at the call's
    # scratch dir (a case's temp files are counted and removed there; in the jail /tmp is private anyway).
    assert set(env) - {"LC_CTYPE", "TMPDIR"} == set(sandbox._CHILD_ENV)
    if "TMPDIR" in env:
        assert sandbox.jail_layers()["bubblewrap"] is not True and env["TMPDIR"].startswith(tempfile.gettempdir())
    assert env["PATH"] == "/usr/bin:/bin"
    # PYTHONHASHSEED=0 is honoured (the child is not started with -E): hashing is deterministic.
    assert randomized == 0
    assert json.loads(run_program(source, "").stdout)[2] == digest
    batch_env = json.loads(run_many(source, ["", ""])[1].stdout)[0]
    assert "AWS_SECRET_ACCESS_KEY" not in batch_env


def test_a_run_may_ask_for_another_hash_seed() -> None:
    # The gate's second run of a reference: str hashing (set and dict iteration order) as on another interpreter.
    source = "import os\nprint(os.environ['PYTHONHASHSEED'], hash('abc'))\n"
    seed0, digest0 = run_program(source, "").stdout.split()
    other = SandboxLimits(hash_seed=20261205)
    seed1, digest1 = run_program(source, "", other).stdout.split()
    assert (seed0, seed1) == ("0", "20261205") and digest0 != digest1
    assert run_many(source, ["", ""], other)[1].stdout.split() == [seed1, digest1]
    assert run_program(source, "").stdout.split() == [seed0, digest0]  # the default kind's runner is unchanged


def test_child_is_isolated_from_user_site_and_project() -> None:
    source = "import sys\nprint(sys.flags.no_user_site, sys.flags.no_site, sys.flags.safe_path)\nimport generator\n"
    result = run_program(source, "")
    assert result.stdout == "1 1 True\n"
    assert result.verdict is Verdict.runtime_error
    assert "ModuleNotFoundError" in result.stderr


def test_cwd_is_a_fresh_temp_dir_that_is_removed() -> None:
    source = "import os\nprint(os.getcwd())\nopen('scratch.txt', 'w').write('x')\n"
    first = run_program(source, "").stdout.strip()
    second = run_program(source, "").stdout.strip()
    assert first != second
    temp_root = os.path.realpath(tempfile.gettempdir())
    for cwd in (first, second):
        assert os.path.realpath(cwd).startswith(temp_root + os.sep)
        assert not os.path.exists(cwd)
    batch_cwd = run_many(source, ["", ""])[0].stdout.strip()
    assert batch_cwd.startswith(temp_root) and not os.path.exists(batch_cwd)


def test_source_and_input_are_not_on_the_command_line() -> None:
    marker = "SECRET_MARKER_7f3a"
    source = f"# {marker}\nprint(open('/proc/self/cmdline', 'rb').read().replace(b'\\0', b' ').decode())\n"
    for result in (run_program(source, marker), run_many(source, [marker, marker])[1]):
        assert result.verdict is Verdict.ok
        assert "runner.py" in result.stdout
        assert marker not in result.stdout


def _alive_with(marker: str) -> list[int]:
    """Host pids whose command line contains `marker` (pids inside a jail's pid namespace mean nothing here)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes()
                state = (entry / "stat").read_text().split(")")[-1].split()[0]
            except OSError:
                continue
            if marker.encode() in cmdline and state not in ("Z", "X"):
                found.append(int(entry.name))
    return found


@pytest.mark.parametrize("then", ["pass", "import time\ntime.sleep(100)"], ids=["exits", "wall-timeout"])
def test_processes_the_solution_starts_are_killed(then: str) -> None:
    marker = f"1000.{os.getpid()}{time.monotonic_ns() % 100000}"
    source = f"import subprocess\np = subprocess.Popen(['sleep', '{marker}'])\nprint(p.pid, flush=True)\n{then}\n"
    result = run_program(source, "", SandboxLimits(wall_seconds=2.0))
    assert result.stdout.split()[0].isdigit()  # it did start a process
    assert _alive_with(marker) == []


def test_spawn_failure_is_sandbox_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "executable", "/nonexistent/python3")
    assert run_program("print(1)", "").verdict is Verdict.sandbox_error
    assert verdicts(run_many("print(1)", ["", ""])) == [Verdict.sandbox_error] * 2


# --- run_many -------------------------------------------------------------------------------------


def test_run_many_200_inputs_in_order() -> None:
    inputs = [f"{i} {i * i}\n" for i in range(200)]
    results = run_many(SUM_BUFFER, inputs)
    assert len(results) == 200
    assert verdicts(results) == [Verdict.ok] * 200
    assert [r.stdout for r in results] == [f"{i + i * i}\n" for i in range(200)]


def test_run_many_empty() -> None:
    assert run_many(SUM_BUFFER, []) == []


def test_run_many_globals_do_not_leak_between_cases() -> None:
    source = "try:\n    counter += 1\nexcept NameError:\n    counter = 1\nprint(counter)\n"
    results = run_many(source, [""] * 20)
    assert [r.stdout for r in results] == ["1\n"] * 20


def test_run_many_interpreter_state_is_reset_between_cases() -> None:
    source = src("""
        import builtins, sys
        print(sys.getrecursionlimit(), hasattr(builtins, 'leaked'), __name__, sys.argv)
        sys.setrecursionlimit(12345)
        builtins.leaked = True
    """)
    results = run_many(source, ["", ""])
    assert [r.stdout for r in results] == ["1000 False __main__ ['solution.py']\n"] * 2


def test_run_many_infinite_loop_in_one_case() -> None:
    results = run_many(LOOP_ON_3, ["1\n", "2\n", "3\n", "4\n", "5\n"], FAST)
    assert verdicts(results) == [Verdict.ok, Verdict.ok, Verdict.time_limit, Verdict.ok, Verdict.ok]
    assert [r.stdout for r in results] == ["1\n", "2\n", "", "4\n", "5\n"]
    assert results[2].exit_code is None


@pytest.mark.parametrize("exit_call", ["sys.exit(0)", "exit()", "os._exit(0)", "posix._exit(0)"])
def test_run_many_exit_zero_in_one_case(exit_call: str) -> None:
    source = (
        f"import os, posix, sys\nn = int(input())\nprint(n, flush=True)\nif n == 2:\n    {exit_call}\nprint('after')\n"
    )
    results = run_many(source, ["1\n", "2\n", "3\n"])
    assert verdicts(results) == [Verdict.ok] * 3
    assert [r.stdout for r in results] == ["1\nafter\n", "2\n", "3\nafter\n"]


@pytest.mark.parametrize("exit_call", ["sys.exit(2)", "os._exit(2)", "posix._exit(2)"])
def test_run_many_nonzero_exit_in_one_case(exit_call: str) -> None:
    source = f"import os, posix, sys\nn = int(input())\nif n == 2:\n    {exit_call}\nprint(n)\n"
    results = run_many(source, ["1\n", "2\n", "3\n"])
    assert verdicts(results) == [Verdict.ok, Verdict.runtime_error, Verdict.ok]
    assert results[1].exit_code == 2
    assert results[2].stdout == "3\n"


def test_run_many_exception_in_one_case() -> None:
    source = "n = int(input())\nif n == 2:\n    raise ZeroDivisionError('case two')\nprint(n)\n"
    results = run_many(source, ["1\n", "2\n", "3\n"])
    assert verdicts(results) == [Verdict.ok, Verdict.runtime_error, Verdict.ok]
    assert "ZeroDivisionError: case two" in results[1].stderr
    assert results[0].stderr == "" and results[2].stderr == ""
    assert [results[0].stdout, results[2].stdout] == ["1\n", "3\n"]


def test_run_many_memory_limit_stays_with_its_case() -> None:
    source = "n = int(input())\nif n == 2:\n    x = bytearray(2 * 1024**3)\nprint(n)\n"
    assert verdicts(run_many(source, ["1\n", "2\n", "3\n"])) == [Verdict.ok, Verdict.memory_limit, Verdict.ok]


def test_run_many_wall_timeout_keeps_finished_cases() -> None:
    source = "import time\nn = int(input())\nif n == 2:\n    time.sleep(100)\nprint(n)\n"
    results = run_many(source, ["1\n", "2\n", "3\n"], SandboxLimits(wall_seconds=1.5))
    assert verdicts(results) == [Verdict.ok, Verdict.time_limit, Verdict.time_limit]
    assert results[0].stdout == "1\n"
    assert results[2].exit_code is None and "not run" in results[2].stderr


def test_run_many_reports_per_case_cpu_time() -> None:
    source = "n = int(input())\nx = 0\nfor i in range(n):\n    x += i\nprint(x)\n"
    results = run_many(source, ["10\n", "3000000\n"])
    assert verdicts(results) == [Verdict.ok, Verdict.ok]
    assert results[1].cpu_ms > results[0].cpu_ms  # not a timing bound, just "measured per case"


def test_runner_is_self_contained() -> None:
    # It runs isolated (no site, no project on sys.path): it must not import anything from the project.
    from generator.problems.jail import layers

    text = layers.RUNNER.read_text()
    assert "import generator" not in text and "from generator" not in text
    compile(text, "runner.py", "exec")


def test_parent_is_made_non_dumpable_so_children_cannot_read_its_environ() -> None:
    import ctypes

    run_program("print(1)", "")
    pr_get_dumpable = 3
    # Non-dumpable: /proc/<parent>/environ (AWS credentials in Lambda) is owned by root, unreadable to the child.
    assert ctypes.CDLL(None).prctl(pr_get_dumpable, 0, 0, 0, 0) == 0


# --- the executor function (EXECUTOR=lambda) ------------------------------------------------------


class _FakeLambda:
    """Lambda's invoke answered by the executor's own handler, in this process."""

    def __init__(self) -> None:
        self.payload_sizes: list[int] = []

    def invoke(self, FunctionName: str, InvocationType: str, Payload: bytes) -> dict[str, object]:  # noqa: N803
        import io

        from generator.problems.jail import executor

        self.payload_sizes.append(len(Payload))
        answer = executor.handle(json.loads(Payload))
        return {"Payload": io.BytesIO(json.dumps(answer).encode())}


def test_executor_mode_sends_runs_in_chunks_within_the_payload_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.problems.jail import executor

    fake = _FakeLambda()
    monkeypatch.setenv("EXECUTOR", "lambda")
    monkeypatch.setenv("EXECUTOR_FUNCTION", "problem-generator-test-executor")
    monkeypatch.setattr(executor, "_client", lambda: fake)
    monkeypatch.setattr(executor, "REQUEST_BUDGET", 64 * 1024)
    inputs = [f"{i} {'9' * 20_000}\n" for i in range(12)]
    results = run_many("a, b = input().split()\nprint(a, len(b))\n", inputs)
    assert [r.stdout for r in results] == [f"{i} 20000\n" for i in range(12)]
    assert len(fake.payload_sizes) > 1 and max(fake.payload_sizes) < 64 * 1024 + 25_000
    assert run_program("print(1)", "").stdout == "1\n"


def test_a_vendored_libseccomp_is_loaded_where_the_system_has_none(monkeypatch: pytest.MonkeyPatch,
                                                                     tmp_path: Path) -> None:
    """Lambda's runtime image has no libseccomp; the deployment package carries one (lib/libseccomp.so.2), and
    the worker and the runner load it by path. Here the system's copy plays the vendored one, and the system is
    made to look as if it had none."""
    import ctypes.util
    import shutil

    from generator.problems.jail import layers

    system = ctypes.util.find_library("seccomp")
    if system is None or layers.seccomp_module() is None:
        pytest.skip("no libseccomp on this machine")
    located = next((Path(d) / system for d in ("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu",
                                                "/usr/lib64", "/lib64", "/usr/lib") if (Path(d) / system).is_file()),
                   None)
    if located is None:
        pytest.skip("cannot locate the system libseccomp file")
    vendored = tmp_path / "lib" / "libseccomp.so.2"
    vendored.parent.mkdir()
    shutil.copy(located, vendored)
    vendored.parent.chmod(0o755)
    tmp_path.chmod(0o755)  # the jail's uid 65534 must read it

    original = ctypes.util.find_library
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None if name == "seccomp" else original(name))
    monkeypatch.setenv("SANDBOX_LIBSECCOMP", str(vendored))
    monkeypatch.delitem(sys.modules, "pyseccomp", raising=False)
    for cached in (layers.seccomp_library, layers.seccomp_module):
        cached.cache_clear()
    sandbox.close_runners()
    try:
        assert layers.seccomp_library() == str(vendored.resolve()) and layers.seccomp_module() is not None
        probe = ("import socket\nmaps = [l for l in open('/proc/self/maps') if 'libseccomp' in l]\n"
                 "print(maps[0].split()[-1] if maps else 'none')\n"
                 "try:\n    socket.socket()\n    print('socket made')\nexcept OSError:\n    print('socket denied')\n")
        result = run_program(probe, "")
        assert result.verdict is Verdict.ok, result.stderr
        assert result.stdout.splitlines() == [str(vendored.resolve()), "socket denied"]
        assert sandbox.jail_layers().get("seccomp") is True
    finally:
        sandbox.close_runners()  # the next test's runners start with the machine's own library again
        monkeypatch.undo()
        sys.modules.pop("pyseccomp", None)
        for cached in (layers.seccomp_library, layers.seccomp_module):
            cached.cache_clear()
