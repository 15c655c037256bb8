"""Input validator for binary_search.kth_product: python validator.py max_n=N max_k=K < input; exit 0 iff valid.
K is max_n^2, stated as the bound on K; each input is also held to its own N * M."""
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAX_N, MAX_K = int(opts["max_n"]), int(opts["max_k"])
data = sys.stdin.read()
assert data.endswith("\n") and data.count("\n") == 1, "one line ending with a newline"
parts = data[:-1].split(" ")
assert len(parts) == 3, "expected N M K"
n, m, k = map(int, parts)
assert [str(n), str(m), str(k)] == parts, "malformed integer"
assert 1 <= n <= MAX_N and 1 <= m <= MAX_N, "N or M out of range"
assert 1 <= k <= min(n * m, MAX_K), "K out of range"
