"""Input validator for the graph tasks of 0-1 BFS: python graph_validator.py variant= maxn= maxm= < input.
`N M`, then exactly M lines: `u v w` with w in {0, 1} and no unordered pair twice (variant=weighted), or `u v`
with no ordered pair twice (variant=reverse); 1 <= u, v <= N, u != v. Single spaces, final newline."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
WEIGHTED = opts["variant"] == "weighted"
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
INT = r"(0|[1-9][0-9]*)"
EDGE = re.compile(rf"{INT} {INT} ([01])" if WEIGHTED else rf"{INT} {INT}")

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
first = re.fullmatch(rf"{INT} {INT}", lines[0])
assert first, "first line must be `N M`"
n, m = int(first.group(1)), int(first.group(2))
assert 1 <= n <= MAXN, "N out of range"
assert 0 <= m <= MAXM, "M out of range"
assert len(lines) == m + 1, "exactly M edge lines expected"
seen = set()
for line in lines[1:]:
    match = EDGE.fullmatch(line)
    assert match, "bad edge line"
    u, v = int(match.group(1)), int(match.group(2))
    assert 1 <= u <= n and 1 <= v <= n, "vertex out of range"
    assert u != v, "self-loop"
    key = (min(u, v), max(u, v)) if WEIGHTED else (u, v)
    assert key not in seen, "repeated edge"
    seen.add(key)
