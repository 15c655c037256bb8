"""Input validator for tree_traversal.level_width: python validator.py maxn= < input; exit 0 iff valid.
N (1..maxn), then N lines `v l r`: every vertex 1..N starts exactly one line; l and r are 0 or a vertex other
than v, l != r unless both are 0; every vertex is the child of at most one vertex, exactly one vertex (the root)
is nobody's child, and every vertex is reachable from it. Single spaces, final newline, no leading zeros."""
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
assert len(lines) == n + 1, "exactly N vertex lines expected"
children = [None] * (n + 1)
is_child = [False] * (n + 1)
for line in lines[1:]:
    values = [int(t) for t in line.split(" ")]
    assert len(values) == 3, "a vertex line holds v, l and r"
    v, l, r = values
    assert 1 <= v <= n, "vertex out of range"
    assert children[v] is None, "a vertex has two lines"
    assert 0 <= l <= n and 0 <= r <= n, "child out of range"
    assert l != v and r != v, "a vertex is its own child"
    assert l != r or l == 0, "the same child on both sides"
    children[v] = (l, r)
    for c in (l, r):
        if c:
            assert not is_child[c], "a vertex has two parents"
            is_child[c] = True
roots = [v for v in range(1, n + 1) if not is_child[v]]
assert len(roots) == 1, "exactly one vertex must be nobody's child"
order = [roots[0]]
for x in order:
    order.extend(c for c in children[x] if c)
    assert len(order) <= n, "cycle"
assert len(order) == n, "some vertex is not reachable from the root"
