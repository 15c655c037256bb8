"""Input validator for tree_diameter.diameter_pairs: python validator.py maxn= < input; exit 0 iff valid.
N (1..maxn), N-1 edges `u v` forming a tree (no self-loop, no repeated pair, no cycle).
Single spaces, final newline, no leading zeros."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN = int(opts["maxn"])
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
dsu = list(range(n + 1))


def find(x):
    while dsu[x] != x:
        dsu[x] = dsu[dsu[x]]
        x = dsu[x]
    return x


for line in lines[1:n]:
    values = [int(t) for t in line.split(" ")]
    assert len(values) == 2, "an edge line holds two vertices"
    u, v = values
    assert 1 <= u <= n and 1 <= v <= n, "vertex out of range"
    assert u != v, "self-loop"
    a, b = find(u), find(v)
    assert a != b, "edges form a cycle or repeat a pair (not a tree)"
    dsu[a] = b
