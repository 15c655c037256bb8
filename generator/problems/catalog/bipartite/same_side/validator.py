"""Input validator: python validator.py maxn= maxm= maxq= < input; exit 0 iff valid. `N M`, M lines `u v`
(1 <= u, v <= N, u != v, no unordered pair twice), the graph bipartite (as the statement guarantees), then `Q`
and Q lines `u v` (1 <= u, v <= N, u = v allowed); single spaces, final newline, no leading zeros."""
import re
import sys
from collections import deque

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXM, MAXQ = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxq"])
PAIR = re.compile(r"([1-9][0-9]*|0) ([1-9][0-9]*|0)")
ONE = re.compile(r"[1-9][0-9]*|0")

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
first = PAIR.fullmatch(lines[0])
assert first, "first line must be `N M`"
n, m = int(first.group(1)), int(first.group(2))
assert 1 <= n <= MAXN, "N out of range"
assert 0 <= m <= MAXM, "M out of range"
assert len(lines) >= m + 2, "too few lines"
adj = [[] for _ in range(n + 1)]
seen = set()
for line in lines[1:m + 1]:
    match = PAIR.fullmatch(line)
    assert match, "edge line must be `u v`"
    u, v = int(match.group(1)), int(match.group(2))
    assert 1 <= u <= n and 1 <= v <= n, "vertex out of range"
    assert u != v, "self-loop"
    key = (min(u, v), max(u, v))
    assert key not in seen, "repeated edge"
    seen.add(key)
    adj[u].append(v)
    adj[v].append(u)
assert ONE.fullmatch(lines[m + 1]), "line after the edges must be `Q`"
q = int(lines[m + 1])
assert 1 <= q <= MAXQ, "Q out of range"
assert len(lines) == m + 2 + q, "exactly Q query lines expected"
for line in lines[m + 2:]:
    match = PAIR.fullmatch(line)
    assert match, "query line must be `u v`"
    assert 1 <= int(match.group(1)) <= n and 1 <= int(match.group(2)) <= n, "query vertex out of range"
color = [-1] * (n + 1)
for s in range(1, n + 1):
    if color[s] == -1:
        color[s] = 0
        queue = deque([s])
        while queue:
            x = queue.popleft()
            for y in adj[x]:
                if color[y] == -1:
                    color[y] = color[x] ^ 1
                    queue.append(y)
                assert color[y] != color[x], "the graph is not bipartite"
