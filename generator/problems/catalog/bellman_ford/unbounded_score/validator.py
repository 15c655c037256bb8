"""Input validator: python validator.py maxn= maxm= maxw= < input; exit 0 iff valid. `N M` (2 <= N), then exactly
M lines `u v x` (1 <= u, v <= N, u != v, |x| <= maxw, no "-0"), and vertex N can be reached from vertex 1."""
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
assert 2 <= n <= MAXN and 1 <= m <= MAXM, "N or M out of range"
assert len(lines) == m + 1, "exactly M edge lines expected"
adj = [[] for _ in range(n + 1)]
for line in lines[1:]:
    assert re.fullmatch(rf"{NUM} {NUM} {SIGNED}", line), "u v x expected"
    u, v, x = map(int, line.split())
    assert 1 <= u <= n and 1 <= v <= n and u != v, "bad endpoints"
    assert -MAXW <= x <= MAXW, "x out of range"
    adj[u].append(v)
seen = [False] * (n + 1)
seen[1] = True
stack = [1]
while stack:
    for v in adj[stack.pop()]:
        if not seen[v]:
            seen[v] = True
            stack.append(v)
assert seen[n], "vertex N cannot be reached from vertex 1"
