"""sandbox._sweep_dead_nests: the scratch nests that processes which ended without their atexit handlers left in
/tmp are removed, and nothing a live process (or anyone else) owns is."""
from __future__ import annotations

import os
import secrets
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.problems import sandbox


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def _nest(root: Path, pid: int, age_seconds: float) -> Path:
    nest = root / f"sandbox-{pid}-{secrets.token_hex(16)}"
    (nest / "scratch" / "case").mkdir(parents=True)
    (nest / "scratch" / "case" / "left").write_text("what a case left")
    then = time.time() - age_seconds
    os.utime(nest, (then, then))
    return nest


def test_only_old_nests_of_ended_processes_are_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sandbox.tempfile, "gettempdir", lambda: str(tmp_path))
    dead, old = _dead_pid(), sandbox._DEAD_NEST_AGE_SECONDS + 60
    gone = _nest(tmp_path, dead, old)
    gone.chmod(0o300)  # (as the sandbox leaves a nest: not listable, still removed)
    kept = {
        "recent": _nest(tmp_path, dead, 1),  # a process of another pid namespace may still be using it
        "live owner": _nest(tmp_path, os.getpid(), old),
        "not a nest": tmp_path / f"sandbox-{dead}-short",
        "someone's file": tmp_path / f"sandbox-{dead}-{secrets.token_hex(16)}.txt",
    }
    kept["not a nest"].mkdir()
    kept["someone's file"].write_text("x")
    for path in (kept["not a nest"], kept["someone's file"]):
        os.utime(path, (time.time() - old, time.time() - old))

    sandbox._sweep_dead_nests()

    assert not gone.exists()
    assert {name: path.exists() for name, path in kept.items()} == {name: True for name in kept}
