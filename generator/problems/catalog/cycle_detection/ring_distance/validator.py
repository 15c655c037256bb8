"""Input validator: python validator.py maxn= < input; exit 0 iff valid. `N` (3 <= N <= maxn), then exactly N lines
`u v` (1 <= u, v <= N, u != v, no unordered pair twice) forming a connected graph (N vertices and N edges, so
exactly one cycle); single spaces, final newline, no leading zeros."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN = int(opts["maxn"])
PAIR = re.compile(r"(0|[1-9][0-9]*) (0|[1-9][0-9]*)")

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "first line must be N"
n = int(lines[0])
assert 3 <= n <= MAXN, "N out of range"
assert len(lines) == n + 1, "exactly N edge lines expected"
parent = list(range(n + 1))


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


seen = set()
for line in lines[1:]:
    match = PAIR.fullmatch(line)
    assert match, "edge line must be `u v`"
    u, v = int(match.group(1)), int(match.group(2))
    assert 1 <= u <= n and 1 <= v <= n, "vertex out of range"
    assert u != v, "self-loop"
    key = (min(u, v), max(u, v))
    assert key not in seen, "repeated edge"
    seen.add(key)
    parent[find(u)] = find(v)
root = find(1)
assert all(find(v) == root for v in range(1, n + 1)), "graph is not connected"
