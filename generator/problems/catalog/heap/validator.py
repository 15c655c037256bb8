"""Input validator for the heap tasks: python validator.py variant=V maxn=N maxv=X < input; exit 0 iff valid.
Format: N on the first line, then exactly N lines with one integer each."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
VARIANT, MAXN, MAXV = opts["variant"], int(opts["maxn"]), int(opts["maxv"])
LOW = {"min_heap": 0, "abs_heap": -MAXV, "merge_cost": 1, "running_median": -MAXV}[VARIANT]

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
NUM = re.compile(r"0|-?[1-9][0-9]*")
for line in lines:
    assert NUM.fullmatch(line), "one integer per line expected: %r" % line[:40]
n = int(lines[0])
assert 1 <= n <= MAXN, "N out of range"
assert len(lines) == n + 1, "expected exactly N numbers after the first line"
assert all(LOW <= int(x) <= MAXV for x in lines[1:]), "number out of range"
