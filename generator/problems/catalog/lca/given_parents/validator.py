"""Input validator for lca.given_parents: python validator.py maxn= maxq= < input; exit 0 iff valid.
N (1..maxn), then N-1 lines `p c` (p is the parent of c, p != c): every vertex is a child at most once and the
links have no cycle, so they form a tree rooted at the one vertex that is nobody's child. Then Q (1..maxq) and Q
lines `u v` with 1 <= u, v <= N. Single spaces, final newline, no leading zeros."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXQ = int(opts["maxn"]), int(opts["maxq"])
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
group = list(range(n + 1))
is_child = [False] * (n + 1)


def find(x):
    while group[x] != x:
        group[x] = group[group[x]]
        x = group[x]
    return x


for line in lines[1:n]:
    values = [int(t) for t in line.split(" ")]
    assert len(values) == 2, "a parent line holds two vertices"
    p, c = values
    assert 1 <= p <= n and 1 <= c <= n, "vertex out of range"
    assert p != c, "a vertex is its own parent"
    assert not is_child[c], "a vertex has two parents"
    is_child[c] = True
    a, b = find(p), find(c)
    assert a != b, "parent links form a cycle"
    group[a] = b
assert len(lines[n].split(" ")) == 1, "Q must stand alone on its line"
q = int(lines[n])
assert 1 <= q <= MAXQ, "Q out of range"
assert len(lines) == n + 1 + q, "exactly Q query lines expected"
for line in lines[n + 1:]:
    values = [int(t) for t in line.split(" ")]
    assert len(values) == 2, "a query line holds two vertices"
    assert all(1 <= x <= n for x in values), "query vertex out of range"
