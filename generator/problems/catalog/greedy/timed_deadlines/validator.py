"""Input validator for greedy.timed_deadlines: python validator.py max_n= max_t= max_d= < input; exit 0 iff valid."""
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAX_N, MAX_T, MAX_D = int(opts["max_n"]), int(opts["max_t"]), int(opts["max_d"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")


def ints(line, count, what):
    parts = line.split(" ")
    assert len(parts) == count, f"{what}: expected {count} integers"
    values = [int(p) for p in parts]
    assert [str(v) for v in values] == parts, f"{what}: malformed integer"
    return values


(n,) = ints(lines[0], 1, "first line")
assert 1 <= n <= MAX_N, "N out of range"
assert len(lines) == n + 1, "expected exactly N task lines"
for line in lines[1:]:
    t, d = ints(line, 2, "task line")
    assert 1 <= t <= MAX_T and 1 <= d <= MAX_D, "t_i or d_i out of range"
