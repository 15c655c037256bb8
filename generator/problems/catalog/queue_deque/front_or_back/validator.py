"""Input validator: python validator.py maxn=N maxv=V < input; exit 0 iff valid. N, then N values 1..V on one line."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "two lines expected"
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "N expected"
n = int(lines[0])
assert 1 <= n <= MAXN, "N out of range"
toks = lines[1].split(" ")
assert len(toks) == n and all(re.fullmatch(r"[1-9][0-9]*", t) for t in toks), "N positive integers expected"
assert all(int(t) <= MAXV for t in toks), "value out of range"
