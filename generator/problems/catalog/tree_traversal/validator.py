"""Input validator for the tree-traversal tasks: python validator.py variant=V maxn= [maxq=] [maxa=] < input; exit 0
iff valid. parents / subtree_sizes: N, then N-1 edges. ancestor_queries: `N Q` (1 <= Q <= maxq), N-1 edges, Q
lines `u v` (1 <= u, v <= N). max_independent: N, a line of N values (1 <= a_i <= maxa), N-1 edges. The edges
form a tree: no self-loop, no repeated pair, connected (union-find: every edge joins two different parts)."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
VARIANT, MAXN = opts["variant"], int(opts["maxn"])
NUMS = re.compile(r"(?:0|[1-9][0-9]*)(?: (?:0|[1-9][0-9]*))*")

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
pos = 0


def ints(count=None):
    global pos
    assert pos < len(lines), "unexpected end of input"
    text = lines[pos]
    pos += 1
    assert NUMS.fullmatch(text), "non-negative integers separated by single spaces expected"
    found = [int(t) for t in text.split(" ")]
    assert count is None or len(found) == count, f"expected {count} integers on a line"
    return found


if VARIANT == "ancestor_queries":
    n, q = ints(2)
    assert 1 <= q <= int(opts["maxq"]), "Q out of range"
else:
    (n,) = ints(1)
assert 1 <= n <= MAXN, "N out of range"
if VARIANT == "max_independent":
    values = ints(n)
    assert all(1 <= a <= int(opts["maxa"]) for a in values), "value out of range"
parent = list(range(n + 1))


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


for _ in range(n - 1):
    u, v = ints(2)
    assert 1 <= u <= n and 1 <= v <= n, "vertex out of range"
    assert u != v, "self-loop"
    a, b = find(u), find(v)
    assert a != b, "edges form a cycle (not a tree)"
    parent[a] = b
if VARIANT == "ancestor_queries":
    for _ in range(q):
        u, v = ints(2)
        assert 1 <= u <= n and 1 <= v <= n, "query vertex out of range"
assert pos == len(lines), "extra lines after the input"
