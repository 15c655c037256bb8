"""Input validator: python validator.py maxn=N maxt=T < input; exit 0 iff valid. "N W", then N non-decreasing
times 1..T on one line; 1 <= W <= T."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXT = int(opts["maxn"]), int(opts["maxt"])
NUM = r"[1-9][0-9]*"
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "two lines expected"
assert re.fullmatch(f"{NUM} {NUM}", lines[0]), "N W expected"
n, w = map(int, lines[0].split(" "))
assert 1 <= n <= MAXN, "N out of range"
assert 1 <= w <= MAXT, "W out of range"
toks = lines[1].split(" ")
assert len(toks) == n and all(re.fullmatch(NUM, t) for t in toks), "N positive integers expected"
times = list(map(int, toks))
assert all(t <= MAXT for t in times), "time out of range"
assert all(a <= b for a, b in zip(times, times[1:])), "times must not decrease"
