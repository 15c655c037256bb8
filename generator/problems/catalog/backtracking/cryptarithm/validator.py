"""Input validator: python validator.py maxt= maxlen= < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXT, MAXLEN = int(opts["maxt"]), int(opts["maxlen"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "T"
t = int(lines[0])
assert 1 <= t <= MAXT and len(lines) == t + 1, "T out of range or not T puzzles"
for line in lines[1:]:
    match = re.fullmatch(r"([A-Z]+)\+([A-Z]+)=([A-Z]+)", line)
    assert match, "a puzzle is X+Y=Z with capital letters"
    assert all(len(w) <= MAXLEN for w in match.groups()), "word too long"
    assert len(set(line) - set("+=")) <= 10, "at most 10 different letters"
