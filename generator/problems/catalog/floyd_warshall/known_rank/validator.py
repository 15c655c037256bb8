"""Input validator: python validator.py maxn= maxm= < input; exit 0 iff valid. `N M`, then M lines `a b`
(1 <= a, b <= N, a != b), no unordered pair twice, and the results are consistent (no cycle: Kahn's algorithm)."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
NUM = r"(?:0|[1-9][0-9]*)"
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(rf"{NUM} {NUM}", lines[0]), "N M expected"
n, m = map(int, lines[0].split())
assert 1 <= n <= MAXN and 0 <= m <= MAXM, "N or M out of range"
assert len(lines) == m + 1, "exactly M result lines expected"
seen = set()
out = [[] for _ in range(n + 1)]
indeg = [0] * (n + 1)
for line in lines[1:]:
    assert re.fullmatch(rf"{NUM} {NUM}", line), "a b expected"
    a, b = map(int, line.split())
    assert 1 <= a <= n and 1 <= b <= n and a != b, "bad pair"
    key = (min(a, b), max(a, b))
    assert key not in seen, "pair given twice"
    seen.add(key)
    out[a].append(b)
    indeg[b] += 1
ready = [v for v in range(1, n + 1) if indeg[v] == 0]
done = 0
while ready:
    v = ready.pop()
    done += 1
    for w in out[v]:
        indeg[w] -= 1
        if indeg[w] == 0:
            ready.append(w)
assert done == n, "results contradict each other (cycle)"
