"""Input validator for modpow.tower_power: python validator.py maxt=T maxv=V < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXT, MAXV = int(opts["maxt"]), int(opts["maxv"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "T must be a positive integer"
t = int(lines[0])
assert 1 <= t <= MAXT, "T out of range"
assert len(lines) == t + 1, "expected T lines of questions"
number = r"(0|[1-9][0-9]{0,18})"
for line in lines[1:]:
    assert re.fullmatch(f"{number} {number} {number}", line), "three non-negative integers separated by single spaces"
    assert all(int(v) <= MAXV for v in line.split()), "a value is out of range"
