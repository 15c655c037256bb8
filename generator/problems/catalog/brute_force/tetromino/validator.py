"""Input validator: python validator.py maxn= maxm= maxv= < input; exit 0 iff valid: "N M" with 1 <= N <= maxn,
1 <= M <= maxm and room for a tetromino (N, M >= 2, or one of them 1 and the other >= 4), then N rows of M
integers in [1, maxv]."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXM, MAXV = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxv"])
INT = re.compile(r"[1-9][0-9]*")
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
m = re.fullmatch(r"([1-9][0-9]*) ([1-9][0-9]*)", lines[0])
assert m, "first line: N M"
n, mm = int(m.group(1)), int(m.group(2))
assert 1 <= n <= MAXN and 1 <= mm <= MAXM, "N or M out of range"
assert (n >= 2 and mm >= 2) or max(n, mm) >= 4, "no tetromino fits"
assert len(lines) == n + 1, "N rows"
for line in lines[1:]:
    parts = line.split(" ")
    assert len(parts) == mm and all(INT.fullmatch(p) for p in parts), "row of M positive integers"
    assert all(int(p) <= MAXV for p in parts), "value out of range"
