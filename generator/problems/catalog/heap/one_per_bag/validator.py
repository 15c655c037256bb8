"""Input validator: python validator.py maxn= maxk= maxw= maxv= < input; exit 0 iff valid.
"N K", N lines "w v", K lines "c"; 1 <= w, c <= maxw, 1 <= v <= maxv."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXK, MAXW, MAXV = (int(opts[k]) for k in ("maxn", "maxk", "maxw", "maxv"))
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
NUM = r"[1-9][0-9]*"
assert re.fullmatch(f"{NUM} {NUM}", lines[0]), "N K expected"
n, k = map(int, lines[0].split())
assert 1 <= n <= MAXN and 1 <= k <= MAXK and len(lines) == 1 + n + k, "N, K out of range or wrong line count"
pair = re.compile(f"{NUM} {NUM}")
for line in lines[1:1 + n]:
    assert pair.fullmatch(line), "w v expected"
    w, v = map(int, line.split())
    assert w <= MAXW and v <= MAXV, "w or v out of range"
for line in lines[1 + n:]:
    assert re.fullmatch(NUM, line) and int(line) <= MAXW, "c out of range"
