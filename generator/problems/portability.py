"""What a program needs that Python 3.9 lacks: judges run the exported programs with PyPy (Python 3.9).

problemtools' stock languages.yaml runs every .py with pypy3 (the distributions' PyPy is Python 3.9), and so does
Kattis: the reference, each known-wrong and too-slow solution, the input validator and a checker all run there, and
a verdict other than the package's (an AttributeError where it files wrong_answer, an accepted solution that
crashes) is a verifyproblem error. Measured with Debian's pypy3 7.3.11 on exports: `int.bit_count` (3.10) made two
references crash, `sys.set_int_max_str_digits` (3.11) a known-wrong one, and `sys.setrecursionlimit(1 << 20)`
raises MemoryError under a 256 MB address-space limit (PyPy reserves the stack; 10^5 is fine, 2·10^5 is not).

A static look: syntax newer than 3.9 (match, parenthesised context managers, ...) and the calls below, unless the
program guards them (`try: int.bit_count` / `except AttributeError`, or `hasattr(sys, ...)`). The catalog is held to
it by tests/unit/test_export_runs_on_pypy39.py, a model's design by providers/design_checks.py (`not_portable`).
"""
from __future__ import annotations

import ast

PYPY_RECURSION_LIMIT = 100_000
# Attributes that Python 3.9 does not have, called directly (x.bit_count(), itertools.pairwise(...)).
NEWER_CALLS = {"bit_count": "3.10", "pairwise": "3.10", "batched": "3.12", "sumprod": "3.12",
               "set_int_max_str_digits": "3.11"}
_BISECT = ("bisect_left", "bisect_right", "bisect", "insort", "insort_left", "insort_right")


def python39_problems(source: str) -> list[str]:
    """What keeps `source` from running as it does here on Python 3.9 / PyPy: one line per finding, [] if none."""
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
        if name in _BISECT and any(k.arg == "key" for k in node.keywords):
            found.append(f"line {node.lineno}: {name}(key=) is Python 3.10+")
        if name == "setrecursionlimit" and node.args:
            limit = _constant_int(node.args[0])
            if limit is not None and limit > PYPY_RECURSION_LIMIT:
                found.append(f"line {node.lineno}: setrecursionlimit({limit}) raises MemoryError in PyPy under the "
                             f"memory limit (at most {PYPY_RECURSION_LIMIT})")
    return found


def _constant_int(node: ast.expr) -> int | None:
    """The value of an integer expression of constants and + - * ** << (10**6, 1 << 20, 2 * 10 ** 5); else None.
    Evaluated by walking the tree, never by eval: a model's program is not run here."""
    if isinstance(node, ast.Constant) and isinstance(node.value, int) and not isinstance(node.value, bool):
        return node.value
    if isinstance(node, ast.BinOp):
        left, right = _constant_int(node.left), _constant_int(node.right)
        if left is None or right is None:
            return None
        if isinstance(node.op, ast.Add):
            return left + right
        if isinstance(node.op, ast.Sub):
            return left - right
        if isinstance(node.op, ast.Mult):
            return left * right
        if isinstance(node.op, ast.Pow) and 0 <= right <= 64:
            return left ** right
        if isinstance(node.op, ast.LShift) and 0 <= right <= 64:
            return left << right
    return None
