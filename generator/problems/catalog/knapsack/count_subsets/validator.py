"""Input validator for knapsack.count_subsets: python validator.py max_n= max_s= max_wi= < input; exit 0 iff valid."""
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAX_N, MAX_S, MAX_WI = int(opts["max_n"]), int(opts["max_s"]), int(opts["max_wi"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "expected two lines"


def ints(line, count, what):
    parts = line.split(" ")
    assert len(parts) == count, f"{what}: expected {count} integers"
    values = [int(p) for p in parts]
    assert [str(v) for v in values] == parts, f"{what}: malformed integer"
    return values


n, target = ints(lines[0], 2, "first line")
assert 1 <= n <= MAX_N and 1 <= target <= MAX_S, "N or S out of range"
ws = ints(lines[1], n, "weights")
assert all(1 <= w <= MAX_WI for w in ws), "w_i out of range"
