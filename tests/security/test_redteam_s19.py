"""Routes the session-19 red team (redteam5) found through the jail, each closed by the fix it names.

* names of files a case made, in the next case's memory: the call process listed the jail's writable places after
  every case to remove what the case left (its /tmp, /dev/shm and scratch dir), and without bubblewrap it walked the
  scratch dir during the case to count the names there. Those names were str objects of the call process, freed but
  not cleared, and the next case of the call is a fork of it: a case that made itself dumpable read its own
  /proc/self/mem and found every name the case before it had made, even ones that case had removed itself (the
  count's walk had seen them). A program could so carry state from one test to the next, which a fresh process per
  case is meant to rule out. The listing and the count are now done by a janitor the warm runner forks once, before
  its first call; the call process asks it over a pipe and gets back a status or a number, never a name. A runner
  whose janitor died while it was idle ends unanswered, so the worker runs the call on a fresh runner (before, that
  call came back sandbox_error).
* memory pushed to swap: a case's processes can move their own pages to swap at once (madvise MADV_PAGEOUT, Linux
  5.4), after which no resident size shows them. With a swap file on, three children of one case each touched
  120 MB in chunks of 8 MB and paged every chunk out: 360 MB held under a 200 MB limit, ok (private pages show in
  VmSwap, which the runner did not count; pages of a shared anonymous map show nowhere). seccomp denies
  madvise(MADV_PAGEOUT) and process_madvise, and the runner counts VmSwap (pages the kernel swapped under pressure).
  This machine has no swap: the test checks that the advice is refused, and, where swap is on, the limit too.
* one mutant forging another's results in the gate's shared process: the mutants of a reference run in one process
  (the dispatcher, one after another), and a child process one of them forked outlived its input. It waited for the
  harness's report of that input, stopped the harness (SIGSTOP: the harness is the case process, which a case may
  signal), cut the report stream after it and wrote "ok" reports of its own for every later input, then let the
  harness go on: the reader took them, and every later mutant's result was the forger's ("WRONG", as ok), so a
  mutant could be counted killed by another's doing. A thread left running already ended the batch; a process was
  not looked for (and a double fork hides it from the harness). The harness now loads a filter of its own before
  the first input: no process can be started in the shared process (clone without CLONE_THREAD, fork and vfork
  answer EPERM), so a program that starts one fails there and is run again in a fresh process, where nothing outlives
  its case. (Still open: a program shares the interpreter with the harness, and a mutant that reaches the harness's
  functions through its frames decides the results of the mutants after it all the same; see README.)
* memory held by a shmem object no count shows: the pages of a shared anonymous mapping (MAP_SHARED | MAP_ANONYMOUS,
  or a shared mapping of /dev/zero) belong to an object that lives as long as any page of it is mapped. A case mapped
  96 MB, filled it and unmapped all but the last page: the 96 MB stayed held, in no RssShmem and under no RLIMIT_AS
  (the mapping is gone), and it did that 8 times: 768 MB under a 256 MB limit, ok, in 0.5 s of CPU (by either route).
  seccomp denies mmap with MAP_SHARED and MAP_ANONYMOUS; the jail's /dev/zero is /dev/null, and Landlock no longer
  opens /dev/zero (without bubblewrap and without Landlock it is still open: README).
Attacks run as the caller and as uid 65534 (see test_attacks).
"""

from __future__ import annotations

import functools
import os
import signal
import time
from collections.abc import Callable
from typing import Any

import pytest

from generator.problems import sandbox
from generator.problems.mutation import mutant_dispatcher
from generator.problems.sandbox import SandboxLimits, Verdict, run_many, run_program
from generator.problems.shared_run import run_shared
from tests.security.test_attacks import src
from tests.security.test_escapes import no_bwrap  # noqa: F401 - a fixture

LIMITS = SandboxLimits(wall_seconds=30)

def _leaves(pid: int) -> list[int]:
    """The processes below `pid` that have no children of their own."""
    kids = []
    for tid in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{tid}/children") as f:
            kids += [int(k) for k in f.read().split()]
    return [leaf for kid in kids for leaf in _leaves(kid)] if kids else [pid]


@pytest.mark.parametrize("jailed", [True, False], ids=["jailed", "unjailed"])
def test_a_runner_whose_janitor_died_while_idle_is_replaced(jailed: bool, request: pytest.FixtureRequest) -> None:
    if not jailed:
        request.getfixturevalue("no_bwrap")
    sandbox.close_runners()
    assert run_program("print(1)\n", "", LIMITS).stdout == "1\n"
    (runner,) = [r for group in sandbox._pool().idle.values() for r in group]
    (janitor,) = _leaves(runner.process.pid)  # an idle runner's only child (as the OOM killer might end it)
    os.kill(janitor, signal.SIGKILL)
    for _ in range(200):
        with open(f"/proc/{janitor}/stat") as f:
            if f.read().rsplit(")", 1)[1].split()[0] == "Z":
                break
        time.sleep(0.01)
    result = run_program("print(2)\n", "", LIMITS)
    # Before: sandbox_error (the call process could not reach the janitor and failed the call).
    assert (result.verdict, result.stdout) == (Verdict.ok, "2\n"), result.stderr


# Case "leave": names left in every writable place (and in a subdirectory of its cwd), for the clean-up to remove.
# Case "walk" (without bubblewrap): names that live while the runner's count walks the scratch dir, removed by the
# case itself. Case "find": every readable page of its own memory searched for those names.
NAMES_IN_MEMORY = src("""
    import os, re, sys, time
    what = input().strip()
    if what in ("leave", "walk"):
        made = []
        for place in ("/tmp", "/dev/shm", ".", "sub"):
            try:
                if place == "sub":
                    os.mkdir("sub")
                for i in range(3):
                    path = os.path.join(place, "NAMEMARK%s%dzz" % (what, i) + "k" * 100)
                    open(path, "w").close()
                    made.append(path)
            except OSError:
                pass
        if what == "walk":
            time.sleep(0.3)  # (the runner counts the scratch dir's names every few ms)
            for path in made:
                os.unlink(path)
        print(len(made) > 0)
        sys.exit(0)
    import ctypes
    ctypes.CDLL(None).prctl(4, 1, 0, 0, 0)  # dumpable: a non-root uid may then open its own /proc/self/mem
    found = set()
    with open("/proc/self/maps") as maps:
        regions = [line.split() for line in maps]
    with open("/proc/self/mem", "rb", buffering=0) as mem:
        for fields in regions:
            if fields[1][0] != "r" or fields[-1] == "[vsyscall]":
                continue
            start, end = (int(x, 16) for x in fields[0].split("-"))
            try:
                mem.seek(start)
                data = mem.read(end - start)
            except (OSError, ValueError, OverflowError):
                continue
            found.update(m.decode() for m in re.findall(rb"NAMEMARK[a-z]+[0-9]zz", data))
    print(sorted(found))
""")


@pytest.mark.parametrize("jailed", [True, False], ids=["jailed", "unjailed"])
def test_a_case_finds_no_name_of_an_earlier_cases_files_in_its_memory(
        jailed: bool, as_user: Callable[..., Any], request: pytest.FixtureRequest) -> None:
    if not jailed:
        request.getfixturevalue("no_bwrap")
    results = as_user(run_many, NAMES_IN_MEMORY, ["leave", "find", "walk", "find"], LIMITS)
    assert [r.verdict for r in results] == [Verdict.ok] * 4, [r.stderr[-300:] for r in results]
    assert [results[0].stdout, results[2].stdout] == ["True\n", "True\n"]
    # Before: ['NAMEMARKleave0zz', 'NAMEMARKleave1zz', 'NAMEMARKleave2zz'] (jailed, and without bubblewrap those of
    # its scratch dir), then without bubblewrap the names the count's walk saw: ['NAMEMARKwalk0zz', ...].
    assert [results[1].stdout, results[3].stdout] == ["[]\n", "[]\n"]


PAGE_OUT = src("""
    import ctypes, errno, mmap, os, time
    libc = ctypes.CDLL(None, use_errno=True)
    libc.madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    size, chunk = int(input()) << 20, 8 << 20
    r, w = os.pipe()
    for flags in (mmap.MAP_PRIVATE, mmap.MAP_SHARED):
        if os.fork() == 0:
            try:
                m = mmap.mmap(-1, size, flags=flags | mmap.MAP_ANONYMOUS)
            except PermissionError:  # (a shared anonymous map is refused itself now: see the last test)
                os.write(w, b"EPERM\\n")
                os._exit(0)
            address = ctypes.addressof(ctypes.c_char.from_buffer(m))
            refused = None
            for start in range(0, size, chunk):
                for i in range(start, start + chunk, 4096):
                    m[i] = 1
                if libc.madvise(address + start, chunk, 21) != 0:  # MADV_PAGEOUT: this chunk goes to swap
                    refused = errno.errorcode.get(ctypes.get_errno())
                    break  # (refused: hold no more)
            os.write(w, (refused or "paged") .encode() + b"\\n")
            time.sleep(1)
            os._exit(0)
    os.close(w)
    with os.fdopen(r) as answers:
        print(sorted(answers.read().split()))
""")


def test_a_case_cannot_push_its_memory_to_swap(as_user: Callable[..., Any]) -> None:
    # Two children of 144 MB under 200 MB: over the limit together unless their pages leave their resident size.
    result = as_user(run_many, PAGE_OUT, ["144"], SandboxLimits(memory_mb=200, wall_seconds=30))[0]
    # Before: ok "['paged', 'paged']" with swap on (288 MB held under 200 MB); without swap the advice did nothing and
    # the children were memory_limit.
    assert (result.verdict, result.stdout) == (Verdict.ok, "['EPERM', 'EPERM']\n"), \
        (result.verdict, result.stdout, result.stderr[-300:])


FORGER = src("""
    import os, time
    n = int(input())
    ready_r, ready_w = os.pipe()
    if os.fork() == 0:
        os.write(ready_w, b"x")
        report = 3  # the harness's dup of fd 1, made before the first input
        end = time.monotonic() + 5
        while time.monotonic() < end:
            data = os.pread(report, 1 << 16, 0)
            if data.startswith(b"0 ok") and data.count(b"\\n") >= 2:
                os.kill(os.getppid(), 19)  # SIGSTOP the harness
                data = os.pread(report, 1 << 16, 0)
                first = data.index(b"\\n", data.index(b"\\n") + 1) + 1  # the end of input 0's report
                os.ftruncate(report, first)
                os.lseek(report, first, 0)
                os.write(report, b"".join(b"%d ok 0 0.000 0.000 6 0\\nWRONG\\n" % i for i in range(1, 9)))
                os.kill(os.getppid(), 18)  # SIGCONT
                break
        os._exit(0)
    os.read(ready_r, 1)
    print(n + 100)
""")
HONEST = "import time\nn = int(input())\ntime.sleep(0.005)\nprint(n + 100)\n"  # (slow enough to lose no race)


def test_a_mutant_cannot_forge_the_results_of_later_mutants_in_the_shared_process(
        as_user: Callable[..., Any]) -> None:
    program = mutant_dispatcher([FORGER, HONEST])
    texts = ["0\n1\n"] + [f"1\n{n}\n" for n in range(2, 9)]
    results = as_user(run_shared, program, texts, SandboxLimits(cpu_seconds=1, wall_seconds=30))
    # Before: [(ok, '101'), then (ok, 'WRONG') for every input of the honest mutant].
    assert [(r.verdict, r.stdout) for r in results] == [(Verdict.ok, f"{n + 100}\n") for n in range(1, 9)]


def test_threads_still_start_in_the_shared_process() -> None:
    source = src("""
        import threading
        n = int(input())
        box = []
        worker = threading.Thread(target=lambda: box.append(n * n))
        worker.start()
        worker.join()
        print(box[0])
    """)
    results = run_shared(source, [f"{n}\n" for n in range(8)], SandboxLimits(wall_seconds=30))
    assert [(r.verdict, r.stdout) for r in results] == [(Verdict.ok, f"{n * n}\n") for n in range(8)]


SHMEM_BEHIND_ONE_PAGE = src("""
    import ctypes, os
    libc = ctypes.CDLL(None, use_errno=True)
    libc.mmap.restype = ctypes.c_void_p
    libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_long]
    libc.munmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
    size = 96 << 20
    got = []
    for how in ("anonymous", "zero"):
        held = 0
        for _ in range(4):
            try:
                fd = os.open("/dev/zero", os.O_RDWR) if how == "zero" else -1
            except OSError:
                break
            address = libc.mmap(None, size, 3, 0x01 if how == "zero" else 0x21, fd, 0)  # MAP_SHARED (| MAP_ANONYMOUS)
            if fd != -1:
                os.close(fd)
            if address in (None, ctypes.c_void_p(-1).value):
                break
            ctypes.memset(address, 1, size)
            libc.munmap(address, size - 4096)  # the last page keeps the object, and every page of it, alive
            held += 96
        got.append("%s %d MB" % (how, held))
    print(", ".join(got))
""")


@pytest.mark.parametrize("jailed", [True, False], ids=["jailed", "landlock"])
def test_a_case_holds_no_shared_memory_behind_one_mapped_page(jailed: bool, as_user: Callable[..., Any],
                                                              request: pytest.FixtureRequest) -> None:
    if not jailed:
        request.getfixturevalue("no_bwrap")  # (without Landlock too, /dev/zero stays open: README)
        if as_user(sandbox.jail_layers).get("landlock") is not True:
            pytest.skip("Landlock is not available on this kernel")
    result = as_user(run_many, SHMEM_BEHIND_ONE_PAGE, [""], SandboxLimits(wall_seconds=30))[0]
    # Before: ok "anonymous 384 MB, zero 384 MB" (768 MB held under 256 MB).
    assert (result.verdict, result.stdout) == (Verdict.ok, "anonymous 0 MB, zero 0 MB\n"), \
        (result.verdict, result.stdout, result.stderr[-300:])


# A mutant that reaches the harness through its frames (no process needed) and replaces what reads an input's
# output: in one shared process every later mutant's output read "WRONG", counted killed (redteam5's open item).
PATCHER = src("""
    import sys
    n = int(input())
    frame = sys._getframe()
    while frame is not None and "_text" not in frame.f_globals:
        frame = frame.f_back
    if frame is not None:
        frame.f_globals["_text"] = lambda fd, limit: ("WRONG\\n", 6)
        frame.f_globals["_checked"] = lambda data, first, last: (b"", last - first)
    print(n + 100)
""")
DIES = "import os\nn = int(input())\nif n == 3:\n    os._exit(0)\nprint(n + 100)\n"


def test_a_mutant_cannot_decide_later_mutants_results_through_the_harness_frames(
        as_user: Callable[..., Any]) -> None:
    program = mutant_dispatcher([PATCHER, HONEST, DIES, HONEST])
    texts = [f"{m}\n{n}\n" for m, n in ((0, 1), (0, 2), (1, 3), (1, 4), (2, 3), (2, 6), (3, 7), (3, 8))]
    results = as_user(functools.partial(run_shared, group=2), program, texts,
                      SandboxLimits(cpu_seconds=1, wall_seconds=30))
    # The patcher's own results are its to decide (it prints what it likes anyway). Before: (ok, 'WRONG') for every
    # input after its own. A mutant whose process dies mid-group (DIES on 3, which prints nothing there when run
    # alone too) is run again fresh; the group after it is unaffected.
    assert [(r.verdict, r.stdout) for r in results[2:]] == [
        (Verdict.ok, "103\n"), (Verdict.ok, "104\n"), (Verdict.ok, ""), (Verdict.ok, "106\n"), (Verdict.ok, "107\n"),
        (Verdict.ok, "108\n")], results
