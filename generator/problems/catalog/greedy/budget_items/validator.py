"""Input validator for greedy.budget_items: python validator.py max_n= max_p= max_b= < input; exit 0 iff valid."""
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAX_N, MAX_P, MAX_B = int(opts["max_n"]), int(opts["max_p"]), int(opts["max_b"])
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


n, budget = ints(lines[0], 2, "first line")
assert 1 <= n <= MAX_N and 1 <= budget <= MAX_B, "N or B out of range"
assert all(1 <= p <= MAX_P for p in ints(lines[1], n, "prices")), "p_i out of range"
