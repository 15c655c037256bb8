"""Input validator for the tree-diameter tasks: python validator.py variant=V maxn= [maxw=] < input; exit 0 iff
valid. N on the first line, then exactly N-1 edges `u v` (or `u v w` when maxw is given, 1 <= w <= maxw) that
form a tree: no self-loop, no repeated pair, connected (union-find: every edge joins two different parts)."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN = int(opts["maxn"])
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
assert len(lines) == n, "exactly N-1 edge lines expected"
parent = list(range(n + 1))


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


for line in lines[1:]:
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
