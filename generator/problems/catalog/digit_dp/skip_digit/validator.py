"""Input validator for digit_dp.skip_digit: python validator.py maxt= maxn= < input; exit 0 iff valid.
"T", then T lines "N D" with 1 <= N <= maxn and 0 <= D <= 9."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXT, MAXN = int(opts["maxt"]), int(opts["maxn"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "T must be a positive integer"
t = int(lines[0])
assert t <= MAXT, "T out of range"
assert len(lines) == t + 1, "expected T lines of questions"
for line in lines[1:]:
    assert re.fullmatch(r"[1-9][0-9]{0,18} [0-9]", line), "'N D': a positive integer and a digit separated by a space"
    n = int(line.split()[0])
    assert n <= MAXN, "N out of range"
