"""A stated bound written into a validator as another number, for the gate's bound check (gate.bound_gaps): an LLM
draft's validator and a catalog package's bound written as a number in task.toml (not a param) are lowered so."""
from __future__ import annotations

import ast
import math


def lowered_bound(source: str, high: int | float, floor: int | float) -> str | None:
    """The validator with every constant expression equal to the stated bound `high` (`200000`, `2 * 10**5`, `2e5`)
    written as `floor`, for the gate's bound check (gate.bound_gaps); None if it never writes that number. A
    constant expression is taken whole: in `-10**9` the 10**9 is not the bound 10**9 (it is the low end)."""
    found = False

    class Lower(ast.NodeTransformer):
        def visit(self, node: ast.AST) -> ast.AST:
            nonlocal found
            if isinstance(node, ast.expr):
                value = _constant_number(node)
                if value is not None:
                    if value == high:
                        found = True
                        number: ast.expr = ast.Constant(abs(floor))
                        if floor < 0:
                            number = ast.UnaryOp(ast.USub(), number)
                        return ast.copy_location(number, node)
                    return node
            return self.generic_visit(node)

    try:  # a model's program: nesting deep enough for the walk's recursion is no bound written as stated
        lowered = ast.unparse(ast.fix_missing_locations(Lower().visit(ast.parse(source))))
    except (Exception, RecursionError, MemoryError):  # noqa: BLE001 - whatever a model's program does to ast
        return None
    return lowered if found else None


_FOLD = {ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b, ast.Mult: lambda a, b: a * b,
         ast.FloorDiv: lambda a, b: a // b, ast.Div: lambda a, b: a / b}


def _constant_number(node: ast.expr) -> int | float | None:
    """The value of an expression made of number literals and + - * / // ** alone, else None (small powers only, and
    nothing past 10^40 in magnitude: no bound is, and a product of many large literals is the worker's CPU)."""
    if isinstance(node, ast.Constant):
        value = node.value
        return value if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) \
            else None
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        inner = _constant_number(node.operand)
        return None if inner is None else (-inner if isinstance(node.op, ast.USub) else inner)
    if isinstance(node, ast.BinOp):
        left, right = _constant_number(node.left), _constant_number(node.right)
        if left is None or right is None:
            return None
        try:
            if isinstance(node.op, ast.Pow):
                value = left ** right if abs(left) <= 10**6 and 0 <= right <= 64 else None
            else:
                fold = _FOLD.get(type(node.op))
                value = None if fold is None else fold(left, right)
        except (ArithmeticError, ValueError):
            return None
        return value if value is not None and abs(value) <= 10**40 else None
    return None
