"""Input validator for tree_traversal.leaves_after_removal: python validator.py maxn= < input; exit 0 iff valid.
N (1..maxn); N integers p_1..p_N on one line, exactly one of them 0 (the root), the others in 1..N, p_i != i, and
every vertex reaches the root by following parents (no cycle); then d (1..N). Single spaces, final newline, no
leading zeros."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN = int(opts["maxn"])
NUMS = re.compile(r"(?:0|[1-9][0-9]*)(?: (?:0|[1-9][0-9]*))*")

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 3, "three lines expected: N, the parents, d"
for line in lines:
    assert NUMS.fullmatch(line), "non-negative integers separated by single spaces expected"
assert len(lines[0].split(" ")) == 1, "first line must hold N alone"
n = int(lines[0])
assert 1 <= n <= MAXN, "N out of range"
par = [0] + [int(t) for t in lines[1].split(" ")]
assert len(par) == n + 1, "exactly N parents expected"
assert par.count(0) == 2, "exactly one root (parent 0) expected"
for v in range(1, n + 1):
    assert 0 <= par[v] <= n, "parent out of range"
    assert par[v] != v, "a vertex is its own parent"
kids = [[] for _ in range(n + 1)]
root = 0
for v in range(1, n + 1):
    if par[v]:
        kids[par[v]].append(v)
    else:
        root = v
order = [root]
for x in order:
    order.extend(kids[x])
assert len(order) == n, "some vertex does not reach the root (cycle)"
assert len(lines[2].split(" ")) == 1, "d must stand alone"
d = int(lines[2])
assert 1 <= d <= n, "d out of range"
