"""scripts/mutation_sweep.py: every mutant of the reference against the PUBLISHED tests. A package whose tests kill
every distinguishable mutant reports none; a planted problem whose tests and stress inputs both miss the pass mark
(so the gate cannot add the test) reports the boundary mutants as distinguishable, with the input that shows it."""
from __future__ import annotations

import dataclasses
import functools
import importlib.util
import sys
from pathlib import Path

from generator.problems.family import Draft
from generator.problems.gate import GateContext, verify
from generator.problems.schema import Difficulty
from tests.unit.test_mutation import weak_draft

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("mutation_sweep", ROOT / "scripts" / "mutation_sweep.py")
assert _spec is not None and _spec.loader is not None
sweep_script = importlib.util.module_from_spec(_spec)
sys.modules["mutation_sweep"] = sweep_script  # its dataclasses look their module up
_spec.loader.exec_module(sweep_script)

# The gate's planted "pass mark" problem (test_mutation.py), with 49 and 50 left out of its stress inputs too: the
# gate cannot add the boundary test, so only a wider pool shows the boundary mutants.
BLIND_SPOT = ("49\n", "50\n")


def blind_draft() -> Draft:
    stress = [f"{s}\n" for s in range(101) if f"{s}\n" not in BLIND_SPOT]
    return dataclasses.replace(weak_draft(), stress=stress + stress[:5])


def test_a_blind_spot_the_gate_cannot_see_is_reported_with_its_input() -> None:
    draft = blind_draft()
    problem = verify(draft, GateContext(problem_id="planted", difficulty=Difficulty.easy, language="en", seed=1))
    assert not {t.input for t in problem.tests} & set(BLIND_SPOT), "the gate found the blind spot itself"
    # The sweep's wider stress pool (other drafts' stress inputs) holds the pass mark.
    result = sweep_script.sweep_problem(draft, problem, lambda: sorted(set(draft.stress) | set(BLIND_SPOT)))
    found = {s.description: s.distinguishing_input for s in result.distinguishable}
    assert any(">= → >" in d for d in found), found
    assert set(found.values()) <= set(BLIND_SPOT), found
    assert result.killed + len(result.equivalent) + len(result.distinguishable) == result.mutants
    # Without the wider pool the survivors look equivalent: the sweep's verdict rests on the inputs it tries.
    narrow = sweep_script.sweep_problem(draft, problem, lambda: list(draft.stress))
    assert narrow.distinguishable == [] and len(narrow.equivalent) == len(result.distinguishable)


def test_a_catalog_package_with_strong_tests_has_no_distinguishable_survivor() -> None:
    result = sweep_script.sweep_id("implementation.clock_add", 0, 1)
    assert result.error is None, result.error
    assert result.mutants > 5 and result.killed > 0
    assert result.distinguishable == [], [(s.description, s.distinguishing_input) for s in result.distinguishable]


def test_extra_operators_make_single_point_mutants_the_gate_does_not() -> None:
    source = "x = -3\nif not x in [1] and True:\n    print(x < 2, x is None)\n"
    found = sweep_script.extra_mutants(source, {source})
    descriptions = [m.description for m in found]
    for wanted in ("drop unary -", "drop not", "True → False", "in → not in", "< → >", "is → is not"):
        assert any(wanted in d for d in descriptions), descriptions
    assert len({m.source for m in found}) == len(found) and source not in {m.source for m in found}
    for m in found:
        compile(m.source, "m.py", "exec")


def test_wide_operators_make_the_mutants_of_general_purpose_tools() -> None:
    source = ("a = [1, 2, 3]\ni = 1\nfor x in a:\n    if x & 1:\n        continue\n    i += x << 2\n    break\n"
              "print(a[i % 3], i ** 2)\n")
    found = sweep_script.wide_mutants(source, {source})
    by_kind = {m.description.split(": ", 1)[1]: m.source for m in found}
    assert "continue → break (wide)" in by_kind and "break → continue (wide)" in by_kind, list(by_kind)
    assert "x & 1" not in by_kind["BitAnd → BitOr (wide)"] and "x | 1" in by_kind["BitAnd → BitOr (wide)"]
    assert "x >> 2" in by_kind["LShift → RShift (wide)"] and "i * 2" in by_kind["Pow → Mult (wide)"]
    assert "a[i % 3 + 1]" in by_kind["index + 1 (wide)"] and "a[i % 3 - 1]" in by_kind["index - 1 (wide)"]
    deleted = by_kind["delete `i += x << 2` (wide)"]
    assert "i += x << 2" not in deleted and "pass" in deleted
    assert len({m.source for m in found}) == len(found) and source not in {m.source for m in found}
    for m in found:
        compile(m.source, "m.py", "exec")


def mutants_by_kind(found: list) -> dict[str, list[str]]:
    """The mutants' sources by operator (the description after "line N: ")."""
    by_kind: dict[str, list[str]] = {}
    for m in found:
        by_kind.setdefault(m.description.split(": ", 1)[1], []).append(m.source)
    return by_kind


def made(by_kind: dict[str, list[str]], kind: str, *texts: str) -> None:
    """Operator `kind` made a mutant whose source holds every one of `texts`."""
    assert kind in by_kind, sorted(by_kind)
    assert any(all(t in s for t in texts) for s in by_kind[kind]), (kind, by_kind[kind])


def test_bound_operators_make_the_mutants_of_general_purpose_tools_the_other_families_do_not() -> None:
    source = ("def f(a, lo, hi):\n    s = 0\n    for i in range(lo, hi):\n        for j in range(i):\n"
              "            s += a[i] - a[j]\n    return s\n\n\nn, k = map(int, input().split())\na = list(range(n))\n"
              "x = max(n, k, 1)\ny = min(n, k)\nif n > k:\n    z = abs(n - k)\nelif n < k:\n    z = 1\nelse:\n"
              "    z = 2\nprint(f(a[1:n], k, n))\nprint(x, y, z)\n")
    found = sweep_script.bound_mutants(source, {source})
    by_kind = mutants_by_kind(found)
    one = functools.partial(made, by_kind)

    one("range bound hi - 1 (bound)", "range(lo, hi - 1)")
    one("range bound i + 1 (bound)", "range(i + 1)")
    one("range bound n - 1 (bound)", "list(range(n - 1))")
    one("slice upper n + 1 (bound)", "a[1:n + 1]")
    assert not any("range bound 1" in k or "slice lower" in k for k in by_kind), sorted(by_kind)  # constants: gate's
    one("max() without k (bound)", "max(n, 1)")
    one("min() without n (bound)", "y = k\n")
    one("drop abs() (bound)", "z = n - k\n")
    one("i → j at a use (bound)", "a[j] - a[j]")
    one("j → i at a use (bound)", "a[i] - a[i]")
    one("n → k at a use (bound)", "list(range(k))")
    one("return value + 1 (bound)", "return s + 1")
    one("printed value - 1 (bound)", "print(f(a[1:n], k, n) - 1)")
    one("if condition → True (bound)", "if True:")
    one("if condition → False (bound)", "if False:")
    one("drop elif branch (bound)", "if n > k:\n    z = abs(n - k)\nelse:\n    z = 2")
    one("drop else branch (bound)", "elif n < k:\n    z = 1\nprint")
    one("+= → = (bound)", "s = a[i] - a[j]")
    one("f() arguments 2 and 3 swapped (bound)", "f(a[1:n], n, k)")
    one("for loop runs zero times (bound)", "for j in []:")
    assert not any("max() arguments" in k or "min() arguments" in k for k in by_kind)  # order does not matter
    assert len({m.source for m in found}) == len(found) and source not in {m.source for m in found}
    for m in found:
        compile(m.source, "m.py", "exec")
    # Each mutant differs from the reference at one point: the wide and extra families' texts are not repeated.
    known = {source} | {m.source for m in sweep_script.wide_mutants(source, {source})}
    assert not {m.source for m in sweep_script.bound_mutants(source, set(known))} & known


def test_bound_operators_make_contestant_slips_no_mutation_tool_makes() -> None:
    # mutants7: a reset done once instead of per query, a DP loop run the other way, a sort in the other order or
    # without its key, too small an infinity, a 0-based loop started at 1.
    source = ("import math\nINF = 10 ** 18\nBIG = 1 << 62\nHASH = (1 << 61) - 1\n\n\ndef main():\n"
              "    n, q = map(int, input().split())\n    w = sorted(map(int, input().split()))\n"
              "    pairs = sorted(zip(w, range(n)), key=lambda p: -p[0])\n    dp = [0] * (n + 1)\n"
              "    for x in w:\n        for c in range(n, x - 1, -1):\n            dp[c] = max(dp[c], dp[c - x] + 1)\n"
              "    for _ in range(q):\n        seen = set()\n        best = math.inf\n        k = int(input())\n"
              "        for i, x in enumerate(w):\n            if x not in seen and x >= k:\n"
              "                best = min(best, x)\n            seen.add(x)\n"
              "        print(best if best < float('inf') else -1)\n    w.sort(reverse=True)\n"
              "    print(dp[n], pairs[0], w[0], INF, BIG, HASH)\n\n\nmain()\n")
    found = sweep_script.bound_mutants(source, {source})
    by_kind = mutants_by_kind(found)
    one = functools.partial(made, by_kind)

    one("`seen = set()` done once before the loop (bound)", "    seen = set()\n    for _ in range(q):\n")
    one("`best = math.inf` done once before the loop (bound)", "    best = math.inf\n    for _ in range(q):\n")
    assert not any("`k = int(input())`" in k for k in by_kind)  # reads input: not a reset
    one("loop order reversed (bound)", "for c in reversed(range(n, x - 1, -1)):")
    one("sort reversed (bound)", "w = sorted(map(int, input().split()), reverse=True)")
    one("sort without reverse (bound)", "w.sort()\n")
    one("sort without its key (bound)", "pairs = sorted(zip(w, range(n)))\n")
    one("10 ** 18 → 10**9 (small INF) (bound)", "INF = 1000000000\n")
    one("1 << 62 → 10**9 (small INF) (bound)", "BIG = 1000000000\n")
    one("math.inf → 10**9 (small INF) (bound)", "best = 1000000000\n")
    one("float('inf') → 10**9 (small INF) (bound)", "best < 1000000000 else")
    assert not any("(1 << 61) - 1 →" in k for k in by_kind)  # a hash modulus is no infinity
    one("range() starts at 1 (bound)", "for _ in range(1, q):")
    one("enumerate() starts at 1 (bound)", "enumerate(w, 1)")
    assert len({m.source for m in found}) == len(found)
    for m in found:
        compile(m.source, "m.py", "exec")


def test_small_infinity_is_read_as_10_9_and_as_the_32_bit_int_max() -> None:
    # mutants8: INF = 2**31 - 1 (INT_MAX) is the other too-small infinity; a test whose largest answer lies between
    # 10**9 and 2**31 kills the first only. sys.maxsize and 2**63 - 1 are infinities too, 2**61 - 1 a hash modulus.
    source = ("import sys\nINF = 10 ** 18\nTOP = sys.maxsize\nWIDE = (1 << 63) - 1\nHASH = (1 << 61) - 1\n"
              "print(INF, TOP, WIDE, HASH)\n")
    by_kind = mutants_by_kind(sweep_script.bound_mutants(source, {source}))
    one = functools.partial(made, by_kind)
    one("10 ** 18 → 10**9 (small INF) (bound)", "INF = 1000000000\n")
    one("10 ** 18 → 2**31 - 1 (32-bit INF) (bound)", "INF = 2147483647\n")
    one("sys.maxsize → 10**9 (small INF) (bound)", "TOP = 1000000000\n")
    one("sys.maxsize → 2**31 - 1 (32-bit INF) (bound)", "TOP = 2147483647\n")
    one("(1 << 63) - 1 → 10**9 (small INF) (bound)", "WIDE = 1000000000\n")
    one("(1 << 63) - 1 → 2**31 - 1 (32-bit INF) (bound)", "WIDE = 2147483647\n")
    assert not any("(1 << 61) - 1 →" in k for k in by_kind)  # a hash modulus is no infinity


def test_operand_operators_drop_an_operand_transpose_indices_and_read_a_variable_as_another() -> None:
    # mutants26: Major's COR (an operand of and / or dropped), a chained comparison's link dropped, d[u][v] read as
    # d[v][u], and a variable read as another that the same statement reads (containers only as containers).
    source = ("def main():\n    n, m = map(int, input().split())\n    d = [[0] * n for _ in range(n)]\n"
              "    seen = {}\n    for u in range(n):\n        for v in range(m):\n"
              "            if 0 <= u + v < n and u != v or v == 0:\n                d[u][v] = d[v][u] + u - v\n"
              "                seen[u, v] = 1\n    print(d[0][n - 1], len(seen))\n\n\nmain()\n")
    found = sweep_script.operand_mutants(source, {source})
    by_kind = mutants_by_kind(found)
    one = functools.partial(made, by_kind)
    one("`and` without 0 <= u + v < n (operand)", "if u != v or v == 0:")
    one("`and` without u != v (operand)", "if 0 <= u + v < n or v == 0:")
    one("`or` without v == 0 (operand)", "if 0 <= u + v < n and u != v:")
    one("chain without `0 <= u + v` (operand)", "if u + v < n and u != v")
    one("chain without `u + v < n` (operand)", "if 0 <= u + v and u != v")
    one("2-D indices transposed (operand)", "d[u][v] = d[u][v] + u - v")
    one("2-D indices transposed (operand)", "print(d[n - 1][0]")
    one("tuple key transposed (operand)", "seen[v, u] = 1")
    one("u read as v (same statement) (operand)", "d[u][v] = d[v][v] + u - v")
    one("n read as u (same statement) (operand)", "if 0 <= u + v < u and")
    one("d read as seen (same statement) (operand)", "print(seen[0][n - 1]")  # a container as another
    scalars = ("n", "m", "u", "v")
    assert not any(k.startswith(("d read as " + x, "seen read as " + x, x + " read as d", x + " read as seen"))
                   for x in scalars for k in by_kind), sorted(by_kind)  # a container never as a scalar
    assert not any("read as main" in k or "read as print" in k for k in by_kind)  # functions are no variables
    assert len({m.source for m in found}) == len(found) and source not in {m.source for m in found}
    for m in found:
        compile(m.source, "m.py", "exec")
    # The bound family's sibling swaps already made n -> m at a use: with its texts known, that mutant is not repeated.
    known = {source} | {m.source for m in sweep_script.bound_mutants(source, {source})}
    assert not {m.source for m in sweep_script.operand_mutants(source, set(known))} & known
