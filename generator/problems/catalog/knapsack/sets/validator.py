"""Input validator for knapsack.sets: python validator.py max_n= max_w= max_wi= max_vi= < input; exit 0 iff valid."""
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAX_N, MAX_W, MAX_WI, MAX_VI = (int(opts[k]) for k in ("max_n", "max_w", "max_wi", "max_vi"))
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")


def ints(line, count, what):
    parts = line.split(" ")
    assert len(parts) == count, f"{what}: expected {count} integers"
    values = [int(p) for p in parts]
    assert [str(v) for v in values] == parts, f"{what}: malformed integer"
    return values


n, m, cap = ints(lines[0], 3, "first line")
assert 1 <= n <= MAX_N, "N out of range"
assert 1 <= m <= n, "M out of range"
assert 1 <= cap <= MAX_W, "W out of range"
assert len(lines) == n + 1, "expected exactly N item lines"
seen = set()
for line in lines[1:]:
    g, w, v = ints(line, 3, "item line")
    assert 1 <= g <= m, "set number out of range"
    assert 1 <= w <= MAX_WI and 1 <= v <= MAX_VI, "w_i or v_i out of range"
    seen.add(g)
assert len(seen) == m, "every set must have at least one item"
