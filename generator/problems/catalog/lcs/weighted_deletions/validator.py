"""Input validator: python validator.py maxlen= maxc= < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXLEN, MAXC = int(opts["maxlen"]), int(opts["maxc"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 3, "three lines"
parts = lines[0].split(" ")
assert len(parts) == 26 and all(re.fullmatch(r"[1-9][0-9]*", p) for p in parts), "26 positive costs"
assert all(int(p) <= MAXC for p in parts), "cost out of range"
for line in lines[1:]:
    assert re.fullmatch(r"[A-Z]+", line), "a non-empty string of capital letters"
    assert len(line) <= MAXLEN, "string too long"
