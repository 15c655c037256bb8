"""Input validator for digit_dp.digit_sum: python validator.py maxt= maxn= maxs= < input; exit 0 iff valid.
"T", then T lines "A B S" with 1 <= A <= B <= maxn and 1 <= S <= maxs."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXT, MAXN, MAXS = int(opts["maxt"]), int(opts["maxn"]), int(opts["maxs"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "T must be a positive integer"
t = int(lines[0])
assert t <= MAXT, "T out of range"
assert len(lines) == t + 1, "expected T lines of questions"
for line in lines[1:]:
    assert re.fullmatch(r"[1-9][0-9]{0,18} [1-9][0-9]{0,18} [1-9][0-9]{0,2}", line), "three positive integers 'A B S'"
    a, b, s = map(int, line.split())
    assert a <= b <= MAXN, "need A <= B <= maxn"
    assert s <= MAXS, "S out of range"
