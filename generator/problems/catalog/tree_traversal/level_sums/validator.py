"""Input validator: python validator.py maxn=N maxv=V < input; exit 0 iff valid. N; the parents p_2..p_N (a tree
rooted at 1: every vertex reaches 1); the values v_1..v_N with |v_i| <= V."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 3, "three lines expected"
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "N expected"
n = int(lines[0])
assert 1 <= n <= MAXN, "N out of range"
if n == 1:
    assert lines[1] == "", "no parents for N = 1"
    parents = []
else:
    assert re.fullmatch(r"[1-9][0-9]*( [1-9][0-9]*)*", lines[1]), "parents: positive integers, single spaces"
    parents = [int(x) for x in lines[1].split(" ")]
assert len(parents) == n - 1, "N - 1 parents expected"
assert all(1 <= p <= n for p in parents), "parent out of range"
parent = [0, 0] + parents
assert all(parent[v] != v for v in range(2, n + 1)), "a vertex is not its own parent"
assert re.fullmatch(r"(0|-?[1-9][0-9]*)( (0|-?[1-9][0-9]*))*", lines[2]), "values: integers, single spaces"
values = [int(x) for x in lines[2].split(" ")]
assert len(values) == n and all(abs(v) <= MAXV for v in values), "N values in range expected"
state = [0] * (n + 1)  # 0 unknown, 1 on the current walk, 2 reaches the root
state[1] = 2
for v in range(2, n + 1):
    walk, u = [], v
    while state[u] == 0:
        state[u] = 1
        walk.append(u)
        u = parent[u]
    assert state[u] == 2, "the parents contain a cycle"
    for w in walk:
        state[w] = 2
