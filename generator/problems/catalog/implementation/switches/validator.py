"""Input validator for the switches task: python validator.py maxn=N maxs=S < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXS = int(opts["maxn"]), int(opts["maxs"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) >= 3, "N, the states and S"
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "first line: N"
n = int(lines[0])
assert 1 <= n <= MAXN, "N out of range"
assert re.fullmatch(r"[01]( [01])*", lines[1]), "second line: states 0 or 1 separated by single spaces"
assert len(lines[1].split(" ")) == n, "expected N states"
assert re.fullmatch(r"[1-9][0-9]*", lines[2]), "third line: S"
s = int(lines[2])
assert 1 <= s <= MAXS, "S out of range"
assert len(lines) == 3 + s, "expected S student lines"
for line in lines[3:]:
    assert re.fullmatch(r"[12] [1-9][0-9]*", line), "a student: g k"
    assert 1 <= int(line.split(" ")[1]) <= n, "k out of range"
