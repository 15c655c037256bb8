"""Input validator: python validator.py maxn= maxm= < input; exit 0 iff valid.
N, a string of exactly N lowercase letters, M, then M lines "l r" with 1 <= l <= r <= N."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) >= 3, "N, S and M expected"
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "N expected"
n = int(lines[0])
assert 1 <= n <= MAXN, "N out of range"
assert re.fullmatch(r"[a-z]+", lines[1]), "lowercase letters expected"
assert len(lines[1]) == n, "the string must have N letters"
assert re.fullmatch(r"[1-9][0-9]*", lines[2]), "M expected"
m = int(lines[2])
assert 1 <= m <= MAXM, "M out of range"
assert len(lines) == m + 3, "M question lines expected"
for line in lines[3:]:
    assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", line), "two positive integers expected"
    l, r = map(int, line.split())
    assert l <= r <= n, "1 <= l <= r <= N expected"
