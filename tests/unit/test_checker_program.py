"""Checker programs in the gate: a problem with many correct answers verifies with its checker (brute and reference
print different valid answers), the checker self-test refuses a checker that accepts near-wrong output, a token
checker refuses the same problem, and the Kattis export carries the checker as its output validator."""
from __future__ import annotations

import pytest

from generator.problems.family import Draft, WrongSolution
from generator.problems.family import TestInput as Case
from generator.problems.gate import GateContext, GateError, verify
from generator.problems.kattis import package_files
from generator.problems.schema import Constraint, Difficulty

# "Print any position (1-based) of a maximum of the sequence."
REFERENCE = "n = int(input())\na = list(map(int, input().split()))\nprint(a.index(max(a)) + 1)\n"
BRUTE = "n = int(input())\na = list(map(int, input().split()))\nprint(max(i for i in range(n) if a[i] == max(a)) + 1)\n"
VALIDATOR = ("import sys\nlines = sys.stdin.read().split('\\n')\nn = int(lines[0])\nassert 1 <= n <= 20\n"
             "a = list(map(int, lines[1].split()))\nassert len(a) == n and all(1 <= x <= 5 for x in a)\n"
             "assert lines[2:] == ['']\n")
CHECKER = """import sys
n, *a = map(int, open(sys.argv[1]).read().split())
tokens = sys.stdin.read().split()
if len(tokens) != 1 or not tokens[0].isdigit():
    print("expected one position", file=sys.stderr)
    sys.exit(43)
p = int(tokens[0])
if not 1 <= p <= n or a[p - 1] != max(a):
    print(f"position {p} does not hold a maximum", file=sys.stderr)
    sys.exit(43)
sys.exit(42)
"""
LENIENT = "import sys\nsys.stdin.read()\nsys.exit(42)\n"
# Refuses every near-wrong shape (empty, a word, an extra or a missing token) and accepts any position in range.
SHAPE_ONLY = """import sys
n, *a = map(int, open(sys.argv[1]).read().split())
tokens = sys.stdin.read().split()
sys.exit(42 if len(tokens) == 1 and tokens[0].isdigit() and 1 <= int(tokens[0]) <= n else 43)
"""


def draft(checker: str | None) -> Draft:
    import random

    rng = random.Random(5)
    stress = []
    for _ in range(120):
        n = rng.randint(1, 6)
        stress.append(f"{n}\n{' '.join(str(rng.randint(1, 3)) for _ in range(n))}\n")
    return Draft(
        family="planted", variant="any_max", theme="plain", title="Any Maximum", tags=["implementation"],
        legend="Print any position of a maximum.", input_format="N, then N integers.", output_format="A position.",
        constraints=[Constraint(symbol="N", low=1, high=20)], reference=REFERENCE, brute=BRUTE, validator=VALIDATOR,
        tests=[Case("3\n1 3 3\n", "sample", small=True), Case("4\n2 5 1 5\n", "small", small=True),
               Case("20\n" + " ".join(["5"] * 20) + "\n", "max")],
        stress=stress, near_invalid=["0\n\n", "2\n1 6\n", "2\n1\n"],
        wrong_solutions=[WrongSolution("wa_position_of_min",
                                       "n = int(input())\na = list(map(int, input().split()))\n"
                                       "print(a.index(min(a)) + 1)\n")],
        checker_program=checker,
    )


def ctx() -> GateContext:
    return GateContext(problem_id="anymax", difficulty=Difficulty.easy, language="en", seed=1)


def test_many_correct_answers_verify_with_the_checker_and_export_it() -> None:
    problem = verify(draft(CHECKER), ctx())
    files = package_files(problem)
    assert files["output_validator/validate.py"] == CHECKER
    assert problem.programs.checker == CHECKER


def test_the_token_checker_refuses_a_problem_with_many_answers() -> None:
    with pytest.raises(GateError) as info:
        verify(draft(None), ctx())
    assert info.value.code == "brute_disagrees"


def test_a_checker_that_accepts_anything_fails_its_self_test() -> None:
    with pytest.raises(GateError) as info:
        verify(draft(LENIENT), ctx())
    assert info.value.code == "checker_accepts_wrong"


def test_a_checker_that_checks_only_the_answers_form_fails_its_self_test() -> None:
    import dataclasses

    # A wrong solution the form alone refuses (a position past the end): only the other tests' answers tell.
    planted = dataclasses.replace(draft(SHAPE_ONLY), wrong_solutions=[WrongSolution(
        "wa_one_past_the_end", "n = int(input())\ninput()\nprint(n + 1)\n")])
    with pytest.raises(GateError) as info:
        verify(planted, ctx())
    assert info.value.code == "checker_accepts_other_answers"


def test_the_exported_checker_package_passes_verifyproblem(tmp_path) -> None:
    from generator.problems.kattis import write_package
    from tests.support.kattis import verifyproblem

    result = verifyproblem(write_package(verify(draft(CHECKER), ctx()), tmp_path / "anymax"))
    assert result.errors == 0, result.output[-3000:]
