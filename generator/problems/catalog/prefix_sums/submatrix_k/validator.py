"""Input validator for prefix_sums.submatrix_k: python validator.py max_n= max_m= max_a= max_k= < input; exit 0 iff valid."""
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAX_N, MAX_M, MAX_A, MAX_K = (int(opts[k]) for k in ("max_n", "max_m", "max_a", "max_k"))
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")


def ints(line, count, what):
    parts = line.split(" ")
    assert len(parts) == count, what + ": wrong count of integers"
    values = list(map(int, parts))
    assert list(map(str, values)) == parts, what + ": malformed integer"
    return values


n, m, k = ints(lines[0], 3, "first line")
assert 1 <= n <= MAX_N and 1 <= m <= MAX_M, "N or M out of range"
assert -MAX_K <= k <= MAX_K, "K out of range"
assert len(lines) == 1 + n, "expected N rows"
for line in lines[1:]:
    assert all(-MAX_A <= v <= MAX_A for v in ints(line, m, "row")), "A_ij out of range"
