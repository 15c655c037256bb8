"""Input validator for knapsack.exact_packs: python validator.py max_n= max_a= max_q= max_x= < input; exit 0 iff valid."""
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAX_N, MAX_A, MAX_Q, MAX_X = (int(opts[k]) for k in ("max_n", "max_a", "max_q", "max_x"))
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


n, q = ints(lines[0], 2, "first line")
assert 1 <= n <= MAX_N and 1 <= q <= MAX_Q, "N or Q out of range"
assert all(1 <= a <= MAX_A for a in ints(lines[1], n, "sizes")), "a_i out of range"
assert all(1 <= x <= MAX_X for x in ints(lines[2], q, "queries")), "q_j out of range"
