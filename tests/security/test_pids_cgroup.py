"""The kernel bounds a case's tasks where the worker may make a pids cgroup (root: developer machines, CI).

RLIMIT_NPROC binds no process of uid 0, and a jail started as root is uid 0 outside it: the runner's count of a case's
tasks (48) was the only bound there, and it is a poll. A fork bomb doubles between two polls: redteam7 (session 21)
saw 836-4,054 processes at once, and with pid_max at 32,768 a bomb could take every pid of the machine until the kill.
Each warm runner now lives in a pids cgroup of its own whose pids.max is the runner's own tasks plus one case's
budget and one (jail/cgroups.py), so the kernel refuses the fork past it. Where no group can be made (a non-root uid,
Lambda) jail_layers() says why, RLIMIT_NPROC binds there, and runs go on as before.
"""
from __future__ import annotations

import os
import re
import pytest

from generator.problems import sandbox
from generator.problems.jail import cgroups
from generator.problems.sandbox import SandboxLimits, Verdict, run_program
from tests.security.test_attacks import _as_nobody, src
from tests.security.test_escapes import no_bwrap  # noqa: F401 - a fixture

# Starts tasks as fast as it can, printing the count after each: the file keeps what was printed when the runner kills
# the tree, so the last number is how many tasks the case held at once. Threads (64 KB stacks) are tasks to the
# kernel's count and to the runner's, cost no memory the runner's memory check would stop first (a fork of Python
# holds ~10 MB: the memory check stopped a plain fork loop at ~25 processes), and start in ~50 us, so one poll (5 ms)
# used to let ~100 past the budget of 48.
START_TASKS_AS_FAST_AS_POSSIBLE = src("""
    import os, threading, time
    threading.stack_size(1 << 16)
    made = 0
    for _ in range(3000):
        try:
            threading.Thread(target=time.sleep, args=(30,), daemon=True).start()
        except (RuntimeError, MemoryError) as exc:
            print("refused", exc, flush=True)
            break
        made += 1
        os.write(1, b"%d\\n" % made)
    time.sleep(30)
""")


def _group_available() -> None:
    if sandbox.jail_layers().get("pids_cgroup") is not True:
        pytest.skip(f"no pids cgroup here: {sandbox.jail_layers().get('pids_cgroup')}")


@pytest.mark.parametrize("jail", ["bubblewrap", "no bubblewrap"])
def test_a_task_flood_never_holds_more_than_one_case_budget(jail: str, request: pytest.FixtureRequest) -> None:
    if jail == "no bubblewrap":
        request.getfixturevalue("no_bwrap")
    _group_available()
    result = run_program(START_TASKS_AS_FAST_AS_POSSIBLE, "", SandboxLimits(cpu_seconds=5, wall_seconds=10))
    counts = [int(n) for n in re.findall(r"^\d+$", result.stdout, re.M)]
    # The main thread and the threads it made: at most the budget (48) and the one task more the group allows, so
    # the runner's own count still stops it with its verdict. Before, as root: 75-215 threads before a poll saw them.
    assert counts and 1 + max(counts) <= sandbox._PROCESSES_PER_RUN + 1, (max(counts, default=None), result.stderr)
    assert result.verdict is Verdict.runtime_error and "too many processes" in result.stderr, result


def test_runner_groups_are_removed_with_their_runners() -> None:
    _group_available()
    where, _ = cgroups.parent()
    assert where is not None
    run_program("print(1)", "")
    mine = [name for name in os.listdir(where) if name.startswith(f"sandbox-{os.getpid()}-")]
    assert mine, "a live warm runner has its group"
    sandbox.close_runners()
    assert [name for name in os.listdir(where) if name.startswith(f"sandbox-{os.getpid()}-")] == []


def test_honest_threads_and_processes_fit_the_budget() -> None:
    # A program that uses a worker thread (the deep-recursion idiom) and a few processes of its own is not refused.
    source = src("""
        import os, sys, threading
        threading.stack_size(1 << 26)
        out = []
        t = threading.Thread(target=lambda: out.append(sum(range(10))))
        t.start(); t.join()
        pids = [os.fork() for _ in range(1)]
        if pids[0] == 0:
            os._exit(0)
        os.waitpid(pids[0], 0)
        print(out[0])
    """)
    assert run_program(source, "").stdout.strip() == "45"


def test_without_cgroup_access_the_layer_says_why_and_runs_go_on() -> None:
    if os.geteuid() != 0:
        pytest.skip("needs root, to drop to a uid that may not write cgroupfs")
    layer = _as_nobody(sandbox.jail_layers).get("pids_cgroup")
    assert isinstance(layer, str) and layer, layer
    assert _as_nobody(run_program, "print(2)", "").stdout.strip() == "2"
