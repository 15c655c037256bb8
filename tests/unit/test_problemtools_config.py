"""verifyproblem's private config directory (tests/support/kattis.py): one per interpreter, reused by every
process, never one left behind per run; and never a directory someone else could have planted."""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.support import kattis

ROOT = Path(__file__).resolve().parents[2]


def test_every_process_uses_the_same_directory(tmp_path: Path) -> None:
    code = "from tests.support.kattis import _config_home; print(_config_home())"
    env = {**os.environ, "TMPDIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    homes = {subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            check=True).stdout.strip() for _ in range(3)}
    assert len(homes) == 1 and len(list(tmp_path.iterdir())) == 1
    yaml = Path(homes.pop()) / "problemtools" / "languages.yaml"
    assert f"run: '{sys.executable} \"{{mainfile}}\"'" in yaml.read_text()


def test_a_directory_others_can_write_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    home = Path(kattis._config_home.__wrapped__())
    assert home.parent == tmp_path and (home.stat().st_mode & 0o777) == 0o700
    planted = home / "problemtools" / "languages.yaml"
    planted.write_text("python3:\n    run: 'rm -rf ~'\n")
    home.chmod(0o777)
    elsewhere = Path(kattis._config_home.__wrapped__())
    assert elsewhere != home and "rm -rf" not in (elsewhere / "problemtools" / "languages.yaml").read_text()
    home.chmod(0o700)
    again = Path(kattis._config_home.__wrapped__())
    assert again == home and "rm -rf" not in planted.read_text(), "a stale file of our own is rewritten"


MARGIN = ("   accepted/accepted.py (Python 3 (CPython)) OK: AC [CPU: 0.56s @ testcase secret/27-max]\n"
          "ERROR Fixed time limit (1) is tighter than the auto-computed limit (2) — slowest AC: 0.559 x multiplier 2\n"
          "x tested: 1 error, 1 warning\n")
CLEAN = "   accepted/accepted.py (Python 3 (CPython)) OK: AC [CPU: 0.31s @ testcase secret/27-max]\nx tested: 0 errors, 1 warning\n"
OTHER = ("ERROR Fixed time limit (1) is tighter than the auto-computed limit (2) — slowest AC: 0.559 x multiplier 2\n"
         "ERROR Judge error: output validator failed\nx tested: 2 errors, 1 warning\n")


def _fake_runs(monkeypatch: pytest.MonkeyPatch, outputs: list[str]) -> list[str]:
    calls: list[str] = []

    def run(args, **kwargs):  # noqa: ANN001, ANN003, ANN202
        calls.append(args[1])
        return subprocess.CompletedProcess(args, 0, outputs[len(calls) - 1], "")
    monkeypatch.setattr(kattis.subprocess, "run", run)
    return calls


def test_a_time_limit_margin_error_alone_is_measured_again(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _fake_runs(monkeypatch, [MARGIN, CLEAN])
    result = kattis.verifyproblem(Path("/x/pkg"))
    assert len(calls) == 2 and result.errors == 0
    assert "measured twice" in result.output and "0.559" in result.output  # the first run is not hidden


def test_a_margin_error_twice_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _fake_runs(monkeypatch, [MARGIN, MARGIN])
    assert kattis.verifyproblem(Path("/x/pkg")).errors == 1 and len(calls) == 2


@pytest.mark.parametrize("output", [OTHER, CLEAN])
def test_other_errors_and_clean_runs_run_once(monkeypatch: pytest.MonkeyPatch, output: str) -> None:
    calls = _fake_runs(monkeypatch, [output, CLEAN])
    result = kattis.verifyproblem(Path("/x/pkg"))
    assert len(calls) == 1 and result.errors == (2 if output is OTHER else 0)
