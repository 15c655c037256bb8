"""Every program a judge runs from our export also runs on Python 3.9 as PyPy runs it (generator/problems/portability.py
says why and what is refused; a guarded use, `try: int.bit_count` / `hasattr(sys, ...)`, is fine).
"""
from __future__ import annotations

import pytest

from generator.problems.catalog import all_packages, topics
from generator.problems.portability import python39_problems as problems


def exported_programs(package) -> dict[str, str]:
    programs = {"accepted.py": package.reference, "validator.py": package.validator}
    programs.update({f"{w.name}.py": w.source for w in package.wrong_solutions})
    if package.checker_program:
        programs["checker.py"] = package.checker_program
    return programs


@pytest.mark.parametrize("topic", sorted(t.name for t in topics()))
def test_exported_programs_run_on_python_39(topic) -> None:
    found = [f"{package.id}/{name}: {problem}"
             for package in all_packages() if package.spec.topic == topic
             for name, source in exported_programs(package).items()
             for problem in problems(source)]
    assert not found, "\n".join(found)


@pytest.mark.parametrize(("source", "flagged"), [
    ("print((5).bit_count())", True),
    ("try:\n    popcount = int.bit_count\nexcept AttributeError:\n    popcount = lambda x: bin(x).count('1')\n"
     "print(popcount(5))", False),
    ("import sys\nsys.set_int_max_str_digits(0)", True),
    ("import sys\nif hasattr(sys, 'set_int_max_str_digits'):\n    sys.set_int_max_str_digits(0)", False),
    ("import sys\nsys.setrecursionlimit(1 << 20)", True),
    ("import sys\nsys.setrecursionlimit(10 ** 5)", False),
    ("import sys\nsys.setrecursionlimit(2 * 10 ** 5 + 7)", True),
    ("import sys\nn = 5\nsys.setrecursionlimit(n + 10)", False),  # not a constant: left to the run
    ("match 1:\n    case 1:\n        pass", True),
    ("print(list(zip([1], [2], strict=True)))", True),
    ("import bisect\nbisect.bisect_left([1], 1, key=abs)", True),
    ("from itertools import pairwise\nprint(list(pairwise([1, 2])))", True),
])
def test_the_check_finds_what_python_39_lacks(source, flagged) -> None:
    assert bool(problems(source)) == flagged, problems(source)


def test_a_models_program_that_python_39_cannot_run_is_sent_back() -> None:
    # The same check holds a model's design before anything runs (design_checks, code not_portable), with the
    # finding in the feedback; a guarded use passes.
    from generator.providers.design_checks import DesignCheckError, check_program

    with pytest.raises(DesignCheckError) as info:
        check_program("reference", "import sys\nsys.setrecursionlimit(10 ** 6)\nprint(1)")
    assert info.value.code == "not_portable" and "setrecursionlimit(1000000)" in info.value.message
    check_program("reference", "import sys\nif hasattr(sys, 'set_int_max_str_digits'):\n"
                               "    sys.set_int_max_str_digits(0)\nprint(1)")
