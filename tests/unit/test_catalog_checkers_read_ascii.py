"""Every catalog checker program reads numbers as the judge's default validator does: ASCII digits only. Python's
str.isdigit() also takes Arabic-Indic '١' and full-width '１' (and int() reads them as 1), so a checker that tested
tokens with it accepted a right answer spelt in other digits; problemtools' default validator compares bytes and
rejects it. Run on the first sample of each task: the reference's answer must pass, and the same answer in other
digits must not."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.problems.catalog import all_packages
from generator.problems.packages import param_argv

CHECKED = [p for p in all_packages() if p.checker_program is not None]
OTHER_DIGITS = {"arabic_indic": "٠١٢٣٤٥٦٧٨٩", "full_width": "０１２３４５６７８９"}


def _run(args: list[str], stdin: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], input=stdin, capture_output=True, text=True, cwd=cwd, timeout=60)


def test_the_catalog_has_checker_programs() -> None:
    assert len(CHECKED) >= 5


@pytest.mark.parametrize("package", CHECKED, ids=lambda p: p.id)
def test_an_answer_in_other_digits_is_wrong(package, tmp_path: Path) -> None:  # noqa: ANN001
    sample = next(e for e in package.spec.tests if e.category == "sample")
    made = _run([sample.gen, "1", *sample.args, *param_argv(package.spec.params)], "", package.path)
    assert made.returncode == 0, made.stderr
    (tmp_path / "in").write_text(made.stdout)
    answer = _run(["solutions/accepted.py"], made.stdout, package.path).stdout
    (tmp_path / "ans").write_text(answer)
    checker = str(package.path / package.spec.programs.checker)

    def verdict(output: str) -> int:
        feedback = tmp_path / "feedback"
        feedback.mkdir(exist_ok=True)
        return _run([checker, str(tmp_path / "in"), str(tmp_path / "ans"), str(feedback)], output, tmp_path).returncode

    assert verdict(answer) == 42
    if not any(ch.isdigit() for ch in answer):
        pytest.skip("the sample's answer has no digits")
    for name, digits in OTHER_DIGITS.items():
        assert verdict(answer.translate(str.maketrans("0123456789", digits))) == 43, name
