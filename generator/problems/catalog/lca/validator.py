"""Input validator for the LCA tasks: python validator.py maxn= maxq= [maxw=] < input; exit 0 iff valid.
N, then N-1 edges `u v` (or `u v w`, 1 <= w <= maxw) forming a tree (no self-loop, no cycle), then Q (1..maxq)
and Q lines `u v` with 1 <= u, v <= N. Single spaces, final newline, no leading zeros."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXQ = int(opts["maxn"]), int(opts["maxq"])
MAXW = int(opts["maxw"]) if "maxw" in opts else None
NUMS = re.compile(r"(?:0|[1-9][0-9]*)(?: (?:0|[1-9][0-9]*))*")

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
for line in lines:
    assert NUMS.fullmatch(line), "non-negative integers separated by single spaces expected"
assert len(lines[0].split(" ")) == 1, "first line must hold N alone"
n = int(lines[0])
assert 1 <= n <= MAXN, "N out of range"
assert len(lines) >= n + 1, "too few lines"
parent = list(range(n + 1))


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


for line in lines[1:n]:
    values = [int(t) for t in line.split(" ")]
    assert len(values) == (3 if MAXW is not None else 2), "wrong number of integers on an edge line"
    u, v = values[0], values[1]
    assert 1 <= u <= n and 1 <= v <= n, "vertex out of range"
    assert u != v, "self-loop"
    if MAXW is not None:
        assert 1 <= values[2] <= MAXW, "weight out of range"
    a, b = find(u), find(v)
    assert a != b, "edges form a cycle (not a tree)"
    parent[a] = b
assert len(lines[n].split(" ")) == 1, "Q must stand alone on its line"
q = int(lines[n])
assert 1 <= q <= MAXQ, "Q out of range"
assert len(lines) == n + 1 + q, "exactly Q query lines expected"
for line in lines[n + 1:]:
    values = [int(t) for t in line.split(" ")]
    assert len(values) == 2, "a query line holds two vertices"
    assert all(1 <= x <= n for x in values), "query vertex out of range"
