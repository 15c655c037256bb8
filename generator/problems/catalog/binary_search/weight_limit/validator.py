"""Input validator for binary_search.weight_limit: python validator.py max_n= max_m= max_c= < input; exit 0 iff valid
(N M, M lines A B C with A != B, last line S T with S != T; single spaces, final newline, no leading zeros)."""
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAX_N, MAX_M, MAX_C = int(opts["max_n"]), int(opts["max_m"]), int(opts["max_c"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")


def ints(line, count, what):
    parts = line.split(" ")
    assert len(parts) == count, what + ": wrong count of integers"
    values = list(map(int, parts))
    assert list(map(str, values)) == parts, what + ": malformed integer"
    return values


n, m = ints(lines[0], 2, "first line")
assert 2 <= n <= MAX_N, "N out of range"
assert 1 <= m <= MAX_M, "M out of range"
assert len(lines) == m + 2, "expected M bridge lines and a last line with S T"
for line in lines[1:m + 1]:
    a, b, c = ints(line, 3, "bridge")
    assert 1 <= a <= n and 1 <= b <= n and a != b, "bridge ends out of range or equal"
    assert 1 <= c <= MAX_C, "C_i out of range"
s, t = ints(lines[m + 1], 2, "last line")
assert 1 <= s <= n and 1 <= t <= n and s != t, "S or T out of range or equal"
