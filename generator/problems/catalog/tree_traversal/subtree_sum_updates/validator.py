"""Input validator for tree_traversal.subtree_sum_updates: python validator.py maxn= maxq= maxa= < input.
`N Q` (1..maxn, 1..maxq); N values in 1..maxa; N-1 edges forming a tree; Q operations `1 v x` (1 <= x <= maxa) or
`2 v`, with 1 <= v <= N and at least one `2`. Single spaces, final newline, no leading zeros; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXQ, MAXA = int(opts["maxn"]), int(opts["maxq"]), int(opts["maxa"])
NUMS = re.compile(r"(?:0|[1-9][0-9]*)(?: (?:0|[1-9][0-9]*))*")

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
for line in lines:
    assert NUMS.fullmatch(line), "non-negative integers separated by single spaces expected"
head = [int(t) for t in lines[0].split(" ")]
assert len(head) == 2, "first line must hold N and Q"
n, q = head
assert 1 <= n <= MAXN, "N out of range"
assert 1 <= q <= MAXQ, "Q out of range"
assert len(lines) == 1 + 1 + (n - 1) + q, "wrong number of lines"
vals = [int(t) for t in lines[1].split(" ")]
assert len(vals) == n, "exactly N values expected"
assert all(1 <= a <= MAXA for a in vals), "value out of range"
dsu = list(range(n + 1))


def find(x):
    while dsu[x] != x:
        dsu[x] = dsu[dsu[x]]
        x = dsu[x]
    return x


for line in lines[2:n + 1]:
    values = [int(t) for t in line.split(" ")]
    assert len(values) == 2, "an edge line holds two vertices"
    u, v = values
    assert 1 <= u <= n and 1 <= v <= n, "vertex out of range"
    assert u != v, "self-loop"
    a, b = find(u), find(v)
    assert a != b, "edges form a cycle (not a tree)"
    dsu[a] = b
sums = 0
for line in lines[n + 1:]:
    values = [int(t) for t in line.split(" ")]
    assert values[0] in (1, 2), "operation type must be 1 or 2"
    if values[0] == 1:
        assert len(values) == 3, "`1 v x` expected"
        assert 1 <= values[2] <= MAXA, "new value out of range"
    else:
        assert len(values) == 2, "`2 v` expected"
        sums += 1
    assert 1 <= values[1] <= n, "vertex out of range"
assert sums >= 1, "at least one sum question expected"
