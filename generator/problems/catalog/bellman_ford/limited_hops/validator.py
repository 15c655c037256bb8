"""Input validator: python validator.py maxn= maxm= maxk= maxw= < input; exit 0 iff valid. `N M K` (2 <= N,
1 <= K), then exactly M lines `u v w` (1 <= u, v <= N, u != v, |w| <= maxw, no "-0"); single spaces, no leading
zeros, final newline."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXM, MAXK, MAXW = (int(opts[k]) for k in ("maxn", "maxm", "maxk", "maxw"))
NUM = r"(?:0|[1-9][0-9]*)"
SIGNED = r"(?:0|-?[1-9][0-9]*)"
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(rf"{NUM} {NUM} {NUM}", lines[0]), "N M K expected"
n, m, k = map(int, lines[0].split())
assert 2 <= n <= MAXN and 0 <= m <= MAXM and 1 <= k <= MAXK, "N, M or K out of range"
assert len(lines) == m + 1, "exactly M edge lines expected"
for line in lines[1:]:
    assert re.fullmatch(rf"{NUM} {NUM} {SIGNED}", line), "u v w expected"
    u, v, w = map(int, line.split())
    assert 1 <= u <= n and 1 <= v <= n and u != v, "bad endpoints"
    assert -MAXW <= w <= MAXW, "w out of range"
