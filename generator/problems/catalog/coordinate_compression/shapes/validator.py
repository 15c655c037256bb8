"""Input validator: python validator.py maxm=M maxn=N maxv=V < input; exit 0 iff valid. "M N" (2 <= M, 1 <= N), then
M lines of N values 1..V."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXM, MAXN, MAXV = int(opts["maxm"]), int(opts["maxn"]), int(opts["maxv"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "M N expected"
m, n = map(int, lines[0].split())
assert 2 <= m <= MAXM and 1 <= n <= MAXN, "M or N out of range"
assert len(lines) == m + 1, "M rows expected"
for line in lines[1:]:
    toks = line.split(" ")
    assert len(toks) == n and all(re.fullmatch(r"[1-9][0-9]*", t) for t in toks), "N positive integers expected"
    assert all(int(t) <= MAXV for t in toks), "value out of range"
