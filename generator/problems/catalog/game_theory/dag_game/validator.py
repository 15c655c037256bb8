"""Input validator for game_theory.dag_game: python validator.py maxn= maxm= < input; exit 0 iff valid.
"N M", then M lines "U V" with 1 <= U, V <= N, U != V, no edge twice, and no directed cycle."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]* (0|[1-9][0-9]*)", lines[0]), "first line: 'N M'"
n, m = map(int, lines[0].split())
assert n <= MAXN, "N out of range"
assert m <= MAXM, "M out of range"
assert len(lines) == m + 1, "expected M lines of edges"
out = [[] for _ in range(n + 1)]
indeg = [0] * (n + 1)
seen = set()
for line in lines[1:]:
    assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", line), "edge: two positive integers 'U V'"
    u, v = map(int, line.split())
    assert u <= n and v <= n, "vertex out of range"
    assert u != v, "self-loop"
    assert (u, v) not in seen, "edge given twice"
    seen.add((u, v))
    out[u].append(v)
    indeg[v] += 1
order = [v for v in range(1, n + 1) if indeg[v] == 0]
for u in order:
    for v in out[u]:
        indeg[v] -= 1
        if indeg[v] == 0:
            order.append(v)
assert len(order) == n, "the graph has a directed cycle"
