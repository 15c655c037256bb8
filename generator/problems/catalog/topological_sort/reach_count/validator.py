"""Input validator for topological_sort.reach_count: python validator.py maxn= maxm= < input; exit 0 iff valid.
N M, then M pairs of a simple acyclic directed graph; strict format."""
import re
import sys
from collections import deque

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
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
    u, v = ints(2)
    assert 1 <= u <= n and 1 <= v <= n, "vertex out of range"
    assert u != v, "self-loop"
    assert (u, v) not in seen, "duplicate edge"
    seen.add((u, v))
    adj[u].append(v)
    indeg[v] += 1
assert pos == len(lines), "extra lines after the input"
queue = deque(v for v in range(1, n + 1) if indeg[v] == 0)
count = 0
while queue:
    a = queue.popleft()
    count += 1
    for b in adj[a]:
        indeg[b] -= 1
        if indeg[b] == 0:
            queue.append(b)
assert count == n, "the graph has a cycle"
