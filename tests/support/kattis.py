"""Runs problemtools' `verifyproblem` on an exported Kattis package: config, data, validators and submissions
(statements need LaTeX, which the test machines do not have). Python submissions run on the CPython that runs
the tests, through a `languages.yaml` in a private XDG config directory (problemtools defaults to pypy3)."""
from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import tempfile
from contextlib import nullcontext
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

PARTS = ("config", "data", "validators", "submissions")


@dataclass(frozen=True)
class VerifyResult:
    errors: int
    warnings: int
    output: str

    @property
    def summary(self) -> str:
        lines = [line for line in self.output.splitlines() if re.search(r"tested: \d+ errors", line)]
        return lines[-1].strip() if lines else self.output.strip().splitlines()[-1:][0] if self.output.strip() else ""


@lru_cache(maxsize=1)
def _config_home() -> str:
    """One config directory per interpreter, shared by every process and run: its content depends only on the
    interpreter's path, so it is named by that content. (A fresh mkdtemp per process left one directory in /tmp per
    test worker and check_package run, for good: 147 on this machine in one day.)"""
    python = sys.executable
    text = (
        "python3:\n"
        "    name: 'Python 3 (CPython)'\n"
        "    priority: 850\n"
        "    files: '*.py *.py3'\n"
        f"    compile: '{python} -m py_compile {{files}}'\n"
        f"    run: '{python} \"{{mainfile}}\"'\n"
    )
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    home = Path(tempfile.gettempdir()) / f"problemtools-config-{os.getuid()}-{digest}"
    home.mkdir(mode=0o700, exist_ok=True)
    mine = home.stat()
    if mine.st_uid != os.getuid() or mine.st_mode & 0o077 or home.is_symlink():
        # Someone else's (a predictable name in a shared /tmp): its languages.yaml would say what runs.
        home = Path(tempfile.mkdtemp(prefix="problemtools-config-"))
    target = home / "problemtools" / "languages.yaml"
    if not target.is_file() or target.read_text() != text:
        target.parent.mkdir(exist_ok=True, mode=0o700)
        # Written whole and renamed: a process reading it meanwhile sees the old file or the new one, never half.
        partial = target.with_name(f".languages.yaml.{os.getpid()}")
        partial.write_text(text)
        os.replace(partial, target)
    return str(home)


# problemtools' one check that rests on a single timing: the fixed time limit must be at least its own limit, the
# slowest accepted run x 2 rounded up to whole seconds. The gate sets the limit at >= 4x the reference's CPU, the
# smaller of two runs measured on this machine moments before (3x until 2026-12-06). Under the suite's own load (two
# workers on two vCPUs) one run's CPU time has swollen 1.7x (zero_one_bfs.fewest_turns: 0.31 s in the gate, 0.56 s
# in verifyproblem, 0.29-0.32 s in both on a quiet machine), past the 1.5x room 3x left. A result whose every error is this one
# is measured once more; a reference really too slow for its limit fails the second run too.
_TIME_LIMIT_MARGIN = re.compile(r"^\s*ERROR Fixed time limit \(\d+\) is tighter than the auto-computed limit", re.M)
_ERROR_LINE = re.compile(r"^\s*ERROR ", re.M)


def verifyproblem(directory: Path, timeout: float = 900) -> VerifyResult:
    first = run_verifyproblem(directory, PARTS, timeout=timeout)
    margin_errors = len(_TIME_LIMIT_MARGIN.findall(first.output))
    if not first.errors or margin_errors != first.errors or len(_ERROR_LINE.findall(first.output)) != margin_errors:
        return first
    again = run_verifyproblem(directory, PARTS, timeout=timeout)
    note = "\n".join(line for line in first.output.splitlines() if _TIME_LIMIT_MARGIN.match(line))
    return VerifyResult(again.errors, again.warnings,
                        f"{again.output}\n(measured twice; the first run said:\n{note})")


def run_verifyproblem(directory: Path, parts: tuple[str, ...], *, timeout: float = 900,
                      stock_languages: bool = False) -> VerifyResult:
    """One verifyproblem run of these parts. `stock_languages`: problemtools' shipped languages.yaml (python3 =
    pypy3), as an importer who installs problemtools and nothing else runs it; else python3 is this CPython."""
    binary = Path(sys.executable).parent / "verifyproblem"
    # Stock: an empty config dir, so no user languages.yaml (ours or the machine's) overrides the shipped one.
    config = tempfile.TemporaryDirectory(prefix="problemtools-stock-") if stock_languages else nullcontext(_config_home())
    with config as config_home:
        env = {**os.environ, "XDG_CONFIG_HOME": config_home}
        completed = subprocess.run([str(binary), str(directory), "-p", *parts], capture_output=True, text=True,
                                   timeout=timeout, env=env)
    output = completed.stdout + completed.stderr
    found = re.findall(r"tested: (\d+) errors?, (\d+) warnings?", output)
    if not found:
        return VerifyResult(errors=max(1, completed.returncode), warnings=0, output=output)
    errors, warnings = map(int, found[-1])
    return VerifyResult(errors, warnings, output)
