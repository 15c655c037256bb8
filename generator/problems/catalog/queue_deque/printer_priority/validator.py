"""Input validator: python validator.py maxn=N maxp=P < input; exit 0 iff valid. "N M" with 1 <= M <= N, then N
importances 1..P on one line."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXP = int(opts["maxn"]), int(opts["maxp"])
NUM = r"[1-9][0-9]*"
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "two lines expected"
assert re.fullmatch(f"{NUM} {NUM}", lines[0]), "N M expected"
n, m = map(int, lines[0].split(" "))
assert 1 <= n <= MAXN, "N out of range"
assert 1 <= m <= n, "M out of range"
toks = lines[1].split(" ")
assert len(toks) == n and all(re.fullmatch(NUM, t) for t in toks), "N positive integers expected"
assert all(int(t) <= MAXP for t in toks), "importance out of range"
