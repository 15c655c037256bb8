"""Input validator: python validator.py maxn= maxl= maxw= < input; exit 0 iff valid. "N L W", then N weights
1..W on one line; 1 <= L <= maxl, 1 <= W <= maxw."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXL, MAXW = int(opts["maxn"]), int(opts["maxl"]), int(opts["maxw"])
NUM = r"[1-9][0-9]*"
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "two lines expected"
assert re.fullmatch(f"{NUM} {NUM} {NUM}", lines[0]), "N L W expected"
n, length, limit = map(int, lines[0].split(" "))
assert 1 <= n <= MAXN, "N out of range"
assert 1 <= length <= MAXL, "L out of range"
assert 1 <= limit <= MAXW, "W out of range"
toks = lines[1].split(" ")
assert len(toks) == n and all(re.fullmatch(NUM, t) for t in toks), "N positive integers expected"
assert all(int(t) <= limit for t in toks), "weight above W"
