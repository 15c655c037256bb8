"""Input validator for prefix_sums.mean_at_least: python validator.py max_n= max_a= < input; exit 0 iff valid."""
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAX_N, MAX_A = int(opts["max_n"]), int(opts["max_a"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "expected exactly two lines"


def ints(line, count, what):
    parts = line.split(" ")
    assert len(parts) == count, what + ": wrong count of integers"
    values = list(map(int, parts))
    assert list(map(str, values)) == parts, what + ": malformed integer"
    return values


n, k = ints(lines[0], 2, "first line")
assert 1 <= n <= MAX_N, "N out of range"
assert -MAX_A <= k <= MAX_A, "K out of range"
assert all(-MAX_A <= v <= MAX_A for v in ints(lines[1], n, "values")), "A_i out of range"
