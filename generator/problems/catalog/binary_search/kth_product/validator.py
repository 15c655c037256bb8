"""Input validator for binary_search.kth_product: python validator.py max_n=N < input; exit 0 iff valid."""
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAX_N = int(opts["max_n"])
data = sys.stdin.read()
assert data.endswith("\n") and data.count("\n") == 1, "one line ending with a newline"
parts = data[:-1].split(" ")
assert len(parts) == 3, "expected N M K"
n, m, k = map(int, parts)
assert [str(n), str(m), str(k)] == parts, "malformed integer"
assert 1 <= n <= MAX_N and 1 <= m <= MAX_N, "N or M out of range"
assert 1 <= k <= n * m, "K out of range"
