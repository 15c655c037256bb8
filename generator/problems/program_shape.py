"""Whether two programs are one program written twice: the same syntax tree once docstrings are dropped and every
name the program binds itself (variables, arguments, functions, classes, imports) is renamed in order of first use.

The gate compares a draft's brute force with its reference this way: a model asked for an independent exhaustive
check sometimes returns the reference again, and then every cross-check agrees by construction. Names the program
does not bind (builtins such as min and max, attributes, keywords) are kept, so `print(min(a))` and `print(max(a))`
stay different programs. A copy with one real change is not caught here; the brute force's job is to disagree with
a wrong reference, which a copy cannot do, and a near-copy is what the stress cases then test.
"""
from __future__ import annotations

import ast


def same_program(first: str, second: str) -> bool:
    try:
        return _shape(first) == _shape(second)
    except SyntaxError:
        return False


def _shape(source: str) -> str:
    tree = ast.parse(source)
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (isinstance(body, list) and len(body) > 1 and isinstance(body[0], ast.Expr)
                and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str)):
            del body[0]
    bound = _bound_names(tree)
    renamed: dict[str, str] = {}

    def rename(name: str) -> str:
        return renamed.setdefault(name, f"_{len(renamed)}") if name in bound else name

    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            node.id = rename(node.id)
        elif isinstance(node, ast.arg):
            node.arg = rename(node.arg)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            node.name = rename(node.name)
        elif isinstance(node, ast.alias) and node.asname:
            node.asname = rename(node.asname)
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            node.names = [rename(name) for name in node.names]
    return ast.dump(tree, annotate_fields=False, include_attributes=False)


def _bound_names(tree: ast.AST) -> set[str]:
    bound: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            bound.add(node.id)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.add(node.name)
        elif isinstance(node, ast.alias) and node.asname:
            bound.add(node.asname)
    return bound
