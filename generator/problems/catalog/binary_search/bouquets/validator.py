"""Input validator for binary_search.bouquets: python validator.py max_n= max_b= < input; exit 0 iff valid
(two lines, single spaces, final newline, no leading zeros, bounds from the params)."""
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAX_N, MAX_B = int(opts["max_n"]), int(opts["max_b"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "expected two lines"


def ints(line, count, what):
    parts = line.split(" ")
    assert len(parts) == count, what + ": wrong count of integers"
    values = list(map(int, parts))
    assert list(map(str, values)) == parts, what + ": malformed integer"
    return values


n, m, k = ints(lines[0], 3, "first line")
assert 1 <= n <= MAX_N, "N out of range"
assert 1 <= m <= MAX_N and 1 <= k <= MAX_N, "M or K out of range"
b = ints(lines[1], n, "days")
assert 1 <= min(b) and max(b) <= MAX_B, "b_i out of range"
