"""Input validator for the knapsack tasks: python validator.py variant=V max_n= max_w= max_wi= max_vi= max_ci= < input.
Exit 0 iff the input is valid (single spaces, final newline, no leading zeros, bounds from the params)."""
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
VARIANT = opts["variant"]
MAX_N, MAX_W, MAX_WI = int(opts["max_n"]), int(opts["max_w"]), int(opts["max_wi"])
MAX_VI, MAX_CI = int(opts.get("max_vi", "1")), int(opts.get("max_ci", "1"))

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")


def ints(line, count, what):
    parts = line.split(" ")
    assert len(parts) == count, f"{what}: expected {count} integers"
    values = [int(p) for p in parts]
    assert [str(v) for v in values] == parts, f"{what}: malformed integer"
    return values


n, cap = ints(lines[0], 2, "first line")
assert 1 <= n <= MAX_N, "N out of range"
assert 1 <= cap <= MAX_W, "W out of range"
if VARIANT == "fill":
    assert len(lines) == 2, "expected exactly two lines"
    weights = ints(lines[1], n, "weights")
    assert all(1 <= w <= MAX_WI for w in weights), "w_i out of range"
else:
    assert len(lines) == n + 1, "expected exactly N item lines"
    per = 3 if VARIANT == "bounded" else 2
    for i in range(n):
        item = ints(lines[1 + i], per, "item line")
        assert 1 <= item[0] <= MAX_WI, "w_i out of range"
        assert 1 <= item[1] <= MAX_VI, "v_i out of range"
        if per == 3:
            assert 1 <= item[2] <= MAX_CI, "c_i out of range"
