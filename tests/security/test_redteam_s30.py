"""Session-30 red team (redteam30): what a case held that the runner did not count.

* Page tables. The runner's memory check summed each process's RssAnon + RssShmem + VmSwap, and only for a tree of more
  than one process (RLIMIT_AS was taken to bound a single one). Neither bounds the page tables that map a process's
  pages: RLIMIT_AS counts the pages mapped, not the tables, and a page read once in a private anonymous map is the
  kernel's shared zero page, which no resident size shows. A case that mapped one page every 1 GB and read it paid a
  page table and a page directory (8 KB) per page: one process held 400 MB of tables under a 256 MB limit, four held
  1.6 GB, `ok` (0.3 s of CPU per process; 48 processes could hold 19 GB, while the OOM killer looks for the memory in
  no count the runner reads). The runner now counts VmPTE (every level of the process's page tables) and checks a
  single process too.
Attacks run as the caller and as uid 65534 (see test_attacks), with and without bubblewrap.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from generator.problems.sandbox import SandboxLimits, Verdict, run_many
from tests.security.test_attacks import src
from tests.security.test_escapes import no_bwrap  # noqa: F401 - a fixture

PAGE_TABLES = src("""
    import ctypes, os, time
    libc = ctypes.CDLL(None, use_errno=True)
    libc.mmap.restype = ctypes.c_void_p
    libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_long]
    processes, pages = map(int, input().split())

    def hold():
        # One page every 1 GB (a page table and a page directory each), read once: the zero page, no RssAnon.
        made = 0
        for i in range(pages):
            address = 0x100000000000 + (i << 30)
            got = libc.mmap(address, 4096, 1, 0x22 | 0x100000, -1, 0)  # PROT_READ, private anonymous, FIXED_NOREPLACE
            if got != address:
                break
            ctypes.c_char.from_address(got).value
            made += 1
        return made

    children = []
    for _ in range(processes - 1):
        pid = os.fork()
        if pid == 0:
            hold()
            time.sleep(1.5)
            os._exit(0)
        children.append(pid)
    made = hold()
    time.sleep(1.5)
    tables = [line.split()[1] for line in open("/proc/self/status") if line.startswith("VmPTE:")]
    print(made, tables)
    for pid in children:
        os.waitpid(pid, 0)
""")


@pytest.mark.parametrize("jailed", [True, False], ids=["bwrap", "no_bwrap"])
def test_page_tables_count_against_the_memory_limit(as_user: Callable[..., Any], jailed: bool,
                                                    request: pytest.FixtureRequest) -> None:
    if not jailed:
        request.getfixturevalue("no_bwrap")
    limits = SandboxLimits(cpu_seconds=5, wall_seconds=60, memory_mb=128)
    # 20,000 pages: 160 MB of page tables, 80 MB of address space (under RLIMIT_AS with the interpreter's); then the
    # same in each of 3 processes; then 200 pages (1.6 MB of tables), as a program's own would be.
    single, tree, honest = as_user(run_many, PAGE_TABLES, ["1 20000", "3 20000", "1 200"], limits)
    # Before: ok, '20000 ['160120']' (kB) for the single process and for each of the three.
    assert single.verdict is Verdict.memory_limit, (single.verdict, single.stdout, single.stderr[-300:])
    assert tree.verdict is Verdict.memory_limit, (tree.verdict, tree.stdout, tree.stderr[-300:])
    assert "memory limit exceeded by the process tree" in single.stderr + tree.stderr
    assert honest.verdict is Verdict.ok and honest.stdout.startswith("200 "), (honest.verdict, honest.stderr[-300:])
