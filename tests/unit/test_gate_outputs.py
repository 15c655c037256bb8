"""Outputs the gate and a judge would read differently: the gate must not publish them.

The sandbox hands the gate a program's stdout as text, its bytes decoded as UTF-8 with invalid bytes replaced by
U+FFFD, and the token comparison splits on every Unicode whitespace character (str.split). A judge (the Kattis
export's default output validator) compares bytes, split on ASCII whitespace only. A reference printing invalid
UTF-8 was published with an answer its own bytes do not match (and any other invalid bytes "matched" it in the
gate); a reference printing a no-break space between two numbers was published as two tokens that the judge reads
as one. Each test here passed the gate before.
"""
from __future__ import annotations

import pytest

from generator.problems.family import WrongSolution
from generator.problems.gate import GateError, verify
from tests.unit.test_gate_wrong_solutions import CONTEXT, REFERENCE, WRONG_ON_0, draft


def _with_reference(reference: str, brute: str | None = None):  # noqa: ANN202
    planted = draft(WrongSolution("wa_zero", WRONG_ON_0))
    planted.reference = reference
    # The brute force runs the reference's own text (these tests are about the reference's output); the gate refuses
    # a brute force that is the reference again as source (brute_is_reference).
    planted.brute = brute or f"exec({reference!r})\n"
    return planted


@pytest.mark.parametrize("what, line", [
    ("invalid UTF-8", "sys.stdout.buffer.write(b'\\xffPASS\\n' if s >= 50 else b'FAIL\\n')"),
    ("a NUL byte", "sys.stdout.write('PASS\\x00\\n' if s >= 50 else 'FAIL\\n')"),
    ("a no-break space", "sys.stdout.write('PASS\\xa01\\n' if s >= 50 else 'FAIL\\n')"),
    ("a file separator", "sys.stdout.write('PASS\\x1c1\\n' if s >= 50 else 'FAIL\\n')"),
    ("a U+FFFD", "sys.stdout.write('\\ufffdPASS\\n' if s >= 50 else 'FAIL\\n')"),
])
def test_a_reference_printing_what_a_judge_reads_differently_is_rejected(what: str, line: str) -> None:
    reference = f"import sys\ns = int(input())\n{line}\n"
    with pytest.raises(GateError) as failed:
        verify(_with_reference(reference), CONTEXT)
    assert failed.value.code == "reference_output_not_text", what


def test_carriage_returns_and_tabs_are_plain_whitespace() -> None:
    reference = "s = int(input())\nprint('PASS' if s >= 50 else 'FAIL', end='\\r\\n')\n"
    problem = verify(_with_reference(reference, REFERENCE), CONTEXT)
    assert problem.tests[-1].output == "PASS\r\n"
    tabbed = "s = int(input())\nprint('\\tPASS' if s >= 50 else 'FAIL')\n"
    assert verify(_with_reference(tabbed), CONTEXT).tests[-1].output == "\tPASS\n"


# --- a reference that answers differently when run again --------------------------------------------

def test_a_reference_that_answers_differently_when_run_again_is_rejected() -> None:
    # The brute force sees only the small tests and the stress cases (here none is the max test, 100): a reference
    # printing random bytes there had one of its answers published, which it does not print again.
    reference = REFERENCE.replace("print(", "import os\nprint(os.urandom(8).hex() if s == 100 else ")
    planted = _with_reference(reference)
    planted.stress = [f"{s % 100}\n" for s in range(101)]
    with pytest.raises(GateError) as failed:
        verify(planted, CONTEXT)
    assert failed.value.code == "reference_not_deterministic"
    assert "a max test" in failed.value.message


def test_a_reference_with_a_checker_may_print_another_valid_answer_when_run_again() -> None:
    checker = ("import sys\nanswer = open(sys.argv[2]).read().split()\noutput = sys.stdin.read().split()\n"
               "hexed = len(output) == 2 and len(output[0]) == 8 and set(output[0]) <= set('0123456789abcdef')\n"
               "sys.exit(42 if hexed and output[1] == answer[1] else 43)\n")
    reference = REFERENCE.replace("print(", "import os\nprint(os.urandom(4).hex(), ")
    planted = _with_reference(reference)
    planted.checker_program = checker
    planted.stress = [f"{s % 100}\n" for s in range(101)]
    problem = verify(planted, CONTEXT)
    assert problem.tests[-1].output.split()[1] == "PASS"


def test_a_reference_printing_words_in_set_order_is_rejected() -> None:
    # Every sandboxed run uses PYTHONHASHSEED=0, so a reference printing a set of words in iteration order agreed
    # with itself and its answer was published; a judge's interpreter randomises str hashing and prints another
    # order. The reference's second run (tests) uses another hash seed.
    words = "['pass', 'mark', 'score', 'grade', 'exam', 'test', 'quiz', 'final']"
    reference = REFERENCE.replace("print(", f"print(*set({words}) if s == 100 else ")
    planted = _with_reference(reference)
    planted.stress = [f"{s % 100}\n" for s in range(101)]
    with pytest.raises(GateError) as failed:
        verify(planted, CONTEXT)
    assert failed.value.code == "reference_not_deterministic"


def test_a_reference_iterating_a_set_of_numbers_is_still_deterministic() -> None:
    # int hashing does not depend on the seed: a set of small numbers iterates in one order everywhere.
    reference = REFERENCE.replace("print(", "print(*sorted(set([3, 1, 2])) if s == 100 else ")
    planted = _with_reference(reference)
    planted.stress = [f"{s % 100}\n" for s in range(101)]
    assert verify(planted, CONTEXT).tests[-1].output == "1 2 3\n"
