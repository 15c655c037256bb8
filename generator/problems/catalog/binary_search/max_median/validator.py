"""Input validator for binary_search.max_median: python validator.py max_n= max_a= max_k= < input; exit 0 iff valid
(two lines, single spaces, final newline, no leading zeros, N odd, bounds from the params)."""
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAX_N, MAX_A, MAX_K = int(opts["max_n"]), int(opts["max_a"]), int(opts["max_k"])
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


n, k = ints(lines[0], 2, "first line")
assert 1 <= n <= MAX_N and n % 2 == 1, "N out of range or even"
assert 0 <= k <= MAX_K, "K out of range"
a = ints(lines[1], n, "values")
assert 1 <= min(a) and max(a) <= MAX_A, "A_i out of range"
