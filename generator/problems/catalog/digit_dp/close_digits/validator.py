"""Input validator for digit_dp.close_digits: python validator.py maxt= maxn= < input; exit 0 iff valid.
"T", then T lines "A B K" with 1 <= A <= B <= maxn and 0 <= K <= 9."""
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
    assert re.fullmatch(r"[1-9][0-9]{0,18} [1-9][0-9]{0,18} [0-9]", line), "'A B K': two positive integers and a digit"
    a, b, _ = map(int, line.split())
    assert a <= b <= MAXN, "need A <= B <= maxn"
