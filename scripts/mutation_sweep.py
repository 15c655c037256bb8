"""Mutation sweep: which single-point mutants of a package's reference pass every PUBLISHED test?

The release is judged from outside by "mutants of your reference must be killed by your tests". For each task
and seed this builds the problem exactly as the service does (build_draft + gate.verify), takes the tests the
Kattis export publishes (data/sample + data/secret = problem.tests, including tests the gate's own mutation step
added), and runs EVERY mutant of solutions/accepted.py (generator.problems.mutation.mutants, no sampling) on them,
judged as the gate judges (checker program when the package has one). Non-max tests use the gate's mutant CPU
limit; the max tests (run only for mutants still alive) use the problem's published time limit. A mutant failing
any test is killed. Survivors run, with the reference, on the draft's stress inputs and on the stress inputs and
non-max tests of K more drafts (other rng seeds; kept only when the validator of THIS problem accepts them): a
survivor that answers differently on one of them is a "distinguishable survivor" (a defect of the package's
tests), else it is "equivalent on stress".

    .venv/bin/python scripts/mutation_sweep.py heap.dual_pq lis.count          # tasks
    .venv/bin/python scripts/mutation_sweep.py --topics heap lis --difficulty hard
    .venv/bin/python scripts/mutation_sweep.py --all --seeds 0 1 2 --extra-stress 3 -j 1 --json out.json
    .venv/bin/python scripts/mutation_sweep.py --topics grid_bfs --seeds 0 --wide-operators   # more operators
    .venv/bin/python scripts/mutation_sweep.py lis.count --seeds 3 --extra-operators --wide-operators --bound-operators
    .venv/bin/python scripts/mutation_sweep.py lca.path_max --seeds 7 --operand-operators        # operands

Exit status 1 when any distinguishable survivor is found.
"""
from __future__ import annotations

import argparse
import ast
import itertools
import json
import random
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.problems.family import Draft  # noqa: E402
from generator.problems.gate import (  # noqa: E402
    MUTANT_CPU_FLOOR_SECONDS,
    MUTANT_CPU_SECONDS,
    MUTANT_ROUNDS,
    MUTANT_SLOWDOWN,
    ORACLE_CPU_SECONDS,
    GateContext,
    _judge_all,
    verify,
)
from generator.problems.mutation import (  # noqa: E402
    COMPARE_FLIPS,
    Mutant,
    mutant_dispatcher,
    mutants,
    op_symbol,
    sibling_swaps,
)
from generator.problems.sandbox import RunResult, SandboxLimits, Verdict, run_many  # noqa: E402
from generator.problems.schema import Problem, TestCase  # noqa: E402
from generator.problems.shared_run import run_shared  # noqa: E402

ALL_MUTANTS = 10**6
SANDBOX_RETRIES = 3
POOL_TEST_BYTES = 20_000  # other drafts' tests up to this size join the stress pool
Runner = Callable[[str, Sequence[str], SandboxLimits], list[RunResult]]
EXTRA_SEED_OFFSET = 1_000_003  # extra stress drafts: seed + offset * k, never one of the swept seeds


@dataclass
class Survivor:
    description: str
    distinguishing_input: str | None  # the smallest stress input it gets wrong; None: equivalent on stress
    reference_output: str | None = None
    mutant_output: str | None = None
    verdict: str | None = None


@dataclass
class SeedResult:
    task: str
    seed: int
    mutants: int
    killed: int
    equivalent: list[str] = field(default_factory=list)
    distinguishable: list[Survivor] = field(default_factory=list)
    published_tests: int = 0
    stress_inputs: int = 0
    seconds: float = 0.0
    error: str | None = None


def build_problem(package, seed: int) -> tuple[Draft, Problem]:  # noqa: ANN001 - a catalog Package
    """The draft and the verified problem, as the service builds them for this seed."""
    from generator.problems.packages import build_draft

    built = build_draft(package, random.Random(seed), package.spec.difficulty, "en")
    ctx = GateContext(problem_id=package.id.replace(".", "-"), difficulty=package.spec.difficulty, language="en",
                      seed=seed)
    return built.draft, verify(built.draft, ctx)


def mutant_limits(draft: Draft, tests: Sequence[TestCase]) -> SandboxLimits:
    """The gate's per-case mutant CPU: SLOWDOWN x the reference's CPU on the non-max tests, within the bounds."""
    oracle = SandboxLimits(cpu_seconds=ORACLE_CPU_SECONDS, wall_seconds=600, memory_mb=draft.memory_mb)
    runs = run_many(draft.reference, [t.input for t in tests], oracle)
    reference_cpu = max((r.cpu_ms for r in runs), default=0.0) / 1000
    cpu = min(MUTANT_CPU_SECONDS, max(MUTANT_CPU_FLOOR_SECONDS, MUTANT_SLOWDOWN * reference_cpu))
    return SandboxLimits(cpu_seconds=cpu, wall_seconds=3600, memory_mb=draft.memory_mb)


def is_max(test: TestCase) -> bool:
    return test.category == "max" or (test.category == "anti" and len(test.input) > 4096)


# Operators an outside checker may use (--extra-operators): direction flips of comparisons, dropped `not`,
# membership/identity negation, boolean constants, dropped unary minus. Since 0bc2f44 the gate's own mutants
# (generator/problems/mutation.py) include them, so at this tree they add only what the gate's forms leave out
# (a dropped `not` removed outright rather than doubled). The flips and their symbols are mutation.py's own.


def extra_mutants(source: str, known: set[str]) -> list[Mutant]:
    """Single-point mutants by the extra operators, in source order, without any text already in `known`."""
    return _mutants_at(source, known, _extra_sites, "extra")


def _mutants_at(source: str, known: set[str], sites: Callable[[ast.AST], Iterator[tuple[ast.AST, str]]],
                tag: str) -> list[Mutant]:
    """One mutant per site that `sites` yields (each site mutated in place before it is yielded), in source order,
    that compiles and whose text is not in `known` (which grows by the texts returned)."""
    found: list[Mutant] = []
    count = sum(1 for _ in sites(ast.parse(source)))
    for index in range(count):
        tree = ast.parse(source)
        # The generator stays suspended at the index-th site, which it mutated in place before yielding it.
        node, description = next(itertools.islice(sites(tree), index, None))
        text = ast.unparse(tree)
        try:
            compile(text, "mutant.py", "exec")
        except (SyntaxError, ValueError):
            continue
        if text not in known:
            known.add(text)
            found.append(Mutant(f"line {getattr(node, 'lineno', '?')}: {description} ({tag})", text))
    return found


def _extra_sites(tree: ast.AST) -> Iterator[tuple[ast.AST, str]]:
    """Yields each site AFTER mutating it in place (the caller takes the one it wants from a fresh tree)."""
    for node in list(ast.walk(tree)):
        if isinstance(node, ast.Compare):
            for i, op in enumerate(node.ops):
                if type(op) in COMPARE_FLIPS:
                    node.ops[i] = COMPARE_FLIPS[type(op)]()
                    yield node, f"{op_symbol(op)} → {op_symbol(node.ops[i])}"
                    node.ops[i] = op
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.Not, ast.USub)):
            parent = _parent_of(tree, node)
            if parent is not None:
                holder, field_name, position = parent
                _replace(holder, field_name, position, node.operand)
                yield node, "drop not" if isinstance(node.op, ast.Not) else "drop unary -"
                _replace(holder, field_name, position, node)
        elif isinstance(node, ast.Constant) and type(node.value) is bool:
            node.value = not node.value
            yield node, f"{not node.value} → {node.value}"
            node.value = not node.value


# Operators of general-purpose mutation tools that mutation.py leaves out (--wide-operators): bitwise and shift swaps,
# ** -> *, break <-> continue, a simple statement deleted (replaced by `pass`), a subscript index moved by one.
WIDE_BINOPS: dict[type, type] = {ast.BitAnd: ast.BitOr, ast.BitOr: ast.BitAnd, ast.BitXor: ast.BitOr,
                                 ast.LShift: ast.RShift, ast.RShift: ast.LShift, ast.Pow: ast.Mult}
DELETABLE = (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Expr, ast.Break, ast.Continue)


def wide_mutants(source: str, known: set[str]) -> list[Mutant]:
    """Single-point mutants by the wide operators, in source order, without any text already in `known`."""
    return _mutants_at(source, known, _wide_sites, "wide")


def _wide_sites(tree: ast.AST) -> Iterator[tuple[ast.AST, str]]:
    """Yields each site AFTER mutating it in place, then restores it (as _extra_sites)."""
    for node in list(ast.walk(tree)):
        if isinstance(node, (ast.BinOp, ast.AugAssign)) and type(node.op) in WIDE_BINOPS:
            op = node.op
            node.op = WIDE_BINOPS[type(op)]()
            yield node, f"{type(op).__name__} → {type(node.op).__name__}"
            node.op = op
        elif isinstance(node, ast.Subscript) and not isinstance(node.slice, (ast.Slice, ast.Tuple)):
            index = node.slice
            for sign, op in (("+", ast.Add()), ("-", ast.Sub())):
                node.slice = ast.BinOp(left=index, op=op, right=ast.Constant(1))
                yield node, f"index {sign} 1"
            node.slice = index
        bodies = [value for name, value in ast.iter_fields(node)
                  if name in ("body", "orelse", "finalbody") and isinstance(value, list)]
        for body in bodies:
            for position, statement in enumerate(list(body)):
                if isinstance(statement, (ast.Break, ast.Continue)):
                    swapped = ast.Continue() if isinstance(statement, ast.Break) else ast.Break()
                    body[position] = ast.copy_location(swapped, statement)
                    yield statement, f"{type(statement).__name__.lower()} → {type(swapped).__name__.lower()}"
                    body[position] = statement
                if isinstance(statement, DELETABLE) and not (isinstance(statement, ast.Expr) and
                                                             isinstance(statement.value, ast.Constant)):
                    body[position] = ast.copy_location(ast.Pass(), statement)
                    yield statement, f"delete `{ast.unparse(statement)[:40]}`"
                    body[position] = statement


# Operators of general-purpose mutation tools (PIT, Major, mutmut, cosmic-ray, universalmutator) that neither
# mutation.py nor the extra and wide families make (--bound-operators): a range() or slice bound that is a name or an
# expression moved by one (`range(n)` -> `range(n - 1)`, `a[i:j]` -> `a[i:j + 1]`: the constant operators already
# reach `range(n + 1)` and `a[:3]`); an argument of min/max dropped and abs() dropped; at a use site, a variable
# replaced by its sibling of one tuple target (`r, c = ...`: r <-> c) or by the other target of two nested for loops
# (i <-> j in the inner body); a returned or printed value (print's or str()'s only argument) moved by one; an `if`
# condition replaced by True / False; an `elif` or `else` branch dropped; `x op= e` -> `x = e`; two adjacent
# arguments of a call swapped (not of min, max, gcd, lcm, hypot, where the order does not matter); a for loop that
# runs zero times (cosmic-ray's ZeroIterationForLoop). `+=` <-> `-=` is the gate's own (BINOP_SWAPS on AugAssign).
SYMMETRIC_CALLS = frozenset({"min", "max", "gcd", "lcm", "hypot"})


def bound_mutants(source: str, known: set[str]) -> list[Mutant]:
    """Single-point mutants by the bound operators, in source order, without any text already in `known`."""
    return _mutants_at(source, known, _bound_sites, "bound")


def _is_number(node: ast.AST | None) -> bool:
    """A constant (`3`, `-1`) or a name / expression already moved by the constant operators (`n + 1`, `2 - k`)."""
    if isinstance(node, ast.UnaryOp):
        node = node.operand
    if isinstance(node, ast.Constant):
        return True
    return (isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub))
            and any(isinstance(side, ast.Constant) and type(side.value) is int for side in (node.left, node.right)))


def _shifted(node: ast.AST, op: ast.operator) -> ast.AST:
    return ast.BinOp(left=node, op=op, right=ast.Constant(1))


def _call_name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Call):
        if isinstance(node.func, ast.Name):
            return node.func.id
        if isinstance(node.func, ast.Attribute):
            return node.func.attr
    return None


def _textual(node: ast.AST) -> bool:
    """A value that is surely not a number: a string, an f-string or a join."""
    return (isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and not isinstance(node.value, int))
            or _call_name(node) in ("join", "format", "str"))


def _variable_swaps(tree: ast.AST, parents: dict[int, ast.AST]) -> list[tuple[ast.Name, str]]:
    """(use site, replacement name): a loaded name replaced by ANY sibling of a tuple target of its own function
    (`r, c = divmod(cell, m)`), or inside an inner for loop's body, the outer and inner loop targets by each other.
    The gate's own mutants (since the sweep that added this family) swap a name with its tuple neighbours only."""
    return sibling_swaps(tree, neighbours_only=False)


def _bound_sites(tree: ast.AST) -> Iterator[tuple[ast.AST, str]]:
    """Yields each site AFTER mutating it in place, then restores it (as _extra_sites)."""
    from generator.problems.mutation import _annotation_nodes

    skip = _annotation_nodes(tree)
    parents = {id(child): holder for holder in ast.walk(tree) for child in ast.iter_child_nodes(holder)}
    shifts = (("+", ast.Add), ("-", ast.Sub))
    for node in list(ast.walk(tree)):
        if id(node) in skip:
            continue
        name = _call_name(node)
        if isinstance(node, ast.Call) and name == "range" and isinstance(node.func, ast.Name):
            for position, arg in enumerate(list(node.args[:2])):
                if not _is_number(arg) and not isinstance(arg, ast.Starred):
                    for sign, op in shifts:
                        node.args[position] = _shifted(arg, op())
                        yield node, f"range bound {ast.unparse(arg)[:30]} {sign} 1"
                    node.args[position] = arg
        elif isinstance(node, ast.Slice):
            for bound in ("lower", "upper"):
                value = getattr(node, bound)
                if value is not None and not _is_number(value):
                    for sign, op in shifts:
                        setattr(node, bound, _shifted(value, op()))
                        yield node, f"slice {bound} {ast.unparse(value)[:30]} {sign} 1"
                    setattr(node, bound, value)
        if isinstance(node, ast.Call) and not node.keywords and not any(isinstance(a, ast.Starred) for a in node.args):
            args = list(node.args)
            if name in ("min", "max") and len(args) >= 2:
                for position, arg in enumerate(args):
                    if len(args) == 2:
                        holder, field_name, index = _parent_slot(parents, node)
                        _replace(holder, field_name, index, args[1 - position])
                        yield node, f"{name}() without {ast.unparse(arg)[:30]}"
                        _replace(holder, field_name, index, node)
                    else:
                        node.args = args[:position] + args[position + 1:]
                        yield node, f"{name}() without {ast.unparse(arg)[:30]}"
                        node.args = args
            elif name == "abs" and len(args) == 1 and isinstance(node.func, ast.Name):
                holder, field_name, index = _parent_slot(parents, node)
                _replace(holder, field_name, index, args[0])
                yield node, "drop abs()"
                _replace(holder, field_name, index, node)
            if name not in SYMMETRIC_CALLS:
                for position in range(len(args) - 1):
                    first, second = args[position], args[position + 1]
                    if ast.dump(first) != ast.dump(second):
                        node.args = args[:position] + [second, first] + args[position + 2:]
                        yield node, f"{name or 'call'}() arguments {position + 1} and {position + 2} swapped"
                        node.args = args
            if name in ("print", "str") and isinstance(node.func, ast.Name) and len(args) == 1 \
                    and not _textual(args[0]) and not isinstance(args[0], ast.Constant):
                for sign, op in shifts:
                    node.args = [_shifted(args[0], op())]
                    yield node, f"{name}ed value {sign} 1" if name == "print" else f"str() of value {sign} 1"
                node.args = args
        elif isinstance(node, ast.Return) and node.value is not None and not _is_number(node.value) \
                and not isinstance(node.value, (ast.Tuple, ast.List, ast.Compare, ast.BoolOp)) \
                and not _textual(node.value) and not (isinstance(node.value, ast.UnaryOp)
                                                      and isinstance(node.value.op, ast.Not)):
            value = node.value
            for sign, op in shifts:
                node.value = _shifted(value, op())
                yield node, f"return value {sign} 1"
            node.value = value
        elif isinstance(node, ast.If):
            test = node.test
            for constant in (True, False):
                node.test = ast.Constant(constant)
                yield node, f"if condition → {constant}"
            node.test = test
            orelse = node.orelse
            if len(orelse) == 1 and isinstance(orelse[0], ast.If):
                node.orelse = orelse[0].orelse
                yield orelse[0], "drop elif branch"
                node.orelse = orelse
            elif orelse:
                node.orelse = []
                yield node, "drop else branch"
                node.orelse = orelse
        elif isinstance(node, ast.AugAssign):
            holder, field_name, index = _parent_slot(parents, node)
            plain = ast.copy_location(ast.Assign(targets=[node.target], value=node.value, lineno=node.lineno), node)
            _replace(holder, field_name, index, plain)
            yield node, f"{op_symbol(node.op)}= → ="
            _replace(holder, field_name, index, node)
        elif isinstance(node, ast.For):
            iterable = node.iter
            node.iter = ast.List(elts=[], ctx=ast.Load())
            yield node, "for loop runs zero times"
            node.iter = iterable
    yield from _slip_sites(tree, parents, skip)
    for use, other in _variable_swaps(tree, parents):
        if id(use) in skip:
            continue
        old = use.id
        use.id = other
        yield use, f"{old} → {other} at a use"
        use.id = old


# Contestants' slips that no general-purpose mutation tool makes (also --bound-operators, since mutants7): a reset at
# the top of a loop body (`seen = set()`, `best = 0`, `dist = [INF] * n`) done once before the loop instead (state
# carried from one test case, query or row into the next); a range() loop run in the other order (`reversed(range(
# ...))`, the in-place DP slip: 0/1 knapsack's capacities ascending), and reversed() dropped (not when the body never
# reads the loop variable: `for _ in range(q)`); a sort in the other order (`reverse=True` added or dropped) or
# without its key; a large "infinity" (float('inf'), math.inf, sys.maxsize, a round constant >= 10**10 such as 10**18
# or 1 << 62, or 2**62 - 1 / 2**63 - 1) read as 10**9, the usual too-small INF, or as 2**31 - 1 (INT_MAX, the 32-bit
# one: tests whose largest answer lies between the two kill only the first); a one-argument range() or enumerate()
# started at 1.
RESET_CALLS = frozenset({"list", "set", "dict", "deque", "defaultdict", "Counter", "bytearray", "float", "int",
                         "range", "tuple", "frozenset", "len", "abs", "min", "max", "OrderedDict"})
SMALL_INF = 10**9
INT_MAX = 2**31 - 1
SMALL_INFS = ((SMALL_INF, "10**9 (small INF)"), (INT_MAX, "2**31 - 1 (32-bit INF)"))


def _stored_names(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, (ast.Store, ast.Del))}


def _is_reset(statement: ast.AST, loop_stored: set[str]) -> bool:
    """`names = value` where value has no side effect (constants, displays, comprehensions, the RESET_CALLS) and
    reads no name the loop assigns (its own locals stay out of it), so it could just as well run once before."""
    if not (isinstance(statement, ast.Assign) and all(isinstance(t, (ast.Name, ast.Tuple)) for t in statement.targets)):
        return False
    if any(isinstance(t, ast.Tuple) and not all(isinstance(e, ast.Name) for e in t.elts) for t in statement.targets):
        return False
    value = statement.value
    local = _stored_names(value)  # comprehension variables
    for node in ast.walk(value):
        if isinstance(node, ast.Call) and _call_name(node) not in RESET_CALLS:
            return False
        if isinstance(node, (ast.Attribute, ast.Subscript, ast.Await, ast.Yield, ast.YieldFrom, ast.NamedExpr)) \
                and _constant_value(node) is None:  # math.inf is a constant
            return False
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id in loop_stored - local:
            return False
    return True


def _constant_value(node: ast.AST) -> int | float | None:
    """The value of a constant integer expression (`10**18`, `1 << 62`, `4 * 10**18`), float('inf') or math.inf."""
    if isinstance(node, ast.Attribute) and node.attr == "inf" and isinstance(node.value, ast.Name) \
            and node.value.id == "math":
        return float("inf")
    if isinstance(node, ast.Call) and _call_name(node) == "float" and len(node.args) == 1 and not node.keywords \
            and isinstance(node.args[0], ast.Constant) and str(node.args[0].value).lower() in ("inf", "+inf"):
        return float("inf")
    if isinstance(node, ast.Constant):
        return node.value if type(node.value) in (int, float) else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Pow, ast.LShift, ast.Mult, ast.Add, ast.Sub)):
        left, right = _constant_value(node.left), _constant_value(node.right)
        if type(left) is int and type(right) is int and (not isinstance(node.op, (ast.Pow, ast.LShift)) or right < 200):
            return {ast.Pow: pow, ast.LShift: lambda a, b: a << b, ast.Mult: lambda a, b: a * b,
                    ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b}[type(node.op)](left, right)
    return None


def _is_large_inf(node: ast.AST) -> bool:
    """An "infinity": float('inf'), math.inf, sys.maxsize, a round constant >= 10**10 (a multiple of 10 or a power
    of two), or 2**62 - 1 / 2**63 - 1 (a hash modulus such as 2**61 - 1 is not one)."""
    if isinstance(node, ast.Attribute) and node.attr == "maxsize" and isinstance(node.value, ast.Name) \
            and node.value.id == "sys":
        return True
    value = _constant_value(node)
    if isinstance(value, float):
        return value == float("inf")
    return type(value) is int and value >= 10**10 and (value % 10 == 0 or value & (value - 1) == 0
                                                        or value in (2**62 - 1, 2**63 - 1))


def _slip_sites(tree: ast.AST, parents: dict[int, ast.AST], skip: set[int]) -> Iterator[tuple[ast.AST, str]]:
    """Yields each site AFTER mutating it in place, then restores it (as _extra_sites)."""
    for node in list(ast.walk(tree)):
        if id(node) in skip:
            continue
        if isinstance(node, (ast.For, ast.While)):
            stored = _stored_names(node.target if isinstance(node, ast.For) else ast.Pass())
            stored |= set().union(*(_stored_names(s) for s in node.body))
            holder, field_name, index = _parent_slot(parents, node)
            outer = getattr(holder, field_name)
            if index is not None:
                body = node.body
                for position, statement in enumerate(body):
                    if not _is_reset(statement, stored - _stored_names(statement)):
                        continue
                    node.body = body[:position] + body[position + 1:] or [ast.Pass()]
                    outer.insert(index, statement)
                    yield statement, f"`{ast.unparse(statement)[:40]}` done once before the loop"
                    outer.pop(index)
                    node.body = body
            if isinstance(node, ast.For):
                iterable = node.iter
                used = {n.id for s in node.body + node.orelse for n in ast.walk(s)
                        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
                if not _stored_names(node.target) & used:
                    pass  # `for _ in range(q)`: the order of the rounds is no one's business
                elif _call_name(iterable) == "range" and isinstance(iterable.func, ast.Name):
                    node.iter = ast.Call(func=ast.Name("reversed", ast.Load()), args=[iterable], keywords=[])
                    yield node, "loop order reversed"
                elif _call_name(iterable) == "reversed" and isinstance(iterable.func, ast.Name) \
                        and len(iterable.args) == 1:
                    node.iter = iterable.args[0]
                    yield node, "reversed() dropped"
                node.iter = iterable
        elif isinstance(node, ast.Call):
            name = _call_name(node)
            keywords = node.keywords
            if (name == "sorted" and isinstance(node.func, ast.Name) and len(node.args) == 1) or \
                    (name == "sort" and isinstance(node.func, ast.Attribute) and not node.args):
                flag = [k for k in keywords if k.arg == "reverse"]
                if flag:
                    node.keywords = [k for k in keywords if k.arg != "reverse"]
                    yield node, "sort without reverse"
                else:
                    node.keywords = keywords + [ast.keyword("reverse", ast.Constant(True))]
                    yield node, "sort reversed"
                if any(k.arg == "key" for k in keywords):
                    node.keywords = [k for k in keywords if k.arg != "key"]
                    yield node, "sort without its key"
                node.keywords = keywords
            elif name in ("range", "enumerate") and isinstance(node.func, ast.Name) and len(node.args) == 1 \
                    and not keywords and not isinstance(node.args[0], ast.Starred):
                args = node.args
                node.args = [ast.Constant(1), args[0]] if name == "range" else [args[0], ast.Constant(1)]
                yield node, f"{name}() starts at 1"
                node.args = args
        yield from _small_infs_in(node, skip)


def small_inf_mutants(source: str, known: set[str]) -> list[Mutant]:
    """The bound family's too-small-infinity mutants alone (the same texts and descriptions), without making the
    rest of the family: each other site costs a parse and an unparse of the whole program."""
    from generator.problems.mutation import _annotation_nodes

    def sites(tree: ast.AST) -> Iterator[tuple[ast.AST, str]]:
        skip = _annotation_nodes(tree)
        for node in list(ast.walk(tree)):
            if id(node) not in skip:
                yield from _small_infs_in(node, skip)

    return _mutants_at(source, known, sites, "bound")


def _small_infs_in(node: ast.AST, skip: set[int]) -> Iterator[tuple[ast.AST, str]]:
    """A large infinity among `node`'s children read as each of SMALL_INFS (mutated in place, then restored)."""
    if _constant_value(node) is None:  # the largest constant expression only
        for field_name, value in ast.iter_fields(node):
            values = value if isinstance(value, list) else [value]
            for position, child in enumerate(values):
                if isinstance(child, ast.expr) and id(child) not in skip and _is_large_inf(child):
                    for small_value, label in SMALL_INFS:
                        small = ast.copy_location(ast.Constant(small_value), child)
                        _replace(node, field_name, position if isinstance(value, list) else None, small)
                        yield small, f"{ast.unparse(child)[:20]} → {label}"
                    _replace(node, field_name, position if isinstance(value, list) else None, child)


# Operators of outside mutation tools that reach an operand rather than an operator (--operand-operators, since
# mutants26): one operand of `and` / `or` dropped (Major's COR: `a and b` -> `a`, `b`; a bounds check or a
# visited test left out), one link of a chained comparison dropped (`0 <= x < n` -> `0 <= x`, `x < n`), the two
# indices of a 2-D subscript or of a two-element tuple key transposed (`d[u][v]` -> `d[v][u]`, `seen[r, c]` ->
# `seen[c, r]`: right on symmetric or square inputs only), and a variable read as another variable that the same
# statement reads (`dp[i][j - 1]` -> `dp[i][i - 1]`, `range(n)` in `a[i] < n` ...): the sibling swaps of the bound
# family reach only a tuple target's names and two nested loops' targets.
def operand_mutants(source: str, known: set[str]) -> list[Mutant]:
    """Single-point mutants by the operand operators, in source order, without any text already in `known`."""
    return _mutants_at(source, known, _operand_sites, "operand")


def _statement_units(tree: ast.AST) -> Iterator[list[ast.AST]]:
    """The expressions one line of code evaluates together: a simple statement whole, or a compound statement's
    header (an if / while test, a for loop's iterable, a with item), without the bodies."""
    for node in ast.walk(tree):
        if isinstance(node, (ast.If, ast.While)):
            yield [node.test]
        elif isinstance(node, (ast.For, ast.AsyncFor)):
            yield [node.iter]
        elif isinstance(node, ast.Return) and node.value is not None:
            yield [node.value]
        elif isinstance(node, ast.stmt) and not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef,
                                                                  ast.Try, ast.With, ast.AsyncWith, ast.Import,
                                                                  ast.ImportFrom, ast.Global, ast.Nonlocal)):
            yield [node]


def _variables(tree: ast.AST) -> set[str]:
    """Names the program assigns as data (assignment and loop targets, parameters, comprehension variables, walrus
    targets), not functions, classes or imported modules."""
    names = _stored_names(tree) | {a.arg for n in ast.walk(tree) if isinstance(n, ast.arguments)
                                   for a in n.posonlyargs + n.args + n.kwonlyargs}
    defined = {n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))}
    imported = {(a.asname or a.name).split(".")[0] for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))
                for a in n.names}
    return names - defined - imported


def _operand_sites(tree: ast.AST) -> Iterator[tuple[ast.AST, str]]:
    """Yields each site AFTER mutating it in place, then restores it (as _extra_sites)."""
    from generator.problems.mutation import _annotation_nodes

    skip = _annotation_nodes(tree)
    parents = {id(child): holder for holder in ast.walk(tree) for child in ast.iter_child_nodes(holder)}
    for node in list(ast.walk(tree)):
        if id(node) in skip:
            continue
        if isinstance(node, ast.BoolOp):
            values = list(node.values)
            word = "and" if isinstance(node.op, ast.And) else "or"
            for position, value in enumerate(values):
                if len(values) == 2:
                    holder, field_name, index = _parent_slot(parents, node)
                    _replace(holder, field_name, index, values[1 - position])
                    yield node, f"`{word}` without {ast.unparse(value)[:30]}"
                    _replace(holder, field_name, index, node)
                else:
                    node.values = values[:position] + values[position + 1:]
                    yield node, f"`{word}` without {ast.unparse(value)[:30]}"
                    node.values = values
        elif isinstance(node, ast.Compare) and len(node.ops) >= 2:
            operands = [node.left, *node.comparators]
            holder, field_name, index = _parent_slot(parents, node)
            for link in range(len(node.ops)):
                kept = [k for k in range(len(node.ops)) if k != link]
                pieces = [list(group) for group in _runs(kept)]
                parts = [ast.Compare(left=operands[run[0]], ops=[node.ops[k] for k in run],
                                     comparators=[operands[k + 1] for k in run]) for run in pieces]
                chained = parts[0] if len(parts) == 1 else ast.BoolOp(op=ast.And(), values=parts)
                _replace(holder, field_name, index, ast.copy_location(chained, node))
                yield node, f"chain without `{ast.unparse(operands[link])[:20]} {op_symbol(node.ops[link])} " \
                            f"{ast.unparse(operands[link + 1])[:20]}`"
                _replace(holder, field_name, index, node)
        elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Subscript) \
                and _plain(node.slice) and _plain(node.value.slice) \
                and ast.dump(node.slice) != ast.dump(node.value.slice):
            inner = node.value
            node.slice, inner.slice = inner.slice, node.slice
            yield node, "2-D indices transposed"
            node.slice, inner.slice = inner.slice, node.slice
        elif isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Tuple) and len(node.slice.elts) == 2 \
                and not any(isinstance(e, (ast.Slice, ast.Starred)) for e in node.slice.elts) \
                and ast.dump(node.slice.elts[0]) != ast.dump(node.slice.elts[1]):
            node.slice.elts.reverse()
            yield node, "tuple key transposed"
            node.slice.elts.reverse()
    variables = _variables(tree)
    # A name indexed or with a method called is a container, any other a scalar: reading one kind as the other
    # crashes at once (`data` read as `pos`), so such a swap is no mutant worth running.
    containers = {n.value.id for n in ast.walk(tree)
                  if isinstance(n, (ast.Subscript, ast.Attribute)) and isinstance(n.value, ast.Name)}
    for unit in _statement_units(tree):
        uses = [n for part in unit for n in _walk_no_bodies(part)
                if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load) and n.id in variables and id(n) not in skip
                and not (isinstance(parents.get(id(n)), ast.Call) and parents[id(n)].func is n)]
        names = sorted({n.id for n in uses})
        for use in uses:
            old = use.id
            for other in names:
                if other != old and (other in containers) == (old in containers):
                    use.id = other
                    yield use, f"{old} read as {other} (same statement)"
            use.id = old


def _runs(positions: list[int]) -> Iterator[list[int]]:
    """Consecutive runs of sorted integers: [0, 1, 3] -> [0, 1], [3]."""
    run: list[int] = []
    for p in positions:
        if run and p != run[-1] + 1:
            yield run
            run = []
        run.append(p)
    if run:
        yield run


def _plain(index: ast.AST) -> bool:
    return not isinstance(index, (ast.Slice, ast.Tuple, ast.Starred))


def _walk_no_bodies(node: ast.AST) -> Iterator[ast.AST]:
    """ast.walk over one statement or expression without entering nested statement bodies or lambdas."""
    yield node
    for field_name, value in ast.iter_fields(node):
        if field_name in ("body", "orelse", "finalbody", "handlers") and isinstance(value, list):
            continue
        for child in value if isinstance(value, list) else [value]:
            if isinstance(child, ast.AST) and not isinstance(child, ast.Lambda):
                yield from _walk_no_bodies(child)


def _parent_slot(parents: dict[int, ast.AST], child: ast.AST) -> tuple[ast.AST, str, int | None]:
    holder = parents[id(child)]
    for field_name, value in ast.iter_fields(holder):
        if value is child:
            return holder, field_name, None
        if isinstance(value, list):
            for position, item in enumerate(value):
                if item is child:
                    return holder, field_name, position
    raise LookupError(child)


def _parent_of(tree: ast.AST, child: ast.AST) -> tuple[ast.AST, str, int | None] | None:
    for holder in ast.walk(tree):
        for field_name, value in ast.iter_fields(holder):
            if value is child:
                return holder, field_name, None
            if isinstance(value, list):
                for position, item in enumerate(value):
                    if item is child:
                        return holder, field_name, position
    return None


def _replace(holder: ast.AST, field_name: str, position: int | None, node: ast.AST) -> None:
    if position is None:
        setattr(holder, field_name, node)
    else:
        getattr(holder, field_name)[position] = node


def survivors_of_tests(draft: Draft, problem: Problem, made: list[Mutant]) -> list[int]:
    """Indices of the mutants that pass every published test: the small tests first in the gate's rounds (one
    dispatcher program, one sandbox call per round), then the large ones at the published time limit."""
    small = sorted((t for t in problem.tests if not is_max(t)), key=lambda t: len(t.input))
    large = [t for t in problem.tests if is_max(t)]
    program = mutant_dispatcher([m.source for m in made])
    alive = list(range(len(made)))
    limits = mutant_limits(draft, small)
    for low, high in MUTANT_ROUNDS:
        alive = _still_alive(draft, program, alive, small[low:high], limits)
    published = SandboxLimits(cpu_seconds=problem.limits.time_ms / 1000, wall_seconds=900, memory_mb=draft.memory_mb)
    for test in large:  # one at a time: most survivors are equivalent and must run them all anyway
        alive = _still_alive(draft, program, alive, [test], published)
    return alive


def _still_alive(draft: Draft, program: str, alive: list[int], cases: Sequence[TestCase],
                 limits: SandboxLimits) -> list[int]:
    if not cases or not alive:
        return alive
    runs = [(k, t) for k in alive for t in cases]
    results = settled(run_many, program, [f"{k}\n{t.input}" for k, t in runs], limits)
    verdicts = _judge_all(draft, [(t.input, t.output, got) for (_, t), got in zip(runs, results)])
    dead = {k for (k, _), verdict in zip(runs, verdicts) if verdict != "accepted"}
    return [k for k in alive if k not in dead]


def settled(runner: Runner, source: str, inputs: Sequence[str], limits: SandboxLimits) -> list[RunResult]:
    """`runner`'s results with every sandbox failure (the harness, not the program: e.g. a runner that could not
    clean up) run again fresh: such a failure must neither kill a mutant nor make one look distinguishable."""
    results = runner(source, inputs, limits)
    for _ in range(SANDBOX_RETRIES):
        again = [n for n, r in enumerate(results) if r.verdict is Verdict.sandbox_error]
        if not again:
            return results
        time.sleep(2)
        for n, r in zip(again, run_many(source, [inputs[n] for n in again], limits)):
            results[n] = r
    if any(r.verdict is Verdict.sandbox_error for r in results):
        raise SandboxFailure("the sandbox kept failing: " + next(r.stderr for r in results
                                                                  if r.verdict is Verdict.sandbox_error)[:200])
    return results


class SandboxFailure(RuntimeError):
    """The harness failed repeatedly: the sweep's result for this task would be noise."""


def stress_pool(package, draft: Draft, seed: int, extra: int) -> list[str]:  # noqa: ANN001
    """The draft's stress inputs plus the stress inputs and non-max tests of `extra` more drafts that THIS
    problem's validator accepts (their random params may differ), smallest first, without repeats."""
    from generator.problems.packages import build_draft

    pool = list(draft.stress)
    limits = SandboxLimits(cpu_seconds=ORACLE_CPU_SECONDS, wall_seconds=600, memory_mb=draft.memory_mb)
    for k in range(1, extra + 1):
        other = build_draft(package, random.Random(seed + EXTRA_SEED_OFFSET * k), package.spec.difficulty, "en")
        # Its stress inputs and its non-max tests (edge cases hand-made by the generator, which stress
        # generators often never print): another seed's edge case may be this seed's blind spot.
        candidates = other.draft.stress + [t.input for t in other.draft.tests
                                           if t.category != "max" and len(t.input) <= POOL_TEST_BYTES]
        checked = settled(run_shared, draft.validator, candidates, limits)
        pool += [text for text, r in zip(candidates, checked) if r.verdict is Verdict.ok]
    return sorted(set(pool), key=lambda s: (len(s), s))


def judge_on_stress(draft: Draft, made: list[Mutant], alive: list[int], pool: list[str],
                    limits: SandboxLimits) -> tuple[list[str], list[Survivor]]:
    """Equivalent survivors (descriptions) and distinguishable ones (with their smallest distinguishing input)."""
    oracle = SandboxLimits(cpu_seconds=ORACLE_CPU_SECONDS, wall_seconds=600, memory_mb=draft.memory_mb)
    truth = settled(run_shared, draft.reference, pool, oracle)
    usable = [n for n, r in enumerate(truth) if r.verdict is Verdict.ok]
    inputs = [pool[n] for n in usable]
    answers = [truth[n].stdout for n in usable]
    equivalent: list[str] = []
    found: list[Survivor] = []
    for k in alive:
        got = settled(run_shared, made[k].source, inputs, limits)
        verdicts = _judge_all(draft, list(zip(inputs, answers, got)), shared=True)
        wrong = [n for n, v in enumerate(verdicts) if v != "accepted"]
        # A pool input may be larger than the tests the mutant limit was calibrated on (another seed's edge or
        # anti test): out of time there is no evidence of a different answer until it fails at the oracle limit.
        slow = [n for n in wrong if got[n].verdict is Verdict.time_limit]
        if slow:
            again = settled(run_shared, made[k].source, [inputs[n] for n in slow], oracle)
            retried = _judge_all(draft, [(inputs[n], answers[n], r) for n, r in zip(slow, again)], shared=True)
            for n, run, verdict in zip(slow, again, retried):
                got[n], verdicts[n] = run, verdict
            wrong = [n for n in wrong if verdicts[n] != "accepted"]
        if not wrong:
            equivalent.append(made[k].description)
            continue
        n = wrong[0]  # inputs are sorted smallest first
        found.append(Survivor(made[k].description, inputs[n], answers[n], got[n].stdout[:400], verdicts[n]))
    return equivalent, found


def sweep(package, seed: int, extra: int, extra_operators: bool = False,  # noqa: ANN001
          wide_operators: bool = False, bound_operators: bool = False, only: str | None = None,
          operand_operators: bool = False) -> SeedResult:
    """One task, one seed: every mutant against the published tests, survivors against stress inputs."""
    started = time.perf_counter()
    draft, problem = build_problem(package, seed)
    result = sweep_problem(draft, problem, lambda: stress_pool(package, draft, seed, extra),
                           extra_operators=extra_operators, wide_operators=wide_operators,
                           bound_operators=bound_operators, only=only, operand_operators=operand_operators)
    result.task, result.seed = package.id, seed
    result.seconds = round(time.perf_counter() - started, 1)
    return result


def sweep_problem(draft: Draft, problem: Problem, pool: Callable[[], list[str]], *,
                  extra_operators: bool = False, wide_operators: bool = False,
                  bound_operators: bool = False, only: str | None = None,
                  operand_operators: bool = False) -> SeedResult:
    """The core, for any verified problem: `pool` gives the stress inputs (called only when a mutant survives).
    `only`: keep just the mutants whose description contains this text (e.g. "small INF")."""
    made = mutants(draft.reference, ALL_MUTANTS)
    if extra_operators:
        made += extra_mutants(draft.reference, {draft.reference} | {m.source for m in made})
    if wide_operators:
        made += wide_mutants(draft.reference, {draft.reference} | {m.source for m in made})
    if bound_operators:
        made += bound_mutants(draft.reference, {draft.reference} | {m.source for m in made})
    if operand_operators:
        made += operand_mutants(draft.reference, {draft.reference} | {m.source for m in made})
    if only is not None:
        made = [m for m in made if only in m.description]
    alive = survivors_of_tests(draft, problem, made)
    result = SeedResult(problem.id, problem.provenance.seed, len(made), len(made) - len(alive),
                        published_tests=len(problem.tests))
    if alive:
        inputs = pool()
        result.stress_inputs = len(inputs)
        limits = mutant_limits(draft, [t for t in problem.tests if not is_max(t)])
        result.equivalent, result.distinguishable = judge_on_stress(draft, made, alive, inputs, limits)
    return result


def sweep_id(task_id: str, seed: int, extra: int, extra_operators: bool = False,
             wide_operators: bool = False, bound_operators: bool = False, only: str | None = None,
             operand_operators: bool = False) -> SeedResult:
    """`sweep` by task id (picklable for the process pool); a broken build is reported, not raised."""
    from generator.problems.catalog import package_by_id

    package = package_by_id(task_id)
    error = ""
    for _ in range(SANDBOX_RETRIES):
        try:
            return sweep(package, seed, extra, extra_operators, wide_operators, bound_operators, only,
                         operand_operators)
        except Exception as exc:  # a gate error or a broken package: report it as such and go on
            error = f"{type(exc).__name__}: {exc}"[:500]
            if "sandbox_error" not in error and not isinstance(exc, SandboxFailure):
                break  # a real failure of the package: building again gives the same
            time.sleep(5)
    return SeedResult(task_id, seed, 0, 0, error=error)


def select(tasks: list[str], topics: list[str] | None, difficulty: str | None, everything: bool) -> list[str]:
    from generator.problems.catalog import all_packages

    chosen = []
    for p in all_packages():
        wanted = everything or p.id in tasks or (topics is not None and p.spec.topic in topics)
        if wanted and (difficulty is None or p.spec.difficulty.value == difficulty or p.id in tasks):
            chosen.append(p.id)
    return chosen


def report(result: SeedResult, log: Path | None) -> None:
    if result.error:
        print(f"ERROR {result.task} seed {result.seed}: {result.error}", flush=True)
        return
    print(f"{result.task} seed {result.seed}: {result.mutants} mutants, {result.killed} killed, "
          f"{len(result.equivalent)} equivalent on stress, {len(result.distinguishable)} distinguishable "
          f"({result.published_tests} tests, {result.stress_inputs} stress, {result.seconds} s)", flush=True)
    for s in result.distinguishable:
        line = (f"  SURVIVOR {s.description} [{s.verdict}]: input {s.distinguishing_input!r} reference "
                f"{s.reference_output!r} mutant {s.mutant_output!r}")
        print(line[:600], flush=True)
        if log is not None:
            with log.open("a") as fh:
                fh.write(f"{result.task}\tseed {result.seed}\t{s.description}\t{s.verdict}\t"
                         f"{s.distinguishing_input!r}\tref {s.reference_output!r}\tmutant {s.mutant_output!r}\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("tasks", nargs="*", help="task ids (topic.task)")
    parser.add_argument("--topics", nargs="+", help="every task of these topics")
    parser.add_argument("--difficulty", help="only tasks of this difficulty (with --topics / --all)")
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--seeds", nargs="+", type=int, default=[0, 1])
    parser.add_argument("--extra-stress", type=int, default=3, help="stress inputs of K more drafts per seed")
    parser.add_argument("--extra-operators", action="store_true",
                        help="also < <-> >, dropped not / unary minus, in <-> not in, is <-> is not, True <-> False")
    parser.add_argument("--wide-operators", action="store_true",
                        help="also & <-> |, ^ -> |, << <-> >>, ** -> *, break <-> continue, a simple statement "
                             "deleted, a subscript index +/- 1 (what general-purpose mutation tools add)")
    parser.add_argument("--bound-operators", action="store_true",
                        help="also range()/slice bounds +/- 1, min/max/abs arguments dropped, sibling variables "
                             "swapped at a use, returned/printed values +/- 1, if -> True/False, elif/else dropped, "
                             "op= -> =, adjacent call arguments swapped, a for loop run zero times; and contestants' "
                             "slips: a loop-body reset done once before the loop, a range() loop reversed, a sort "
                             "reversed or without its key, a large INF read as 10**9, range()/enumerate() from 1")
    parser.add_argument("--operand-operators", action="store_true",
                        help="also an operand of and/or dropped, a link of a chained comparison dropped, the two "
                             "indices of a 2-D subscript or tuple key transposed, a variable read as another "
                             "variable the same statement reads")
    parser.add_argument("--only", metavar="TEXT",
                        help="run only the mutants whose description contains TEXT (e.g. 'small INF' with "
                             "--bound-operators): the problem is still built in full, the sweep itself is cheap")
    parser.add_argument("-j", "--jobs", type=int, default=1)
    parser.add_argument("--json", type=Path, help="write every result here")
    parser.add_argument("--log", type=Path, help="append each distinguishable survivor here as it is found")
    args = parser.parse_args(argv)
    ids = select(args.tasks, args.topics, args.difficulty, args.all)
    if not ids:
        parser.error("no task matches")
    jobs = [(i, s) for i in ids for s in args.seeds]
    results: list[SeedResult] = []
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        futures = [pool.submit(sweep_id, i, s, args.extra_stress, args.extra_operators,
                               args.wide_operators, args.bound_operators, args.only, args.operand_operators)
                   for i, s in jobs]
        for future in futures:
            results.append(future.result())
            report(results[-1], args.log)
            if args.json:
                args.json.write_text(json.dumps([asdict(r) for r in results], indent=1) + "\n")
    made = sum(r.mutants for r in results)
    killed = sum(r.killed for r in results)
    equivalent = sum(len(r.equivalent) for r in results)
    distinguishable = sum(len(r.distinguishable) for r in results)
    errors = sum(r.error is not None for r in results)
    print(f"SUMMARY {len(ids)} tasks x {len(args.seeds)} seeds: {made} mutants, {killed} killed, {equivalent} "
          f"equivalent on stress, {distinguishable} distinguishable survivors, {errors} errors")
    return 1 if distinguishable or errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
