"""Input validator: python validator.py maxn=N maxv=V < input; exit 0 iff valid. N, then N lines "l r", 0<=l<r<=V."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "N expected"
n = int(lines[0])
assert 1 <= n <= MAXN, "N out of range"
assert len(lines) == n + 1, "N segment lines expected"
for line in lines[1:]:
    assert re.fullmatch(r"(0|[1-9][0-9]*) (0|[1-9][0-9]*)", line), "two integers separated by one space"
    l, r = map(int, line.split(" "))
    assert 0 <= l < r <= MAXV, "0 <= l < r <= maxv expected"
