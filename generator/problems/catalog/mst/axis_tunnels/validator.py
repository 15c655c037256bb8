"""Input validator for mst.axis_tunnels: python validator.py maxn= maxc= < input; exit 0 iff valid.
N, then N lines `x y z` with -maxc <= x, y, z <= maxc; strict format (no -0, no leading zeros)."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXC = int(opts["maxn"]), int(opts["maxc"])
NUM = re.compile(r"0|-?[1-9][0-9]*")

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "N expected"
n = int(lines[0])
assert 1 <= n <= MAXN, "N out of range"
assert len(lines) == n + 1, "expected exactly N point lines"
for line in lines[1:]:
    parts = line.split(" ")
    assert len(parts) == 3 and all(NUM.fullmatch(p) for p in parts), "three integers expected"
    assert all(-MAXC <= int(p) <= MAXC for p in parts), "coordinate out of range"
