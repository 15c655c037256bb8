"""Verdicts forged between the gate and the judge the export sets up (session-25 red team, redteam25).

* A known-wrong solution is filed under the verdict the gate saw (submissions/wrong_answer/ in the Kattis export),
  and the gate takes it as proof that the tests catch a mistake. Without a checker program the export leaves judging
  to problemtools' default output validator, which reads tokens as C strings (up to the first NUL) and compares them
  case-insensitively; for the exact checker it does not look at lines at all. A "wrong" solution that printed the
  reference's answer in lower case ("pass" for "PASS"), with a NUL and anything after a token, or the same tokens on
  other lines (exact) was wrong_answer in the gate and got AC from verifyproblem ("ERROR wrong_answer/wa_lower.py got
  AC"): any draft could meet the wrong-solution check with the reference plus `.lower()`. A wrong answer now counts
  only where that judge rejects it too (checker.judge_accepts; gate._judge_published).
* A checker program got the contestant's output as an io.StringIO: `sys.stdin.buffer.read()` (the Kattis idiom, and
  what the export's own float validator does) raised AttributeError, so a checker written that way always "failed"
  in the gate, and `open(0).read()` / `os.read(0, ...)` saw the harness's exhausted payload, an empty output, where a
  judge gives the output on fd 0. The output is now a file on fd 0 under a `sys.stdin` made as the runner makes it.
"""
from __future__ import annotations

import dataclasses
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.problems.checker import judge_accepts
from generator.problems.checker_program import run_checker
from generator.problems.family import WrongSolution
from generator.problems.gate import GateError, verify
from generator.problems.schema import Checker, CheckerType
from tests.unit.test_gate_wrong_solutions import CONTEXT, REFERENCE, WRONG_ON_0, draft

TOKENS, EXACT = Checker(type=CheckerType.tokens), Checker(type=CheckerType.exact)


@pytest.mark.parametrize("what, checker, wrong", [pytest.param(*case, id=case[0]) for case in [
    ("lower case", TOKENS, REFERENCE.replace("'PASS' if", "'pass' if")),
    ("a NUL and more after the token", TOKENS, REFERENCE.replace("'FAIL')", "'FAIL', end='\\x00junk\\n')")),
    ("the same tokens on other lines (exact)", EXACT, REFERENCE.replace("print(", "print('\\n' + ")),
    ("lower case (exact)", EXACT, REFERENCE.replace("'FAIL'", "'fail'")),
]])
def test_a_wrong_solution_the_judge_accepts_does_not_pass_for_wrong(what: str, checker: Checker, wrong: str) -> None:
    planted = dataclasses.replace(draft(WrongSolution("wa_forged", wrong)), checker=checker)
    with pytest.raises(GateError) as failed:
        verify(planted, CONTEXT)
    assert failed.value.code == "wrong_solution_passed", what
    assert "which the judge's default output validator ignores" in failed.value.message  # the repair turn says why


@pytest.mark.parametrize("checker", [TOKENS, EXACT])
def test_a_solution_wrong_on_the_judge_too_is_still_wrong(checker: Checker) -> None:
    planted = dataclasses.replace(draft(WrongSolution("wa_zero", WRONG_ON_0)), checker=checker)
    assert verify(planted, CONTEXT).programs.known_solutions[0].verdict == "wrong_answer"


# (jury answer, output): what problemtools' default validator accepts, byte for byte.
READINGS = [
    ("PASS\n", "pass\n"), ("PASS\n", "PaSs"), ("1 2\n", "1\x00junk 2\n"), ("1 2\n", "1 2\x00\n"),
    ("1 2\n", "1 2\n\x00"), ("1 2\n", "\x00 1 2\n"), ("1 2\n", "1\n\n2\r\n"), ("1 2\n", "1\x0b2\x0c"),
    ("1 2\n", "1\x1c2\n"), ("1 2\n", "1\u00a02\n"), ("1\n", "+1\n"), ("1\n", "1.0\n"), ("1\n", "\ufeff1\n"),
    ("\u00c9\n", "\u00e9\n"), ("1 2\n", "1 2 3\n"), ("1\n", ""), ("1 2\n", "1 2"), ("ab\n", "AB\n"),
]


@pytest.mark.parametrize("answer, output", READINGS)
def test_the_judges_reading_is_problemtools_default_validators(tmp_path: Path, answer: str, output: str) -> None:
    binary = _default_validator()
    if binary is None:
        pytest.skip("problemtools' default validator is not installed")
    (tmp_path / "in").write_text("0\n")
    (tmp_path / "ans").write_bytes(answer.encode())
    (tmp_path / "feedback").mkdir()
    ran = subprocess.run([binary, tmp_path / "in", tmp_path / "ans", tmp_path / "feedback"], input=output.encode(),
                         capture_output=True, timeout=30)
    assert ran.returncode in (42, 43)
    for checker in (TOKENS, EXACT):
        assert judge_accepts(checker, answer, output) is (ran.returncode == 42), (answer, output)


def _default_validator() -> str | None:
    try:
        import problemtools
    except ImportError:
        return None
    binary = Path(problemtools.__file__).parent / "support" / "default_validator"
    return str(binary) if binary.is_file() else shutil.which("default_validator")


# Checkers that read the contestant's output as a judge hands it over: accept "1 2", reject anything else.
READERS = {
    "sys.stdin.buffer": "import sys\nok = sys.stdin.buffer.read().split() == [b'1', b'2']\n",
    "open(0)": "ok = open(0).read().split() == ['1', '2']\n",
    "os.read(0)": "import os\nok = os.read(0, 100).split() == [b'1', b'2']\n",
    "sys.stdin": "import sys\nok = sys.stdin.read().split() == ['1', '2']\n",
}


@pytest.mark.parametrize("shared", [False, True])
@pytest.mark.parametrize("reader", sorted(READERS))
def test_a_checker_reads_the_output_on_standard_input_as_a_judge_gives_it(reader: str, shared: bool) -> None:
    source = READERS[reader] + "import sys\nsys.exit(42 if ok else 43)\n"
    cases = [("0\n", "1 2\n", "1 2\n"), ("0\n", "1 2\n", "1 3\n")] * 3
    judged = run_checker(source, cases, shared=shared)
    assert not any(j.crashed for j in judged), judged[0].reason
    assert [j.accepted for j in judged] == [True, False] * 3, reader


def test_a_checker_reading_bytes_verifies() -> None:
    from tests.unit.test_checker_program import CHECKER, ctx
    from tests.unit.test_checker_program import draft as any_max

    reading_bytes = CHECKER.replace("sys.stdin.read().split()", "sys.stdin.buffer.read().split()")
    assert reading_bytes != CHECKER
    assert verify(any_max(reading_bytes), ctx()).programs.checker == reading_bytes
