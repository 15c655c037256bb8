"""Input validator: python validator.py maxn=N maxq=Q < input; exit 0 iff valid. S (1..N lowercase letters), Q, then
Q lines "l r" with 1 <= l <= r <= |S|."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXQ = int(opts["maxn"]), int(opts["maxq"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[a-z]+", lines[0]) and len(lines[0]) <= MAXN, "S expected"
n = len(lines[0])
assert len(lines) >= 2 and re.fullmatch(r"[1-9][0-9]*", lines[1]), "Q expected"
q = int(lines[1])
assert 1 <= q <= MAXQ, "Q out of range"
assert len(lines) == q + 2, "Q question lines expected"
for line in lines[2:]:
    assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", line), "l r expected"
    l, r = map(int, line.split())
    assert 1 <= l <= r <= n, "question out of range"
