"""Input validator: python validator.py maxn=N minc=A maxc=B < input; exit 0 iff valid. N, then N lines "l r"
with A <= l <= r <= B."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MINC, MAXC = int(opts["maxn"]), int(opts["minc"]), int(opts["maxc"])
INT = re.compile(r"0|-?[1-9][0-9]*")
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "N expected"
n = int(lines[0])
assert 1 <= n <= MAXN, "N out of range"
assert len(lines) == n + 1, "N interval lines expected"
for line in lines[1:]:
    toks = line.split(" ")
    assert len(toks) == 2 and all(INT.fullmatch(t) for t in toks), "l r expected"
    l, r = map(int, toks)
    assert MINC <= l <= r <= MAXC, "interval out of range or reversed"
