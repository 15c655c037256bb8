"""Input validator: python validator.py maxn=N maxc=C < input; exit 0 iff valid. N, then N lines "l r" with
1 <= l <= r <= C."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXC = int(opts["maxn"]), int(opts["maxc"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "N expected"
n = int(lines[0])
assert 1 <= n <= MAXN, "N out of range"
assert len(lines) == n + 1, "N poster lines expected"
for line in lines[1:]:
    assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", line), "l r expected"
    l, r = map(int, line.split())
    assert 1 <= l <= r <= MAXC, "poster out of range or reversed"
