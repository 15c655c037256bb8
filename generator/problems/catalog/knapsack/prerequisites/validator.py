"""Input validator for knapsack.prerequisites: python validator.py max_n= max_w= max_wi= max_vi= < input; exit 0
iff valid (strict format, bounds, and prerequisites that form a forest: following them always reaches 0)."""
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


n, cap = ints(lines[0], 2, "first line")
assert 1 <= n <= MAX_N and 1 <= cap <= MAX_W, "N or W out of range"
assert len(lines) == n + 1, "expected exactly N item lines"
parent = [0] * (n + 1)
for i, line in enumerate(lines[1:], start=1):
    p, w, v = ints(line, 3, "item line")
    assert 0 <= p <= n and p != i, "p_i out of range"
    assert 1 <= w <= MAX_WI and 1 <= v <= MAX_VI, "w_i or v_i out of range"
    parent[i] = p
state = [0] * (n + 1)  # 0 unseen, 1 on the current walk, 2 known to reach 0
state[0] = 2
for start in range(1, n + 1):
    walk, u = [], start
    while state[u] == 0:
        state[u] = 1
        walk.append(u)
        u = parent[u]
    assert state[u] == 2, "the prerequisites contain a cycle"
    for x in walk:
        state[x] = 2
