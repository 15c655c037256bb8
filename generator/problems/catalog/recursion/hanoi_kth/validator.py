"""Input validator for recursion.hanoi_kth: python validator.py maxt= maxn= maxk= < input; exit 0 iff valid.
"T", then T lines "N K" with 1 <= N <= maxn and 1 <= K <= 2^N - 1 (and K <= maxk = 2^maxn - 1, the stated bound)."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXT, MAXN, MAXK = int(opts["maxt"]), int(opts["maxn"]), int(opts["maxk"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "T must be a positive integer"
t = int(lines[0])
assert t <= MAXT, "T out of range"
assert len(lines) == t + 1, "expected T lines of questions"
for line in lines[1:]:
    assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", line), "two positive integers 'N K' separated by a space"
    n, k = map(int, line.split())
    assert n <= MAXN, "N out of range"
    assert k <= (1 << n) - 1, "K larger than 2^N - 1"
    assert k <= MAXK, "K out of range"
