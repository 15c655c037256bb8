"""Input validator: python validator.py maxn= maxm= maxk= maxw= < input; exit 0 iff valid. `N M K`, M lines
`u v w`, K lines `a b c` (vertices in 1..N, endpoints differ, 1 <= w, c <= maxw); the M roads connect all N
vertices (union-find); single spaces, final newline."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXM, MAXK, MAXW = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxk"]), int(opts["maxw"])
NUM = r"(?:0|[1-9][0-9]*)"
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(rf"{NUM} {NUM} {NUM}", lines[0]), "N M K expected"
n, m, k = map(int, lines[0].split())
assert 2 <= n <= MAXN and 1 <= m <= MAXM and 1 <= k <= MAXK, "N, M or K out of range"
assert len(lines) == 1 + m + k, "exactly M + K road lines expected"
parent = list(range(n + 1))


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


parts = n
for index, line in enumerate(lines[1:]):
    assert re.fullmatch(rf"{NUM} {NUM} {NUM}", line), "three integers expected"
    u, v, w = map(int, line.split())
    assert 1 <= u <= n and 1 <= v <= n and u != v, "bad endpoints"
    assert 1 <= w <= MAXW, "length out of range"
    if index < m and find(u) != find(v):
        parent[find(u)] = find(v)
        parts -= 1
assert parts == 1, "the first M roads must connect every vertex"
