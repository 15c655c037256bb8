"""`make lint` stays clean: ruff (pinned in requirements-dev.txt, configured in pyproject.toml) over the whole
project, catalog programs included, must report nothing. A new finding fails here, in the suite, instead of
waiting for someone to run `make lint`."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_ruff_check_reports_nothing() -> None:
    # The venv's own ruff (the pinned one), run from the project root so pyproject.toml's settings apply.
    result = subprocess.run([sys.executable, "-m", "ruff", "check", ".", "--output-format", "concise"],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"ruff check . failed:\n{result.stdout}{result.stderr}"
