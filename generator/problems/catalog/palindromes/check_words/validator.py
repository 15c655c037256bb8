"""Input validator: python validator.py maxt= maxlen= < input; exit 0 iff valid. T, then T words of English letters."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXT, MAXLEN = int(opts["maxt"]), int(opts["maxlen"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "T expected"
t = int(lines[0])
assert 1 <= t <= MAXT, "T out of range"
assert len(lines) == t + 1, "T words expected, one per line"
for word in lines[1:]:
    assert re.fullmatch(r"[A-Za-z]+", word), "a word of English letters expected"
    assert len(word) <= MAXLEN, "word too long"
