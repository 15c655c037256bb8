"""Input validator for tree_diameter.join_two_trees: python validator.py maxn= < input; exit 0 iff valid.
Two trees, one after the other: each is N (1..maxn) on its own line and N-1 edges `u v` on 1..N forming a tree
(no self-loop, no repeated pair, no cycle). Nothing after the second tree. Single spaces, final newline, no
leading zeros."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN = int(opts["maxn"])
NUMS = re.compile(r"(?:0|[1-9][0-9]*)(?: (?:0|[1-9][0-9]*))*")

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
for line in lines:
    assert NUMS.fullmatch(line), "non-negative integers separated by single spaces expected"
at = 0
for _ in range(2):
    assert at < len(lines), "a tree is missing"
    assert len(lines[at].split(" ")) == 1, "a tree starts with N alone on its line"
    n = int(lines[at])
    assert 1 <= n <= MAXN, "N out of range"
    assert at + n <= len(lines), "too few edge lines"
    dsu = list(range(n + 1))

    def find(x):
        while dsu[x] != x:
            dsu[x] = dsu[dsu[x]]
            x = dsu[x]
        return x

    for line in lines[at + 1:at + n]:
        values = [int(t) for t in line.split(" ")]
        assert len(values) == 2, "an edge line holds two vertices"
        u, v = values
        assert 1 <= u <= n and 1 <= v <= n, "vertex out of range"
        assert u != v, "self-loop"
        a, b = find(u), find(v)
        assert a != b, "edges form a cycle or repeat a pair (not a tree)"
        dsu[a] = b
    at += n
assert at == len(lines), "nothing may follow the second tree"
