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
