"""Every program a judge runs from our export also runs on Python 3.9 as PyPy runs it.

problemtools' stock languages.yaml runs every .py with pypy3 (its images carry the distributions' PyPy, Python 3.9),
and so does Kattis: the reference, each known-wrong and too-slow solution, the input validator and a checker all
run there, and a verdict other than the package's (an AttributeError where it files wrong_answer, an accepted
solution that crashes) is a verifyproblem error. Measured with Debian's pypy3 7.3.11 on exports: `int.bit_count`
(3.10) made two references crash, `sys.set_int_max_str_digits` (3.11) a known-wrong one, and
`sys.setrecursionlimit(1 << 20)` raises MemoryError under a 256 MB address-space limit (PyPy reserves the stack;
10^5 is fine, 2·10^5 is not). These are refused here, statically; a guarded use (`try: int.bit_count` /
`hasattr(sys, ...)`) is fine.
"""
from __future__ import annotations

import ast

import pytest

from generator.problems.catalog import all_packages, topics

PYPY_RECURSION_LIMIT = 100_000
# Attributes that Python 3.9 does not have, called directly (x.bit_count(), itertools.pairwise(...)).
NEWER_CALLS = {"bit_count": "3.10", "pairwise": "3.10", "batched": "3.12", "sumprod": "3.12",
               "set_int_max_str_digits": "3.11"}


def exported_programs(package) -> dict[str, str]:
    programs = {"accepted.py": package.reference, "validator.py": package.validator}
    programs.update({f"{w.name}.py": w.source for w in package.wrong_solutions})
    if package.checker_program:
        programs["checker.py"] = package.checker_program
    return programs


def problems(source: str) -> list[str]:
    try:
        tree = ast.parse(source, feature_version=(3, 9))
    except SyntaxError as error:
        return [f"not Python 3.9 syntax: {error}"]
    # Names tested first: hasattr(sys, "name"), or read in the body of a try that catches AttributeError.
    guarded = {inner.attr for node in ast.walk(tree) if isinstance(node, ast.Try) and any(
                   isinstance(h.type, ast.Name) and h.type.id == "AttributeError" for h in node.handlers)
               for statement in node.body for inner in ast.walk(statement) if isinstance(inner, ast.Attribute)}
    guarded |= {node.args[1].value for node in ast.walk(tree)
                if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "hasattr" and len(node.args) == 2
                and isinstance(node.args[1], ast.Constant)}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name in NEWER_CALLS and name not in guarded:
            found.append(f"line {node.lineno}: {name}() is Python {NEWER_CALLS[name]}+")
        if name == "zip" and any(k.arg == "strict" for k in node.keywords):
            found.append(f"line {node.lineno}: zip(strict=) is Python 3.10+")
        if name in ("bisect_left", "bisect_right", "bisect", "insort", "insort_left", "insort_right") and any(
                k.arg == "key" for k in node.keywords):
            found.append(f"line {node.lineno}: {name}(key=) is Python 3.10+")
        if name == "setrecursionlimit" and node.args:
            try:
                limit = eval(compile(ast.Expression(node.args[0]), "<limit>", "eval"), {})  # constants only
            except Exception:
                continue
            if isinstance(limit, int) and limit > PYPY_RECURSION_LIMIT:
                found.append(f"line {node.lineno}: setrecursionlimit({limit}) raises MemoryError in PyPy under the "
                             f"memory limit (at most {PYPY_RECURSION_LIMIT})")
    return found


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
    ("match 1:\n    case 1:\n        pass", True),
    ("print(list(zip([1], [2], strict=True)))", True),
    ("import bisect\nbisect.bisect_left([1], 1, key=abs)", True),
    ("from itertools import pairwise\nprint(list(pairwise([1, 2])))", True),
])
def test_the_check_finds_what_python_39_lacks(source, flagged) -> None:
    assert bool(problems(source)) == flagged, problems(source)
