"""Input validator: python validator.py maxn= maxh= < input; exit 0 iff valid. "N K" with 0 <= K <= maxh, then N
values 1..maxh on one line."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXH = int(opts["maxn"]), int(opts["maxh"])
NUM = r"[1-9][0-9]*"
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "two lines expected"
assert re.fullmatch(f"{NUM} (0|{NUM})", lines[0]), "N K expected"
n, k = map(int, lines[0].split(" "))
assert 1 <= n <= MAXN, "N out of range"
assert 0 <= k <= MAXH, "K out of range"
toks = lines[1].split(" ")
assert len(toks) == n and all(re.fullmatch(NUM, t) for t in toks), "N positive integers expected"
assert all(int(t) <= MAXH for t in toks), "value out of range"
