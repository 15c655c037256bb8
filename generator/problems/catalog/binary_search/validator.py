"""Input validator for the binary-search tasks: python validator.py variant=V max_...=... < input; exit 0 iff valid
(single spaces, final newline, no leading zeros, bounds from the params)."""
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
VARIANT = opts["variant"]
P = {k: int(v) for k, v in opts.items() if k.startswith("max_")}
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")


def ints(line, count, what):
    parts = line.split(" ")
    assert len(parts) == count, what + ": wrong count of integers"
    values = list(map(int, parts))
    assert list(map(str, values)) == parts, what + ": malformed integer"
    return values


assert len(lines) == (3 if VARIANT == "lower_bound" else 2), "wrong number of lines"
if VARIANT == "lower_bound":
    n, q = ints(lines[0], 2, "first line")
    assert 1 <= n <= P["max_n"] and 1 <= q <= P["max_q"], "N or Q out of range"
    a = ints(lines[1], n, "array")
    xs = ints(lines[2], q, "queries")
    assert all(1 <= v <= P["max_a"] for v in a + xs), "value out of range"
    assert all(a[i] <= a[i + 1] for i in range(n - 1)), "array must be non-decreasing"
elif VARIANT == "cables":
    k, n = ints(lines[0], 2, "first line")
    assert 1 <= k <= P["max_k"], "K out of range"
    assert 1 <= n <= P["max_n"], "N out of range"
    ls = ints(lines[1], k, "lengths")
    assert 1 <= min(ls) and max(ls) <= P["max_l"], "L_i out of range"
    assert sum(ls) >= n, "N pieces of length 1 must be possible"
elif VARIANT == "spread":
    n, c = ints(lines[0], 2, "first line")
    assert 2 <= n <= P["max_n"], "N out of range"
    assert 2 <= c <= n, "C out of range"
    xs = ints(lines[1], n, "positions")
    assert 0 <= min(xs) and max(xs) <= P["max_x"], "x_i out of range"
    assert len(set(xs)) == n, "positions must be distinct"
else:
    n, k = ints(lines[0], 2, "first line")
    assert 1 <= n <= P["max_n"], "N out of range"
    assert 1 <= k <= n, "K out of range"
    a = ints(lines[1], n, "values")
    assert 1 <= min(a) and max(a) <= P["max_a"], "A_i out of range"
