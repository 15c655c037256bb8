"""Input validator: python validator.py maxn= maxm= maxw= maxq= < input; exit 0 iff valid. `N M Q`, M lines
`u v w` (1 <= u, v <= N, u != v, 1 <= w <= maxw), Q lines `a b` (1 <= a, b <= N); single spaces, final newline."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXM, MAXW, MAXQ = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxw"]), int(opts["maxq"])
NUM = r"(?:0|[1-9][0-9]*)"
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(rf"{NUM} {NUM} {NUM}", lines[0]), "N M Q expected"
n, m, q = map(int, lines[0].split())
assert 1 <= n <= MAXN and 0 <= m <= MAXM and 1 <= q <= MAXQ, "N, M or Q out of range"
assert len(lines) == 1 + m + q, "exactly M road lines and Q query lines expected"
for line in lines[1:1 + m]:
    assert re.fullmatch(rf"{NUM} {NUM} {NUM}", line), "u v w expected"
    u, v, w = map(int, line.split())
    assert 1 <= u <= n and 1 <= v <= n and u != v, "bad endpoints"
    assert 1 <= w <= MAXW, "w out of range"
for line in lines[1 + m:]:
    assert re.fullmatch(rf"{NUM} {NUM}", line), "a b expected"
    a, b = map(int, line.split())
    assert 1 <= a <= n and 1 <= b <= n, "query vertex out of range"
