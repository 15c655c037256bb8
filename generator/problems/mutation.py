"""Single-point mutants of a reference solution: what a contestant with an off-by-one submits.

Operators: comparison swaps (< ↔ <=, > ↔ >=, == ↔ !=) and direction flips (< ↔ >, <= ↔ >=, in ↔ not in, is ↔
is not), arithmetic swaps (+ ↔ -, * ↔ //, // ↔ %), integer constants ± 1, a dropped unary minus (-1 → +1) or
`not`, True ↔ False, min ↔ max, and ↔ or, augmented assignments (+= ↔ -=), and a subscript's index ± 1 (`a[i]` →
`a[i + 1]`, `a[i - 1]`: the flat-grid and neighbour-cell slips that outside mutation tools make and that the other
operators cannot reach), and at a use, a variable read as its sibling: the other name of one tuple target (`r, c =
divmod(cell, m)`: r ↔ c, a name's neighbours in the tuple) or, inside an inner for loop, the outer and inner loop variables by each other (i ↔ j). The
swap is the slip behind every defect the other operators missed in a sweep of 80 tasks with general mutation tools'
operators (scripts/mutation_sweep.py --bound-operators: n read as m, R * R for R * C). Every mutant differs from the reference at
exactly one node, compiles, and is deterministic in the source (same reference → same mutants, same order), so the
tests the gate adds to kill them keep the artifact byte-identical per seed.
"""
from __future__ import annotations

import ast
import binascii
import functools
import marshal
from collections.abc import Callable, Iterator
from dataclasses import dataclass

COMPARE_SWAPS: dict[type, type] = {ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt,
                                   ast.Eq: ast.NotEq, ast.NotEq: ast.Eq}
BINOP_SWAPS: dict[type, type] = {ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.FloorDiv,
                                 ast.FloorDiv: ast.Mod, ast.Mod: ast.FloorDiv}
BOOL_SWAPS: dict[type, type] = {ast.And: ast.Or, ast.Or: ast.And}
# What an outside mutation tool also tries: the sentinel `-1` read as `1` once survived every published test.
COMPARE_FLIPS: dict[type, type] = {ast.Lt: ast.Gt, ast.Gt: ast.Lt, ast.LtE: ast.GtE, ast.GtE: ast.LtE,
                                   ast.In: ast.NotIn, ast.NotIn: ast.In, ast.Is: ast.IsNot, ast.IsNot: ast.Is}
CALL_SWAPS = {"min": "max", "max": "min"}


@dataclass(frozen=True)
class Mutant:
    description: str  # e.g. "line 12: < → <="
    source: str


# Subscripts of these names are type expressions (`list[int]`, `deque[tuple[int, int]]`), not indexing.
TYPE_NAMES = frozenset({"list", "dict", "set", "frozenset", "tuple", "type", "deque", "defaultdict", "Counter",
                        "OrderedDict", "Optional", "Union", "Callable", "Iterable", "Iterator", "Sequence"})


def _annotation_nodes(tree: ast.AST) -> set[int]:
    """ids of every node inside an annotation: `def f(a: list[int]) -> dict[int, int]` or `x: list[int] = []`.
    Python never evaluates a local variable's annotation, and a mutated parameter annotation (`list[int + 1]`) only
    crashes at the def: mutants there are equivalent or die at once, so making them is wasted work."""
    annotations: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.arg) and node.annotation is not None:
            annotations.append(node.annotation)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.returns is not None:
            annotations.append(node.returns)
        elif isinstance(node, ast.AnnAssign):
            annotations.append(node.annotation)
    return {id(inner) for annotation in annotations for inner in ast.walk(annotation)}


def _sites(tree: ast.AST) -> Iterator[tuple[ast.AST, str, object]]:
    """(node, kind, detail) of every mutable point, in source order; none inside a type annotation."""
    skip = _annotation_nodes(tree)
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Compare):
            for i, op in enumerate(node.ops):
                if type(op) in COMPARE_SWAPS:
                    yield node, "compare", i
                if type(op) in COMPARE_FLIPS:
                    yield node, "flip", i
        elif isinstance(node, (ast.BinOp, ast.AugAssign)) and type(node.op) in BINOP_SWAPS:
            yield node, "binop", None
        elif isinstance(node, ast.BoolOp) and type(node.op) in BOOL_SWAPS:
            yield node, "boolop", None
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in CALL_SWAPS:
            yield node, "call", None
        elif (isinstance(node, ast.Subscript) and _plain_index(node.slice)
              and not (isinstance(node.value, ast.Name) and node.value.id in TYPE_NAMES)):
            yield node, "index+", None
            yield node, "index-", None
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.Not)):
            yield node, "unary", None
        elif isinstance(node, ast.Constant) and type(node.value) is bool:
            yield node, "bool", None
        elif (isinstance(node, ast.Constant) and type(node.value) is int and 0 <= node.value <= 10**6
              and not _is_limit_like(node.value)):
            yield node, "const+", None
            if node.value > 0:
                yield node, "const-", None
    for use, other in sibling_swaps(tree):
        if id(use) not in skip:
            yield use, "swap", other


def sibling_swaps(tree: ast.AST, neighbours_only: bool = True) -> list[tuple[ast.Name, str]]:
    """(use site, replacement name), in a deterministic order: a loaded name replaced by its neighbour in a tuple
    target in its own function (`r, c = divmod(cell, m)`, `for u, v in edges`), or inside an inner for loop's body,
    the outer and inner loop targets by each other."""
    parents = {id(child): node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}

    def scope(node: ast.AST) -> int:
        while id(node) in parents and not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            node = parents[id(node)]
        return id(node)

    siblings: dict[tuple[int, str], set[str]] = {}
    for node in ast.walk(tree):
        targets: list[ast.AST] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, (ast.For, ast.comprehension)):
            targets = [node.target]
        for target in targets:
            if isinstance(target, ast.Tuple):
                names = [e.id if isinstance(e, ast.Name) else None for e in target.elts]
                # The gate takes its neighbours in the tuple only: a slip swaps adjacent names (r, c; u, v; lo, hi),
                # and a long tuple (a die's six faces) would otherwise make a mutant per pair.
                for at, name in enumerate(names):
                    near = ({names[k] for k in (at - 1, at + 1) if 0 <= k < len(names)} if neighbours_only
                            else set(names)) - {None, name}
                    if name is not None:
                        siblings.setdefault((scope(node), name), set()).update(near)
    swaps: list[tuple[ast.Name, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            for other in sorted(siblings.get((scope(node), node.id), ())):
                swaps.append((node, other))
    for outer in ast.walk(tree):
        if not (isinstance(outer, ast.For) and isinstance(outer.target, ast.Name)):
            continue
        for inner in ast.walk(outer):
            if inner is outer or not (isinstance(inner, ast.For) and isinstance(inner.target, ast.Name)):
                continue
            pair = {outer.target.id: inner.target.id, inner.target.id: outer.target.id}
            if len(pair) < 2:
                continue
            for statement in inner.body:
                for node in ast.walk(statement):
                    if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id in pair:
                        swaps.append((node, pair[node.id]))
    return list(dict.fromkeys(swaps))  # (AST nodes hash by identity)


def _plain_index(index: ast.AST) -> bool:
    """An index that `+ 1` could shift: not a slice or a tuple key, and not a constant (`a[0]`, `a[-1]`: the
    constant operators already make `a[1]` and `a[-2]`; a string key only makes a mutant that crashes at once)."""
    if isinstance(index, ast.UnaryOp):
        index = index.operand
    return not isinstance(index, (ast.Slice, ast.Tuple, ast.Constant))


def _is_limit_like(value: int) -> bool:
    """Recursion limits, buffer sizes and moduli are not where off-by-ones hide; mutating them only makes
    mutants that crash or are equivalent."""
    return value >= 10**5 and value in (10**5, 10**6, 1 << 20, 1 << 25, 10**9 + 7, 998244353)


def mutants(source: str, limit: int) -> list[Mutant]:
    """Up to `limit` mutants, spread evenly over the mutable points of `source` (all of them when fewer)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    everything = list(_sites(tree))
    everything.sort(key=lambda s: (getattr(s[0], "lineno", 0), getattr(s[0], "col_offset", 0), s[1]))
    sites = everything
    if len(sites) > limit:
        step = len(sites) / limit
        sites = [sites[int(i * step)] for i in range(limit)]
    found: list[Mutant] = []
    seen: set[str] = set()
    parents = {id(child): node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    texts: dict[tuple[int, int, bool], str] = {}
    # One tree, each mutation undone after its text is taken (a fresh parse and walk per mutant cost most of the
    # time). The node mutated is the first site in source order with the same position, type and kind, as it
    # was when each mutant had its own tree: nested nodes starting at one column (`a + b + c`) are one site.
    for site in sites:
        node = _same_site(everything, site)
        if node is None:
            continue
        _, kind, detail = site
        undo = _undo(node, kind, detail)
        description = _apply(node, kind, detail)
        try:
            text = _unparse(tree, _statements_around(node, parents), texts)
            compiled(text)
        except (SyntaxError, ValueError):
            continue
        finally:
            undo()
        if text not in seen:
            seen.add(text)
            found.append(Mutant(f"line {getattr(node, 'lineno', '?')}: {description}", text))
    return found


def _statements_around(node: ast.AST, parents: dict[int, ast.AST]) -> set[int]:
    """The ids of the statements that contain `node` (itself included): the only ones a mutation of it changes."""
    around = set()
    while node is not None:
        if isinstance(node, ast.stmt):
            around.add(id(node))
        node = parents.get(id(node))  # type: ignore[assignment]
    return around


if hasattr(ast, "_Unparser"):
    class _Unparser(ast._Unparser):  # type: ignore[name-defined, misc]
        """ast.unparse for the many mutants of one tree: a statement that does not contain the mutated node is
        written as it was the first time it was written at that indentation (in `texts`), not walked again. Walking
        every statement of every mutant was three quarters of making the mutants (lca.path_max: 267 mutants, 0.9 s).
        A statement's text depends only on its own subtree, its indentation and whether anything was written before
        it (the newline `fill` starts with). Every mutant of all 2,380 catalog programs came out the same as with
        ast.unparse when this was written; tests/unit/test_mutation.py compares 7 references' mutants."""

        def __init__(self, changed: set[int] | None = None, texts: dict[tuple[int, int, bool], str] | None = None,
                     **options: bool) -> None:
            super().__init__(**options)  # (an f-string's parts are written by a nested one: type(self)(**options))
            self._changed = changed or set()
            self._texts = {} if texts is None else texts

        def traverse(self, node):  # type: ignore[no-untyped-def]  # noqa: ANN001, ANN202
            if not isinstance(node, ast.stmt) or id(node) in self._changed:
                return super().traverse(node)
            key = (id(node), self._indent, bool(self._source))
            text = self._texts.get(key)
            if text is None:
                start = len(self._source)
                super().traverse(node)
                self._texts[key] = "".join(self._source[start:])
            else:
                self._source.append(text)
            return None


def _unparse(tree: ast.AST, changed: set[int], texts: dict[tuple[int, int, bool], str]) -> str:
    if not hasattr(ast, "_Unparser"):  # (a private class; ast.unparse is the same, only slower)
        return ast.unparse(tree)
    return _Unparser(changed, texts).visit(tree)


@functools.lru_cache(maxsize=1024)
def compiled(source: str) -> str:
    """`source` compiled as the sandbox's interpreter compiles a program (the same interpreter binary; no inherited
    __future__ flags, no -O), marshalled and base64-encoded for the mutant dispatcher. Raises SyntaxError or
    ValueError where it does not compile. Cached: mutants() checks each mutant with it, the dispatcher then takes it
    (1,024 entries hold two problems' mutants at MAX_MUTANTS each, a few MB: the worker's memory stays bounded)."""
    code = compile(source, "solution.py", "exec", dont_inherit=True, optimize=0)
    return binascii.b2a_base64(marshal.dumps(code), newline=False).decode("ascii")


def _undo(node: ast.AST, kind: str, detail: object) -> Callable[[], None]:
    """Puts back what `_apply(node, kind, detail)` is about to change."""
    if kind in ("compare", "flip"):
        i, op = int(detail), node.ops[int(detail)]  # type: ignore[arg-type, attr-defined]
        return lambda: node.ops.__setitem__(i, op)  # type: ignore[attr-defined]
    if kind == "call":
        name = node.func.id  # type: ignore[attr-defined]
        return lambda: setattr(node.func, "id", name)  # type: ignore[attr-defined]
    if kind in ("index+", "index-"):
        index = node.slice  # type: ignore[attr-defined]
        return lambda: setattr(node, "slice", index)
    if kind == "swap":
        name = node.id  # type: ignore[attr-defined]
        return lambda: setattr(node, "id", name)
    saved = {field: getattr(node, field) for field in ("op", "operand", "value") if hasattr(node, field)}
    return lambda: [setattr(node, field, value) for field, value in saved.items()] and None


def _same_site(target: list[tuple[ast.AST, str, object]], site: tuple[ast.AST, str, object]) -> ast.AST | None:
    node, kind, detail = site
    for other, other_kind, other_detail in target:
        if (other_kind, other_detail) == (kind, detail) and getattr(other, "lineno", 0) == getattr(node, "lineno", 0) \
                and getattr(other, "col_offset", 0) == getattr(node, "col_offset", 0) and type(other) is type(node):
            return other
    return None


def _apply(node: ast.AST, kind: str, detail: object) -> str:
    if kind in ("compare", "flip"):
        i = int(detail)  # type: ignore[arg-type]
        old = node.ops[i]  # type: ignore[attr-defined]
        node.ops[i] = (COMPARE_SWAPS if kind == "compare" else COMPARE_FLIPS)[type(old)]()  # type: ignore[attr-defined]
        return f"{op_symbol(old)} → {op_symbol(node.ops[i])}"  # type: ignore[attr-defined]
    if kind == "unary":  # the UnaryOp node itself stays (its op or operand changes), so `_undo` can put it back
        if isinstance(node.op, ast.USub):  # type: ignore[attr-defined]
            node.op = ast.UAdd()  # type: ignore[attr-defined]
            return "drop unary -"
        node.operand = ast.UnaryOp(op=ast.Not(), operand=node.operand)  # type: ignore[attr-defined]
        return "drop not"  # `not not x`: x's truth value, where `not x` stood
    if kind == "bool":
        node.value = not node.value  # type: ignore[attr-defined]
        return f"{not node.value} → {node.value}"  # type: ignore[attr-defined]
    if kind == "binop":
        old = node.op  # type: ignore[attr-defined]
        node.op = BINOP_SWAPS[type(old)]()  # type: ignore[attr-defined]
        return f"{op_symbol(old)} → {op_symbol(node.op)}"  # type: ignore[attr-defined]
    if kind == "boolop":
        old = node.op  # type: ignore[attr-defined]
        node.op = BOOL_SWAPS[type(old)]()  # type: ignore[attr-defined]
        return f"{op_symbol(old)} → {op_symbol(node.op)}"  # type: ignore[attr-defined]
    if kind == "call":
        old_name = node.func.id  # type: ignore[attr-defined]
        node.func.id = CALL_SWAPS[old_name]  # type: ignore[attr-defined]
        return f"{old_name} → {node.func.id}"  # type: ignore[attr-defined]
    if kind in ("index+", "index-"):
        sign = kind[-1]
        node.slice = ast.BinOp(left=node.slice, op=ast.Add() if sign == "+" else ast.Sub(),  # type: ignore[attr-defined]
                               right=ast.Constant(1))
        return f"index {sign} 1"
    if kind == "swap":
        old_name = node.id  # type: ignore[attr-defined]
        node.id = str(detail)  # type: ignore[attr-defined]
        return f"{old_name} → {detail} at a use"
    delta = 1 if kind == "const+" else -1
    old_value = node.value  # type: ignore[attr-defined]
    node.value = old_value + delta  # type: ignore[attr-defined]
    return f"{old_value} → {node.value}"  # type: ignore[attr-defined]


_SYMBOLS = {ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!=", ast.Add: "+",
            ast.Sub: "-", ast.Mult: "*", ast.FloorDiv: "//", ast.Mod: "%", ast.And: "and", ast.Or: "or",
            ast.In: "in", ast.NotIn: "not in", ast.Is: "is", ast.IsNot: "is not"}


def op_symbol(op: ast.AST) -> str:
    return _SYMBOLS.get(type(op), type(op).__name__)


# One program for all mutants of a problem: the first stdin line picks the mutant. It is read byte by byte from
# fd 0, so the mutant's own reading (sys.stdin, open(0), os.read(0, ...)) starts right after it. Each mutant comes
# compiled (marshal, base64): the gate's rounds run each mutant in a process of its own (forked per mutant from the
# shared harness), where compiling its source again cost about a millisecond per mutant per round, more than its
# run on a small case. The code object is what the sandbox's own interpreter would compile from the source (same
# interpreter binary, no inherited __future__ flags, no -O). In one process its later inputs reuse it.
DISPATCHER = """import os as _os, sys as _sys
_line = b""
while not _line.endswith(b"\\n"):
    _byte = _os.read(0, 1)
    if not _byte:
        break
    _line += _byte
_codes = _sys.__dict__.setdefault("_mutant_codes", {})
_index = int(_line)
if _index not in _codes:
    import binascii as _binascii, marshal as _marshal
    _codes[_index] = _marshal.loads(_binascii.a2b_base64(_CODES[_index]))
    del _binascii, _marshal
_code = _codes[_index]
del _os, _sys, _line, _byte, _codes, _index
exec(_code, globals())
"""

# Imported by the shared harness before it forks a process per mutant (jail/shared_harness.py, "preload"): the
# dispatcher's own decoder, so no mutant's process loads it again.
DISPATCHER_MODULES = ("binascii", "marshal")


def imported_modules(source: str) -> tuple[str, ...]:
    """The top-level names of the modules `source` imports (absolute imports anywhere in it), in first-seen order,
    after the dispatcher's own: what a shared process may import once before forking a process per mutant."""
    names = list(DISPATCHER_MODULES)
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return tuple(names)
    for node in ast.walk(tree):
        found = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                 else [node.module] if isinstance(node, ast.ImportFrom) and node.module and not node.level else [])
        names += [name.split(".")[0] for name in found]
    return tuple(dict.fromkeys(names))


def mutant_dispatcher(sources: list[str]) -> str:
    codes = [compiled(source) for source in sources]
    # A tuple of constants is one constant of the dispatcher's code: running it takes one reference. A list literal
    # is built on every run, taking a reference to every mutant's string: in a process forked per mutant, a write to
    # each string's page (copied on write). Not measured apart from the other changes of 8f5d2bdd.
    return f"_CODES = {tuple(codes)!r}\n" + DISPATCHER
