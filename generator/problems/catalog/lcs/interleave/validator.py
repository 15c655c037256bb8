"""Input validator: python validator.py maxt= maxlen= < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXT, MAXLEN = int(opts["maxt"]), int(opts["maxlen"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "T first"
t = int(lines[0])
assert t <= MAXT, "T out of range"
assert len(lines) == t + 1, "T questions"
for line in lines[1:]:
    match = re.fullmatch(r"([a-z]+) ([a-z]+) ([a-z]+)", line)
    assert match, "A B C: three words of lowercase letters"
    a, b, c = match.groups()
    assert len(a) <= MAXLEN and len(b) <= MAXLEN, "A or B too long"
    assert len(c) == len(a) + len(b), "|C| = |A| + |B|"
