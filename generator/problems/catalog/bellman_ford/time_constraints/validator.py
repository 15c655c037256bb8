"""Input validator: python validator.py maxn= maxm= maxd= < input; exit 0 iff valid. `N M` (2 <= N), then exactly
M lines `t u v d` (t in {1, 2}, 1 <= u, v <= N, u != v, 0 <= d <= maxd); single spaces, no leading zeros, final
newline."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXM, MAXD = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxd"])
NUM = r"(?:0|[1-9][0-9]*)"
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(rf"{NUM} {NUM}", lines[0]), "N M expected"
n, m = map(int, lines[0].split())
assert 2 <= n <= MAXN and 0 <= m <= MAXM, "N or M out of range"
assert len(lines) == m + 1, "exactly M constraint lines expected"
for row in lines[1:]:
    assert re.fullmatch(rf"[12] {NUM} {NUM} {NUM}", row), "t u v d expected"
    t, u, v, d = map(int, row.split())
    assert 1 <= u <= n and 1 <= v <= n and u != v, "bad events"
    assert 0 <= d <= MAXD, "d out of range"
