"""Input validator for the topological-sort tasks: python validator.py variant=V maxn= maxm= [maxw=] < input;
exit 0 iff valid. Every variant: simple directed graph (no self-loops, no repeated ordered pair), strict format.
variant check_order: a permutation of 1..N follows the edges; check_order, semesters, critical_path: the graph
is acyclic; critical_path: every edge carries a weight 1..maxw; smallest_order: cycles allowed."""
import re
import sys
from collections import deque

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
VARIANT, MAXN, MAXM = opts["variant"], int(opts["maxn"]), int(opts["maxm"])
MAXW = int(opts.get("maxw", "0"))
NUMS = re.compile(r"(?:0|[1-9][0-9]*)(?: (?:0|[1-9][0-9]*))*")

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
pos = 0


def ints(count):
    global pos
    assert pos < len(lines), "unexpected end of input"
    text = lines[pos]
    pos += 1
    assert NUMS.fullmatch(text), "non-negative integers separated by single spaces expected"
    values = [int(t) for t in text.split(" ")]
    assert len(values) == count, f"expected {count} integers on a line"
    return values


n, m = ints(2)
assert 1 <= n <= MAXN, "N out of range"
assert 0 <= m <= MAXM, "M out of range"
seen = set()
adj = [[] for _ in range(n + 1)]
indeg = [0] * (n + 1)
for _ in range(m):
    if VARIANT == "critical_path":
        u, v, w = ints(3)
        assert 1 <= w <= MAXW, "weight out of range"
    else:
        u, v = ints(2)
    assert 1 <= u <= n and 1 <= v <= n, "vertex out of range"
    assert u != v, "self-loop"
    assert (u, v) not in seen, "duplicate edge"
    seen.add((u, v))
    adj[u].append(v)
    indeg[v] += 1
if VARIANT == "check_order":
    order = ints(n)
    assert sorted(order) == list(range(1, n + 1)), "the order is not a permutation of 1..N"
assert pos == len(lines), "extra lines after the input"
if VARIANT != "smallest_order":
    queue = deque(v for v in range(1, n + 1) if indeg[v] == 0)
    done = 0
    while queue:
        x = queue.popleft()
        done += 1
        for y in adj[x]:
            indeg[y] -= 1
            if indeg[y] == 0:
                queue.append(y)
    assert done == n, "the graph has a cycle"
