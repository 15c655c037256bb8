"""The shared runner (generator/problems/shared_run.py): many inputs of one program in one sandboxed process,
giving exactly what fresh processes give — clean runs from the shared process, everything else run again fresh."""
from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from generator.problems import shared_run
from generator.problems.catalog import CATALOG_DIR
from generator.problems.packages import Package, PackageError, build_draft
from generator.problems.sandbox import SandboxLimits, Verdict, run_many
from generator.problems.schema import Difficulty
from generator.problems.shared_run import run_shared

INPUTS = [f"{i} {i * 3}\n" for i in range(12)]
LIMITS = SandboxLimits(cpu_seconds=1.0, wall_seconds=60)

# Each reads its input a different way, or does something a shared process must undo or survive.
PROGRAMS = {
    "input": "a, b = map(int, input().split())\nprint(a + b)\n",
    "os_read": "import os\nprint(os.read(0, 100).decode().split()[0])\n",
    "open_0": "print(open(0).read().split()[1])\n",
    "buffer": "import sys\nprint(sum(map(int, sys.stdin.buffer.read().split())))\n",
    "raw_fd_write": "import os\nos.write(1, b'x' + os.read(0, 100))\n",
    "exit_zero": "import sys\nprint(input())\nsys.exit(0)\n",
    "builtins_patched": "import builtins\nbuiltins.SEEN = getattr(builtins, 'SEEN', 0) + 1\nprint(builtins.SEEN)\n",
    "sys_state": "import sys\nprint(len(sys.argv), sys.getrecursionlimit() < 10**5)\nsys.setrecursionlimit(10**6)\n"
                 "sys.argv.append('x')\n",
    "thread_main": "import sys, threading\nthreading.stack_size(1 << 26)\nsys.setrecursionlimit(10**6)\n"
                   "def main():\n    print(input())\nt = threading.Thread(target=main)\nt.start()\nt.join()\n",
    "fake_report": "print('0 ok 0 0 3 0')\nprint('abc')\n",
}


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_every_result_is_what_a_fresh_process_gives(name: str) -> None:
    source = PROGRAMS[name]
    fresh, shared = run_many(source, INPUTS, LIMITS), run_shared(source, INPUTS, LIMITS)
    assert [(r.verdict, r.stdout) for r in shared] == [(r.verdict, r.stdout) for r in fresh]
    assert all(r.verdict is Verdict.ok for r in shared)


@pytest.mark.parametrize("failure, verdict, message", [
    ("raise ValueError('boom on seven')", Verdict.runtime_error, "boom on seven"),
    ("import sys; sys.exit(3)", Verdict.runtime_error, ""),
    ("import os; os._exit(0)", Verdict.ok, ""),  # ends the shared process: the rest must be run fresh
    ("\n  while True: pass", Verdict.time_limit, "CPU time limit"),
    ("import threading, time; threading.Thread(target=time.sleep, args=(60,), daemon=True).start()", Verdict.ok, ""),
])
def test_a_failing_or_disruptive_input_is_run_again_fresh_and_the_rest_still_answered(
        failure: str, verdict: Verdict, message: str) -> None:
    source = f"x = input()\nif x.startswith('7 '):{' ' if not failure.startswith(chr(10)) else ''}{failure}\nprint(x)\n"
    fresh, shared = run_many(source, INPUTS, LIMITS), run_shared(source, INPUTS, LIMITS)
    assert [(r.verdict, r.stdout) for r in shared] == [(r.verdict, r.stdout) for r in fresh]
    assert shared[7].verdict is verdict and message in shared[7].stderr
    assert [r.stdout for n, r in enumerate(shared) if n != 7] == [t for n, t in enumerate(INPUTS) if n != 7]


@pytest.fixture
def process_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many inputs each of shared_run's `run_many` calls (one sandbox process per input) got."""
    calls: list[int] = []
    real = shared_run.run_many

    def counting(source: str, inputs: list[str], limits: SandboxLimits):  # noqa: ANN202
        calls.append(len(inputs))
        return real(source, inputs, limits)

    monkeypatch.setattr(shared_run, "run_many", counting)
    return calls


def test_a_shared_process_costs_fewer_processes_than_inputs(process_calls: list[int]) -> None:
    calls = process_calls
    results = run_shared(PROGRAMS["input"], INPUTS, LIMITS)
    assert calls == [1] and [r.stdout for r in results] == [f"{4 * i}\n" for i in range(12)]


def test_a_generator_that_prints_differently_after_earlier_runs_is_refused(tmp_path: Path) -> None:
    topic = tmp_path / "prefix_sums"
    shutil.copytree(CATALOG_DIR / "prefix_sums", topic, ignore=shutil.ignore_patterns("__pycache__"))
    gen = topic / "gen.py"
    # A counter kept in an imported module survives between inputs of one process, not between processes.
    gen.write_text("import json as _counter\n_counter.runs = getattr(_counter, 'runs', 0) + 1\n"
                   "if _counter.runs > 50:\n    print(1)\n    print(_counter.runs)\n    raise SystemExit\n"
                   + gen.read_text())
    package = Package.load(topic / "queries")
    with pytest.raises(PackageError, match="after earlier runs in the same process"):
        build_draft(package, random.Random(1), Difficulty(package.spec.difficulty), "en")


def test_a_checkers_accept_and_reject_exits_are_taken_from_the_shared_process() -> None:
    checker = ("import sys\nnumbers = sys.stdin.read().split()\nprint('odd' if int(numbers[0]) % 2 else 'even',"
               " file=sys.stderr)\nsys.exit(42 if int(numbers[0]) % 2 else 43)\n")
    fresh = run_many(checker, INPUTS, LIMITS)
    shared = run_shared(checker, INPUTS, LIMITS, trusted_exits=frozenset({42, 43}))
    assert [(r.verdict, r.exit_code, r.stderr) for r in shared] == [(r.verdict, r.exit_code, r.stderr) for r in fresh]
    assert [r.exit_code for r in shared] == [43, 42] * 6


def test_a_cpu_limit_is_taken_from_the_shared_process_only_when_the_caller_trusts_it(process_calls: list[int]) -> None:
    calls = process_calls
    looping = "x = input()\nwhile x.startswith(('3 ', '7 ')):\n    pass\nprint(x)\n"
    quick = SandboxLimits(cpu_seconds=0.2, wall_seconds=60)
    trusted = run_shared(looping, INPUTS, quick, trust_cpu_limit=True)
    assert calls == [1]  # the loops burned their limit once, in the shared process
    again = run_shared(looping, INPUTS, quick)
    assert calls == [1, 1, 2]  # by default both loops are run again, fresh
    for results in (trusted, again):
        assert [r.verdict for r in results].count(Verdict.time_limit) == 2
        assert results[3].verdict is results[7].verdict is Verdict.time_limit
        assert [r.stdout for n, r in enumerate(results) if n not in (3, 7)] == \
            [t for n, t in enumerate(INPUTS) if n not in (3, 7)]


def test_once_an_input_of_a_group_failed_the_rest_of_its_group_is_not_run(process_calls: list[int]) -> None:
    # Groups of 4 (a mutant's cases in one round of the gate): inputs 1-3 and 9-11 loop; 1 and 9 burn the limit,
    # 2, 3, 10 and 11 are never run; the groups without a loop (4-7) are run in full.
    looping = "x = input()\nwhile int(x.split()[0]) in (1, 2, 3, 9, 10, 11):\n    pass\nprint(x)\n"
    quick = SandboxLimits(cpu_seconds=0.2, wall_seconds=60)
    results = run_shared(looping, INPUTS, quick, trust_cpu_limit=True, group=4)
    assert process_calls == [1]
    assert [n for n, r in enumerate(results) if r.verdict is Verdict.time_limit] == [1, 2, 3, 9, 10, 11]
    assert [r.stdout for r in results] == [INPUTS[0], "", "", ""] + INPUTS[4:9] + ["", "", ""]
    for n in (2, 3, 10, 11):
        assert results[n].cpu_ms == 0.0 and "not run" in results[n].stderr
    assert results[1].cpu_ms >= 150 and results[9].cpu_ms >= 150
    # Without trust in the CPU limit, the loops that failed first (1 and 9) are run again fresh, where they time
    # out too: their groups' rest is still not run.
    again = run_shared(looping, INPUTS, quick, group=4)
    assert process_calls == [1, 1, 2]
    assert [n for n, r in enumerate(again) if r.verdict is Verdict.time_limit] == [1, 2, 3, 9, 10, 11]
    assert "CPU time limit" in again[1].stderr and "not run" in again[2].stderr


def test_a_failure_that_a_fresh_process_does_not_repeat_does_not_skip_its_group(process_calls: list[int]) -> None:
    # Fails only as the third input of a process (a counter kept in an imported module): each group runs in a
    # process of its own, so that is inputs 2, 6 and 10; a fresh run of each is clean, so the input skipped after
    # it (3, 7, 11) is run fresh as well. The counter never reaches 3 without a failure, so no group saw another's
    # state.
    source = ("import json as _counter\n_counter.runs = getattr(_counter, 'runs', 0) + 1\n"
              "assert _counter.runs != 3\nprint(input())\n")
    results = run_shared(source, INPUTS, LIMITS, group=4)
    assert [(r.verdict, r.stdout) for r in results] == [(Verdict.ok, text) for text in INPUTS]
    assert process_calls == [1, 3, 3]  # the shared process, then 2, 6 and 10 fresh, then 3, 7 and 11


def test_each_group_starts_from_the_state_before_any_program_ran() -> None:
    # The gate's mutants, one group each: what one left behind (here a module attribute; in redteam5's attack, the
    # harness's own functions replaced through the frames) never reaches the next group. Without groups the
    # program is one and its inputs share a process (each run in fresh globals).
    source = ("import json as _counter\n_counter.runs = getattr(_counter, 'runs', 0) + 1\n"
              "print(_counter.runs)\n")
    grouped = run_shared(source, INPUTS[:8], LIMITS, group=2)
    assert [r.stdout for r in grouped] == ["1\n", "2\n"] * 4
    shared = run_shared(source, INPUTS[:8], LIMITS)
    assert [r.stdout for r in shared] == [f"{n}\n" for n in range(1, 9)]


def test_a_program_that_closes_or_redirects_its_stdout_is_read_as_a_fresh_process_reads_it() -> None:
    for source in ("import os\nprint(input(), flush=True)\nos.close(1)\n",
                   "import os\nprint(input(), flush=True)\nos.dup2(os.open(os.devnull, os.O_WRONLY), 1)\nprint('x')\n"):
        fresh, shared = run_many(source, INPUTS, LIMITS), run_shared(source, INPUTS, LIMITS)
        assert [(r.verdict, r.stdout) for r in shared] == [(r.verdict, r.stdout) for r in fresh]


def test_a_max_test_that_repeats_an_earlier_test_is_kept_when_it_is_the_only_max_test(tmp_path: Path) -> None:
    # A small max input can come out equal to an earlier test for some seeds (solvers2: a third sample of
    # backtracking.brackets equal to its max test at seed 49); the repeat was dropped and the draft had no max test.
    topic = tmp_path / "greedy"
    shutil.copytree(CATALOG_DIR / "greedy", topic, ignore=shutil.ignore_patterns("__pycache__"))
    task = topic / "ropes" / "task.toml"
    text = task.read_text()
    for kind in ("increasing", "equal", "max_random"):  # every max test prints the one-rope edge case instead
        text = text.replace(f'category = "max"\nargs = ["{kind}"]', 'category = "max"\nargs = ["fixed", "case=one"]')
    task.write_text(text)
    package = Package.load(topic / "ropes")
    built = build_draft(package, random.Random(3), Difficulty(package.spec.difficulty), "en", with_stress=False)
    draft = built.draft
    commands = [run.command for run, t in zip(built.test_runs, draft.tests) if t.category == "max"]
    assert len(commands) == 1 and " fixed case=one " in commands[0]  # published with its own command
    edge = [t.input for t in draft.tests if t.category == "edge"]
    maxes = [t.input for t in draft.tests if t.category == "max"]
    assert len(maxes) == 1 and maxes[0] in edge  # kept once, as the max test; the other two repeats are dropped
    assert len({t.input for t in draft.tests}) == len(draft.tests) - 1


def test_a_draft_of_some_categories_has_the_same_tests_of_those_categories_as_the_whole_draft() -> None:
    package = Package.load(CATALOG_DIR / "greedy" / "ropes")
    difficulty = Difficulty(package.spec.difficulty)
    whole = build_draft(package, random.Random(5), difficulty, "ko", with_stress=False).draft
    lean = build_draft(package, random.Random(5), difficulty, "ko", with_stress=False, only=("sample", "invalid")).draft
    assert {t.category for t in lean.tests} == {"sample"}
    assert [t.input for t in lean.tests] == [t.input for t in whole.tests if t.category == "sample"]
    assert lean.near_invalid == whole.near_invalid and lean.legend == whole.legend


def test_an_exception_that_depends_on_the_program_alone_is_taken_from_the_shared_process_when_trusted(
        process_calls: list[int]) -> None:
    # Groups of 4 (a mutant's cases): input 1 raises IndexError and 5 ZeroDivisionError, what the program's code and
    # input decide alone; 9 recurses until RecursionError, which the shared process's deeper stack could have caused.
    source = ("import sys\nn = int(input().split()[0])\n"
              "if n == 1:\n    [][n]\nif n == 5:\n    n // 0\n"
              "def down(k):\n    return down(k + 1)\nif n == 9:\n    down(0)\nprint(n)\n")
    trusted = run_shared(source, INPUTS, LIMITS, trust_raised=True, group=4)
    assert process_calls == [1, 1]  # the shared process, then only the RecursionError again, fresh
    assert [n for n, r in enumerate(trusted) if r.verdict is Verdict.runtime_error] == [1, 5, 9]
    assert [n for n, r in enumerate(trusted) if shared_run.not_run(r)] == [2, 3, 6, 7, 10, 11]
    assert (trusted[1].exit_code, trusted[5].exit_code) == (1, 1)
    assert "IndexError" in trusted[1].stderr and "ZeroDivisionError" in trusted[5].stderr
    assert "RecursionError" in trusted[9].stderr and "Traceback" in trusted[9].stderr  # the fresh run's report
    # By default every crash is run again fresh (one call for the three), and reported from there.
    again = run_shared(source, INPUTS, LIMITS, group=4)
    assert process_calls == [1, 1, 1, 3]
    assert [n for n, r in enumerate(again) if r.verdict is Verdict.runtime_error] == [1, 5, 9]
    assert all("Traceback" in again[n].stderr for n in (1, 5, 9))


def test_only_listed_standard_modules_are_imported_before_the_programs_run() -> None:
    # `this` prints on import: were it imported by the shared process, its text would be in the reports' stream.
    source = "import sys\nprint(input().split()[0], 'fractions' in sys.modules, 'this' in sys.modules)\n"
    for group in (0, 4):
        plain = run_shared(source, INPUTS[:8], LIMITS, group=group)
        loaded = run_shared(source, INPUTS[:8], LIMITS, group=group, preload=("fractions", "this", "no_such_module"))
        assert [r.stdout for r in plain] == [f"{n} False False\n" for n in range(8)]
        assert [r.stdout for r in loaded] == [f"{n} True False\n" for n in range(8)]
