"""Input validator for digit_dp.double_divisible: python validator.py maxt= maxn= maxk= < input; exit 0 iff valid.
"T K" with 1 <= K <= maxk, then T lines "A B" with 1 <= A <= B <= maxn."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXT, MAXN, MAXK = int(opts["maxt"]), int(opts["maxn"]), int(opts["maxk"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "first line: two positive integers 'T K'"
t, k = map(int, lines[0].split())
assert t <= MAXT, "T out of range"
assert k <= MAXK, "K out of range"
assert len(lines) == t + 1, "expected T lines of questions"
for line in lines[1:]:
    assert re.fullmatch(r"[1-9][0-9]{0,18} [1-9][0-9]{0,18}", line), "two positive integers 'A B'"
    a, b = map(int, line.split())
    assert a <= b <= MAXN, "need A <= B <= maxn"
