"""The gate refuses a brute force that is the reference again (program_shape.same_program)."""
from __future__ import annotations

import pytest

from generator.problems.gate import GateContext, GateError, verify
from generator.problems.program_shape import same_program
from generator.problems.schema import Difficulty

REFERENCE = '''"""Largest value."""
import sys


def solve(values):
    best = values[0]
    for v in values:
        if v > best:
            best = v
    return best


data = sys.stdin.read().split()
print(solve(list(map(int, data[1:]))))
'''
# The same program with other names, no docstring and other spacing.
RENAMED = '''import sys
def go(xs):
    top = xs[0]
    for x in xs:
        if x > top:
            top = x
    return top
tokens = sys.stdin.read().split()
print(go(list(map(int, tokens[1:]))))
'''


def test_a_copy_with_other_names_and_no_docstring_is_the_same_program() -> None:
    assert same_program(REFERENCE, RENAMED)


@pytest.mark.parametrize("other", [
    RENAMED.replace("x > top", "x >= top"),                        # one operator
    RENAMED.replace("xs[0]", "xs[1]"),                              # one constant
    "import sys\nprint(max(map(int, sys.stdin.read().split()[1:])))\n",  # another algorithm
    "not python (",                                                 # unparsable: never "the same"
])
def test_a_real_change_is_another_program(other: str) -> None:
    assert not same_program(REFERENCE, other)


def test_builtins_keep_their_names() -> None:
    assert not same_program("print(min(a))\n", "print(max(a))\n")
    assert same_program("a = [1]\nprint(min(a))\n", "b = [1]\nprint(min(b))\n")


def test_the_gate_refuses_a_brute_force_that_is_the_reference_again() -> None:
    from tests.unit.test_mutation import weak_draft

    draft = weak_draft()
    draft.brute = "score = int(input())\n" + draft.reference.split("\n", 1)[1].replace("s >=", "score >=")
    assert same_program(draft.reference, draft.brute)
    with pytest.raises(GateError) as refused:
        verify(draft, GateContext(problem_id="copy", difficulty=Difficulty.easy, language="en", seed=1))
    assert refused.value.code == "brute_is_reference"
