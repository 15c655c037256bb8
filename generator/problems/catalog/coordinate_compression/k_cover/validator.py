"""Input validator: python validator.py maxn=N minc=A maxc=B < input; exit 0 iff valid.
"N K" with 1 <= K <= N, then N lines "l r" with minc <= l < r <= maxc."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MINC, MAXC = int(opts["maxn"]), int(opts["minc"]), int(opts["maxc"])
INT = r"(0|-?[1-9][0-9]*)"
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "N K expected"
n, k = map(int, lines[0].split())
assert 1 <= n <= MAXN and 1 <= k <= n, "N or K out of range"
assert len(lines) == 1 + n, "N segments expected, one per line"
for line in lines[1:]:
    assert re.fullmatch(INT + " " + INT, line), "two integers separated by a space"
    l, r = map(int, line.split())
    assert MINC <= l < r <= MAXC, "MINC <= l < r <= MAXC"
