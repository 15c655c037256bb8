"""Input validator: python validator.py maxn= maxk= maxv= < input; exit 0 iff valid.
"N K", N rows of N numbers (0 or a power of two from 2 to maxv), then K moves over U, D, L, R."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXK, MAXV = int(opts["maxn"]), int(opts["maxk"]), int(opts["maxv"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "N K expected"
n, k = map(int, lines[0].split())
assert 1 <= n <= MAXN and 1 <= k <= MAXK, "N or K out of range"
assert len(lines) == n + 2, "N rows and the moves expected"
for row in lines[1:n + 1]:
    assert re.fullmatch(r"(0|[1-9][0-9]*)( (0|[1-9][0-9]*))*", row), "a row of numbers expected"
    values = list(map(int, row.split()))
    assert len(values) == n, "N numbers per row expected"
    assert all(v == 0 or (2 <= v <= MAXV and v & (v - 1) == 0) for v in values), "0 or a power of two expected"
assert re.fullmatch(r"[UDLR]+", lines[n + 1]) and len(lines[n + 1]) == k, "K moves over UDLR expected"
