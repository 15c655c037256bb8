"""Input validator for greedy.circular_tour: python validator.py max_n= max_v= < input; exit 0 iff valid."""
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAX_N, MAX_V = int(opts["max_n"]), int(opts["max_v"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 3, "expected three lines"


def ints(line, count, what):
    parts = line.split(" ")
    assert len(parts) == count, f"{what}: expected {count} integers"
    values = [int(p) for p in parts]
    assert [str(v) for v in values] == parts, f"{what}: malformed integer"
    return values


(n,) = ints(lines[0], 1, "first line")
assert 1 <= n <= MAX_N, "N out of range"
assert all(1 <= v <= MAX_V for v in ints(lines[1], n, "g")), "g_i out of range"
assert all(1 <= v <= MAX_V for v in ints(lines[2], n, "c")), "c_i out of range"
