"""Input validator for knapsack.min_coins: python validator.py max_n= max_t= max_c= < input; exit 0 iff valid."""
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAX_N, MAX_T, MAX_C = int(opts["max_n"]), int(opts["max_t"]), int(opts["max_c"])
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


n, t = ints(lines[0], 2, "first line")
assert 1 <= n <= MAX_N and 1 <= t <= MAX_T, "N or T out of range"
cs = ints(lines[1], n, "coins")
assert all(1 <= c <= MAX_C for c in cs), "c_i out of range"
assert len(set(cs)) == n, "coin values must be distinct"
