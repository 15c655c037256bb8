"""Input validator for lca.kth_on_path: python validator.py maxn= maxq= < input; exit 0 iff valid.
N, then N-1 edges `u v` forming a tree (no self-loop, no cycle), then Q (1..maxq) and Q lines `u v k` with
1 <= u, v <= N and 1 <= k <= dist(u, v) + 1 (the number of vertices on the route). Single spaces, final newline,
no leading zeros."""
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
dsu = list(range(n + 1))


def find(x):
    while dsu[x] != x:
        dsu[x] = dsu[dsu[x]]
        x = dsu[x]
    return x


adj = [[] for _ in range(n + 1)]
for line in lines[1:n]:
    values = [int(t) for t in line.split(" ")]
    assert len(values) == 2, "an edge line holds two vertices"
    u, v = values
    assert 1 <= u <= n and 1 <= v <= n, "vertex out of range"
    assert u != v, "self-loop"
    a, b = find(u), find(v)
    assert a != b, "edges form a cycle (not a tree)"
    dsu[a] = b
    adj[u].append(v)
    adj[v].append(u)
assert len(lines[n].split(" ")) == 1, "Q must stand alone on its line"
q = int(lines[n])
assert 1 <= q <= MAXQ, "Q out of range"
assert len(lines) == n + 1 + q, "exactly Q query lines expected"

parent, depth = [0] * (n + 1), [0] * (n + 1)
parent[1] = 1
order, seen = [1], [False] * (n + 1)
seen[1] = True
for x in order:
    for y in adj[x]:
        if not seen[y]:
            seen[y] = True
            parent[y], depth[y] = x, depth[x] + 1
            order.append(y)
up = [parent]
for _ in range(max(1, n.bit_length())):
    prev = up[-1]
    up.append([prev[prev[v]] for v in range(n + 1)])


def lca(u, v):
    if depth[u] < depth[v]:
        u, v = v, u
    diff, k = depth[u] - depth[v], 0
    while diff:
        if diff & 1:
            u = up[k][u]
        diff >>= 1
        k += 1
    if u == v:
        return u
    for row in reversed(up):
        if row[u] != row[v]:
            u, v = row[u], row[v]
    return parent[u]


for line in lines[n + 1:]:
    values = [int(t) for t in line.split(" ")]
    assert len(values) == 3, "a query line holds u, v and k"
    u, v, k = values
    assert 1 <= u <= n and 1 <= v <= n, "query vertex out of range"
    dist = depth[u] + depth[v] - 2 * depth[lca(u, v)]
    assert 1 <= k <= dist + 1, "k out of range for the route"
