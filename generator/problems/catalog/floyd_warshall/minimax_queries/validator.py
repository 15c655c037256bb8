"""Input validator: python validator.py maxn= maxm= maxq= maxh= < input; exit 0 iff valid. `N M Q` (2 <= N,
1 <= Q), then exactly M lines `u v h` (1 <= u, v <= N, u != v, 1 <= h <= maxh) and Q lines `a b` (a != b);
single spaces, no leading zeros, final newline."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXM, MAXQ, MAXH = (int(opts[k]) for k in ("maxn", "maxm", "maxq", "maxh"))
NUM = r"(?:0|[1-9][0-9]*)"
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(rf"{NUM} {NUM} {NUM}", lines[0]), "N M Q expected"
n, m, q = map(int, lines[0].split())
assert 2 <= n <= MAXN and 0 <= m <= MAXM and 1 <= q <= MAXQ, "N, M or Q out of range"
assert len(lines) == 1 + m + q, "exactly M edge lines and Q query lines expected"
for line in lines[1:1 + m]:
    assert re.fullmatch(rf"{NUM} {NUM} {NUM}", line), "u v h expected"
    u, v, h = map(int, line.split())
    assert 1 <= u <= n and 1 <= v <= n and u != v, "bad endpoints"
    assert 1 <= h <= MAXH, "h out of range"
for line in lines[1 + m:]:
    assert re.fullmatch(rf"{NUM} {NUM}", line), "a b expected"
    a, b = map(int, line.split())
    assert 1 <= a <= n and 1 <= b <= n and a != b, "bad query"
