"""Input validator: python validator.py maxt= maxsum= < input; exit 0 iff valid. T, then T non-empty words of
lowercase letters with total length at most maxsum."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXT, MAXSUM = int(opts["maxt"]), int(opts["maxsum"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "T expected"
t = int(lines[0])
assert 1 <= t <= MAXT, "T out of range"
assert len(lines) == t + 1, "T words expected, one per line"
for word in lines[1:]:
    assert re.fullmatch(r"[a-z]+", word), "a word of lowercase letters expected"
assert sum(len(w) for w in lines[1:]) <= MAXSUM, "total length too large"
