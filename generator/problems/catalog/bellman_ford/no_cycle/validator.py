"""Input validator for bellman_ford.no_cycle: python validator.py maxn= maxm= maxw= < input; exit 0 iff valid.
`N M`, then exactly M lines `u v w` (1 <= u, v <= N, u != v, |w| <= maxw, no "-0"); single spaces, no leading
zeros, final newline; and no cycle anywhere has a negative total (Bellman-Ford from a virtual source: the N-th
round changes nothing)."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXM, MAXW = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxw"])
NUM = r"(?:0|[1-9][0-9]*)"
SIGNED = r"(?:0|-?[1-9][0-9]*)"
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(rf"{NUM} {NUM}", lines[0]), "N M expected"
n, m = map(int, lines[0].split())
assert 1 <= n <= MAXN and 0 <= m <= MAXM, "N or M out of range"
assert len(lines) == m + 1, "exactly M edge lines expected"
edges = []
for line in lines[1:]:
    assert re.fullmatch(rf"{NUM} {NUM} {SIGNED}", line), "u v w expected"
    u, v, w = map(int, line.split())
    assert 1 <= u <= n and 1 <= v <= n and u != v, "bad endpoints"
    assert -MAXW <= w <= MAXW, "w out of range"
    edges.append((u, v, w))
dist = [0] * (n + 1)  # a virtual source with a 0-edge to every vertex
for _ in range(n):
    changed = False
    for u, v, w in edges:
        if dist[u] + w < dist[v]:
            dist[v] = dist[u] + w
            changed = True
    if not changed:
        break
else:
    assert not changed, "a cycle with a negative total exists"
